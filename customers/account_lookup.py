"""Which customer account a service's contract number names, for self-registration (portalhome
finds this module by name: `customer_ids(reference) -> list[int]`, at most two, one indexed lookup)."""

from customers.models import SubscriberService


def customer_ids(reference: str) -> list[int]:
    reference = reference.strip()[:40]
    if not reference:
        return []
    rows = SubscriberService.objects.filter(contract_number=reference).values_list("customer_id", flat=True)
    return list(rows.order_by("customer_id").distinct()[:2])
