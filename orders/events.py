"""The order messages (registered in OrdersConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

_ORDER = {"order_number": "O-000123", "url": "https://portal.example.com/portal/orders/123/"}

EVENTS = (
    Event(
        "order_status_changed",
        Kind.ORDERS,
        _("Order status changed"),
        ("order_number", "url", "status_label", "comment", "tracking_reference", "installation_at", "technician"),
        datetimes=("installation_at",),
        translated=("status_label",),
        sample={
            **_ORDER,
            "status_label": "Installation booked",
            "comment": "",
            "tracking_reference": "",
            "installation_at": "2026-03-02T09:00:00+00:00",
            "technician": "Ivan Petrov",
        },
    ),
    Event(
        "order_payment_changed",
        Kind.ORDERS,
        _("Order payment changed"),
        ("order_number", "url", "payment_label", "amount", "refunded"),
        translated=("payment_label",),
        sample={**_ORDER, "payment_label": "Paid", "amount": "1 250.00 RUB", "refunded": ""},
    ),
    Event(
        "order_reschedule_requested",
        Kind.ORDERS,
        _("Customer asks to reschedule an installation"),
        ("order_number", "url", "comment"),
        sample={
            "order_number": "O-000123",
            "url": "https://portal.example.com/staff/orders/123/",
            "comment": "Any morning next week",
        },
    ),
)
