"""Tickets in the staff search box (see core.search): a ticket number goes straight to it;
a contract number, a contact phone or words of the subject list the tickets the user may see."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.search import Found, Hit
from tickets.models import Ticket
from tickets.selectors import tickets_visible_to

LIMIT = 10


def find(*, user, query: str, digits: str) -> Found:
    if not user.has_perm("tickets.view_ticket"):
        return Found()
    visible = tickets_visible_to(user)
    number = Ticket.normalise_number(query) if query.upper().startswith("T") else None
    if number:
        ticket = visible.filter(number=number).only("id").first()
        if ticket is not None:
            return Found(redirect=ticket.get_absolute_url())
    match = Q(contract_number__iexact=query) | Q(subject__icontains=query)
    if len(digits) >= 5:
        match |= Q(contact_phone__endswith=digits[-9:])
    tickets = visible.filter(match).only("id", "number", "subject", "status").order_by("-created_at", "-pk")[:LIMIT]
    return Found(
        kind="ticket",
        label=_("Tickets"),
        hits=[
            Hit(title=f"{t.number} · {t.subject}", url=t.get_absolute_url(), detail=t.get_status_display())
            for t in tickets
        ],
    )
