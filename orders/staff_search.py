"""Orders in the staff search box (see core.search): an order number in any format ("o-12",
"O-000012") goes straight to it; a contact phone lists the orders the user may see."""

from django.utils.translation import gettext_lazy as _

from core.search import Found, Hit, prefixed_number
from orders.models import NUMBER_PREFIX
from orders.selectors import orders_visible_to

LIMIT = 10


def find(*, user, query: str, digits: str) -> Found:
    if not user.has_perm("orders.view_order"):
        return Found()
    visible = orders_visible_to(user)
    number = prefixed_number(query, NUMBER_PREFIX)
    if number:
        order = visible.filter(number=number).only("id").first()
        if order is not None:
            return Found(redirect=order.get_absolute_url())
    if len(digits) < 7:
        return Found()
    orders = (
        visible.filter(contact_phone__endswith=digits[-9:])
        .select_related("customer")
        .only("id", "number", "status", "customer__name")
        .order_by("-created_at", "-id")[:LIMIT]
    )
    return Found(
        kind="order",
        label=_("Orders"),
        hits=[
            Hit(title=f"{o.number} · {o.customer.name}", url=o.get_absolute_url(), detail=o.get_status_display())
            for o in orders
        ],
    )
