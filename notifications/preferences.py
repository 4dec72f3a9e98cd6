"""People's choice of channels per kind of message."""

from django.db import transaction

from notifications.events import CONFIGURABLE_KINDS
from notifications.models import Channel, NotificationPreference


def default_channels(user) -> set[str]:
    """The user's general switches, where no choice per kind was saved."""
    return {c for c, on in ((Channel.EMAIL, user.notify_by_email), (Channel.SMS, user.notify_by_sms)) if on}


@transaction.atomic
def preferences_update(*, user, choices: dict[str, set[str]]) -> list[NotificationPreference]:
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


def preferences_for(*, user) -> dict[str, set[str]]:
    """The channels per configurable kind, with the user's general switches where nothing was chosen."""
    saved = {p.kind: p for p in NotificationPreference.objects.filter(user=user)}
    return {
        kind.value: saved[kind].channels if kind in saved else default_channels(user) for kind in CONFIGURABLE_KINDS
    }
