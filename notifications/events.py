"""The events other apps may notify about, and what each needs.

An event belongs to a *kind* (tickets, orders, …): people choose their channels
per kind, not per event. Adding an event means adding it here and seeding its
templates with a data migration (see `notifications.defaults`).
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    SECURITY = "security", _("Account security")
    TICKETS = "tickets", _("Support tickets")
    ORDERS = "orders", _("Orders and services")
    REPAIRS = "repairs", _("Repairs")
    BILLING = "billing", _("Invoices and payments")
    OUTAGES = "outages", _("Outages")


# Kinds a person may choose channels for; security messages always go by e-mail.
CONFIGURABLE_KINDS: tuple[Kind, ...] = (Kind.TICKETS, Kind.ORDERS, Kind.REPAIRS, Kind.BILLING, Kind.OUTAGES)

# Context values that are credentials: erased from the outbox once the row is
# sent or has failed, so that no secret outlives its delivery.
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {"temporary_password", "password", "reset_url", "set_password_url", "token", "one_time_code"}
)


@dataclass(frozen=True)
class Event:
    name: str
    kind: Kind
    label: str
    keys: tuple[str, ...]
    # Keys holding ISO datetimes: rendered as aware datetimes in the recipient's time zone.
    datetimes: tuple[str, ...] = ()
    # Keys holding an English msgid (e.g. a status label): translated at delivery.
    translated: tuple[str, ...] = ()
    sample: dict = field(default_factory=dict)


_TICKET = {
    "ticket_number": "T-000123",
    "subject": "No internet since <Monday> & {{ later }}",
    "url": "https://portal.example.com/tickets/123/",
}

EVENTS: dict[str, Event] = {
    event.name: event
    for event in (
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
}


class UnknownEvent(ValueError):
    pass


def event_get(name: str) -> Event:
    try:
        return EVENTS[name]
    except KeyError:
        raise UnknownEvent(f"unknown notification event {name!r}; add it to notifications.events") from None
