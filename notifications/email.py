"""The e-mail channel: Django's mail backends (SMTP in production, console in development)."""

import hashlib
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.core.mail.backends.base import BaseEmailBackend

from notifications.models import OutboxMessage
from notifications.rendering import Rendered


def message_id(message: OutboxMessage) -> str:
    """The same Message-ID for every attempt at one row, so a rare duplicate can be recognised."""
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "omsportal.local"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{message.pk}".encode()).hexdigest()[:12]
    return f"<outbox.{message.pk}.{digest}@{domain}>"


def build(*, message: OutboxMessage, rendered: Rendered) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[formataddr((message.to_name, message.to)) if message.to_name else message.to],
        headers={
            "Message-ID": message_id(message),
            "Content-Language": message.language,
            "Auto-Submitted": "auto-generated",
            "X-Omsportal-Event": message.event,
        },
    )
    if rendered.html:
        email.attach_alternative(rendered.html, "text/html")
    return email


def open_connection() -> BaseEmailBackend:
    connection = mailers.default
    connection.open()
    return connection


def send(email: EmailMultiAlternatives, *, connection: BaseEmailBackend) -> None:
    """Send on an already open connection; the caller closes it after recording the outcome."""
    connection.send_messages([email])
