"""English: the frame every message of this language shares."""

GREETING = "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},"
SIGNATURE = "Best regards,<br>the {{ site_name }} team"
FOOTER = "This message was sent automatically; please do not reply to it."
