"""Reads of accounts that other apps use."""

from collections.abc import Iterable

from django.conf import settings

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
