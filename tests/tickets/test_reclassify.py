"""Issue 9.10: agents change priority, type and subject and assign to a colleague of the queue."""

import html

import pytest
from django.urls import reverse

from tests.factories import StaffUserFactory
from tickets import services
from tickets.models import Queue, Ticket, TicketAction

pytestmark = pytest.mark.django_db


def move(client, ticket, **data):
    return client.post(reverse("tickets_staff:move", args=[ticket.pk]), data, follow=True)


def shown(response) -> list[tuple[str, str]]:
    return [(message.level_tag, str(message)) for message in response.context["messages"]]


def test_an_agent_raises_the_priority_and_the_story_says_so(client, portal_ticket, agent):
    client.force_login(agent)
    page = client.get(portal_ticket.get_absolute_url())
    assert 'id="open-priority"' in page.content.decode()
    response = move(client, portal_ticket, action="priority", priority=Ticket.Priority.URGENT)
    assert shown(response) == [("success", f"{portal_ticket.number}: Change priority.")]
    portal_ticket.refresh_from_db()
    assert (portal_ticket.priority, portal_ticket.status) == (Ticket.Priority.URGENT, Ticket.Status.DISPATCH)
    action = portal_ticket.actions.last()
    assert (action.kind, action.actor, action.comment) == (TicketAction.Kind.PRIORITY_CHANGED, agent, "Normal → Urgent")
    assert portal_ticket.history.first().history_change_reason == "priority: Normal → Urgent"


def test_type_and_subject_are_changed_the_same_way(client, portal_ticket, agent):
    client.force_login(agent)
    move(client, portal_ticket, action="type", type=Ticket.Type.COMPLAINT)
    move(client, portal_ticket, action="subject", subject="  Fibre cut in the yard  ")
    portal_ticket.refresh_from_db()
    assert (portal_ticket.type, portal_ticket.subject) == (Ticket.Type.COMPLAINT, "Fibre cut in the yard")
    kinds = list(portal_ticket.actions.values_list("kind", flat=True))[-2:]
    assert kinds == [TicketAction.Kind.TYPE_CHANGED, TicketAction.Kind.SUBJECT_CHANGED]


@pytest.mark.parametrize(
    "data, message",
    [
        ({"action": "subject", "subject": " "}, "Write the new subject."),
        ({"action": "priority", "priority": "9"}, "That action is not possible."),
        ({"action": "type", "type": "teleport"}, "That action is not possible."),
    ],
)
def test_bad_values_are_refused_with_a_message(client, portal_ticket, agent, data, message):
    client.force_login(agent)
    response = move(client, portal_ticket, **data)
    assert shown(response) == [("error", message)]
    portal_ticket.refresh_from_db()
    assert (portal_ticket.priority, portal_ticket.type) == (Ticket.Priority.NORMAL, Ticket.Type.INCIDENT)


def test_an_agent_assigns_to_a_colleague_of_the_queue(client, portal_ticket, agent, other_agent):
    client.force_login(agent)
    response = move(client, portal_ticket, action="assign", owner=other_agent.pk)
    assert shown(response)[0] == ("success", f"{portal_ticket.number}: Assign to a colleague.")
    portal_ticket.refresh_from_db()
    assert (portal_ticket.owner, portal_ticket.status) == (other_agent, Ticket.Status.OPEN)
    assert portal_ticket.actions.last().kind == TicketAction.Kind.ASSIGNED


def test_only_a_member_of_the_queue_can_be_assigned(client, portal_ticket, agent, billing_agent):
    client.force_login(agent)
    response = move(client, portal_ticket, action="assign", owner=billing_agent.pk)
    assert shown(response) == [("error", "That action is not possible.")]
    portal_ticket.refresh_from_db()
    assert portal_ticket.owner is None


def test_assigning_needs_its_permission(client, support_queue, portal_ticket):
    sales = StaffUserFactory(username="sam", role="Sales")
    support_queue.members.add(sales)
    client.force_login(sales)
    assert 'id="open-assign"' not in client.get(portal_ticket.get_absolute_url()).content.decode()
    response = move(client, portal_ticket, action="assign", owner=sales.pk)
    assert shown(response) == [("error", "You may not change this ticket.")]
    assert 'id="open-priority"' in html.unescape(client.get(portal_ticket.get_absolute_url()).content.decode())


def test_a_portal_request_takes_the_type_of_the_queue_the_customer_chose(owner):
    sales_queue = Queue.objects.create(name="New services", default_type=Ticket.Type.REQUEST)
    ticket = services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=sales_queue,
        subject="Faster plan",
        text="Please",
        contact_name="Alice",
        type=Ticket.Type.INCIDENT,
    )
    assert ticket.type == Ticket.Type.REQUEST
