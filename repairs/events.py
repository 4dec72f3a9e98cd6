"""The repair messages (registered in RepairsConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

_REPAIR = {
    "repair_number": "R-000123",
    "device": "Phone Pixel 8",
    "url": "https://portal.example.com/portal/repairs/1/",
}

EVENTS = (
    Event(
        "repair_registered",
        Kind.REPAIRS,
        _("Repair registered"),
        ("repair_number", "device", "url", "branch"),
        sample={**_REPAIR, "branch": "Central"},
    ),
    Event(
        "repair_status_changed",
        Kind.REPAIRS,
        _("Repair status changed"),
        ("repair_number", "device", "url", "status_label", "comment"),
        translated=("status_label",),
        sample={**_REPAIR, "status_label": "Diagnosing", "comment": ""},
    ),
    Event(
        "repair_quote_sent",
        Kind.REPAIRS,
        _("Repair quote"),
        ("repair_number", "device", "url", "total", "valid_until"),
        sample={**_REPAIR, "total": "120.00", "valid_until": "2026-03-01"},
    ),
    Event(
        "repair_ready",
        Kind.REPAIRS,
        _("Repair ready"),
        ("repair_number", "device", "url", "return_method", "where", "unrepaired"),
        translated=("return_method",),
        sample={**_REPAIR, "return_method": "Pick up at the branch", "where": "Central, Main St 1", "unrepaired": ""},
    ),
)
