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
            # A sample for the template preview, not a credential.
            "temporary_password": "Xy7pQ2rT9mKw4z",  # nosec B105
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
    Event(
        "two_factor_reset",
        Kind.SECURITY,
        _("Two-factor login reset"),
        ("login_url",),
        sample={"login_url": "https://portal.example.com/accounts/login/"},
    ),
    Event(
        "privileges_changed",
        Kind.SECURITY,
        _("Roles or permissions changed"),
        ("roles", "changed_by"),
        sample={"roles": "Support agent, Sales", "changed_by": "Maria Ivanova"},
    ),
    Event(
        "password_set_by_admin",
        Kind.SECURITY,
        _("Password set by an administrator"),
        ("changed_by", "login_url"),
        sample={"changed_by": "Alex Admin", "login_url": "https://portal.example.com/accounts/login/"},
    ),
)
