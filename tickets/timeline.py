"""Tickets, their public replies and the outages of the customer's area in the customer's timeline,
and open tickets in "my processes" (see core.timeline). Internal comments never appear.

Cheap by construction: tickets, replies and outages are read in one UNION ALL of plain values
(no model instances), and every label, title pattern and URL pattern is worded once per call.
"""

from django.db.models import CharField, Exists, F, OuterRef, QuerySet, Subquery, TextField, Value
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from core.compiled import compiled_rows
from core.timeline import Entry, Process, Waiting, dated, entry_rows, step_bar, url_for_pk
from tickets.models import CUSTOMER_STAGES, Outage, Ticket, TicketMessage

KINDS = {"ticket": _("Requests"), "outage": _("Outages")}
STEPS = ("received", "in_progress", "resolved")
CURRENT_STEP = {"received": 0, "in_progress": 1, "needs_correction": 1, "waiting_for_answer": 1, "resolved": 2}
# The columns every part of the UNION ALL gives, in this order (all annotations, so the order holds).
COLUMNS = ("t_src", "t_ticket", "t_number", "t_subject", "t_status", "t_waiting", "t_channel", "t_text", "t_at")
EMPTY = Value("", output_field=CharField())


def _part(rows: QuerySet, limit: int, *, at: str, **columns) -> QuerySet:
    return rows.order_by(f"-{at}", "-pk").annotate(t_at=F(at), **columns).values_list(*COLUMNS)[:limit]


def _entries_query(*, limit: int, customer_id: int, since, until, kinds: set[str] | None = None) -> QuerySet:
    parts = []
    if kinds is None or "ticket" in kinds:
        tickets = dated(Ticket.objects.filter(customer_id=customer_id), since, until, field="created_at")
        parts.append(
            _part(
                tickets,
                limit,
                at="created_at",
                t_src=Value("ticket"),
                t_ticket=F("pk"),
                t_number=F("number"),
                t_subject=F("subject"),
                t_status=F("status"),
                t_waiting=F("waiting_for"),
                t_channel=F("channel"),
                t_text=Value("", output_field=TextField()),
            )
        )
        replies = dated(
            TicketMessage.objects.filter(ticket__customer_id=customer_id, kind=TicketMessage.Kind.PUBLIC),
            since,
            until,
        )
        parts.append(
            _part(
                replies,
                limit,
                at="created_at",
                t_src=Value("reply"),
                t_ticket=F("ticket_id"),
                t_number=F("ticket__number"),
                t_subject=F("ticket__subject"),
                t_status=EMPTY,
                t_waiting=EMPTY,
                t_channel=EMPTY,
                t_text=F("body"),
            )
        )
    if kinds is None or "outage" in kinds:
        area = Customer.objects.filter(pk=customer_id).exclude(area="").values("area")[:1]
        outages = dated(Outage.objects.filter(area__iexact=Subquery(area)), since, until, field="starts_at")
        parts.append(
            _part(
                outages,
                limit,
                at="starts_at",
                t_src=Value("outage"),
                t_ticket=F("pk"),
                t_number=EMPTY,
                t_subject=F("services"),
                t_status=F("status"),
                t_waiting=EMPTY,
                t_channel=EMPTY,
                t_text=Value("", output_field=TextField()),
            )
        )
    return parts[0].union(*parts[1:], all=True).order_by() if len(parts) > 1 else parts[0]


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    """Tickets, public replies and outages, newest first, each at most `limit`: one query, compiled
    once per shape (core.compiled)."""
    rows = entry_rows(
        "tickets.timeline",
        _entries_query,
        offered=KINDS,
        kinds=kinds,
        customer_id=customer_id,
        since=since,
        until=until,
        limit=limit,
    )
    url = url_for_pk("tickets_portal:detail")
    stages = {key: str(label) for key, label in CUSTOMER_STAGES.items()}
    outage_status = {state: str(label) for state, label in Outage.Status.choices}
    ticket_title, reply_title = str(_("Request %(number)s: %(subject)s")), str(_("Reply on %(number)s: %(subject)s"))
    outage_title = str(_("Outage: %(services)s"))
    stage_of = Ticket.customer_stage_of
    found: list[Entry] = []
    for source, ticket, number, subject, status, waiting, channel, text, at in rows:
        if source == "ticket":
            entry = Entry(
                kind="ticket",
                at=at,
                title=ticket_title % {"number": number, "subject": subject},
                text=stages[stage_of(status, waiting, channel)],
                url=url(ticket),
                icon="chat-left-text",
                tone="primary",
            )
        elif source == "reply":
            entry = Entry(
                kind="ticket",
                at=at,
                title=reply_title % {"number": number, "subject": subject},
                text=text if len(text) <= 200 else Truncator(text).chars(200),
                url=url(ticket),
                icon="reply",
                tone="primary",
            )
        else:
            entry = Entry(
                kind="outage",
                at=at,
                title=outage_title % {"services": subject},
                text=outage_status.get(status, status),
                url="",
                icon="exclamation-triangle",
                tone="warning",
            )
        found.append(entry)
    return found


def _processes_query(*, limit: int, customer_id: int) -> QuerySet:
    open_tickets = Ticket.objects.filter(customer_id=customer_id).exclude(status=Ticket.Status.CLOSED)
    waiting = open_tickets.waiting_for_customer().values("pk")
    return (
        open_tickets.annotate(waits=Exists(waiting.filter(pk=OuterRef("pk"))))
        .order_by("-waits", "-created_at", "-pk")
        .values_list("pk", "number", "subject", "status", "waiting_for", "channel", "created_at", "waits")[:limit]
    )


def processes(*, customer_id: int, limit: int) -> list[Process]:
    tickets = compiled_rows(
        "tickets.processes", _processes_query, shape={"limit": limit}, values={"customer_id": customer_id}
    )
    labels = [str(CUSTOMER_STAGES[step]) for step in STEPS]
    stages = {key: str(label) for key, label in CUSTOMER_STAGES.items()}
    ours = str(_("Waiting for us"))
    url = url_for_pk("tickets_portal:detail")
    found = []
    for pk, number, subject, status, waiting_for, channel, created_at, waits in tickets:
        stage = Ticket.customer_stage_of(status, waiting_for, channel)
        found.append(
            Process(
                kind="ticket",
                title=f"{number} · {subject}",
                url=url(pk),
                at=created_at,
                steps=step_bar(labels, CURRENT_STEP[stage]),
                waiting_for_customer=waits,
                expected=stages[stage] if waits else ours,
            )
        )
    return found


def waiting(*, customer_id: int) -> list[Waiting]:
    tickets = Ticket.objects.filter(customer_id=customer_id)
    url = reverse("tickets_portal:list")
    return [
        Waiting(
            key="tickets-waiting",
            label=str(_("Requests waiting for your answer")),
            url=f"{url}?state=waiting",
            rows=tickets.waiting_for_customer(),
        ),
        Waiting(
            key="tickets-open",
            label=str(_("Open requests")),
            url=f"{url}?state=open",
            rows=tickets.exclude(status=Ticket.Status.CLOSED),
            tone="secondary",
        ),
    ]
