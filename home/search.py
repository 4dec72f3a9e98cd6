"""The one search box of the staff pages: a number, phone, contract, ICCID, name or tax number.

An exact number goes straight to its object; anything else gives results grouped by kind,
each group a few indexed queries whatever the table sizes.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer, User
from core.phones import ascii_digits
from tickets.models import Ticket
from tickets.selectors import tickets_visible_to

GROUP_SIZE = 10


@dataclass
class SearchResult:
    query: str
    redirect: str = ""
    groups: list[dict] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(group["rows"] for group in self.groups)


def _customer_url(customer: Customer) -> str:
    return reverse("tickets_staff:search") + "?" + urlencode({"customer": customer.number})


def _digits(text: str) -> str:
    return re.sub(r"\D", "", ascii_digits(text))


def staff_search(*, user: User, query: str) -> SearchResult:
    query = query.strip()[:100]
    result = SearchResult(query=query)
    if not re.search(r"\w", query):
        return result
    may_see_tickets = user.has_perm("tickets.view_ticket")
    number = Ticket.normalise_number(query) if may_see_tickets and query.upper().startswith("T") else None
    if number:
        ticket = tickets_visible_to(user).filter(number=number).only("id").first()
        if ticket is not None:
            result.redirect = ticket.get_absolute_url()
            return result
    customers = Customer.objects.filter(number__iexact=query).only("id", "number", "name")
    exact = list(customers[:2])
    if len(exact) == 1:
        result.redirect = _customer_url(exact[0])
        return result

    digits = _digits(query)
    customer_match = Q(name__icontains=query) | Q(tax_number__iexact=query)
    if len(digits) >= 5:
        customer_match |= Q(phone__endswith=digits[-9:])
    found = list(
        Customer.objects.filter(customer_match)
        .only("id", "number", "name", "email")
        .order_by(Lower("name"))[:GROUP_SIZE]
    )
    result.groups.append(
        {
            "kind": "customer",
            "label": _("Customers"),
            "rows": [{"title": f"{c.name} ({c.number})", "detail": c.email, "url": _customer_url(c)} for c in found],
        }
    )
    if may_see_tickets:
        ticket_match = Q(contract_number__iexact=query) | Q(subject__icontains=query)
        if len(digits) >= 5:
            ticket_match |= Q(contact_phone__endswith=digits[-9:])
        tickets = list(
            tickets_visible_to(user)
            .filter(ticket_match)
            .only("id", "number", "subject", "status")
            .order_by("-created_at", "-pk")[:GROUP_SIZE]
        )
        result.groups.append(
            {
                "kind": "ticket",
                "label": _("Tickets"),
                "rows": [
                    {
                        "title": f"{t.number} · {t.subject}",
                        "detail": t.get_status_display(),
                        "url": t.get_absolute_url(),
                    }
                    for t in tickets
                ],
            }
        )
    return result
