"""The self-registration messages (registered in PortalHomeConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

EVENTS = (
    Event(
        "registration_link",
        Kind.SECURITY,
        _("Registration: confirm your e-mail"),
        ("name", "confirm_url", "hours"),
        sample={"name": "Alice", "confirm_url": "https://portal.example.com/accounts/register/abc/", "hours": 48},
    ),
    Event(
        "registration_approved",
        Kind.SECURITY,
        _("Registration approved"),
        ("name", "login_url"),
        sample={"name": "Alice", "login_url": "https://portal.example.com/accounts/login/"},
    ),
    Event(
        "registration_rejected",
        Kind.SECURITY,
        _("Registration rejected"),
        ("name", "reason"),
        sample={"name": "Alice", "reason": "We could not confirm who you are."},
    ),
)
