"""The customer's history at a glance and "my processes", merged from every app's provider.

A provider is `<app>/timeline.py` (see core.timeline); it is found by name, so a new app
plugs in by adding that one module. Each provider runs a fixed handful of queries, so the
pages cost the same whatever the number of entries.
"""

import heapq
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import islice
from types import ModuleType

from django.utils import timezone

from core.discovery import app_modules
from core.timeline import Entry, Process


@cache
def providers() -> tuple[ModuleType, ...]:
    # core.timeline declares the entries and this module merges them: neither is a provider.
    return tuple(app_modules("timeline", exclude=("core", "home")))


def kinds() -> dict[str, str]:
    """Every kind the filter offers, from every provider."""
    found: dict[str, str] = {}
    for provider in providers():
        found.update(provider.KINDS)
    return found


@dataclass(frozen=True)
class TimelinePage:
    entries: list[Entry]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def _start_of(day: date | None) -> datetime | None:
    return timezone.make_aware(datetime.combine(day, time.min)) if day else None


def timeline_page(
    *,
    customer_id: int,
    kinds: set[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    page: int = 1,
    size: int = 25,
) -> TimelinePage:
    """One page of the timeline, newest first. `until` is inclusive (the whole day)."""
    page = max(1, page)
    wanted = page * size + 1
    streams = [
        provider.entries(
            customer_id=customer_id,
            kinds=kinds,
            since=_start_of(since),
            until=_start_of(until + timedelta(days=1)) if until else None,
            limit=wanted,
        )
        for provider in providers()
    ]
    merged = heapq.merge(
        *(sorted(s, key=lambda e: e.at, reverse=True) for s in streams), key=lambda e: e.at, reverse=True
    )
    rows = list(islice(merged, (page - 1) * size, wanted))
    return TimelinePage(entries=rows[:size], number=page, has_next=len(rows) > size)


@dataclass(frozen=True)
class Processes:
    shown: list[Process]
    # Some provider had more than `limit` in flight: the page points to the full lists.
    more: bool


def processes(*, customer_id: int, limit: int = 12) -> Processes:
    """The requests in flight, what waits for the customer first, then the newest; at most `limit` per app
    (the page stays short and cheap whatever the numbers; it links to the full lists when there are more)."""
    found, more = [], False
    for provider in providers():
        rows = provider.processes(customer_id=customer_id, limit=limit + 1)
        more = more or len(rows) > limit
        found += rows[:limit]
    return Processes(shown=sorted(found, key=lambda p: (not p.waiting_for_customer, -p.at.timestamp())), more=more)
