"""The ticket admin obeys the staff pages' scope (tickets_visible_to), on every page it has:
list, change page, history list, historical versions, inlines and attachments. Staff with the view
permission read every ticket (as on the staff pages); staff without it see none. Fields the workflow
owns are read-only there."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from core.files import check_upload
from tests.factories import StaffUserFactory
from tests.html_forms import form_data
from tickets import services
from tickets.models import Ticket, TicketAttachment

from .conftest import png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(billing_queue):
    """Staff who work a queue and may open the admin, but hold no permission to view tickets."""
    user = StaffUserFactory(username="clerk")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_queue", "view_ticketattachment"]))
    billing_queue.members.add(user)
    return user


@pytest.fixture
def internal_note(portal_ticket, agent):
    return services.ticket_comment(
        ticket=portal_ticket, by=agent, body="Customer is on the watch list", files=[check_upload(png_upload("x.png"))]
    )


def version_url(ticket):
    version = ticket.history.order_by("history_id").first()
    return reverse("admin:tickets_ticket_simple_history", args=[ticket.pk, version.history_id])


def test_staff_without_the_view_permission_see_the_ticket_nowhere_in_the_admin(client, clerk, portal_ticket):
    client.force_login(clerk)
    assert client.get(reverse("admin:tickets_ticket_changelist")).status_code == 403
    assert client.get(reverse("admin:tickets_ticket_changelist"), {"q": portal_ticket.subject}).status_code == 403
    assert client.get(reverse("admin:tickets_ticket_change", args=[portal_ticket.pk])).status_code in (403, 404)
    assert client.get(reverse("admin:tickets_ticket_history", args=[portal_ticket.pk])).status_code in (403, 404)
    assert client.get(version_url(portal_ticket)).status_code in (403, 404)
    attachments = client.get(reverse("admin:tickets_ticketattachment_changelist"))
    assert not attachments.context["cl"].result_list
    attachment = portal_ticket.attachments.first()
    assert client.get(reverse("admin:tickets_ticketattachment_change", args=[attachment.pk])).status_code == 404


def test_the_queues_agent_sees_the_ticket_its_history_and_internal_notes(client, agent, portal_ticket, internal_note):
    client.force_login(agent)
    page = client.get(reverse("admin:tickets_ticket_change", args=[portal_ticket.pk]))
    assert page.status_code == 200
    assert b"Customer is on the watch list" in page.content
    assert client.get(reverse("admin:tickets_ticket_history", args=[portal_ticket.pk])).status_code == 200
    assert client.get(version_url(portal_ticket)).status_code == 200


def test_staff_without_the_internal_notes_permission_sees_no_internal_note(
    client, reader, support_queue, portal_ticket, internal_note
):
    support_queue.members.add(reader)
    reader.user_permissions.add(Permission.objects.get(codename="view_ticketattachment"))
    client.force_login(reader)
    page = client.get(reverse("admin:tickets_ticket_change", args=[portal_ticket.pk]))
    assert page.status_code == 200
    assert b"Customer is on the watch list" not in page.content
    assert b"x.png" not in page.content
    attachments = client.get(reverse("admin:tickets_ticketattachment_changelist"))
    names = [attachment.original_name for attachment in attachments.context["cl"].result_list]
    assert names == ["photo.png"]
    internal = TicketAttachment.objects.get(original_name="x.png")
    assert client.get(reverse("admin:tickets_ticketattachment_change", args=[internal.pk])).status_code == 404


def test_status_priority_owner_queue_and_outage_are_read_only_in_the_admin(
    client, manager, portal_ticket, billing_queue
):
    client.force_login(manager)
    url = reverse("admin:tickets_ticket_change", args=[portal_ticket.pk])
    data = form_data(client.get(url).content, form_id="ticket_form")
    for name in ("status", "priority", "owner", "queue", "outage"):
        assert name not in data
    data.update(priority=Ticket.Priority.URGENT, status=Ticket.Status.CLOSED, queue=str(billing_queue.pk))
    assert client.post(url, data).status_code == 302
    portal_ticket.refresh_from_db()
    assert portal_ticket.priority != Ticket.Priority.URGENT
    assert portal_ticket.status == Ticket.Status.DISPATCH
    assert portal_ticket.queue != billing_queue


def test_a_historical_version_cannot_be_posted_back(client, manager, portal_ticket):
    client.force_login(manager)
    response = client.post(version_url(portal_ticket), {"subject": "Reverted"})
    assert response.status_code == 405
    portal_ticket.refresh_from_db()
    assert portal_ticket.subject != "Reverted"


def test_queues_in_the_admin_are_those_the_agent_works(client, agent, support_queue, billing_queue):
    client.force_login(agent)
    listing = client.get(reverse("admin:tickets_queue_changelist"))
    assert list(listing.context["cl"].result_list) == [support_queue]
    assert client.get(reverse("admin:tickets_queue_change", args=[billing_queue.pk])).status_code == 404


def test_the_ticket_changelist_has_a_query_budget(client, agent, owner, support_queue, django_assert_max_num_queries):
    for n in range(30):
        services.ticket_create(
            by=owner,
            customer=owner.customer,
            queue=support_queue,
            subject=f"Problem {n}",
            text="text",
            contact_name="Alice",
            contact_phone="+74951112233",
        )
    client.force_login(agent)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:tickets_ticket_changelist"))
    assert len(response.context["cl"].result_list) == 30
