"""Tickets, their public replies and the outages of the customer's area in the customer's timeline,
and open tickets in "my processes" (see core.timeline). Internal comments never appear."""

from django.db.models import Exists, OuterRef, Subquery
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from core.timeline import Entry, Process, step_bar
from tickets.models import CUSTOMER_STAGES, Outage, Ticket, TicketMessage

KINDS = {"ticket": _("Requests"), "outage": _("Outages")}
STEPS = ("received", "in_progress", "resolved")
CURRENT_STEP = {"received": 0, "in_progress": 1, "needs_correction": 1, "waiting_for_answer": 1, "resolved": 2}


def _dated(rows, field: str, since, until):
    if since:
        rows = rows.filter(**{f"{field}__gte": since})
    if until:
        rows = rows.filter(**{f"{field}__lt": until})
    return rows


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    found: list[Entry] = []
    if kinds is None or "ticket" in kinds:
        tickets = _dated(Ticket.objects.filter(customer_id=customer_id), "created_at", since, until)
        for ticket in tickets.order_by("-created_at", "-pk").only(
            "pk", "number", "subject", "status", "waiting_for", "channel", "created_at"
        )[:limit]:
            found.append(
                Entry(
                    kind="ticket",
                    at=ticket.created_at,
                    title=_("Request %(number)s: %(subject)s") % {"number": ticket.number, "subject": ticket.subject},
                    text=str(ticket.stage_label),
                    url=ticket.get_portal_url(),
                    icon="chat-left-text",
                    tone="primary",
                )
            )
        replies = _dated(
            TicketMessage.objects.filter(ticket__customer_id=customer_id, kind=TicketMessage.Kind.PUBLIC),
            "created_at",
            since,
            until,
        )
        for message in (
            replies.select_related("ticket")
            .only("id", "body", "created_at", "ticket__id", "ticket__number", "ticket__subject")
            .order_by("-created_at", "-pk")[:limit]
        ):
            found.append(
                Entry(
                    kind="ticket",
                    at=message.created_at,
                    title=_("Reply on %(number)s: %(subject)s")
                    % {"number": message.ticket.number, "subject": message.ticket.subject},
                    text=Truncator(message.body).chars(200),
                    url=message.ticket.get_portal_url(),
                    icon="reply",
                    tone="primary",
                )
            )
    if kinds is None or "outage" in kinds:
        area = Customer.objects.filter(pk=customer_id).exclude(area="").values("area")[:1]
        outages = _dated(Outage.objects.filter(area__iexact=Subquery(area)), "starts_at", since, until)
        for outage in outages.order_by("-starts_at", "-pk")[:limit]:
            found.append(
                Entry(
                    kind="outage",
                    at=outage.starts_at,
                    title=_("Outage: %(services)s") % {"services": outage.services},
                    text=outage.get_status_display(),
                    url="",
                    icon="exclamation-triangle",
                    tone="warning",
                )
            )
    return found


def processes(*, customer_id: int, limit: int) -> list[Process]:
    open_tickets = Ticket.objects.filter(customer_id=customer_id).exclude(status=Ticket.Status.CLOSED)
    waiting = open_tickets.waiting_for_customer().values("pk")
    tickets = (
        open_tickets.annotate(waits=Exists(waiting.filter(pk=OuterRef("pk"))))
        .only("id", "number", "subject", "status", "waiting_for", "channel", "created_at")
        .order_by("-waits", "-created_at", "-pk")[:limit]
    )
    labels = [str(CUSTOMER_STAGES[step]) for step in STEPS]
    found = []
    for ticket in tickets:
        waiting = ticket.is_waiting_for_customer
        found.append(
            Process(
                kind="ticket",
                title=f"{ticket.number} · {ticket.subject}",
                url=ticket.get_portal_url(),
                at=ticket.created_at,
                steps=step_bar(labels, CURRENT_STEP[ticket.customer_stage]),
                waiting_for_customer=waiting,
                expected=str(ticket.stage_label) if waiting else str(_("Waiting for us")),
            )
        )
    return found
