"""The ticket and outage messages (registered in TicketsConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

_TICKET = {
    "ticket_number": "T-000123",
    "subject": "No internet since <Monday> & {{ later }}",
    "url": "https://portal.example.com/tickets/123/",
}

EVENTS = (
    Event("ticket_created", Kind.TICKETS, _("Ticket created"), ("ticket_number", "subject", "url"), sample=_TICKET),
    Event(
        "ticket_reply",
        Kind.TICKETS,
        _("Reply to a ticket"),
        ("ticket_number", "subject", "url", "excerpt"),
        sample={**_TICKET, "excerpt": "Please restart the router.\nIf it does not help, call us."},
    ),
    Event(
        "ticket_status_changed",
        Kind.TICKETS,
        _("Ticket status changed"),
        ("ticket_number", "subject", "url", "status_label", "comment"),
        translated=("status_label",),
        sample={**_TICKET, "status_label": "Forwarded", "comment": "Sent to the field engineers."},
    ),
    Event(
        "ticket_closed",
        Kind.TICKETS,
        _("Ticket closed"),
        ("ticket_number", "subject", "url", "resolution", "rating_url"),
        sample={
            **_TICKET,
            "resolution": "The line was repaired.",
            "rating_url": "https://portal.example.com/tickets/123/rate/",
        },
    ),
    Event(
        "ticket_queue_new",
        Kind.TICKETS,
        _("New ticket in a queue"),
        ("ticket_number", "subject", "url", "queue_name"),
        sample={**_TICKET, "queue_name": "Second line"},
    ),
    Event(
        "ticket_assigned",
        Kind.TICKETS,
        _("Ticket assigned to you"),
        ("ticket_number", "subject", "url", "queue_name", "assigned_by"),
        sample={**_TICKET, "queue_name": "Second line", "assigned_by": "Maria Ivanova"},
    ),
    Event(
        "ticket_rejected",
        Kind.TICKETS,
        _("Ticket returned"),
        ("ticket_number", "subject", "url", "reason"),
        sample={**_TICKET, "reason": "Wrong contract number."},
    ),
    Event(
        "outage",
        Kind.OUTAGES,
        _("Outage"),
        ("area", "services", "starts_at", "expected_end"),
        datetimes=("starts_at", "expected_end"),
        sample={
            "area": "Moscow-Center",
            "services": "Internet, IPTV",
            "starts_at": "2026-03-01T22:00:00+00:00",
            "expected_end": "2026-03-02T04:00:00+00:00",
        },
    ),
)
