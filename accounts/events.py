"""The account messages (registered in AccountsConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

EVENTS = (
    Event(
        "account_created",
        Kind.SECURITY,
        _("Account created"),
        ("username", "temporary_password", "login_url"),
        sample={
            "username": "alice",
            "temporary_password": "Xy7pQ2rT9mKw4z",
            "login_url": "https://portal.example.com/accounts/login/",
        },
    ),
    Event(
        "password_reset",
        Kind.SECURITY,
        _("Password reset"),
        ("reset_url",),
        sample={"reset_url": "https://portal.example.com/accounts/password/reset/MQ/abc-123/"},
    ),
    Event("account_locked", Kind.SECURITY, _("Account locked"), ("minutes",), sample={"minutes": 15}),
)
