"""Which customer account a contract number names, for self-registration (portalhome finds this
module by name: `customer_ids(reference) -> list[int]`, at most two, one indexed lookup)."""

from billing.models import Contract
from core.search import prefixed_number


def customer_ids(reference: str) -> list[int]:
    number = prefixed_number(reference, "K-")
    if not number:
        return []
    return list(Contract.objects.filter(number=number).values_list("customer_id", flat=True)[:2])
