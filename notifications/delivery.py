"""Delivering the outbox, one row at a time (notifications.outbox writes the rows).

Delivery guarantee — at-least-once towards the mail server / SMS gateway, with
the window for a duplicate made as small as it can be:

* `notify()` writes the rows in the caller's transaction and hands their ids
  to Celery only after commit. A rolled-back change leaves no row; a broker
  that is down leaves the rows pending for the sweep.
* `message_deliver()` takes the row with SELECT … FOR UPDATE SKIP LOCKED and
  keeps that lock while it talks to the server, then records the outcome in
  the same transaction. The lock is the claim: a second worker holding the same
  id skips the row, and a worker that dies (killed, OOM, lost connection)
  loses its database session, so PostgreSQL drops the lock and rolls the row
  back to pending at once — no claim times out while its owner is merely slow.
  The sweep (or the re-queued task, thanks to acks_late and
  reject_on_worker_lost) then sends it.
* So a row is never sent twice by two live workers, and never lost. The one
  window left is a crash between the server accepting the message and our
  COMMIT (about a millisecond: the SMTP connection is closed only after the
  commit). We chose to resend in that case (at-least-once) rather than mark
  such rows failed (at-most-once) because losing a notification silently is
  worse than a rare duplicate, and e-mail duplicates carry the same
  Message-ID (`<outbox.<id>…>`), which mail stores use to collapse them.
"""

import functools
import logging
import random
import smtplib
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from notifications import defaults
from notifications import email as email_channel
from notifications.events import event_get, redacted
from notifications.models import Channel, NotificationTemplate, OutboxMessage
from notifications.rendering import render
from notifications.sms import PermanentSmsError, TransientSmsError, get_gateway, normalise_number, split_text

logger = logging.getLogger("omsportal.notifications")


class TransientDeliveryError(Exception):
    """Try again later (server down, timeout, 4xx from SMTP, 5xx from the SMS gateway)."""


class PermanentDeliveryError(Exception):
    """Trying again cannot help (invalid address or number, no template, template error)."""


@dataclass(frozen=True)
class Outcome:
    status: str  # "sent", "failed", "retry", "skipped"
    retry_in: float | None = None


def retry_delay(attempts: int) -> float:
    """Exponential back-off with jitter: base, 2×base, 4×base, … capped."""
    base = settings.NOTIFICATIONS_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return min(base, settings.NOTIFICATIONS_RETRY_MAX_SECONDS) * random.uniform(1.0, 1.2)


_template_cache: dict[tuple[str, str, str], tuple[float, NotificationTemplate | None]] = {}


def _template(event: str, channel: str, language: str) -> NotificationTemplate | None:
    """One template, kept per worker process for NOTIFICATIONS_TEMPLATE_CACHE_SECONDS (an edit shows within that)."""
    key = (event, channel, language)
    now = time.monotonic()
    cached = _template_cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    template = NotificationTemplate.objects.filter(event=event, channel=channel, language=language).first()
    if template is None:
        template = _shipped_template(event, channel, language)
    if settings.NOTIFICATIONS_TEMPLATE_CACHE_SECONDS > 0:
        _template_cache[key] = (now + settings.NOTIFICATIONS_TEMPLATE_CACHE_SECONDS, template)
    return template


@functools.cache
def _shipped_templates() -> dict[tuple[str, str, str], dict[str, str]]:
    return {(row["event"], row["channel"], row["language"]): row for row in defaults.template_rows()}


def _shipped_template(event: str, channel: str, language: str) -> NotificationTemplate | None:
    """The template the installation shipped with, when its row has been deleted (or a test flushed the table)."""
    row = _shipped_templates().get((event, channel, language))
    return NotificationTemplate(**row) if row else None


def template_for(message: OutboxMessage) -> NotificationTemplate:
    """The template in the recipient's language, else in the site's default language."""
    for language in dict.fromkeys([message.language, settings.LANGUAGE_CODE]):
        template = _template(message.event, message.channel, language)
        if template is not None:
            return template
    raise PermanentDeliveryError(f"no {message.channel} template for {message.event!r}")


def _render(message: OutboxMessage):
    template = template_for(message)
    try:
        event = event_get(message.event)
    except ValueError:
        event = None
    try:
        return render(
            subject=template.subject,
            body_text=template.body_text,
            body_html=template.body_html if message.channel == Channel.EMAIL else "",
            context=message.context,
            event=event,
            language=template.language,
            time_zone=message.time_zone,
            extra={"recipient_name": message.to_name},
        )
    except Exception as error:  # an administrator's template that no longer renders
        logger.exception("template %s does not render", template)
        raise PermanentDeliveryError(f"template {template} does not render: {error}") from error


class _Connections:
    """Opened on first use, closed after the outcome is committed (see the module docstring)."""

    def __init__(self):
        self.email = None
        self.sms = None

    def email_connection(self):
        if self.email is None:
            self.email = email_channel.open_connection()
        return self.email

    def sms_gateway(self):
        if self.sms is None:
            self.sms = get_gateway()
        return self.sms

    def close(self):
        if self.email is not None:
            try:
                self.email.close()
            except Exception:
                logger.debug("closing the mail connection failed", exc_info=True)


def _send_email(message: OutboxMessage, connections: _Connections) -> str:
    rendered = _render(message)
    email = email_channel.build(message=message, rendered=rendered)
    try:
        email_channel.send(email, connection=connections.email_connection())
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _text in error.recipients.values()]
        detail = "; ".join(f"{code} {text.decode(errors='replace')}" for code, text in error.recipients.values())
        if codes and all(code >= 500 for code in codes):
            raise PermanentDeliveryError(f"recipient refused: {detail}") from None
        raise TransientDeliveryError(f"recipient deferred: {detail}") from None
    except smtplib.SMTPResponseException as error:
        detail = f"{error.smtp_code} {error.smtp_error.decode(errors='replace') if isinstance(error.smtp_error, bytes) else error.smtp_error}"
        if error.smtp_code >= 500:
            raise PermanentDeliveryError(f"mail server refused: {detail}") from None
        raise TransientDeliveryError(f"mail server: {detail}") from None
    except (TimeoutError, smtplib.SMTPException, OSError) as error:
        # A refused or broken connection leaves a half-open SMTP object behind: start afresh next time.
        connections.email = None
        raise TransientDeliveryError(f"mail server unreachable: {error!r}") from None
    return email.extra_headers["Message-ID"]


def _send_sms(message: OutboxMessage, connections: _Connections) -> str:
    try:
        to = normalise_number(message.to)
    except PermanentSmsError as error:
        raise PermanentDeliveryError(str(error)) from None
    text = _render(message).text
    gateway = connections.sms_gateway()
    parts = split_text(text, messages_per_part=gateway.max_messages)
    if len(parts) > settings.NOTIFICATIONS_SMS_MAX_PARTS:
        raise PermanentDeliveryError(f"text too long for SMS: {len(parts)} parts")
    answers = []
    for part in parts[message.parts_sent :]:
        try:
            answers.append(gateway.send(to=to, text=part))
        except TransientSmsError as error:
            raise TransientDeliveryError(str(error)) from None
        except PermanentSmsError as error:
            raise PermanentDeliveryError(str(error)) from None
        # Parts already handed over are not sent again when a later part must be retried.
        message.parts_sent += 1
    return " | ".join(answers)


def message_deliver(*, message_id: int) -> Outcome:
    """Send one outbox row if it is still pending and nobody else is sending it."""
    connections = _Connections()
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.select_for_update(skip_locked=True).filter(pk=message_id).first()
            if message is None or message.status != OutboxMessage.Status.PENDING:
                return Outcome("skipped")
            message.attempts += 1
            send = _send_email if message.channel == Channel.EMAIL else _send_sms
            try:
                reference = send(message, connections)
            except PermanentDeliveryError as error:
                _fail(message, reason=str(error))
                return Outcome("failed")
            except Exception as error:
                if not isinstance(error, TransientDeliveryError):
                    logger.exception("unexpected error delivering outbox message %s", message.pk)
                return _retry_or_fail(message, error=error)
            message.status = OutboxMessage.Status.SENT
            message.sent_at = timezone.now()
            message.next_attempt_at = None
            message.last_error = ""
            message.reason = ""
            message.context = redacted(message.context)
            message.save(
                update_fields=[
                    "status",
                    "sent_at",
                    "next_attempt_at",
                    "last_error",
                    "reason",
                    "context",
                    "attempts",
                    "parts_sent",
                ]
            )
            logger.info("outbox message %s sent (%s) %s", message.pk, message.channel, reference)
            return Outcome("sent")
    finally:
        connections.close()


def _fail(message: OutboxMessage, *, reason: str) -> None:
    message.status = OutboxMessage.Status.FAILED
    message.reason = reason[:255]
    message.last_error = reason
    message.next_attempt_at = None
    message.context = redacted(message.context)
    message.save(
        update_fields=["status", "reason", "last_error", "next_attempt_at", "context", "attempts", "parts_sent"]
    )
    logger.warning("outbox message %s failed: %s", message.pk, reason)


def _retry_or_fail(message: OutboxMessage, *, error: Exception) -> Outcome:
    detail = str(error) or repr(error)
    if message.attempts >= settings.NOTIFICATIONS_MAX_ATTEMPTS:
        _fail(message, reason=f"gave up after {message.attempts} attempts: {detail}")
        return Outcome("failed")
    delay = retry_delay(message.attempts)
    message.last_error = detail
    message.next_attempt_at = timezone.now() + timedelta(seconds=delay)
    message.save(update_fields=["last_error", "next_attempt_at", "attempts", "parts_sent"])
    logger.info(
        "outbox message %s: attempt %s failed (%s), retry in %.0fs", message.pk, message.attempts, detail, delay
    )
    return Outcome("retry", retry_in=delay)
