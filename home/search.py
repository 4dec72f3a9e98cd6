"""The one search box of the staff pages: a number in any format, a phone, a contract number,
an ICCID, a customer name or tax number.

Customers are found here; every feature app adds its objects with a `<app>/staff_search.py`
provider (core.search). A query that names exactly one object goes straight to it; anything
else gives results grouped by kind, each provider a few indexed queries whatever the sizes.
"""

import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer, User
from core.discovery import app_modules
from core.phones import ascii_digits
from core.search import Found, Hit

LIMIT = 10


@cache
def providers() -> tuple[ModuleType, ...]:
    return tuple(app_modules("staff_search"))


@dataclass
class SearchResult:
    query: str
    redirect: str = ""
    groups: list[Found] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(group.hits for group in self.groups)


def _customer_url(customer: Customer) -> str:
    return reverse("tickets_staff:search") + "?" + urlencode({"customer": customer.number})


def find_customers(*, user: User, query: str, digits: str) -> Found:
    exact = Customer.objects.filter(number__iexact=query).only("id", "number").first()
    if exact is not None:
        return Found(redirect=_customer_url(exact))
    match = Q(name__icontains=query) | Q(tax_number__iexact=query)
    if len(digits) >= 5:
        match |= Q(phone__endswith=digits[-9:])
    customers = Customer.objects.filter(match).only("id", "number", "name", "email").order_by(Lower("name"))[:LIMIT]
    return Found(
        kind="customer",
        label=_("Customers"),
        hits=[Hit(title=f"{c.name} ({c.number})", url=_customer_url(c), detail=c.email) for c in customers],
    )


def staff_search(*, user: User, query: str) -> SearchResult:
    query = query.strip()[:100]
    result = SearchResult(query=query)
    if not re.search(r"\w", query):
        return result
    digits = re.sub(r"\D", "", ascii_digits(query))
    for find in (*(provider.find for provider in providers()), find_customers):
        found = find(user=user, query=query, digits=digits)
        if found.redirect:
            return SearchResult(query=query, redirect=found.redirect)
        if found.kind:
            result.groups.append(found)
    return result
