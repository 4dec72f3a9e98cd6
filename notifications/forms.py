from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.utils.translation import gettext_lazy as _

from notifications.events import CONFIGURABLE_KINDS
from notifications.models import Channel
from notifications.services import preferences_for, preferences_update

EMAIL, SMS, BOTH = "email", "sms", "both"
CHOICES = [(EMAIL, _("E-mail")), (SMS, _("SMS")), (BOTH, _("Both"))]
CHANNELS = {EMAIL: {Channel.EMAIL.value}, SMS: {Channel.SMS.value}, BOTH: {Channel.EMAIL.value, Channel.SMS.value}}


def _choice(channels: set[str]) -> str | None:
    for value, wanted in CHANNELS.items():
        if channels == wanted:
            return value
    return None


class NotificationPreferencesForm(forms.Form):
    """E-mail, SMS or both, per kind of message. Security messages are not listed: they always go by e-mail."""

    channel_choices = CHOICES

    def __init__(self, *, user: AbstractBaseUser, data=None, prefix: str = "notify"):
        super().__init__(data=data, prefix=prefix)
        self.user = user
        current = preferences_for(user=user)
        for kind in CONFIGURABLE_KINDS:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=CHOICES,
                initial=_choice(current[kind.value]),
                required=False,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
            )

    def clean(self):
        cleaned = super().clean()
        if not self.user.phone:
            for name, value in list(cleaned.items()):
                if value in (SMS, BOTH):
                    self.add_error(name, _("Add a phone number to your profile to receive SMS."))
        return cleaned

    def save(self) -> None:
        choices = {name: CHANNELS[value] for name, value in self.cleaned_data.items() if value}
        if choices:
            preferences_update(user=self.user, choices=choices)
