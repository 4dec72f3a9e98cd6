"""Each list and ticket page runs the same number of queries at 5 and at 200 tickets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tickets.models import Ticket, TicketAction, TicketAttachment, TicketMessage

pytestmark = pytest.mark.django_db


def make_tickets(count, *, owner, agent, queue):
    tickets = Ticket.objects.bulk_create(
        Ticket(
            number=f"T-9{i:05d}",
            queue=queue,
            customer=owner.customer,
            creator=owner,
            subject=f"Router problem {i}",
            text="router",
            contact_name="A",
            status=[Ticket.Status.DISPATCH, Ticket.Status.OPEN][i % 2],
            owner=agent if i % 2 else None,
        )
        for i in range(count)
    )
    TicketMessage.objects.bulk_create(
        TicketMessage(ticket=t, author=author, body="hello", kind=kind)
        for t in tickets
        for author, kind in ((owner, "public"), (agent, "public"), (agent, "internal"))
    )
    TicketAction.objects.bulk_create(TicketAction(ticket=t, kind="created", actor=owner) for t in tickets)
    messages = list(TicketMessage.objects.filter(ticket__in=tickets))
    TicketAttachment.objects.bulk_create(
        TicketAttachment(
            ticket=m.ticket,
            message=m,
            file="tickets/x.png",
            original_name="x.png",
            content_type="image/png",
            size=10,
            uploaded_by=owner,
        )
        for m in messages
    )
    return tickets


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def pages(owner, agent, manager, support_queue):
    def measure(count):
        Ticket.objects.all().delete()
        tickets = make_tickets(count, owner=owner, agent=agent, queue=support_queue)
        busy = tickets[-1]
        TicketMessage.objects.bulk_create(TicketMessage(ticket=busy, author=agent, body=f"m{i}") for i in range(count))
        results = {}
        for user, urls in (
            (
                owner,
                [
                    reverse("tickets_portal:list"),
                    reverse("tickets_portal:list") + "?q=router&sort=priority",
                    reverse("tickets_portal:detail", args=[busy.pk]),
                    reverse("core:portal_home"),
                ],
            ),
            (
                agent,
                [
                    reverse("tickets_staff:folder"),
                    reverse("tickets_staff:queue", args=[support_queue.pk]),
                    reverse("tickets_staff:detail", args=[busy.pk]),
                    reverse("core:staff_home"),
                ],
            ),
            (
                manager,
                [
                    reverse("tickets_staff:search") + "?q=router",
                    reverse("tickets_staff:search") + "?status=OPEN",
                    reverse("tickets_staff:outages"),
                    reverse("tickets_staff:interactions"),
                ],
            ),
        ):
            client_for = pytest.importorskip("django.test").Client()
            client_for.force_login(user)
            client_for.get(urls[0])  # warm the session and permission caches alike for both sizes
            for url in urls:
                results[url.replace(str(busy.pk), "<busy>")] = count_queries(client_for, url)
        return results

    return measure


def test_query_count_does_not_grow_with_rows(pages):
    small = pages(5)
    large = pages(200)
    assert small == large
    assert max(large.values()) <= 15, large  # the ticket page: its moves read the queues and the colleagues
    print(large)
