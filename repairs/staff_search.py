"""Repairs in the staff search box (see core.search): a repair number in any format ("r-7",
"R-000007") goes straight to it; a serial number does too when one repair has it, else lists
them. Only the repairs of the user's branch (or every branch with view_all_repairs)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.search import Found, Hit, prefixed_number
from repairs.models import REPAIR_NUMBER_PREFIX
from repairs.selectors import repairs_visible_to

LIMIT = 10


def find(*, user, query: str, digits: str) -> Found:
    if not user.has_perm("repairs.view_repair"):
        return Found()
    visible = repairs_visible_to(user)
    number = prefixed_number(query, REPAIR_NUMBER_PREFIX)
    serial = query.strip()[:80]
    match = Q(serial_number=serial)  # indexed (repair_serial)
    if number:
        match |= Q(number=number)
    repairs = list(
        visible.filter(match)
        .select_related("customer")
        .only("id", "number", "status", "device_model", "serial_number", "customer__name")
        .order_by("-created_at", "-pk")[: LIMIT + 1]
    )
    exact = [r for r in repairs if r.number == number]
    if len(exact) == 1 or len(repairs) == 1:
        return Found(redirect=(exact or repairs)[0].get_absolute_url())
    if not repairs:
        return Found()
    return Found(
        kind="repair",
        label=_("Repairs"),
        hits=[
            Hit(
                title=f"{r.number} · {r.device_model} ({r.serial_number})",
                url=r.get_absolute_url(),
                detail=f"{r.customer.name} · {r.get_status_display()}",
            )
            for r in repairs[:LIMIT]
        ],
    )
