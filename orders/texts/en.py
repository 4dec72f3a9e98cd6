"""Default English texts of the order messages."""

from notifications.defaults import Text

TEXTS = {
    "order_status_changed": Text(
        subject="Order {{ order_number }}: {{ status_label }}",
        paragraphs=(
            "Your order {{ order_number }} is now: {{ status_label }}.",
            (
                "installation_at",
                "Installation: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} with {{ technician }}.",
            ),
            ("tracking_reference", "Tracking reference: {{ tracking_reference }}"),
            ("comment", "Comment: {{ comment }}"),
        ),
        actions=(("View the order", "url"),),
        sms="{{ site_name }}: order {{ order_number }}: {{ status_label }}."
        "{% if installation_at %} Installation {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}"
        "{% if tracking_reference %} Tracking {{ tracking_reference }}.{% endif %} {{ url }}",
    ),
    "order_payment_changed": Text(
        subject="Order {{ order_number }}: {{ payment_label }}",
        paragraphs=(
            "Payment of your order {{ order_number }} ({{ amount }}): {{ payment_label }}.",
            ("refunded", "Refunded so far: {{ refunded }}"),
        ),
        actions=(("View the order", "url"),),
        sms="{{ site_name }}: order {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}",
    ),
    "order_reschedule_requested": Text(
        subject="Order {{ order_number }}: the customer asks to reschedule",
        paragraphs=("The customer of order {{ order_number }} asks to move the installation:",),
        quote="comment",
        actions=(("Open the order", "url"),),
        sms="{{ site_name }}: order {{ order_number }}: reschedule requested. {{ url }}",
    ),
}
