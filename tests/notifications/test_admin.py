"""Staff see the delivery log and re-send failed rows only with the permission; administrators edit templates."""

import pytest
from django.core import mail
from django.urls import reverse

from notifications.models import NotificationTemplate, OutboxMessage
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:notifications_outboxmessage_changelist"


def row(**fields):
    defaults = {
        "event": "ticket_created",
        "channel": "email",
        "to": "alice@example.com",
        "language": "en",
        "time_zone": "UTC",
        "context": {"ticket_number": "T-1", "subject": "s", "url": "u"},
    }
    return OutboxMessage.objects.create(**{**defaults, **fields})


@pytest.fixture
def administrator(db):
    return StaffUserFactory(username="ada", role="Administrator")


def test_roles_get_the_outbox_permissions(manager, agent):
    assert manager.has_perm("notifications.resend_outboxmessage")
    assert agent.has_perm("notifications.view_outboxmessage")
    assert not agent.has_perm("notifications.resend_outboxmessage")


def test_the_delivery_log_filters_by_status_channel_and_recipient(client, manager):
    row(to="alice@example.com", status="failed", reason="mail server refused: 550")
    row(to="+79161234567", channel="sms", status="sent")
    row(to="bob@example.com")
    client.force_login(manager)
    url = reverse(CHANGELIST)
    failed = client.get(url, {"status__exact": "failed"})
    assert failed.status_code == 200
    assert list(failed.context["cl"].result_list.values_list("to", flat=True)) == ["alice@example.com"]
    assert b"mail server refused: 550" in failed.content
    sms = client.get(url, {"channel__exact": "sms"})
    assert list(sms.context["cl"].result_list.values_list("to", flat=True)) == ["+79161234567"]
    bob = client.get(url, {"q": "bob@"})
    assert list(bob.context["cl"].result_list.values_list("to", flat=True)) == ["bob@example.com"]


def test_the_delivery_log_has_a_query_budget(client, manager, django_assert_max_num_queries):
    for n in range(60):
        row(to=f"user{n}@example.com")
    client.force_login(manager)
    with django_assert_max_num_queries(11):
        assert client.get(reverse(CHANGELIST)).status_code == 200


def test_secrets_are_masked_in_the_log(client, manager):
    message = row(
        event="account_created", context={"username": "al", "temporary_password": "Sup3r-Secret", "login_url": "u"}
    )
    client.force_login(manager)
    page = client.get(reverse("admin:notifications_outboxmessage_change", args=[message.pk]))
    assert page.status_code == 200
    assert b"Sup3r-Secret" not in page.content and "•••".encode() in page.content


def test_a_manager_resends_failed_rows(client, manager, django_capture_on_commit_callbacks):
    failed = row(status="failed", reason="gave up", attempts=6)
    sent = row(status="sent")
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(CHANGELIST), {"action": "resend", "_selected_action": [failed.pk, sent.pk]}, follow=True
        )
    assert response.status_code == 200
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == ("sent", 1)
    assert len(mail.outbox) == 1
    messages = [str(m) for m in response.context["messages"]]
    assert any("1 message queued again" in m for m in messages)
    assert any("1 message skipped" in m for m in messages)


def test_an_agent_without_the_permission_cannot_resend(client, agent):
    failed = row(status="failed", reason="gave up")
    client.force_login(agent)
    page = client.get(reverse(CHANGELIST))
    assert page.status_code == 200
    assert b'value="resend"' not in page.content
    client.post(reverse(CHANGELIST), {"action": "resend", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert failed.status == "failed"
    assert mail.outbox == []


def test_a_customer_cannot_see_the_log(client, owner):
    client.force_login(owner)
    assert client.get(reverse(CHANGELIST)).status_code in (302, 403)


def test_an_administrator_edits_a_template_with_history_and_a_preview(client, administrator):
    template = NotificationTemplate.objects.get(event="ticket_created", channel="email", language="en")
    url = reverse("admin:notifications_notificationtemplate_change", args=[template.pk])
    client.force_login(administrator)
    page = client.get(url)
    assert page.status_code == 200 and b"T-000123" in page.content  # the preview with sample values
    data = {"subject": "Ticket {{ ticket_number }} {% if %}", "body_text": "x", "body_html": ""}
    refused = client.post(url, data)
    assert refused.status_code == 200 and "Template error" in refused.content.decode()
    data["subject"] = "We got {{ ticket_number }}"
    assert client.post(url, data).status_code == 302
    template.refresh_from_db()
    assert template.subject == "We got {{ ticket_number }}"
    assert template.history.count() == 1


def test_a_manager_may_only_read_templates(client, manager):
    template = NotificationTemplate.objects.get(event="ticket_created", channel="sms", language="ru")
    client.force_login(manager)
    url = reverse("admin:notifications_notificationtemplate_change", args=[template.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"subject": "", "body_text": "changed", "body_html": ""})
    template.refresh_from_db()
    assert template.body_text != "changed"


def test_what_a_message_says_needs_the_content_permission(client, manager, agent):
    message = row(context={"ticket_number": "T-9", "subject": "Secret merger of ACME", "url": "u"})
    url = reverse("admin:notifications_outboxmessage_change", args=[message.pk])
    client.force_login(agent)
    page = client.get(url)
    assert page.status_code == 200
    assert b"Secret merger of ACME" not in page.content
    assert b"alice@example.com" in page.content
    client.force_login(manager)
    assert b"Secret merger of ACME" in client.get(url).content
