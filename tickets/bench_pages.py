"""The ticket pages `manage.py bench_pages` times, picked on the benchmark data (seed_bench):
the busiest queue and its agent, the customer with most tickets, the ticket with most messages."""

from django.db.models import Count
from django.urls import reverse

from accounts.models import User
from core.bench import BenchPage
from tickets.models import Queue, Ticket


def bench_users() -> tuple[User, User, Queue]:
    """The agent of the busiest queue, the portal user of the busiest account, and that queue."""
    queue = Queue.objects.annotate(n=Count("tickets")).filter(members__isnull=False).order_by("-n").first()
    agent = queue.members.filter(is_active=True).order_by("pk").first()
    busiest = (
        Ticket.objects.values("customer_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("customer_id", flat=True)
    ).first()
    customer_user = User.objects.filter(customer_id=busiest, is_active=True).order_by("pk").first()
    return agent, customer_user, queue


def pages() -> list[BenchPage]:
    if not Ticket.objects.exists():
        return []
    agent, customer_user, queue = bench_users()
    ticket = Ticket.objects.filter(queue=queue).annotate(n=Count("messages")).order_by("-n", "-pk").first()
    own = (
        Ticket.objects.filter(customer_id=customer_user.customer_id)
        .annotate(n=Count("messages"))
        .order_by("-n", "-pk")
        .first()
    )
    portal_list = reverse("tickets_portal:list")
    search = reverse("tickets_staff:search")
    return [
        BenchPage("staff queue page", reverse("tickets_staff:queue", args=[queue.pk]), agent),
        BenchPage("staff folder", reverse("tickets_staff:folder"), agent),
        BenchPage("staff ticket page", reverse("tickets_staff:detail", args=[ticket.pk]), agent),
        BenchPage("staff search 'router'", f"{search}?q=router", agent),
        BenchPage("staff search by number", f"{search}?q={ticket.number}", agent),
        BenchPage("outages", reverse("tickets_staff:outages"), agent),
        BenchPage("interactions", reverse("tickets_staff:interactions"), agent),
        BenchPage("customer list", portal_list, customer_user),
        BenchPage("customer list, open, by priority", f"{portal_list}?state=open&sort=-priority", customer_user),
        BenchPage("customer ticket page", reverse("tickets_portal:detail", args=[own.pk]), customer_user),
    ]
