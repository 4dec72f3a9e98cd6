"""What a feature app hands the customer's timeline and "my processes" (home.timeline merges them).

How an app plugs in: a module `<app>/timeline.py` with

    KINDS = {"order": _("Orders")}                       # the filter's choices
    def entries(*, customer_id, kinds, since, until, limit) -> list[Entry]   # newest first, at most `limit`
    def processes(*, customer_id, limit) -> list[Process]                    # what waits for the customer first
    def waiting(*, customer_id) -> list[Waiting]     # optional: the home page's counts, as querysets

Each function runs a fixed handful of queries whatever the number of rows, and
returns only what the customer may read (no internal comments, no masked data).
`entry_rows` runs an `entries` query compiled once per shape (core.compiled), and `dated`
applies the period.
`waiting` runs no query at all: it hands over querysets, and home counts every
provider's in one query (each count capped, an index range).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import QuerySet

from core.compiled import compiled_rows


@dataclass(frozen=True)
class Entry:
    kind: str
    at: datetime
    title: str
    url: str
    text: str = ""
    icon: str = "dot"
    tone: str = "secondary"
    # Only the customer's own notes may be edited from the timeline.
    edit_url: str = ""


@dataclass(frozen=True)
class Waiting:
    """One count on the customer's home ("Repair quotes to approve: 2"), linked to the list that shows them."""

    key: str
    label: str
    url: str
    rows: QuerySet = field(compare=False)  # counted by home, never read here
    tone: str = "warning"  # "warning": the customer's move; "secondary": just open


@dataclass(frozen=True)
class Step:
    label: str
    state: str  # "done", "current" or "todo"


@dataclass(frozen=True)
class Process:
    kind: str
    title: str
    url: str
    at: datetime
    steps: tuple[Step, ...] = ()
    # "waiting for you: approve the quote" / "waiting for us"
    waiting_for_customer: bool = False
    expected: str = ""
    extra: dict = field(default_factory=dict)


def step_bar(labels: list[str], current: int) -> tuple[Step, ...]:
    """Steps before `current` are done, `current` is current, the rest still to come."""
    return tuple(
        Step(label=label, state="done" if i < current else "current" if i == current else "todo")
        for i, label in enumerate(labels)
    )


_SENTINEL = 987654321


def url_for_pk(name: str):
    """A function pk -> the URL `name` gives for it, reversed once: a provider makes one URL per row."""
    from django.urls import reverse

    pattern = reverse(name, args=[_SENTINEL]).replace(str(_SENTINEL), "{}")
    return pattern.format


def dated(rows: QuerySet, since: datetime | None, until: datetime | None, *, field: str = "created_at") -> QuerySet:
    """The rows of the period: `since` included, `until` excluded."""
    if since:
        rows = rows.filter(**{f"{field}__gte": since})
    if until:
        rows = rows.filter(**{f"{field}__lt": until})
    return rows


def entry_rows(
    name: str, build, *, offered: dict, kinds: set[str] | None, customer_id: int, since, until, limit: int
) -> list[tuple]:
    """The rows of `build(customer_id=…, since=…, until=…, limit=…)`, a values_list() queryset,
    through a query compiled once per shape: the customer and the period are bound anew.

    `offered` is the provider's KINDS. No rows when `kinds` asks for none of them; when it asks
    for some but not all, `build` also gets `kinds=` (those of the provider's it asks for)."""
    shape = {"limit": limit}
    if kinds is not None and not set(offered) <= kinds:
        shape["kinds"] = kinds & set(offered)
        if not shape["kinds"]:
            return []
    return compiled_rows(name, build, shape=shape, values={"customer_id": customer_id, "since": since, "until": until})
