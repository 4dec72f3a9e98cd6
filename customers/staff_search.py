"""Subscriber services in the staff search box (see core.search): a service's contract number, its
ICCID or its phone number goes straight to the service when one matches, else lists them.
Each key is an indexed column; staff need customers.view_subscriberservice."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.search import Found, Hit
from customers.models import SubscriberService

LIMIT = 10


def find(*, user, query: str, digits: str) -> Found:
    if not user.has_perm("customers.view_subscriberservice"):
        return Found()
    text = query.strip()[:40]
    match = Q(contract_number=text) | Q(contract_number=text.upper()) | Q(phone_number=text)
    if 18 <= len(digits) <= 22:
        match |= Q(iccid=digits)
    services = list(
        SubscriberService.objects.filter(match)
        .select_related("customer")
        .only("id", "phone_number", "contract_number", "status", "customer__name")
        .order_by("pk")[: LIMIT + 1]
    )
    if len(services) == 1:
        return Found(redirect=reverse("customers_staff:service", args=[services[0].pk]))
    if not services:
        return Found()
    return Found(
        kind="service",
        label=_("Services"),
        hits=[
            Hit(
                title=f"{s.phone_number} · {s.customer.name}",
                url=reverse("customers_staff:service", args=[s.pk]),
                detail=s.contract_number,
            )
            for s in services[:LIMIT]
        ],
    )
