"""What the customer (and staff) are told when an order moves.

Every move of either state field writes outbox rows to the account's active
portal users, by the channels they chose, or, for an account without a portal
user, to the account's contact. Labels are lazy: the outbox stores the English
text and each recipient reads it in their own language.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.selectors import customer_contacts
from notifications.services import notify
from orders.models import Order

S = Order.Status
P = Order.Payment

# Not the model's labels: those carry a translation context the outbox cannot keep.
STATUS_LABELS = {
    S.DRAFT: _("Draft"),
    S.SUBMITTED: _("Received, waiting for review"),
    S.UNDER_REVIEW: _("Being reviewed"),
    S.APPROVED: _("Approved"),
    S.REJECTED: _("Rejected"),
    S.SCHEDULED: _("Installation booked"),
    S.SHIPPED: _("Shipped"),
    S.ACTIVATION: _("Being activated"),
    S.ACTIVATION_FAILED: _("Activation delayed: our staff are on it"),
    S.ACTIVATED: _("Activated"),
    S.COMPLETED: _("Completed"),
    S.CANCELLED: _("Cancelled"),
}
PAYMENT_LABELS = {
    P.NOT_REQUIRED: _("No payment due"),
    P.PENDING: _("Waiting for payment"),
    P.PAID: _("Paid"),
    P.PARTLY_REFUNDED: _("Partly refunded"),
    P.REFUNDED: _("Refunded"),
}


def tell_customer(order: Order, *, event: str, context: dict) -> None:
    """The account's active portal users by their own choice of channels; without one, its contact by both."""
    users = list(order.customer.users.filter(is_active=True))
    notify(event=event, recipients=users or customer_contacts([order.customer]), context=context)


def _base(order: Order) -> dict:
    return {
        "order_number": order.number,
        "url": settings.SITE_URL + order.get_portal_url(),
    }


def status_changed(order: Order, by, values: dict, before) -> None:
    slot = order.slot if order.status == S.SCHEDULED and hasattr(order, "slot") else None
    context = {
        **_base(order),
        "status_label": STATUS_LABELS[order.status],
        # Only a rejection's or cancellation's reason is written for the customer; other move notes are staff's.
        "comment": order.reason if order.status in (S.REJECTED, S.CANCELLED) else "",
        "tracking_reference": order.tracking_reference if order.status == S.SHIPPED else "",
        "installation_at": slot.starts_at.isoformat() if slot else "",
        "technician": (slot.technician.get_full_name() or slot.technician.username) if slot else "",
    }
    tell_customer(order, event="order_status_changed", context=context)


def payment_changed(order: Order, by, values: dict, before) -> None:
    context = {
        **_base(order),
        "payment_label": PAYMENT_LABELS[order.payment_state],
        "amount": f"{order.gross_total} {order.currency}",
        "refunded": f"{order.refunded_amount} {order.currency}" if order.refunded_amount else "",
    }
    tell_customer(order, event="order_payment_changed", context=context)


def reschedule_requested(order: Order, by, values: dict, before) -> None:
    status_changed(order, by, values, before)
    slot = getattr(order, "slot", None)
    staff = [slot.technician] if slot is not None else []
    if staff:
        notify(
            event="order_reschedule_requested",
            recipients=staff,
            context={
                "order_number": order.number,
                "url": settings.SITE_URL + order.get_absolute_url(),
                "comment": order.reschedule_request,
            },
        )
