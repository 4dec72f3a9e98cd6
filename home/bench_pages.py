"""The two home pages for `manage.py bench_pages`, for the same users as the ticket pages."""

from django.urls import reverse

from core.bench import BenchPage
from tickets.bench_pages import bench_users
from tickets.models import Ticket


def pages() -> list[BenchPage]:
    if not Ticket.objects.exists():
        return []
    agent, customer_user, _queue = bench_users()
    return [
        BenchPage("staff home", reverse("core:staff_home"), agent),
        BenchPage("portal home", reverse("core:portal_home"), customer_user),
    ]
