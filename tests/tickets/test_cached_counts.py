"""The queue badges, the queue page's page count and the folder count are cached (core.counts),
and every change of a ticket shows at once."""

import pytest
from django.urls import reverse

from core.counts import cached_count
from tickets import services
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _counts_cached(settings):
    """As with Redis in production (the suite may run with the per-process cache)."""
    settings.COUNTS_CACHE_SECONDS = 300


def badge(client, queue) -> int:
    response = client.get(reverse("tickets_staff:folder"))
    return {q.pk: q.waiting for q in response.context["queues"]}[queue.pk]


def new_request(owner, queue) -> Ticket:
    return services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=queue,
        subject="Line down",
        text="Since the storm.",
        contact_name="Alice",
        contact_phone="",
        files=[],
    )


def test_the_queue_badge_counts_a_new_ticket_and_a_taken_one_at_once(client, agent, owner, support_queue):
    client.force_login(agent)
    assert badge(client, support_queue) == 0
    ticket = new_request(owner, support_queue)
    assert badge(client, support_queue) == 1
    queue_page = client.get(reverse("tickets_staff:queue", args=[support_queue.pk]))
    assert queue_page.context["page_obj"].paginator.count == 1
    client.post(reverse("tickets_staff:move", args=[ticket.pk]), {"action": "take"})
    assert badge(client, support_queue) == 0
    folder = client.get(reverse("tickets_staff:folder"))
    assert folder.context["page_obj"].paginator.count == 1
    assert [t.pk for t in folder.context["tickets"]] == [ticket.pk]


def test_a_cached_count_is_computed_once_until_the_scope_changes(agent, owner, support_queue):
    calls = []

    def count():
        calls.append(1)
        return Ticket.objects.count()

    assert cached_count("tickets", "all", count) == 0
    assert cached_count("tickets", "all", count) == 0
    assert len(calls) == 1
    new_request(owner, support_queue)
    assert cached_count("tickets", "all", count) == 1
    assert len(calls) == 2
