"""Repairs in the customer's timeline (each step the device went through) and the repairs not yet
returned in "my processes" (see core.timeline).

Only the step reaches the customer: intake notes, staff comments on a move and the identity
document numbers of whoever handed the device over never do.
"""

from django.db.models import Case, QuerySet, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.compiled import compiled_rows
from core.timeline import Entry, Process, Waiting, dated, entry_rows, step_bar, url_for_pk
from repairs.models import Repair, RepairAction

KINDS = {"repair": _("Repairs")}
S = Repair.Status
STEPS = (S.REGISTERED, S.RECEIVED, S.DIAGNOSING, S.QUOTE_SENT, S.IN_REPAIR, S.READY, S.RETURNED)
OPEN = [s for s in S if s not in (S.RETURNED, S.CANCELLED, S.NOT_REPAIRABLE)]
CUSTOMER_MOVES = {S.QUOTE_SENT: _("approve the quote"), S.READY: _("collect the device")}


def _entries_query(*, limit: int, customer_id: int, since, until) -> QuerySet:
    actions = RepairAction.objects.filter(repair__customer_id=customer_id).exclude(to_status="")
    return (
        dated(actions, since, until)
        .order_by("-created_at", "-pk")
        .values_list("to_status", "created_at", "repair_id", "repair__number", "repair__device_model")[:limit]
    )


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    """Each step of the customer's repairs, newest first: one query, compiled once per shape (core.compiled)."""
    rows = entry_rows(
        "repairs.timeline",
        _entries_query,
        offered=KINDS,
        kinds=kinds,
        customer_id=customer_id,
        since=since,
        until=until,
        limit=limit,
    )
    labels = {state: str(label) for state, label in S.choices}
    url = url_for_pk("repairs_portal:detail")
    title = str(_("Repair %(number)s (%(device)s): %(stage)s"))
    return [
        Entry(
            kind="repair",
            at=at,
            title=title % {"number": number, "device": device, "stage": labels.get(to_status, to_status)},
            url=url(repair_id),
            icon="tools",
            tone="success" if to_status == S.RETURNED else "secondary",
        )
        for to_status, at, repair_id, number, device in rows
    ]


def stages(repair: Repair) -> tuple[list[str], int]:
    """The customer's steps of this repair (no quote under warranty) and the index of the one it is at."""
    path = [s for s in STEPS if not (repair.under_warranty and s == S.QUOTE_SENT)]
    return path, path.index(repair.status) if repair.status in path else 0


def _processes_query(*, limit: int, customer_id: int) -> QuerySet:
    return (
        Repair.objects.filter(customer_id=customer_id, status__in=OPEN)
        .annotate(waits=Case(When(status__in=list(CUSTOMER_MOVES), then=Value(0)), default=Value(1)))
        .order_by("waits", "-created_at", "-pk")
        .values_list("pk", "number", "status", "device_model", "under_warranty", "created_at")[:limit]
    )


def processes(*, customer_id: int, limit: int) -> list[Process]:
    repairs = compiled_rows(
        "repairs.processes", _processes_query, shape={"limit": limit}, values={"customer_id": customer_id}
    )
    labels = {state: str(label) for state, label in S.choices}
    moves = {state: str(label) for state, label in CUSTOMER_MOVES.items()}
    ours, url = str(_("Waiting for us")), url_for_pk("repairs_portal:detail")
    bars: dict[tuple[bool, str], tuple] = {}  # each step bar worded once per call
    found = []
    for pk, number, status, device_model, under_warranty, created_at in repairs:
        steps = bars.get((under_warranty, status))
        if steps is None:
            path, current = stages(Repair(status=status, under_warranty=under_warranty))
            steps = bars[under_warranty, status] = step_bar([labels[s] for s in path], current)
        waiting = status in moves
        found.append(
            Process(
                kind="repair",
                title=f"{number} · {device_model}",
                url=url(pk),
                at=created_at,
                steps=steps,
                waiting_for_customer=waiting,
                expected=moves[status] if waiting else ours,
            )
        )
    return found


def waiting(*, customer_id: int) -> list[Waiting]:
    repairs = Repair.objects.filter(customer_id=customer_id)
    url = reverse("repairs_portal:list")
    return [
        Waiting(
            key="repairs-quote",
            label=str(_("Repair quotes to approve")),
            url=url,
            rows=repairs.filter(status=S.QUOTE_SENT),
        ),
        Waiting(
            key="repairs-ready", label=str(_("Devices ready to collect")), url=url, rows=repairs.filter(status=S.READY)
        ),
    ]
