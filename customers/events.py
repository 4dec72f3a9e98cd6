"""The service and activation messages (registered in CustomersConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

_SERVICE = {"phone_number": "+79001234567", "url": "https://portal.example.com/portal/services/"}

EVENTS = (
    Event(
        "service_status_changed",
        Kind.ORDERS,
        _("Service suspended, resumed or terminated"),
        ("phone_number", "url", "status_label", "comment"),
        translated=("status_label",),
        sample={**_SERVICE, "status_label": "Suspended", "comment": "Lost phone"},
    ),
    Event(
        "service_welcome",
        Kind.ORDERS,
        _("Service switched on (welcome)"),
        ("phone_number", "url", "plan", "order_number"),
        sample={**_SERVICE, "plan": "Mobile S", "order_number": "O-000123"},
    ),
    Event(
        "activation_failed",
        Kind.ORDERS,
        _("Activation failed"),
        ("order_number", "url"),
        sample={"order_number": "O-000123", "url": "https://portal.example.com/portal/orders/123/"},
    ),
    Event(
        "customer_status_changed",
        Kind.SECURITY,
        _("Customer account suspended or reactivated"),
        ("customer_number", "status_label", "comment"),
        translated=("status_label",),
        sample={"customer_number": "C-000042", "status_label": "Suspended", "comment": "Unpaid invoices"},
    ),
)
