"""Persian: the frame every message of this language shares."""

GREETING = "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،"
SIGNATURE = "با احترام،<br>تیم {{ site_name }}"
FOOTER = "این پیام به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید."
