"""Default English texts of the service messages."""

from notifications.defaults import Text

TEXTS = {
    "service_status_changed": Text(
        subject="Your number {{ phone_number }}: {{ status_label }}",
        paragraphs=(
            "The service on {{ phone_number }} is now: {{ status_label }}.",
            ("comment", "Reason: {{ comment }}"),
        ),
        actions=(("Your services", "url"),),
        sms="{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}",
    ),
    "service_welcome": Text(
        subject="Welcome: {{ phone_number }} is switched on",
        paragraphs=(
            "Your number {{ phone_number }} on the plan {{ plan }} is switched on (order {{ order_number }}).",
        ),
        actions=(("Your services", "url"),),
        sms="{{ site_name }}: welcome! {{ phone_number }} ({{ plan }}) is switched on.",
    ),
    "activation_failed": Text(
        subject="Order {{ order_number }}: we could not switch the service on yet",
        paragraphs=("We could not switch on the service of order {{ order_number }}. Our staff are on it.",),
        actions=(("View the order", "url"),),
        sms="{{ site_name }}: order {{ order_number }}: activation delayed, our staff are on it.",
    ),
    "customer_status_changed": Text(
        subject="Account {{ customer_number }}: {{ status_label }}",
        paragraphs=(
            "Your account {{ customer_number }} is now: {{ status_label }}.",
            ("comment", "Reason: {{ comment }}"),
        ),
        sms="{{ site_name }}: account {{ customer_number }}: {{ status_label }}. {{ comment }}",
    ),
}
