"""Each list and ticket page runs the same number of queries at 5 and at 200 tickets, within the
page budget of tests/budget.py."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.budget import assert_query_budget, page_queries
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


@pytest.fixture
def pages(owner, agent, manager, support_queue):
    def measure(count):
        Ticket.objects.all().delete()
        tickets = make_tickets(count, owner=owner, agent=agent, queue=support_queue)
        busy = tickets[-1]
        # The same kind of ticket at both sizes: owned by the agent, whose look is recorded (one UPDATE).
        Ticket.objects.filter(pk=busy.pk).update(owner=agent, status=Ticket.Status.OPEN)
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
            client_for = Client()
            client_for.force_login(user)
            for url in urls:  # warm the session and the cached counts and lists alike for both sizes
                client_for.get(url)
            for url in urls:
                results[url.replace(str(busy.pk), "<busy>")] = page_queries(client_for, url)
        return results

    return measure


def test_query_count_does_not_grow_with_rows(pages):
    """The page budget of tests/budget.py, with the session read from the database as in the suite
    (the Redis-backed session store spares that query in production). The staff ticket page of a
    ticket its owner works on takes more: the owner's look is recorded (one UPDATE), its moves offer
    the queues and colleagues to forward or assign to. Its history, the customer's other tickets,
    interactions and contracts and the open outages come with the ticket's own SELECT."""
    detail = reverse("tickets_staff:detail", args=[0]).replace("0", "<busy>")
    assert_query_budget(pages(5), pages(200), max_queries={detail: 9})
