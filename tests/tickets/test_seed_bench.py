"""seed_bench writes whole tickets (messages, history, search document) on SQLite and with COPY on PostgreSQL."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from tickets.models import Ticket, TicketAction, TicketMessage

pytestmark = pytest.mark.django_db


def test_seed_bench_writes_tickets_with_their_messages_and_history():
    call_command("seed_bench", tickets=40, customers=4, stdout=io.StringIO())
    tickets = Ticket.objects.all()
    assert tickets.count() == 40
    assert TicketAction.objects.filter(kind="created").count() == 40
    assert TicketMessage.objects.count() >= 40
    assert not tickets.filter(messages__isnull=True).exists()
    owned = tickets.exclude(owner=None)
    assert TicketMessage.objects.filter(ticket__in=owned, kind="internal").count() == owned.count()
    if connection.vendor == "postgresql":
        assert not tickets.filter(search_vector=None).exists()
    # Explicit ids did not leave the sequence behind: a normal insert still works.
    extra = Ticket.objects.create(
        queue=tickets[0].queue,
        customer=tickets[0].customer,
        creator=tickets[0].creator,
        subject="After the seed",
        text="x",
        contact_name="A",
        status=Ticket.Status.DISPATCH,
    )
    assert extra.pk > max(tickets.exclude(pk=extra.pk).values_list("pk", flat=True))
