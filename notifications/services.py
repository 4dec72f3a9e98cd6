"""The outbox: every app tells people things by calling `notify()` inside its own transaction.

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
import json
import logging
import random
import smtplib
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from accounts.models import Customer, User
from notifications import defaults
from notifications import email as email_channel
from notifications.events import CONFIGURABLE_KINDS, SENSITIVE_KEYS, Event, Kind, event_get
from notifications.models import Channel, NotificationPreference, NotificationTemplate, OutboxMessage
from notifications.rendering import render
from notifications.sms import PermanentSmsError, TransientSmsError, get_gateway, normalise_number, split_text

logger = logging.getLogger("omsportal.notifications")

Recipient = User | Customer


class TransientDeliveryError(Exception):
    """Try again later (server down, timeout, 4xx from SMTP, 5xx from the SMS gateway)."""


class PermanentDeliveryError(Exception):
    """Trying again cannot help (invalid address or number, no template, template error)."""


# --- writing the outbox -------------------------------------------------------------------------------


def _serialise(context: dict, event: Event) -> dict:
    missing = [key for key in event.keys if key not in context]
    if missing:
        raise ValueError(f"notification {event.name!r} needs context keys {missing}")
    # Lazy translations are stored as their English msgid and translated at delivery.
    with translation.override(None):
        return json.loads(json.dumps(context, cls=DjangoJSONEncoder))


def _customer_contacts(customers: list[Customer]) -> dict[int, tuple[str, str]]:
    """(language, time zone) of each customer's first active user, in one query."""
    if not customers:
        return {}
    found: dict[int, tuple[str, str]] = {}
    rows = (
        User.objects.filter(customer__in=customers, is_active=True)
        .order_by("customer_id", "date_joined", "pk")
        .values_list("customer_id", "language", "time_zone")
    )
    for customer_id, language, time_zone in rows:
        found.setdefault(customer_id, (language, time_zone))
    return found


def _default_channels(user: User) -> set[str]:
    return {c for c, on in ((Channel.EMAIL, user.notify_by_email), (Channel.SMS, user.notify_by_sms)) if on}


def _user_channels(user: User, *, kind: Kind, preference: NotificationPreference | None) -> set[str]:
    chosen = preference.channels if preference is not None else _default_channels(user)
    if Channel.SMS in chosen and not user.phone:
        # Chose SMS but has no number: e-mail rather than nothing.
        chosen = (chosen - {Channel.SMS}) | {Channel.EMAIL}
    return chosen


def _wanted_channels(
    user: User,
    *,
    spec: Event,
    forced: set[str] | None,
    security: bool,
    preferences: dict[int, NotificationPreference],
) -> set[str]:
    if forced is not None:
        wanted = set(forced)
    elif security:
        # Security messages follow the general SMS switch, never a per-kind choice.
        wanted = {Channel.SMS} if user.notify_by_sms and user.phone else set()
    else:
        wanted = _user_channels(user, kind=spec.kind, preference=preferences.get(user.pk))
    if security:
        wanted.add(Channel.EMAIL)
    return wanted


def _address(recipient: Recipient, channel: str) -> str:
    value = recipient.email if channel == Channel.EMAIL else recipient.phone
    return str(value or "")


def notify(
    *,
    event: str,
    recipients: Iterable[Recipient],
    context: dict,
    security: bool = False,
    channels: Iterable[str] | None = None,
) -> list[OutboxMessage]:
    """Write outbox rows for `event` to each recipient, by the channels they chose.

    Call it inside the transaction that makes the change: the rows commit or
    roll back with it, and delivery starts only after commit. `security=True`
    always adds e-mail (account created, password reset, lockout); `channels`
    forces the channels (e.g. ["sms"] for an outage). A Customer recipient is
    the account's contact address, in the language of its first active user.
    `context` must be JSON-serialisable; keys in SENSITIVE_KEYS are erased once
    the row is sent or has failed.
    """
    spec = event_get(event)
    payload = _serialise(context, spec)
    forced = set(channels) if channels is not None else None
    if forced is not None and not forced <= set(Channel.values):
        raise ValueError(f"unknown channels {sorted(forced - set(Channel.values))}")

    people: list[Recipient] = []
    seen: set[tuple[str, int]] = set()
    for recipient in recipients:
        key = (type(recipient).__name__, recipient.pk)
        if key not in seen:
            seen.add(key)
            people.append(recipient)
    users = [r for r in people if isinstance(r, User)]
    customers = [r for r in people if isinstance(r, Customer)]

    preferences: dict[int, NotificationPreference] = {}
    if users and forced is None and not security and spec.kind in CONFIGURABLE_KINDS:
        preferences = {p.user_id: p for p in NotificationPreference.objects.filter(user__in=users, kind=spec.kind)}
    contacts = _customer_contacts(customers)

    now = timezone.now()
    rows: list[OutboxMessage] = []
    addressed: set[tuple[str, str]] = set()
    for recipient in people:
        if isinstance(recipient, User):
            if not recipient.is_active and not security:
                continue
            wanted = _wanted_channels(recipient, spec=spec, forced=forced, security=security, preferences=preferences)
            language, time_zone = recipient.language, recipient.time_zone
            fields = {"user": recipient, "to_name": (recipient.get_full_name() or recipient.username)[:200]}
        else:
            wanted = set(forced) if forced is not None else {Channel.EMAIL}
            language, time_zone = contacts.get(recipient.pk, (settings.LANGUAGE_CODE, settings.TIME_ZONE))
            fields = {"customer": recipient, "to_name": recipient.name[:200]}
        for channel in sorted(wanted):
            to = _address(recipient, channel)
            if to and (channel, to.lower()) in addressed:
                continue  # the same address twice in one event (a user and their account's contact)
            addressed.add((channel, to.lower()))
            row = OutboxMessage(
                event=event, channel=channel, to=to, language=language, time_zone=time_zone, context=payload,
                created_at=now, **fields,
            )  # fmt: skip
            if not to:
                row.status = OutboxMessage.Status.FAILED
                row.reason = "no e-mail address" if channel == Channel.EMAIL else "no phone number"
                row.context = _redacted(payload)
            rows.append(row)
    OutboxMessage.objects.bulk_create(rows)
    pending = [row.pk for row in rows if row.status == OutboxMessage.Status.PENDING]
    if pending:
        transaction.on_commit(lambda: dispatch(pending))
    return rows


def dispatch(message_ids: Iterable[int]) -> int:
    """Queue delivery tasks; never raises. With the broker down the rows stay pending for the sweep."""
    from notifications.tasks import deliver

    queued = 0
    for message_id in message_ids:
        try:
            deliver.delay(message_id)
        except Exception:
            logger.warning("broker unavailable, outbox message %s waits for the sweep", message_id, exc_info=True)
            break  # the next ones would wait for the same timeout
        queued += 1
    return queued


# --- delivering ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: str  # "sent", "failed", "retry", "skipped"
    retry_in: float | None = None


def _redacted(context: dict) -> dict:
    return {key: ("" if key in SENSITIVE_KEYS else value) for key, value in context.items()}


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
            message.context = _redacted(message.context)
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
    message.context = _redacted(message.context)
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


# --- staff actions, periodic work -----------------------------------------------------------------------


class NotResendable(Exception):
    pass


@transaction.atomic
def message_resend(*, message: OutboxMessage, by: User) -> OutboxMessage:
    """Put a failed row back in the queue (admin action)."""
    message = OutboxMessage.objects.select_for_update().get(pk=message.pk)
    if message.status != OutboxMessage.Status.FAILED:
        raise NotResendable("only failed messages can be re-sent")
    if any(key in SENSITIVE_KEYS for key in message.context):
        raise NotResendable("it carried a secret that was erased; trigger the action again instead")
    message.status = OutboxMessage.Status.PENDING
    message.attempts = 0
    message.parts_sent = 0
    message.reason = ""
    message.next_attempt_at = None
    message.last_error = f"re-sent by {by.username} at {timezone.now():%Y-%m-%d %H:%M:%S}"
    message.save(update_fields=["status", "attempts", "parts_sent", "reason", "next_attempt_at", "last_error"])
    transaction.on_commit(lambda: dispatch([message.pk]))
    return message


def sweep_pending(*, now=None, limit: int | None = None) -> int:
    """Re-dispatch rows that should have been delivered by now (broker was down, worker died).

    A row is due when it has waited NOTIFICATIONS_SWEEP_AFTER_SECONDS past its
    creation or its planned retry. Each dispatched row is pushed back by the same
    delay, so a backlog is not queued again on every run.
    """
    now = now or timezone.now()
    grace = timedelta(seconds=settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS)
    due = Q(next_attempt_at__isnull=True, created_at__lte=now - grace) | Q(next_attempt_at__lte=now - grace)
    ids = list(
        OutboxMessage.objects.filter(due, status=OutboxMessage.Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)[: limit or settings.NOTIFICATIONS_SWEEP_BATCH]
    )
    if not ids:
        return 0
    OutboxMessage.objects.filter(pk__in=ids, status=OutboxMessage.Status.PENDING).update(next_attempt_at=now)
    queued = dispatch(ids)
    logger.info("sweep: %d overdue outbox message(s), %d queued", len(ids), queued)
    return queued


def messages_purge(*, older_than_days: int | None = None) -> int:
    """Delete sent and failed rows past the retention period."""
    days = older_than_days if older_than_days is not None else settings.NOTIFICATIONS_RETENTION_DAYS
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = OutboxMessage.objects.filter(
        status__in=[OutboxMessage.Status.SENT, OutboxMessage.Status.FAILED], created_at__lt=cutoff
    ).delete()
    return deleted


# --- preferences -----------------------------------------------------------------------------------------


@transaction.atomic
def preferences_update(*, user: User, choices: dict[str, set[str]]) -> list[NotificationPreference]:
    """Set the channels per kind of message, e.g. {"tickets": {"email", "sms"}}."""
    saved = []
    existing = {p.kind: p for p in NotificationPreference.objects.select_for_update().filter(user=user)}
    for kind, channels in choices.items():
        if kind not in CONFIGURABLE_KINDS:
            raise ValueError(f"not a configurable kind: {kind}")
        preference = existing.get(kind) or NotificationPreference(user=user, kind=kind)
        by_email, by_sms = Channel.EMAIL in channels, Channel.SMS in channels
        if preference.pk and (preference.by_email, preference.by_sms) == (by_email, by_sms):
            saved.append(preference)
            continue
        preference.by_email, preference.by_sms = by_email, by_sms
        preference._change_reason = "changed in settings"
        preference.save()
        saved.append(preference)
    return saved


def preferences_for(*, user: User) -> dict[str, set[str]]:
    """The channels per configurable kind, with the user's general switches where nothing was chosen."""
    saved = {p.kind: p for p in NotificationPreference.objects.filter(user=user)}
    return {
        kind.value: saved[kind].channels if kind in saved else _default_channels(user) for kind in CONFIGURABLE_KINDS
    }
