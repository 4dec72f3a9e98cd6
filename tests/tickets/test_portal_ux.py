"""Issue 9, items 4-8: the portal as its first users found it."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import StaffUserFactory, contract_numbered
from tests.tickets.conftest import png_upload
from tickets import services, workflow
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def shown(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


# --- 4. a reply typed after the session expired is not lost ---


def test_a_reply_posted_after_the_session_expired_goes_to_login_and_back_to_the_ticket(client, portal_ticket):
    detail = reverse("tickets_portal:detail", args=[portal_ticket.pk])
    response = client.post(
        reverse("tickets_portal:reply", args=[portal_ticket.pk]),
        {"body": "Still broken"},
        HTTP_REFERER=f"http://testserver{detail}",
    )
    assert response.status_code == 302
    assert response.url == f"{reverse('accounts:login')}?next={detail}"
    login_page = client.get(response.url)
    assert any("session expired" in text for text in shown(login_page))
    assert not portal_ticket.messages.exists()


def test_without_a_referer_it_returns_to_the_page_of_the_form_not_the_post_only_url(client, portal_ticket):
    response = client.post(reverse("tickets_portal:reply", args=[portal_ticket.pk]), {"body": "Hello"})
    detail = reverse("tickets_portal:detail", args=[portal_ticket.pk])
    assert response.url == f"{reverse('accounts:login')}?next={detail}"


def test_a_foreign_referer_is_never_used_as_next(client, portal_ticket):
    response = client.post(
        reverse("tickets_portal:reply", args=[portal_ticket.pk]),
        {"body": "Hello"},
        HTTP_REFERER="https://evil.example/phish",
    )
    assert "evil" not in response.url


def test_the_staff_comment_form_also_keeps_its_page(client, portal_ticket):
    staff_detail = reverse("tickets_staff:detail", args=[portal_ticket.pk])
    response = client.post(
        reverse("tickets_staff:comment", args=[portal_ticket.pk]),
        {"comment-body": "note"},
        HTTP_REFERER=f"http://testserver{staff_detail}",
    )
    assert response.url == f"{reverse('accounts:login')}?next={staff_detail}"


def test_forms_with_free_text_keep_a_draft_and_a_successful_send_forgets_it(client, owner, portal_ticket):
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:detail", args=[portal_ticket.pk])).content.decode()
    assert f'data-draft="{owner.pk}:reply-{portal_ticket.pk}"' in page
    assert "js/forms.js" in page
    response = client.post(
        reverse("tickets_portal:reply", args=[portal_ticket.pk]), {"body": "Thanks, still broken"}, follow=True
    )
    assert f'data-draft-sent="draft:{owner.pk}:reply-{portal_ticket.pk}"' in response.content.decode()
    new_page = client.get(reverse("tickets_portal:new")).content.decode()
    assert f'data-draft="{owner.pk}:new-request"' in new_page


# --- 5. one rule for "waiting for you" ---


@pytest.fixture
def returned_ticket(portal_ticket, agent):
    workflow.ticket_take(ticket=portal_ticket, by=agent)
    return workflow.ticket_return(ticket=portal_ticket, by=agent, reason="Which contract?")


@pytest.fixture
def answered_ticket(owner, support_queue, agent):
    ticket = services.ticket_create(
        by=owner, customer=owner.customer, queue=support_queue, subject="Slow", text="Slow line", contact_name="A"
    )
    workflow.ticket_take(ticket=ticket, by=agent)
    services.ticket_reply(ticket=ticket, by=agent, body="Is the modem on?")
    return ticket


def test_a_returned_request_is_waiting_for_the_customer_everywhere(
    client, owner, returned_ticket, answered_ticket, support_queue
):
    services.ticket_create(
        by=owner, customer=owner.customer, queue=support_queue, subject="Other", text="x", contact_name="A"
    )
    assert set(Ticket.objects.waiting_for_customer()) == {returned_ticket, answered_ticket}
    client.force_login(owner)
    response = client.get(reverse("tickets_portal:list"), {"state": "waiting"})
    assert {t.pk for t in response.context["tickets"]} == {returned_ticket.pk, answered_ticket.pk}
    assert response.context["counts"]["waiting"] == 2
    assert 'id="filter-waiting"' in response.content.decode()
    home = client.get(reverse("core:portal_home")).content.decode()
    assert f"{reverse('tickets_portal:list')}?state=waiting" in home
    assert (
        "Waiting for us"
        not in client.get(reverse("tickets_portal:list"))
        .content.decode()
        .split(returned_ticket.number)[1]
        .split("</tr>")[0]
    )


def test_the_waiting_rule_holds_the_list_query_budget(client, owner, support_queue, django_assert_max_num_queries):
    for n in range(30):
        services.ticket_create(
            by=owner, customer=owner.customer, queue=support_queue, subject=f"S{n}", text="x", contact_name="A"
        )
    client.force_login(owner)
    with django_assert_max_num_queries(8):
        client.get(reverse("tickets_portal:list"), {"state": "waiting"})


# --- 6. one customer-facing stage, never the staff status ---


def test_the_customer_sees_one_stage_and_never_the_staff_status(client, owner, returned_ticket):
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:list")).content.decode()
    assert "Returned" not in page and "Dispatched" not in page and "data-status" not in page
    assert "Needs correction" in page
    detail = client.get(reverse("tickets_portal:detail", args=[returned_ticket.pk])).content.decode()
    assert "data-status" not in detail and 'id="ticket-status"' not in detail


def test_a_staff_filed_ticket_returned_between_staff_never_shows_returned(client, owner, agent, support_queue):
    clerk = StaffUserFactory(username="clerk", role="Support agent")
    ticket = services.ticket_create(
        by=clerk,
        customer=owner.customer,
        queue=support_queue,
        subject="Called in",
        text="Caller says no signal",
        contact_name="Alice",
        channel=Ticket.Channel.PHONE,
    )
    workflow.ticket_take(ticket=ticket, by=agent)
    workflow.ticket_return(ticket=ticket, by=agent, reason="wrong queue")
    client.force_login(owner)
    detail = client.get(reverse("tickets_portal:detail", args=[ticket.pk])).content.decode()
    assert "Returned" not in detail and "Needs correction" not in detail and "In progress" in detail
    assert "Filed for you by" in detail and 'id="correction-form"' not in detail
    assert ticket not in Ticket.objects.waiting_for_customer()


# --- 7. form errors visible on a phone ---


def test_a_refused_form_shows_a_summary_linking_to_each_field_and_names_files_to_choose_again(
    client, owner, support_queue
):
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:new"),
        {
            "queue": support_queue.pk,
            "subject": "",
            "text": "x",
            "contact_name": "A",
            "priority": "2",
            "attachments": [png_upload("router.png")],
        },
    )
    page = response.content.decode()
    assert "data-error-summary" in page and 'href="#id_subject"' in page
    assert "Choose these files again" in page and "router.png" in page


def test_file_inputs_carry_the_limits_for_the_browser(client, owner, settings):
    settings.ATTACHMENT_MAX_BYTES = 1234
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:new")).content.decode()
    assert 'data-max-bytes="1234"' in page and 'data-allowed-types="' in page and "pdf" in page


# --- 8. feedback says what happened ---


def test_a_closed_ticket_warns_that_replying_reopens_it(client, owner, portal_ticket, agent):
    workflow.ticket_take(ticket=portal_ticket, by=agent)
    workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="Fixed")
    client.force_login(owner)
    page = client.get(reverse("tickets_portal:detail", args=[portal_ticket.pk])).content.decode()
    assert 'id="reopen-warning"' in page
    assert "very dissatisfied" in page and "very satisfied" in page
    response = client.post(
        reverse("tickets_portal:rate", args=[portal_ticket.pk]), {"rating": "4", "comment": "Quick fix"}, follow=True
    )
    page = response.content.decode()
    assert "Quick fix" in page and "4 – satisfied" in page


def test_staff_feedback_names_the_ticket_and_where_it_is(client, agent, portal_ticket):
    client.force_login(agent)
    response = client.post(reverse("tickets_staff:move", args=[portal_ticket.pk]), {"action": "take"}, follow=True)
    assert shown(response) == [f"{portal_ticket.number} taken: it is now in your folder."]
    response = client.post(
        reverse("tickets_staff:reply", args=[portal_ticket.pk]), {"reply-body": "Try a restart"}, follow=True
    )
    assert shown(response)[0].startswith("Reply sent to the customer")
    response = client.post(
        reverse("tickets_staff:comment", args=[portal_ticket.pk]), {"comment-body": "Line test ok"}, follow=True
    )
    assert "the customer does not see it" in shown(response)[0]


def test_logout_is_confirmed(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:logout"), follow=True)
    assert SESSION_KEY not in client.session
    assert any("logged out" in text for text in shown(response))


def test_a_correction_may_bring_files(client, owner, returned_ticket):
    contract_numbered(owner.customer, "CN-1")
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:resend", args=[returned_ticket.pk]),
        {
            "subject": "Router dead",
            "text": "Contract CN-1",
            "contract_number": "CN-1",
            "contact_phone": "",
            "attachments": [png_upload("contract.png")],
        },
    )
    assert response.status_code == 302
    returned_ticket.refresh_from_db()
    assert returned_ticket.status == Ticket.Status.DISPATCH
    assert returned_ticket.attachments.filter(original_name="contract.png").exists()


def test_a_refused_correction_file_changes_nothing(client, owner, returned_ticket):
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:resend", args=[returned_ticket.pk]),
        {
            "subject": "Router dead",
            "text": "x",
            "contract_number": "",
            "contact_phone": "",
            "attachments": [SimpleUploadedFile("virus.png", b"MZ\x90\x00" + b"\x00" * 200)],
        },
    )
    assert response.status_code == 400
    returned_ticket.refresh_from_db()
    assert returned_ticket.status == Ticket.Status.REJECT_RETURN
