"""The events apps may notify about, and what each needs.

An event belongs to a *kind* (tickets, orders, …): people choose their channels
per kind, not per event. How a new app adds events: declare them in
`<app>/events.py` (`EVENTS = (Event("order_confirmed", Kind.ORDERS, _("Order confirmed"), keys), …)`),
register them from its `AppConfig.ready()` with `register_events(*events.EVENTS)`
followed by `notifications.defaults.register_texts("<app>")`, and seed their
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


def redacted(context: dict) -> dict:
    """The context with its secrets erased (once a row is sent or has failed)."""
    return {key: ("" if key in SENSITIVE_KEYS else value) for key, value in context.items()}


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


# name -> Event, filled by each app's AppConfig.ready() through register_events().
EVENTS: dict[str, Event] = {}


def register_events(*events: Event) -> None:
    for event in events:
        if EVENTS.get(event.name, event) != event:
            raise ValueError(f"notification event {event.name!r} is registered twice")
        EVENTS[event.name] = event


class UnknownEvent(ValueError):
    pass


def event_get(name: str) -> Event:
    try:
        return EVENTS[name]
    except KeyError:
        raise UnknownEvent(
            f"unknown notification event {name!r}; register it from its app (notifications.events.register_events)"
        ) from None
