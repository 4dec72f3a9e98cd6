"""The staff side of tickets (/staff/tickets/): creating tickets for customers, moving them,
replies and internal comments, interactions, outages and search."""

import html
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from notifications.models import OutboxMessage
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory, contract_numbered
from tests.tickets.conftest import png_upload
from tickets import services, workflow
from tickets.models import Interaction, Outage, Queue, Ticket, TicketAction, TicketAttachment, TicketMessage

pytestmark = pytest.mark.django_db
S = Ticket.Status


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def shown_messages(response) -> list[tuple[str, str]]:
    return [(message.level_tag, str(message)) for message in response.context["messages"]]


def state(ticket) -> tuple:
    """What a refused action must leave as it was."""
    ticket.refresh_from_db()
    return (
        ticket.status,
        ticket.queue_id,
        ticket.owner_id,
        ticket.outage_id,
        ticket.actions.count(),
        ticket.messages.count(),
        ticket.attachments.count(),
    )


def stored_files(settings) -> list:
    root = settings.PRIVATE_MEDIA_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# --- Creating a ticket for a customer --------------------------------------------------------------------------


@pytest.fixture
def paper_contract(account_a):
    """The contract number new_ticket() types, as one of account A's own (typed numbers are checked)."""
    return contract_numbered(account_a, "CN-2024-0117")


def new_ticket(customer, /, **overrides) -> dict:
    data = {
        "customer": customer.pk,
        "channel": Ticket.Channel.PHONE,
        "queue": "",
        "subject": "No dial tone after the storm",
        "text": "The customer called: the line has been dead since last night.",
        "contact_name": "Alice Smith",
        "contact_phone": "8 (495) 111-22-33",
        "contract_number": "CN-2024-0117",
        "type": Ticket.Type.INCIDENT,
        "priority": str(Ticket.Priority.HIGH),
    }
    data.update(overrides)
    return data


def test_agent_opens_a_ticket_for_a_customer_who_phoned(client, agent, account_a, support_queue, paper_contract):
    client.force_login(agent)
    form = client.get(reverse("tickets_staff:new"), {"customer": account_a.pk}).context["form"]
    assert form.initial["contact_name"] == account_a.name
    response = client.post(reverse("tickets_staff:new"), new_ticket(account_a), follow=True)
    ticket = Ticket.objects.get()
    assert response.redirect_chain == [(ticket.get_absolute_url(), 302)]
    assert ("success", f"Ticket {ticket.number} created.") in shown_messages(response)
    assert (ticket.customer, ticket.channel, ticket.status, ticket.owner, ticket.creator) == (
        account_a,
        Ticket.Channel.PHONE,
        S.OPEN,
        agent,
        agent,
    )
    assert (str(ticket.contact_phone), ticket.contract_number, ticket.priority) == (
        "+74951112233",
        "CN-2024-0117",
        Ticket.Priority.HIGH,
    )
    assert list(ticket.actions.values_list("kind", flat=True)) == [TicketAction.Kind.CREATED]
    assert ticket.number in page_text(response) and ticket.subject in page_text(response)


def test_a_ticket_sent_to_another_departments_queue_waits_there(
    client, agent, account_a, billing_queue, billing_agent, paper_contract
):
    """Staff may hand a new ticket to any open queue, not only to their own."""
    client.force_login(agent)
    client.post(reverse("tickets_staff:new"), new_ticket(account_a, queue=billing_queue.pk))
    ticket = Ticket.objects.get()
    assert (ticket.status, ticket.queue, ticket.owner) == (S.DISPATCH, billing_queue, None)
    assert OutboxMessage.objects.filter(event="ticket_queue_new", user=billing_agent).exists()


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"contact_phone": "12-34"}, "contact_phone", "Enter a valid phone number"),
        ({"subject": ""}, "subject", "This field is required."),
        ({"text": "   "}, "text", "This field is required."),
        ({"contact_name": ""}, "contact_name", "This field is required."),
        ({"customer": ""}, "customer", "This field is required."),
        ({"customer": "999999"}, "customer", "Select a valid choice."),
        ({"queue": "999999"}, "queue", "Select a valid choice."),
        ({"queue": "closed"}, "queue", "Select a valid choice."),
        ({"queue": "x' OR 1=1"}, "queue", "Select a valid choice."),
        ({"channel": Ticket.Channel.PORTAL}, "channel", "Select a valid choice."),
        ({"priority": "9"}, "priority", "Select a valid choice."),
        ({"type": "sabotage"}, "type", "Select a valid choice."),
        ({"contract_number": "<script>"}, "contract_number", "Enter the contract number as it is printed"),
        # A typed number must be one of the chosen customer's contracts: unknown or another account's is refused.
        ({"contract_number": "CN-0000-404"}, "contract_number", "The customer has no contract with that number."),
        ({"contract_number": "theirs"}, "contract_number", "The customer has no contract with that number."),
        ({"attachments": "exe"}, "attachments", "“invoice.pdf” is not an allowed type."),
    ],
)
def test_bad_input_for_a_new_ticket_is_refused_and_nothing_is_saved(
    client, agent, account_a, support_queue, settings, overrides, field, message, paper_contract
):
    if overrides.get("contract_number") == "theirs":
        overrides = {"contract_number": contract_numbered(CustomerFactory(), "CN-2024-0999").number}
    if overrides.get("queue") == "closed":
        overrides = {**overrides, "queue": Queue.objects.create(name="Retired", is_active=False).pk}
    if overrides.get("attachments") == "exe":
        overrides = {**overrides, "attachments": [SimpleUploadedFile("invoice.pdf", b"MZ\x90\x00" + b"\x00" * 200)]}
    client.force_login(agent)
    response = client.post(reverse("tickets_staff:new"), new_ticket(account_a, **overrides))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert message in " ".join(response.context["form"].errors[field])
    assert message in page_text(response)
    assert not Ticket.objects.exists() and not TicketAction.objects.exists()
    assert not TicketAttachment.objects.exists() and stored_files(settings) == []
    assert not OutboxMessage.objects.exists()


def test_oversized_attachment_on_a_new_ticket_is_refused(
    client, agent, account_a, support_queue, settings, paper_contract
):
    settings.ATTACHMENT_MAX_BYTES = 50
    client.force_login(agent)
    response = client.post(reverse("tickets_staff:new"), new_ticket(account_a, attachments=[png_upload()]))
    assert response.status_code == 200
    assert "“photo.png” is too large" in page_text(response)
    assert not Ticket.objects.exists() and stored_files(settings) == []


def test_staff_without_the_permission_cannot_open_tickets(client, reader, account_a):
    client.force_login(reader)
    assert client.post(reverse("tickets_staff:new"), new_ticket(account_a)).status_code == 403
    assert not Ticket.objects.exists()


# --- Moving a ticket ---------------------------------------------------------------------------------------------


def move(client, ticket, **data):
    return client.post(reverse("tickets_staff:move", args=[ticket.pk]), data, follow=True)


def test_agent_takes_a_ticket_from_the_page(client, portal_ticket, agent):
    client.force_login(agent)
    response = move(client, portal_ticket, action="take")
    assert response.redirect_chain == [(portal_ticket.get_absolute_url(), 302)]
    assert shown_messages(response) == [("success", f"{portal_ticket.number} taken: it is now in your folder.")]
    portal_ticket.refresh_from_db()
    assert (portal_ticket.status, portal_ticket.owner) == (S.OPEN, agent)


def test_forwarding_out_of_their_queues_leaves_the_agent_on_the_read_only_page_saying_where(
    client, portal_ticket, agent, billing_queue
):
    """Issue 9.9: the agent used to land on a 404 right after forwarding."""
    client.force_login(agent)
    response = move(client, portal_ticket, action="forward", queue=billing_queue.pk, comment="Billing question")
    assert response.redirect_chain == [(portal_ticket.get_absolute_url(), 302)]
    assert shown_messages(response) == [
        ("success", f"{portal_ticket.number} forwarded to the queue Billing."),
        ("info", f"{portal_ticket.number} is now with the queue “Billing”. You can still read it here."),
    ]
    assert response.status_code == 200
    text = page_text(response)
    assert portal_ticket.subject in text
    assert "the agents of the queue “Billing” work on it" in text
    assert response.context["moves"] == [] and not response.context["can_work"]
    portal_ticket.refresh_from_db()
    assert (portal_ticket.status, portal_ticket.queue) == (S.FORWARDED, billing_queue)
    assert portal_ticket.actions.last().comment == "Billing question"


def test_an_agent_reads_but_cannot_work_a_ticket_of_another_queue(client, portal_ticket, billing_agent):
    before = state(portal_ticket)
    client.force_login(billing_agent)
    assert client.get(portal_ticket.get_absolute_url()).status_code == 200
    for name, data in (
        ("tickets_staff:reply", {"reply-body": "Hello"}),
        ("tickets_staff:comment", {"comment-body": "Note"}),
        ("tickets_staff:move", {"action": "take"}),
    ):
        response = client.post(reverse(name, args=[portal_ticket.pk]), data, follow=True)
        assert [level for level, _text in shown_messages(response)] == ["error"], name
    assert state(portal_ticket) == before
    assert not portal_ticket.messages.exists()


def test_only_staff_who_may_change_tickets_and_see_this_one_can_move_it(
    client, portal_ticket, reader, billing_agent, owner
):
    before = state(portal_ticket)
    client.force_login(reader)
    assert client.post(reverse("tickets_staff:move", args=[portal_ticket.pk]), {"action": "take"}).status_code == 403
    client.force_login(billing_agent)
    response = client.post(reverse("tickets_staff:move", args=[portal_ticket.pk]), {"action": "take"})
    assert response.status_code == 302 and response.url == portal_ticket.get_absolute_url()
    client.force_login(owner)
    response = client.post(
        reverse("tickets_staff:move", args=[portal_ticket.pk]), {"action": "close", "comment": "done"}
    )
    assert response.status_code == 302 and response.url == reverse("core:portal_home")
    assert client.get(reverse("tickets_staff:move", args=[portal_ticket.pk])).status_code == 302
    client.force_login(billing_agent)
    assert client.get(reverse("tickets_staff:move", args=[portal_ticket.pk])).status_code == 405
    assert state(portal_ticket) == before


# --- Replies and internal comments -------------------------------------------------------------------------------


def post_message(client, ticket, kind, body, files=()):
    prefix = "reply" if kind == "reply" else "comment"
    data = {f"{prefix}-body": body}
    if files:
        data[f"{prefix}-attachments"] = list(files)
    return client.post(reverse(f"tickets_staff:{prefix}", args=[ticket.pk]), data)


def test_a_public_reply_reaches_the_customer_and_an_internal_comment_never_does(client, portal_ticket, agent, owner):
    client.force_login(agent)
    assert (
        post_message(
            client, portal_ticket, "reply", "An engineer comes tomorrow.", [png_upload("schedule.png")]
        ).status_code
        == 302
    )
    assert (
        post_message(
            client, portal_ticket, "comment", "Customer was rude; check cabinet 14 first.", [png_upload("cabinet.png")]
        ).status_code
        == 302
    )
    reply, comment = TicketMessage.objects.order_by("pk")
    assert (reply.kind, comment.kind) == (TicketMessage.Kind.PUBLIC, TicketMessage.Kind.INTERNAL)
    assert OutboxMessage.objects.filter(event="ticket_reply", user=owner).count() == 1, "the comment tells nobody"
    staff_page = page_text(client.get(portal_ticket.get_absolute_url()))
    assert "An engineer comes tomorrow." in staff_page and "check cabinet 14" in staff_page
    assert "cabinet.png" in staff_page

    client.force_login(owner)
    portal_page = page_text(client.get(portal_ticket.get_portal_url()))
    assert "An engineer comes tomorrow." in portal_page and "schedule.png" in portal_page
    assert "check cabinet 14" not in portal_page and "cabinet.png" not in portal_page
    assert "Internal comment" not in portal_page
    hidden = comment.attachments.get()
    assert client.get(reverse("tickets_portal:attachment", args=[hidden.pk])).status_code == 404
    assert "check cabinet 14" not in page_text(client.get(reverse("tickets_portal:list")))


@pytest.mark.parametrize("kind", ["reply", "comment"])
def test_an_empty_message_is_refused(client, portal_ticket, agent, kind):
    before = state(portal_ticket)
    client.force_login(agent)
    response = post_message(client, portal_ticket, kind, "   ")
    assert response.status_code == 400
    assert "This field is required." in page_text(response)
    assert state(portal_ticket) == before


def test_replying_to_a_closed_ticket_asks_to_reopen_it_first(client, portal_ticket, agent):
    ticket = workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="done")
    before = state(ticket)
    client.force_login(agent)
    response = post_message(client, ticket, "reply", "One more thing")
    assert response.status_code == 400
    assert shown_messages(response) == [("error", "Reopen the ticket before replying.")]
    assert "Reopen the ticket before replying." in page_text(response)
    assert state(ticket) == before


@pytest.mark.parametrize("kind", ["reply", "comment"])
@pytest.mark.parametrize(
    "upload, message",
    [
        ("big", "“photo.png” is too large"),
        (
            lambda: SimpleUploadedFile("photo.png", b"MZ\x90\x00" + b"\x00" * 200, content_type="image/png"),
            "“photo.png” is not an allowed type.",
        ),
        (
            lambda: SimpleUploadedFile("run.sh", b"#!/bin/sh\x00rm -rf /", content_type="text/plain"),
            "“run.sh” is not an allowed type.",
        ),
    ],
    ids=["too-big", "exe-named-png", "binary-script"],
)
def test_a_bad_attachment_refuses_the_whole_message(client, portal_ticket, agent, settings, kind, upload, message):
    if upload == "big":
        settings.ATTACHMENT_MAX_BYTES = 50
        upload = png_upload
    upload = upload()
    before, files = state(portal_ticket), stored_files(settings)
    client.force_login(agent)
    response = post_message(client, portal_ticket, kind, "See the attached file", [upload])
    assert response.status_code == 400
    assert message in page_text(response)
    assert state(portal_ticket) == before
    assert stored_files(settings) == files
    assert not OutboxMessage.objects.filter(event="ticket_reply").exists()


def test_staff_who_may_only_look_can_neither_reply_nor_comment(client, portal_ticket, reader, support_queue):
    support_queue.members.add(reader)
    before = state(portal_ticket)
    client.force_login(reader)
    page = client.get(portal_ticket.get_absolute_url())
    assert page.status_code == 200
    assert 'id="reply-form"' not in page_text(page) and 'id="comment-form"' not in page_text(page)
    assert post_message(client, portal_ticket, "reply", "Hello from a reader").status_code == 403
    assert post_message(client, portal_ticket, "comment", "Note from a reader").status_code == 403
    assert state(portal_ticket) == before


# --- Interactions ------------------------------------------------------------------------------------------------


def interaction(customer, /, **overrides) -> dict:
    data = {
        "customer": customer.pk,
        "kind": Interaction.Kind.CALL,
        "direction": Interaction.Direction.INBOUND,
        "occurred_at": "2025-03-04T10:30",
        "summary": "Asked when the line will be repaired.",
    }
    data.update(overrides)
    return data


def test_agent_logs_a_call_and_sees_it_in_the_customers_interactions(
    client, agent, account_a, account_b, portal_ticket
):
    client.force_login(agent)
    response = client.post(reverse("tickets_staff:interaction_new"), interaction(account_a), follow=True)
    listed = f"{reverse('tickets_staff:interactions')}?customer={account_a.pk}"
    assert response.redirect_chain == [(listed, 302)]
    assert shown_messages(response) == [("success", "Interaction logged.")]
    logged = Interaction.objects.get()
    assert (logged.customer, logged.staff, logged.kind, logged.direction) == (
        account_a,
        agent,
        Interaction.Kind.CALL,
        Interaction.Direction.INBOUND,
    )
    assert timezone.localtime(logged.occurred_at, ZoneInfo(agent.time_zone)).replace(tzinfo=None) == datetime(
        2025, 3, 4, 10, 30
    ), "read in the agent's time zone"
    assert [i.pk for i in response.context["interactions"]] == [logged.pk]
    assert "Asked when the line will be repaired." in page_text(response)
    others = client.get(reverse("tickets_staff:interactions"), {"customer": account_b.pk})
    assert others.context["interactions"] == []
    assert "Asked when the line will be repaired." in page_text(client.get(portal_ticket.get_absolute_url()))


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"summary": " "}, "summary"),
        ({"customer": "999999"}, "customer"),
        ({"customer": ""}, "customer"),
        ({"kind": "telepathy"}, "kind"),
        ({"direction": "sideways"}, "direction"),
        ({"occurred_at": "yesterday-ish"}, "occurred_at"),
    ],
)
def test_bad_interactions_are_refused(client, agent, account_a, overrides, field):
    client.force_login(agent)
    response = client.post(reverse("tickets_staff:interaction_new"), interaction(account_a, **overrides))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert not Interaction.objects.exists()


def test_staff_without_the_permission_cannot_log_interactions(client, reader, account_a):
    client.force_login(reader)
    assert client.post(reverse("tickets_staff:interaction_new"), interaction(account_a)).status_code == 403
    assert client.get(reverse("tickets_staff:interactions")).status_code == 403
    assert not Interaction.objects.exists()


# --- Outages -----------------------------------------------------------------------------------------------------


def outage_data(**overrides) -> dict:
    data = {
        "area": "Moscow-Center",
        "services": "Internet, IPTV",
        "description": "Fibre cut on Tverskaya.",
        "starts_at": "2025-06-01T08:00",
        "expected_end": "2025-06-01T14:00",
        "status": Outage.Status.ACTIVE,
    }
    data.update(overrides)
    return data


@pytest.fixture
def kazan(db):
    """A customer user whose account is in another area."""
    return CustomerUserFactory(customer=CustomerFactory(name="Kazan Ltd", area="Kazan"), username="kazan")


def test_manager_declares_an_outage(client, manager):
    client.force_login(manager)
    response = client.post(reverse("tickets_staff:outage_new"), outage_data(), follow=True)
    outage = Outage.objects.get()
    assert response.redirect_chain == [(reverse("tickets_staff:outage_detail", args=[outage.pk]), 302)]
    assert shown_messages(response) == [("success", "Outage declared.")]
    assert (outage.area, outage.services, outage.status, outage.declared_by) == (
        "Moscow-Center",
        "Internet, IPTV",
        Outage.Status.ACTIVE,
        manager,
    )
    assert (outage.expected_end - outage.starts_at).total_seconds() == 6 * 3600
    assert "Fibre cut on Tverskaya." in page_text(response)


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"expected_end": "2025-06-01T07:00"}, "The expected end must be after the start."),
        ({"expected_end": "2025-06-01T08:00"}, "The expected end must be after the start."),
        ({"area": ""}, "This field is required."),
        ({"services": ""}, "This field is required."),
        ({"starts_at": ""}, "This field is required."),
        ({"starts_at": "soon"}, "Enter a valid date/time."),
        ({"status": "apocalyptic"}, "Select a valid choice."),
    ],
)
def test_bad_outages_are_refused(client, manager, overrides, message):
    client.force_login(manager)
    response = client.post(reverse("tickets_staff:outage_new"), outage_data(**overrides))
    assert response.status_code == 200
    assert message in page_text(response)
    assert not Outage.objects.exists()


def test_only_managers_declare_outages(client, agent):
    client.force_login(agent)
    assert client.post(reverse("tickets_staff:outage_new"), outage_data()).status_code == 403
    assert not Outage.objects.exists()
    assert client.get(reverse("tickets_staff:outages")).status_code == 200


def test_linked_ticket_and_banner_for_customers_of_the_area_only(client, manager, agent, owner, kazan, portal_ticket):
    outage = services.outage_declare(
        by=manager, area="moscow-center", services="Internet", starts_at=timezone.now(), description="Fibre cut"
    )
    client.force_login(agent)
    response = client.post(
        reverse("tickets_staff:link_outage", args=[portal_ticket.pk]), {"outage": outage.pk}, follow=True
    )
    assert shown_messages(response) == [("success", "Saved.")]
    portal_ticket.refresh_from_db()
    assert portal_ticket.outage == outage
    assert portal_ticket.actions.last().kind == TicketAction.Kind.OUTAGE_LINKED
    assert (
        page_text(client.get(reverse("tickets_staff:outage_detail", args=[outage.pk]))).count(portal_ticket.number) == 1
    )

    banner = f'data-outage="{outage.pk}"'
    client.force_login(owner)
    assert banner in page_text(client.get(reverse("core:portal_home")))
    assert banner in page_text(client.get(reverse("tickets_portal:list")))
    assert banner in page_text(client.get(portal_ticket.get_portal_url()))
    client.force_login(kazan)
    assert banner not in page_text(client.get(reverse("core:portal_home")))
    assert banner not in page_text(client.get(reverse("tickets_portal:list")))

    client.force_login(manager)
    client.post(reverse("tickets_staff:outage_status", args=[outage.pk]), {"action": "resolve"})
    client.force_login(owner)
    assert banner not in page_text(client.get(reverse("core:portal_home")))
    assert banner not in page_text(client.get(reverse("tickets_portal:list")))


def test_linking_a_forged_or_resolved_outage_is_refused(client, manager, agent, portal_ticket):
    resolved = services.outage_declare(
        by=manager, area="Moscow-Center", services="TV", starts_at=timezone.now(), status=Outage.Status.RESOLVED
    )
    before = state(portal_ticket)
    client.force_login(agent)
    for forged in (resolved.pk, 999999, "abc"):
        response = client.post(
            reverse("tickets_staff:link_outage", args=[portal_ticket.pk]), {"outage": forged}, follow=True
        )
        assert shown_messages(response) == [("error", "Choose an outage from the list.")]
    assert state(portal_ticket) == before


def test_telling_the_affected_customers_writes_one_sms_per_affected_account(client, manager, agent, owner, kazan):
    """Each active account of the area gets one SMS at the account's phone, whatever its number of users."""
    area = owner.customer
    CustomerUserFactory(customer=area, username="alice2")
    second = CustomerFactory(name="Second in area", area="MOSCOW-CENTER", phone="+74957770000")
    CustomerUserFactory(customer=second, username="sid")
    suspended = CustomerFactory(name="Suspended", area="Moscow-Center", status="suspended")
    no_phone = CustomerFactory(name="No phone", area="Moscow-Center", phone="")
    outage = services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    url = reverse("tickets_staff:outage_notify", args=[outage.pk])

    client.force_login(agent)
    assert client.post(url).status_code == 403
    assert not OutboxMessage.objects.filter(event="outage").exists()

    client.force_login(manager)
    response = client.post(url, follow=True)
    assert shown_messages(response) == [("success", "SMS sent to 2 customers in Moscow-Center.")]
    rows = OutboxMessage.objects.filter(event="outage")
    assert {(row.customer_id, row.channel, row.to) for row in rows} == {
        (area.pk, "sms", "+74951112233"),
        (second.pk, "sms", "+74957770000"),
    }
    assert not rows.filter(customer__in=[kazan.customer, suspended, no_phone]).exists()
    assert rows.first().context["services"] == "Internet"
    outage.refresh_from_db()
    assert outage.customers_notified_at is not None


# --- Search ------------------------------------------------------------------------------------------------------


@pytest.fixture
def found(owner, manager, agent, billing_agent, support_queue, billing_queue):
    """Three tickets: one waiting in support, one owned in billing, one closed long ago."""
    alpha = owner.customer
    alpha.name = "Alpha Telecom"
    alpha.save()
    beta = CustomerFactory(name="Beta Bakery", area="Kazan")

    def make(customer, queue, subject, contract, phone, created):
        ticket = services.ticket_create(
            by=manager,
            customer=customer,
            queue=queue,
            subject=subject,
            text="Details follow.",
            contact_name="Contact",
            contact_phone=phone,
            contract_number=contract,
        )
        Ticket.objects.filter(pk=ticket.pk).update(created_at=timezone.make_aware(datetime(*created, 12)))
        return ticket

    router = make(alpha, support_queue, "Router burnt after storm", "CN-100", "+74951110001", (2025, 1, 10))
    invoice = make(beta, billing_queue, "Invoice question", "CN-200", "+74951110002", (2025, 2, 10))
    old = make(alpha, support_queue, "Old router ticket", "CN-300", "+74951110003", (2024, 12, 1))
    workflow.ticket_take(ticket=invoice, by=billing_agent)
    workflow.ticket_close(ticket=old, by=agent, resolution="done")
    return {"router": router, "invoice": invoice, "old": old, "beta": beta}


def search(client, **criteria) -> list[str]:
    response = client.get(reverse("tickets_staff:search"), criteria)
    assert response.status_code == 200
    return [ticket.subject for ticket in response.context["tickets"]]


def test_search_finds_tickets_by_each_criterion_closed_ones_included(
    client, manager, found, billing_agent, billing_queue
):
    client.force_login(manager)
    router = found["router"]
    assert search(client, q=router.number) == [router.subject]
    assert search(client, q=router.number.lower().replace("t-0", "t-")) == [router.subject]
    assert search(client, q="router") == ["Router burnt after storm", "Old router ticket"]
    assert search(client, customer="beta") == ["Invoice question"]
    assert search(client, customer=found["beta"].number) == ["Invoice question"]
    assert search(client, contract="CN-300") == ["Old router ticket"]
    assert search(client, phone="8 495 111-00-02") == ["Invoice question"]
    assert search(client, status=S.CLOSED) == ["Old router ticket"]
    assert search(client, queue=billing_queue.pk) == ["Invoice question"]
    assert search(client, owner=billing_agent.pk) == ["Invoice question"]
    assert search(client, since="2025-01-01", until="2025-01-31") == ["Router burnt after storm"]
    assert search(client, since="2025-01-01") == ["Invoice question", "Router burnt after storm"]
    assert search(client, until="2024-12-31") == ["Old router ticket"]
    assert search(client, q="router", status=S.CLOSED) == ["Old router ticket"]
    assert search(client, q="router", customer="beta") == []


def test_search_says_when_nothing_matches_and_when_nothing_was_asked(client, manager, found):
    client.force_login(manager)
    nothing = client.get(reverse("tickets_staff:search"), {"q": "teleportation"})
    assert "No tickets here." in page_text(nothing)
    assert "Enter at least one criterion." not in page_text(nothing)
    empty = client.get(reverse("tickets_staff:search"), {"q": " "})
    assert "Enter at least one criterion." in page_text(empty)


@pytest.mark.parametrize(
    "criteria", [{"since": "last week"}, {"phone": "12-34"}, {"status": "LOST"}, {"queue": "999999"}, {"owner": "abc"}]
)
def test_bad_search_criteria_are_shown_not_crashed_on(client, manager, found, criteria):
    client.force_login(manager)
    response = client.get(reverse("tickets_staff:search"), criteria)
    assert response.status_code == 200
    assert response.context["form"].errors and response.context["tickets"] == []
    assert "Please correct the errors below." in page_text(response)


def test_an_agent_finds_every_ticket_they_may_read_even_of_other_queues(client, agent, found, billing_queue, account_a):
    """Issue 9.9: search said "0 tickets match" for the exact number of a ticket the agent had forwarded."""
    mine = services.ticket_create(
        by=agent, customer=found["beta"], queue=billing_queue, subject="Refund I asked for", text="x", contact_name="B"
    )
    client.force_login(agent)
    assert search(client, q=found["invoice"].number) == ["Invoice question"]
    assert search(client, queue=billing_queue.pk)[0] == mine.subject
    partner = StaffUserFactory(username="tom", role="Channel partner")
    client.force_login(partner)
    assert client.get(reverse("tickets_staff:search"), {"q": "router"}).status_code == 403


def test_an_outage_page_lists_the_linked_tickets_to_staff_who_may_read_tickets(
    client, manager, agent, billing_agent, portal_ticket
):
    outage = services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    services.ticket_link_outage(ticket=portal_ticket, outage=outage, by=agent)
    url = reverse("tickets_staff:outage_detail", args=[outage.pk])
    for user, shown in ((manager, True), (agent, True), (billing_agent, True)):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert (portal_ticket.subject in page_text(response)) is shown, user.username


def test_the_creator_closes_a_task_returned_to_them_though_they_work_no_queue(client, support_queue, agent):
    """After a return the creator closes the wrong task and files a new one; they used to be refused."""
    creator = StaffUserFactory(username="sam", role="Sales")
    ticket = services.ticket_create(
        by=creator, customer=CustomerFactory(), queue=support_queue, subject="Move the line", text="x", contact_name="B"
    )
    workflow.ticket_return(ticket=ticket, by=agent, reason="Wrong queue: this is for the field engineers")
    client.force_login(creator)
    assert 'id="open-close"' in page_text(client.get(ticket.get_absolute_url()))
    response = move(client, ticket, action="close", comment="Filed again for the field engineers")
    assert shown_messages(response) == [("success", f"{ticket.number} closed; the customer is told.")]
    ticket.refresh_from_db()
    assert (ticket.status, ticket.resolution) == (S.CLOSED, "Filed again for the field engineers")
