"""Default English texts of the repair messages."""

from notifications.defaults import Text

TEXTS = {
    "repair_registered": Text(
        subject="Repair {{ repair_number }} registered: {{ device }}",
        paragraphs=(
            "We have registered your device {{ device }} for repair under the number {{ repair_number }}.",
            "Please bring it to the branch {{ branch }}, or hand it over there as agreed.",
        ),
        actions=(("View the repair", "url"),),
        sms="{{ site_name }}: repair {{ repair_number }} registered. {{ url }}",
    ),
    "repair_status_changed": Text(
        subject="Repair {{ repair_number }}: {{ status_label }}",
        paragraphs=(
            "The status of your repair {{ repair_number }} ({{ device }}) is now: {{ status_label }}.",
            ("comment", "Comment: {{ comment }}"),
        ),
        actions=(("View the repair", "url"),),
        sms="{{ site_name }}: repair {{ repair_number }} is now “{{ status_label }}”. {{ url }}",
    ),
    "repair_quote_sent": Text(
        subject="Quote for repair {{ repair_number }}: {{ total }}",
        paragraphs=(
            "The quote for repairing your {{ device }} ({{ repair_number }}) comes to {{ total }}.",
            "It is valid until {{ valid_until }}. Please approve or decline it in the portal.",
        ),
        actions=(("Approve or decline", "url"),),
        sms="{{ site_name }}: quote for repair {{ repair_number }}: {{ total }}, valid until {{ valid_until }}. {{ url }}",
    ),
    "repair_ready": Text(
        subject="Repair {{ repair_number }} is ready to come back",
        paragraphs=(
            "Your {{ device }} ({{ repair_number }}) is ready to come back to you.",
            ("unrepaired", "As you declined the quote, it comes back unrepaired."),
            "How: {{ return_method }}. Where: {{ where }}.",
            "Please bring an identity document when you collect it.",
        ),
        actions=(("View the repair", "url"),),
        sms="{{ site_name }}: repair {{ repair_number }} is ready: {{ return_method }}, {{ where }}.",
    ),
}
