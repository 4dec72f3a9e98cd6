"""Simplified Chinese: the frame every message of this language shares."""

GREETING = "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！"
SIGNATURE = "此致<br>{{ site_name }} 团队"
FOOTER = "此邮件由系统自动发送，请勿直接回复。"
