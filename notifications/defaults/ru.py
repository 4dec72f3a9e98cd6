"""Russian: the frame every message of this language shares."""

GREETING = "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!"
SIGNATURE = "С уважением,<br>команда {{ site_name }}"
FOOTER = "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него."
