"""The agent a ticket is assigned to is told: by the channels they chose for tickets, in their language,
with a link to the ticket; nobody is told of what they did themselves."""

import pytest
from django.core import mail
from django.utils import translation

from notifications.models import OutboxMessage
from notifications.services import message_deliver, preferences_update
from tests.factories import StaffUserFactory
from tickets import workflow
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def assigned_rows():
    return OutboxMessage.objects.filter(event="ticket_assigned").order_by("pk")


def assign(ticket: Ticket, *, to, by) -> Ticket:
    return workflow.ticket_assign(ticket=ticket, to=to, by=by)


def test_the_new_owner_is_told_by_email_in_their_language_with_a_link(portal_ticket, agent, other_agent):
    portal_ticket.queue.name_ru = "Техническая поддержка"
    portal_ticket.queue.save(update_fields=["name_ru"])
    other_agent.language = "ru"
    other_agent.save(update_fields=["language"])
    with translation.override("fa"):  # the agent who assigns works in Persian
        assign(portal_ticket, to=other_agent, by=agent)

    [row] = assigned_rows()
    assert (row.user, row.channel, row.to, row.language) == (other_agent, "email", other_agent.email, "ru")
    assert row.context["url"].endswith(portal_ticket.get_absolute_url())
    assert row.context["queue_name"] == "Техническая поддержка"
    assert row.context["assigned_by"] == agent.get_full_name()
    mail.outbox.clear()
    message_deliver(message_id=row.pk)
    [sent] = mail.outbox
    assert other_agent.email in sent.to[0]
    assert f"Вам назначена заявка {portal_ticket.number}" in sent.subject
    assert portal_ticket.get_absolute_url() in sent.body


def test_the_ticket_is_news_in_the_assignees_folder_until_they_open_it(portal_ticket, agent, other_agent):
    ticket = assign(portal_ticket, to=other_agent, by=agent)
    assert ticket.has_news_for_owner


def test_a_reassignment_tells_the_new_owner_only(portal_ticket, agent, other_agent, support_queue):
    third = StaffUserFactory(username="tess", role="Support agent")
    support_queue.members.add(third)
    ticket = assign(portal_ticket, to=other_agent, by=agent)
    assign(ticket, to=third, by=agent)
    assert [row.user for row in assigned_rows()] == [other_agent, third]


def test_sms_when_the_assignee_chose_sms_for_tickets(portal_ticket, agent, other_agent):
    other_agent.phone = "+74950001122"
    other_agent.save(update_fields=["phone"])
    preferences_update(user=other_agent, choices={"tickets": {"sms"}})
    assign(portal_ticket, to=other_agent, by=agent)
    assert [(row.channel, row.to) for row in assigned_rows()] == [("sms", "+74950001122")]


def test_nothing_when_the_assignee_turned_ticket_messages_off(portal_ticket, agent, other_agent):
    preferences_update(user=other_agent, choices={"tickets": set()})
    ticket = assign(portal_ticket, to=other_agent, by=agent)
    assert ticket.owner == other_agent
    assert not assigned_rows().exists()


def test_nobody_is_told_of_assigning_a_ticket_to_oneself(portal_ticket, agent):
    ticket = assign(portal_ticket, to=agent, by=agent)
    assert ticket.owner == agent
    assert not assigned_rows().exists()


def test_taking_a_ticket_tells_nobody_of_an_assignment(portal_ticket, agent):
    workflow.ticket_take(ticket=portal_ticket, by=agent)
    assert not assigned_rows().exists()


def test_a_refused_assignment_tells_nobody(portal_ticket, agent, billing_agent):
    with pytest.raises(workflow.TicketWorkflowError):
        assign(portal_ticket, to=billing_agent, by=agent)
    assert not assigned_rows().exists()


def test_sending_to_a_queue_tells_its_agents_but_not_the_sender(portal_ticket, agent, billing_queue, billing_agent):
    ticket = workflow.ticket_take(ticket=portal_ticket, by=agent)
    OutboxMessage.objects.all().delete()
    workflow.ticket_forward(ticket=ticket, queue=billing_queue, by=agent, comment="billing question")
    assert set(OutboxMessage.objects.filter(event="ticket_queue_new").values_list("user", flat=True)) == {
        billing_agent.pk
    }
