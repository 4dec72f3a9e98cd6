"""Reads of accounts that other apps use."""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q

from accounts.models import Customer, User
from notifications.services import Contact


def customer_contacts(customers: Iterable[Customer]) -> list[Contact]:
    """Each account's own address and phone as a notification Contact, in the language and time zone
    of its first active portal user (the site's default when it has none); one query."""
    customers = list(customers)
    found: dict[int, tuple[str, str]] = {}
    rows = (
        User.objects.filter(customer__in=customers, is_active=True)
        .order_by("customer_id", "date_joined", "pk")
        .values_list("customer_id", "language", "time_zone")
    )
    for customer_id, language, time_zone in rows:
        found.setdefault(customer_id, (language, time_zone))
    return [
        Contact(
            name=customer.name,
            email=customer.email,
            phone=str(customer.phone or ""),
            language=found.get(customer.pk, (settings.LANGUAGE_CODE,))[0],
            time_zone=found.get(customer.pk, ("", settings.TIME_ZONE))[1],
            customer_id=customer.pk,
        )
        for customer in customers
    ]


LOOKUP_LIMIT = 20


def customer_lookup(query: str, *, limit: int = LOOKUP_LIMIT) -> list[Customer]:
    """Customers whose number, tax number or phone starts with `query`, whose name starts with it, or who
    have a ticket under that contract number; at most `limit`. Prefix matches only, so that PostgreSQL
    answers from the pattern indexes of accounts migration 0004 instead of reading every customer."""
    query = query.strip()
    if len(query) < 2:
        return []
    digits = "".join(ch for ch in query if ch.isdigit() or ch == "+")
    match = (
        Q(number__iexact=query)
        | Q(number__istartswith=query)
        | Q(name__istartswith=query)
        | Q(tax_number__startswith=query)
        | Q(tickets__contract_number=query)
    )
    if len(digits) >= 3:
        match |= Q(phone__startswith=digits)
    return list(Customer.objects.filter(match).distinct().order_by("name", "pk")[:limit])


def customer_by_number(number: str) -> Customer | None:
    return Customer.objects.filter(number__iexact=number.strip()).first()
