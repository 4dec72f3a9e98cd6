"""Ticket numbers come from the "ticket" counter (core.numbering), not from the primary key."""

import pytest
from django.urls import reverse

from core.models import Counter
from tickets import services
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def _ticket(agent, customer) -> Ticket:
    return services.ticket_create(by=agent, customer=customer, queue=None, subject="S", text="T", contact_name="A")


def test_tickets_take_consecutive_numbers_from_the_counter(agent, account_a):
    Counter.objects.update_or_create(key="ticket", defaults={"value": 41})
    first, second = _ticket(agent, account_a), _ticket(agent, account_a)
    assert (first.number, second.number) == ("T-000042", "T-000043")


@pytest.mark.parametrize("typed", ["T-000042", "t-42", "42", " 000042 "])
def test_staff_find_a_ticket_by_its_number_however_typed(client, agent, account_a, typed):
    Counter.objects.update_or_create(key="ticket", defaults={"value": 41})
    ticket = _ticket(agent, account_a)
    client.force_login(agent)
    response = client.get(reverse("tickets_staff:search"), {"q": typed})
    assert [t.pk for t in response.context["tickets"]] == [ticket.pk]
