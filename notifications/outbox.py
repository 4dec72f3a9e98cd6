"""Writing the outbox: every app tells people things by calling `notify()` inside its own transaction.

See notifications.delivery for how the rows are sent and what is guaranteed.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone, translation

from notifications.events import CONFIGURABLE_KINDS, SENSITIVE_KEYS, Event, Kind, event_get, redacted
from notifications.models import Channel, NotificationPreference, OutboxMessage
from notifications.preferences import default_channels
from notifications.tasks import dispatch


@dataclass(frozen=True)
class Contact:
    """Someone to tell who has no login: an e-mail address and/or a phone, in a language.

    `customer_id` links the outbox row to the customer account it concerns (for the admin)."""

    name: str
    email: str = ""
    phone: str = ""
    language: str = ""
    time_zone: str = ""
    customer_id: int | None = None


# A user (accounts.User: email, phone, language, time_zone, notify_by_*) or a Contact.
Recipient = AbstractBaseUser | Contact


def _serialise(context: dict, event: Event) -> dict:
    missing = [key for key in event.keys if key not in context]
    if missing:
        raise ValueError(f"notification {event.name!r} needs context keys {missing}")
    # Lazy translations are stored as their English msgid and translated at delivery.
    with translation.override(None):
        return json.loads(json.dumps(context, cls=DjangoJSONEncoder))


def _user_channels(user, *, kind: Kind, preference: NotificationPreference | None) -> set[str]:
    chosen = preference.channels if preference is not None else default_channels(user)
    if Channel.SMS in chosen and not user.phone:
        # Chose SMS but has no number: e-mail rather than nothing.
        chosen = (chosen - {Channel.SMS}) | {Channel.EMAIL}
    return chosen


def _wanted_channels(
    user,
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


def _contact_channels(contact: "Contact", forced: set[str] | None) -> set[str]:
    """A contact gets what it has an address for, unless the channels are forced."""
    if forced is not None:
        return set(forced)
    return {channel for channel in (Channel.EMAIL, Channel.SMS) if _address(contact, channel)}


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
    forces the channels (e.g. ["sms"] for an outage). A recipient is a user, or a
    `Contact` — an address and a phone without a login (a customer account's
    contact, a caller who has no portal user) — reached by what it has.
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
        key = (type(recipient).__name__, recipient.pk if not isinstance(recipient, Contact) else recipient)
        if key not in seen:
            seen.add(key)
            people.append(recipient)
    users = [r for r in people if not isinstance(r, Contact)]

    preferences: dict[int, NotificationPreference] = {}
    if users and forced is None and not security and spec.kind in CONFIGURABLE_KINDS:
        preferences = {p.user_id: p for p in NotificationPreference.objects.filter(user__in=users, kind=spec.kind)}

    now = timezone.now()
    rows: list[OutboxMessage] = []
    addressed: set[tuple[str, str]] = set()
    for recipient in people:
        if not isinstance(recipient, Contact):
            if not recipient.is_active and not security:
                continue
            wanted = _wanted_channels(recipient, spec=spec, forced=forced, security=security, preferences=preferences)
            language, time_zone = recipient.language, recipient.time_zone
            fields = {"user": recipient, "to_name": (recipient.get_full_name() or recipient.username)[:200]}
        else:
            wanted = _contact_channels(recipient, forced)
            language = recipient.language or settings.LANGUAGE_CODE
            time_zone = recipient.time_zone or settings.TIME_ZONE
            fields = {"customer_id": recipient.customer_id, "to_name": recipient.name[:200]}
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
                row.context = redacted(payload)
            rows.append(row)
    OutboxMessage.objects.bulk_create(rows)
    pending = [row.pk for row in rows if row.status == OutboxMessage.Status.PENDING]
    if pending:
        transaction.on_commit(lambda: dispatch(pending))
    return rows


class NotResendable(Exception):
    pass


@transaction.atomic
def message_resend(*, message: OutboxMessage, by) -> OutboxMessage:
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
