"""What the two home pages summarise. Each app contributes one small selector;
the home pages stay a fixed handful of queries."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import Customer, User
from portalhome import selectors as portalhome_selectors
from tickets import selectors as ticket_selectors
from tickets.models import Ticket


def portal_summary(*, customer: Customer) -> dict:
    tickets = Ticket.objects.filter(customer=customer)
    counts = tickets.aggregate(
        open=Count("pk", filter=~Q(status=Ticket.Status.CLOSED)),
        waiting=Count("pk", filter=Q(pk__in=tickets.waiting_for_customer().values("pk"))),
    )
    requests_url = reverse("tickets_portal:list")
    open_items = []
    if counts["waiting"]:
        open_items.append(
            {
                "label": _("Requests waiting for your answer"),
                "count": counts["waiting"],
                "url": f"{requests_url}?state=waiting",
                "tone": "warning",
            }
        )
    if counts["open"]:
        open_items.append({"label": _("Open requests"), "count": counts["open"], "url": f"{requests_url}?state=open"})
    banners = [
        {"template": "tickets/_outage_banner.html", "object": outage}
        for outage in ticket_selectors.active_outages_for_customer(customer.pk, customer.area)
    ]
    return {"open_items": open_items, "banners": banners}


def staff_summary(*, user: User) -> dict:
    queues = ticket_selectors.queues_for(user) if user.has_perm("tickets.view_ticket") else []
    folder = list(ticket_selectors.staff_folder(user=user)[:10])
    registrations = (
        portalhome_selectors.pending_registration_count() if user.has_perm("portalhome.review_registration") else 0
    )
    return {
        "notices": portalhome_selectors.current_notices(),
        "pending_registrations": registrations,
        "queue_counts": [{"name": q.display_name, "url": q.get_absolute_url(), "count": q.waiting} for q in queues],
        "my_tasks": [{"label": f"{t.number} · {t.subject}", "url": t.get_absolute_url(), "ticket": t} for t in folder],
        "outages": ticket_selectors.current_outages() if user.has_perm("tickets.view_outage") else [],
    }
