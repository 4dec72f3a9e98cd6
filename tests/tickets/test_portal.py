import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from notifications.models import OutboxMessage
from tests.factories import contract_numbered
from tests.tickets.conftest import png_bytes, png_upload
from tickets import services, workflow
from tickets.models import Queue, Ticket, TicketAttachment, TicketMessage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def paper_contracts(account_a):
    """The contract numbers the requests below type are account A's own (typed numbers are checked)."""
    return [contract_numbered(account_a, number) for number in ("CN-2024-0117", "CN-9")]


def new_request(**overrides):
    data = {
        "subject": "Router is dead",
        "text": "No lights at all.",
        "contract_number": "CN-2024-0117",
        "contact_name": "Alice",
        "contact_phone": "+74951112233",
        "priority": "3",
    }
    data.update(overrides)
    return data


def private_files(settings):
    root = settings.PRIVATE_MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_customer_files_a_request_with_an_attachment(client, owner, support_queue, agent):
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:new"),
        new_request(queue=support_queue.pk, attachments=[png_upload("router.png")]),
    )
    ticket = Ticket.objects.get()
    assert response.status_code == 302 and response.url == ticket.get_portal_url()
    assert (ticket.status, ticket.queue, ticket.customer, ticket.channel) == (
        Ticket.Status.DISPATCH,
        support_queue,
        owner.customer,
        Ticket.Channel.PORTAL,
    )
    attachment = ticket.attachments.get()
    assert attachment.original_name == "router.png" and attachment.content_type == "image/png"
    assert OutboxMessage.objects.filter(event="ticket_created", user=owner).exists()
    page = client.get(response.url).content.decode()
    assert ticket.number in page and "router.png" in page


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"subject": ""}, "subject"),
        ({"contact_phone": "12-34"}, "contact_phone"),
        ({"queue": "999999"}, "queue"),
        ({"contract_number": "<script>"}, "contract_number"),
        ({"attachments": [SimpleUploadedFile("virus.png", b"MZ\x90\x00" + b"\x00" * 200)]}, "attachments"),
        ({"attachments": [SimpleUploadedFile("notes.txt", b"\x00\x01\x02binary")]}, "attachments"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(client, owner, support_queue, settings, overrides, field):
    client.force_login(owner)
    data = new_request(queue=support_queue.pk)
    data.update(overrides)
    response = client.post(reverse("tickets_portal:new"), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Ticket.objects.exists() and not TicketAttachment.objects.exists()
    assert private_files(settings) == []


def test_oversized_attachment_is_refused(client, owner, support_queue, settings):
    settings.ATTACHMENT_MAX_BYTES = 50
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:new"), new_request(queue=support_queue.pk, attachments=[png_upload()])
    )
    assert "too large" in str(response.context["form"].errors["attachments"])
    assert not Ticket.objects.exists()


def test_queue_not_offered_in_the_portal_cannot_be_forged(client, owner, support_queue):
    hidden = Queue.objects.create(name="Internal", customer_can_choose=False)
    client.force_login(owner)
    response = client.post(reverse("tickets_portal:new"), new_request(queue=hidden.pk))
    assert "queue" in response.context["form"].errors
    assert not Ticket.objects.exists()


def test_list_counts_filters_sorts_and_searches(client, owner, outsider, support_queue, agent):
    subjects = ["Alpha router", "Beta invoice", "Gamma router"]
    tickets = [
        services.ticket_create(
            by=owner, customer=owner.customer, queue=support_queue, subject=s, text="x", contact_name="A"
        )
        for s in subjects
    ]
    services.ticket_create(
        by=outsider,
        customer=outsider.customer,
        queue=support_queue,
        subject="Outsider router",
        text="x",
        contact_name="C",
    )
    workflow.ticket_close(ticket=tickets[1], by=agent, resolution="done")
    client.force_login(owner)
    url = reverse("tickets_portal:list")
    response = client.get(url)
    assert response.context["counts"] == {"all": 3, "open": 2, "closed": 1, "waiting": 0}
    assert "Outsider" not in response.content.decode()
    assert [t.subject for t in client.get(url, {"state": "closed"}).context["tickets"]] == ["Beta invoice"]
    assert [t.pk for t in client.get(url, {"sort": "number"}).context["tickets"]] == [t.pk for t in tickets]
    found = client.get(url, {"q": "router"}).context["tickets"]
    assert {t.subject for t in found} == {"Alpha router", "Gamma router"}
    assert [t.pk for t in client.get(url, {"q": tickets[2].number}).context["tickets"]] == [tickets[2].pk]
    today = tickets[0].created_at.date().isoformat()
    assert len(client.get(url, {"day": today}).context["tickets"]) == 3
    assert client.get(url, {"sort": "evil", "state": "nope", "day": "not-a-date"}).status_code == 200


def test_list_pages_by_the_users_page_size(client, owner, support_queue):
    owner.page_size = 10
    owner.save()
    for index in range(12):
        services.ticket_create(
            by=owner, customer=owner.customer, queue=support_queue, subject=f"T{index}", text="x", contact_name="A"
        )
    client.force_login(owner)
    first = client.get(reverse("tickets_portal:list"))
    assert len(first.context["tickets"]) == 10
    assert len(client.get(reverse("tickets_portal:list"), {"page": 2}).context["tickets"]) == 2


def test_internal_comments_and_their_files_never_reach_the_customer(client, owner, portal_ticket, agent):
    from core.files import check_upload

    note = services.ticket_comment(
        ticket=portal_ticket, by=agent, body="Secret internal note", files=[check_upload(png_upload("internal.png"))]
    )
    services.ticket_reply(ticket=portal_ticket, by=agent, body="Public answer")
    client.force_login(owner)
    page = client.get(portal_ticket.get_portal_url()).content.decode()
    assert "Public answer" in page
    assert "Secret internal note" not in page and "internal.png" not in page
    hidden = note.attachments.get()
    assert client.get(reverse("tickets_portal:attachment", args=[hidden.pk])).status_code == 404


def test_attachment_download_is_scoped(client, owner, outsider, portal_ticket):
    attachment = portal_ticket.attachments.get()
    url = reverse("tickets_portal:attachment", args=[attachment.pk])
    assert client.get(url).status_code == 302
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png_bytes()
    assert response["Content-Disposition"].startswith("attachment")


def test_reply_to_another_accounts_ticket_is_404_and_saves_nothing(client, outsider, portal_ticket):
    client.force_login(outsider)
    response = client.post(reverse("tickets_portal:reply", args=[portal_ticket.pk]), {"body": "hi"})
    assert response.status_code == 404
    assert not TicketMessage.objects.exists()


def test_customer_replies_and_rates_once(client, owner, portal_ticket, agent):
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:reply", args=[portal_ticket.pk]),
        {"body": "More details", "attachments": [png_upload("more.png")]},
    )
    assert response.status_code == 302
    message = TicketMessage.objects.get()
    assert (message.body, message.attachments.count()) == ("More details", 1)
    workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="Replaced router")
    client.post(reverse("tickets_portal:rate", args=[portal_ticket.pk]), {"rating": "5", "comment": "great"})
    client.post(reverse("tickets_portal:rate", args=[portal_ticket.pk]), {"rating": "1"})
    portal_ticket.refresh_from_db()
    assert (portal_ticket.rating, portal_ticket.rating_comment) == (5, "great")
    bad = client.post(reverse("tickets_portal:rate", args=[portal_ticket.pk]), {"rating": "9"})
    assert bad.status_code == 400


def test_customer_corrects_and_resends_a_returned_request(client, owner, portal_ticket, agent):
    workflow.ticket_return(ticket=portal_ticket, by=agent, reason="Which contract?")
    client.force_login(owner)
    page = client.get(portal_ticket.get_portal_url()).content.decode()
    assert "Which contract?" in page and 'id="correction-form"' in page
    bad = client.post(
        reverse("tickets_portal:resend", args=[portal_ticket.pk]),
        {"subject": "", "text": "x", "contract_number": "CN-9"},
    )
    assert bad.status_code == 400
    portal_ticket.refresh_from_db()
    assert portal_ticket.status == Ticket.Status.REJECT_RETURN
    client.post(
        reverse("tickets_portal:resend", args=[portal_ticket.pk]),
        {"subject": "No internet", "text": "Contract below", "contract_number": "CN-9"},
    )
    portal_ticket.refresh_from_db()
    assert (portal_ticket.status, portal_ticket.contract_number) == (Ticket.Status.DISPATCH, "CN-9")


def test_outage_banner_on_portal_home(client, owner, manager):
    from django.utils import timezone

    services.outage_declare(by=manager, area=owner.customer.area, services="Internet", starts_at=timezone.now())
    client.force_login(owner)
    page = client.get(reverse("core:portal_home")).content.decode()
    assert "data-outage=" in page and "Internet" in page


def test_past_three_outages_the_rest_are_one_folded_line_each(client, owner, manager):
    """Twenty yellow banners would push the page below the fold on a phone: three, then the rest folded."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    outages = [
        services.outage_declare(
            by=manager, area=owner.customer.area, services=f"Service {n}", starts_at=now - timedelta(minutes=n)
        )
        for n in range(5)
    ]
    client.force_login(owner)
    for url in (reverse("core:portal_home"), reverse("tickets_portal:list")):
        page = client.get(url).content.decode()
        banners, folded = page.split('id="more-outages"')
        assert banners.count('role="alert" data-outage=') == 3
        assert "2 more service disruptions in your area" in folded
        assert all(f'data-outage="{outage.pk}"' in page for outage in outages)
        assert all(f'data-outage="{outage.pk}"' in folded for outage in outages[3:])
