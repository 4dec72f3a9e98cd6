"""A ticket filed for an account without a portal user is told to the ticket's contact."""

import pytest

from notifications.models import OutboxMessage
from tests.factories import CustomerFactory
from tickets import services, workflow

pytestmark = pytest.mark.django_db


def test_the_caller_of_an_account_without_a_login_gets_email_and_sms(agent, support_queue, settings):
    account = CustomerFactory(email="office@nordwind.example", phone="")
    ticket = services.ticket_create(
        by=agent,
        customer=account,
        queue=None,
        subject="No internet",
        text="Called",
        contact_name="Olga",
        contact_phone="+79161234567",
    )
    rows = OutboxMessage.objects.filter(event="ticket_created")
    assert sorted(rows.values_list("channel", "to", "to_name", "language", "customer", "user")) == [
        ("email", "office@nordwind.example", "Olga", settings.LANGUAGE_CODE, account.pk, None),
        ("sms", "+79161234567", "Olga", settings.LANGUAGE_CODE, account.pk, None),
    ]
    workflow.ticket_close(ticket=ticket, by=agent, resolution="Router restarted")
    assert OutboxMessage.objects.filter(event="ticket_closed").count() == 2


def test_an_account_with_portal_users_is_told_through_them_not_the_contact(owner, agent):
    services.ticket_create(
        by=agent,
        customer=owner.customer,
        queue=None,
        subject="S",
        text="T",
        contact_name="X",
        contact_phone="+79161234567",
    )
    assert list(OutboxMessage.objects.filter(event="ticket_created").values_list("user", flat=True)) == [owner.pk]
