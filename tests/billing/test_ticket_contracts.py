"""The ticket form's contract is checked against the account's contracts (core.contracts, registered by
billing): picked from a list of the account's own active contracts, required with the contact phone when
there is one, another account's refused."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from billing import services
from billing.workflow import CONTRACT_FLOW
from core import contracts
from tests.factories import StaffUserFactory
from tickets import services as ticket_services
from tickets import workflow as ticket_workflow
from tickets.models import Queue, Ticket

pytestmark = pytest.mark.django_db

TYPED_REFUSED = "None of your contracts has this number. Check it on your contract, or leave it empty."


def contract_of(customer, by, *, active=True, name="Internet"):
    today = timezone.localdate()
    contract = services.contract_create(
        by=by,
        customer=customer,
        name=name,
        start_date=today,
        end_date=today + datetime.timedelta(days=365),
        amount=Decimal("100"),
    )
    return CONTRACT_FLOW.run(contract, "activate", by=by) if active else contract


@pytest.fixture
def queue(db):
    return Queue.objects.create(name="Technical support")


def request_data(queue, **overrides):
    return {
        "queue": queue.pk,
        "subject": "Router is dead",
        "text": "No lights at all.",
        "contact_name": "Alice",
        "contact_phone": "+74951112233",
        "priority": "3",
        **overrides,
    }


def test_billing_registers_the_lookup(owner, account_b, finance):
    mine = contract_of(owner.customer, finance)
    contract_of(owner.customer, finance, active=False, name="Draft")
    theirs = contract_of(account_b, finance)
    assert contracts.active_contracts(owner.customer_id) == [(mine.number, f"{mine.number} — Internet")]
    assert contracts.contract_owner(theirs.number) == account_b.pk
    assert contracts.contract_owner("K-NOBODY") is None


def test_the_customer_picks_from_their_own_active_contracts_only(client, owner, account_b, finance, queue):
    mine = contract_of(owner.customer, finance)
    draft = contract_of(owner.customer, finance, active=False, name="Not yet")
    theirs = contract_of(account_b, finance)
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:new")).content.decode()
    assert f'<option value="{mine.number}"' in page
    assert draft.number not in page and theirs.number not in page
    assert 'type="text" name="contract_number"' not in page


def test_with_an_active_contract_the_contract_and_the_phone_are_required(client, owner, finance, queue):
    mine = contract_of(owner.customer, finance)
    client.force_login(owner)
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contact_phone=""))
    errors = response.context["form"].errors
    assert response.status_code == 200
    assert errors["contract_number"] == ["Choose the contract this request is about."]
    assert errors["contact_phone"] == ["Enter a phone number we can call you on."]
    assert not Ticket.objects.exists()
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contract_number=mine.number))
    assert response.status_code == 302
    assert Ticket.objects.get().contract_number == mine.number


def test_another_accounts_contract_is_refused(client, owner, account_b, finance, queue):
    contract_of(owner.customer, finance)
    theirs = contract_of(account_b, finance)
    client.force_login(owner)
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contract_number=theirs.number))
    assert response.status_code == 200
    assert response.context["form"].errors["contract_number"] == ["Choose one of your contracts."]
    assert not Ticket.objects.exists()


def test_without_an_active_contract_a_typed_number_of_another_account_is_refused(
    client, owner, account_b, finance, queue
):
    theirs = contract_of(account_b, finance)
    client.force_login(owner)
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contract_number=theirs.number))
    assert response.context["form"].errors["contract_number"] == [TYPED_REFUSED]
    assert not Ticket.objects.exists()


def test_without_an_active_contract_an_unknown_typed_number_is_refused(client, owner, finance, queue):
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:new")).content.decode()
    assert 'type="text" name="contract_number"' in page
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contract_number="CN-2024-0117"))
    assert response.status_code == 200
    assert response.context["form"].errors["contract_number"] == [TYPED_REFUSED]
    assert TYPED_REFUSED in response.content.decode()
    assert not Ticket.objects.exists()
    # Empty is still fine: nothing is required without an active contract.
    response = client.post(reverse("tickets_portal:new"), request_data(queue, contract_number="", contact_phone=""))
    assert response.status_code == 302


def test_without_an_active_contract_the_number_of_an_own_contract_is_taken_whatever_its_status(
    client, owner, finance, queue
):
    ended = contract_of(owner.customer, finance)
    CONTRACT_FLOW.run(ended, "announce_end", by=finance)
    CONTRACT_FLOW.run(ended, "end", by=finance)
    draft = contract_of(owner.customer, finance, active=False, name="Not yet")
    client.force_login(owner)
    for contract in (ended, draft):
        typed = contract.number.lower()  # as a person may type it
        response = client.post(
            reverse("tickets_portal:new"), request_data(queue, contract_number=typed, contact_phone="")
        )
        assert response.status_code == 302, response.context["form"].errors
    assert Ticket.objects.count() == 2


def test_the_staff_form_checks_the_number_against_the_chosen_customer(client, owner, account_b, finance, queue):
    mine = contract_of(owner.customer, finance)
    theirs = contract_of(account_b, finance)
    agent = StaffUserFactory(username="agnes", role="Support agent")
    client.force_login(agent)
    data = {
        "customer": owner.customer.pk,
        "channel": Ticket.Channel.PHONE,
        "queue": "",
        "subject": "No dial tone",
        "text": "Called in.",
        "contact_name": "Alice",
        "contact_phone": "+74951112233",
        "type": Ticket.Type.INCIDENT,
        "priority": "3",
    }
    for number in (theirs.number, "CN-0000-404"):
        response = client.post(reverse("tickets_staff:new"), {**data, "contract_number": number})
        assert response.status_code == 200
        assert response.context["form"].errors["contract_number"] == ["The customer has no contract with that number."]
    assert not Ticket.objects.exists()
    response = client.post(reverse("tickets_staff:new"), {**data, "contract_number": mine.number})
    assert response.status_code == 302
    assert Ticket.objects.get().contract_number == mine.number


def test_the_correction_form_offers_the_same_choice(client, owner, account_b, finance, queue):
    mine = contract_of(owner.customer, finance)
    theirs = contract_of(account_b, finance)
    agent = StaffUserFactory(username="agnes", role="Support agent")
    queue.members.add(agent)
    ticket = ticket_services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=queue,
        subject="No internet",
        text="Red light.",
        contact_name="Alice",
        contact_phone="+74951112233",
        contract_number=mine.number,
    )
    ticket_workflow.ticket_return(ticket=ticket, by=agent, reason="Which contract?")
    client.force_login(owner)
    page = client.get(ticket.get_portal_url()).content.decode()
    assert f'<option value="{mine.number}" selected>' in page and theirs.number not in page
    refused = client.post(
        reverse("tickets_portal:resend", args=[ticket.pk]),
        {"subject": "No internet", "text": "x", "contract_number": theirs.number, "contact_phone": "+74951112233"},
    )
    assert refused.status_code == 400
    ticket.refresh_from_db()
    assert (ticket.status, ticket.contract_number) == (Ticket.Status.REJECT_RETURN, mine.number)
