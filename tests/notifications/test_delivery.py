"""Delivery of outbox rows (Celery runs in-process here; tests/integration uses a real worker)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from notifications import delivery, services
from notifications.models import NotificationTemplate, OutboxMessage
from notifications.services import message_deliver, message_resend, notify, sweep_pending
from notifications.sms import LocmemGateway, PermanentSmsError
from tests.notifications.stubs import celery_broker, closed_port

pytestmark = pytest.mark.django_db

TICKET = {"ticket_number": "T-000042", "subject": "Router", "url": "https://example.com/t/42/"}
CREATED = {"username": "alice", "temporary_password": "Tmp-Secret-123", "login_url": "https://example.com/login/"}


def test_an_email_goes_out_in_the_recipients_language_with_text_and_html(owner, run_on_commit):
    owner.language = "ru"
    owner.save()
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    [email] = mail.outbox
    assert email.subject == "Обращение T-000042 зарегистрировано: Router"
    assert "Мы зарегистрировали ваше обращение T-000042" in email.body
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html" and 'lang="ru"' in html
    assert email.extra_headers["Content-Language"] == "ru"
    assert email.extra_headers["Message-ID"].startswith(f"<outbox.{row.pk}.")
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 1, "")
    assert row.sent_at is not None


def test_secrets_are_erased_from_the_outbox_once_sent(owner, run_on_commit):
    [row] = run_on_commit(notify, event="account_created", recipients=[owner], context=CREATED, security=True)
    assert "Tmp-Secret-123" in mail.outbox[0].body
    row.refresh_from_db()
    assert row.context == {**CREATED, "temporary_password": ""}


def test_delivering_twice_sends_once(owner, run_on_commit):
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    assert message_deliver(message_id=row.pk).status == "skipped"
    assert message_deliver(message_id=row.pk + 1000).status == "skipped"
    assert len(mail.outbox) == 1


def test_an_sms_goes_to_the_e164_number(owner, sms_outbox, run_on_commit):
    owner.phone = "+7 916 123-45-67"
    owner.save()
    run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    assert sms_outbox == [("+79161234567", "omsportal: request T-000042 registered. https://example.com/t/42/")]


def test_a_long_sms_is_split_into_numbered_parts_never_cut(owner, sms_outbox, run_on_commit):
    owner.phone = "+79161234567"
    owner.language = "ru"
    owner.save()
    excerpt = "Пожалуйста, перезагрузите роутер и проверьте индикаторы. " * 4
    context = {**TICKET, "subject": excerpt}
    NotificationTemplate.objects.filter(event="ticket_queue_new", channel="sms", language="ru").update(
        body_text="{{ subject }}"
    )
    run_on_commit(
        notify, event="ticket_queue_new", recipients=[owner], context={**context, "queue_name": "Q"}, channels=["sms"]
    )
    texts = [text for _to, text in sms_outbox]
    assert len(texts) == 4
    assert all(len(text) <= 70 for text in texts)
    assert [text.split(" ", 1)[0] for text in texts] == ["(1/4)", "(2/4)", "(3/4)", "(4/4)"]
    assert " ".join(text.split(" ", 1)[1] for text in texts) == excerpt.strip()
    assert OutboxMessage.objects.get().parts_sent == 4


def test_an_invalid_number_fails_at_once_with_the_reason(owner, sms_outbox, run_on_commit):
    owner.phone = "+7000"
    OutboxMessage.objects.all().delete()
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    row.refresh_from_db()
    assert row.status == "failed" and row.attempts == 1
    assert "invalid phone number" in row.reason
    assert sms_outbox == []


class FlakyGateway(LocmemGateway):
    """Fails the first `failures` sends with a transient error."""

    failures = 0

    def send(self, *, to, text):
        from notifications.sms import TransientSmsError

        if FlakyGateway.failures:
            FlakyGateway.failures -= 1
            raise TransientSmsError("HTTP 503 try later")
        return super().send(to=to, text=text)


def test_a_transient_error_is_retried_with_back_off(owner, sms_outbox, settings, fast_retries, run_on_commit):
    settings.SMS_BACKEND = "tests.notifications.test_delivery.FlakyGateway"
    FlakyGateway.failures = 1
    owner.phone = "+79161234567"
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 2)
    assert len(sms_outbox) == 1


def test_the_back_off_doubles_and_is_capped(settings):
    settings.NOTIFICATIONS_RETRY_BASE_SECONDS = 30
    settings.NOTIFICATIONS_RETRY_MAX_SECONDS = 600
    assert 30 <= delivery.retry_delay(1) <= 36
    assert 60 <= delivery.retry_delay(2) <= 72
    assert 120 <= delivery.retry_delay(3) <= 144
    assert 600 <= delivery.retry_delay(10) <= 720


def test_a_gateway_answering_500_is_retried_then_failed_with_the_reason(
    owner, kannel_stub, fast_retries, run_on_commit
):
    kannel_stub.status, kannel_stub.body = 500, "Internal error"
    owner.phone = "+79161234567"
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    row.refresh_from_db()
    assert row.status == "failed" and row.attempts == 3
    assert row.reason.startswith("gave up after 3 attempts: Kannel error: HTTP 500")
    assert len(kannel_stub.requests) == 3


def test_a_gateway_answering_4xx_is_not_retried(owner, kannel_stub, fast_retries, run_on_commit):
    kannel_stub.status, kannel_stub.body = 400, "Invalid receiver"
    owner.phone = "+79161234567"
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 1)
    assert "HTTP 400 Invalid receiver" in row.reason


def test_the_smtp_server_down_is_retried_then_failed(owner, settings, fast_retries, run_on_commit):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 3)
    assert "mail server unreachable" in row.reason


def test_no_exception_reaches_the_users_request_when_the_gateways_fail(
    client, owner, kannel_stub, settings, fast_retries, django_capture_on_commit_callbacks
):
    """Password reset by e-mail (SMTP down) and SMS (gateway answering 500): the page still answers."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2
    kannel_stub.status = 500
    owner.phone, owner.notify_by_sms = "+79161234567", True
    owner.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": owner.email})
    assert response.status_code == 302
    rows = OutboxMessage.objects.filter(event="password_reset")
    assert sorted(rows.values_list("channel", "status")) == [("email", "failed"), ("sms", "failed")]
    assert all(row.reason and row.context["reset_url"] == "" for row in rows)


def test_a_deleted_template_falls_back_to_the_shipped_one_then_to_english(owner, run_on_commit, monkeypatch):
    owner.language = "fa"
    owner.save()
    NotificationTemplate.objects.filter(event="ticket_created").delete()
    run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    assert mail.outbox[0].subject == "درخواست T-000042 ثبت شد: " + TICKET["subject"]
    shipped = delivery._shipped_templates()
    monkeypatch.setattr(
        delivery, "_shipped_templates", lambda: {key: row for key, row in shipped.items() if key[2] != "fa"}
    )
    run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    assert mail.outbox[1].subject.startswith("Request T-000042 registered")
    monkeypatch.setattr(delivery, "_shipped_templates", dict)
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    row.refresh_from_db()
    assert row.status == "failed" and row.reason == "no email template for 'ticket_created'"


def test_a_broken_admin_template_fails_the_row_with_the_reason(owner, run_on_commit):
    NotificationTemplate.objects.filter(event="ticket_created").update(body_text="{% if %}")
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    row.refresh_from_db()
    assert row.status == "failed" and "does not render" in row.reason


def test_the_sweep_redispatches_only_overdue_pending_rows(owner, settings, django_capture_on_commit_callbacks):
    settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS = 120
    with django_capture_on_commit_callbacks(execute=False):  # the broker "was down": nothing dispatched
        [old] = notify(event="ticket_created", recipients=[owner], context=TICKET)
        [new] = notify(event="ticket_reply", recipients=[owner], context={**TICKET, "excerpt": "x"})
        [later] = notify(
            event="ticket_closed", recipients=[owner], context={**TICKET, "resolution": "", "rating_url": ""}
        )
    OutboxMessage.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    OutboxMessage.objects.filter(pk=later.pk).update(
        created_at=timezone.now() - timedelta(minutes=5), next_attempt_at=timezone.now() + timedelta(minutes=1)
    )
    assert sweep_pending() == 1
    assert [m.subject for m in mail.outbox] == ["Request T-000042 registered: Router"]
    statuses = dict(OutboxMessage.objects.values_list("pk", "status"))
    assert (statuses[old.pk], statuses[new.pk], statuses[later.pk]) == ("sent", "pending", "pending")
    assert sweep_pending() == 0


def test_the_sweep_pushes_back_what_it_queued_so_a_backlog_is_not_requeued(owner, settings):
    settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS = 60
    settings.CELERY_TASK_ALWAYS_EAGER = False
    row = OutboxMessage.objects.create(
        event="ticket_created",
        channel="email",
        to="a@example.com",
        language="en",
        time_zone="UTC",
        context=TICKET,
        created_at=timezone.now() - timedelta(minutes=5),
    )
    queued = []
    from unittest import mock

    with mock.patch("notifications.tasks.deliver.delay", side_effect=queued.append):
        assert sweep_pending() == 1
        assert sweep_pending() == 0
    assert queued == [row.pk]


def test_a_failed_row_can_be_resent(owner, manager, settings, fast_retries, run_on_commit):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET)
    row.refresh_from_db()
    assert row.status == "failed"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_on_commit(message_resend, message=row, by=manager)
    row.refresh_from_db()
    assert (row.status, row.attempts, row.reason) == ("sent", 1, "")
    assert len(mail.outbox) == 1
    with pytest.raises(services.NotResendable):
        message_resend(message=row, by=manager)


def test_a_failed_row_whose_secret_was_erased_cannot_be_resent(owner, manager, settings, sms_outbox, run_on_commit):
    owner.phone = "+7000"
    [row] = run_on_commit(notify, event="account_created", recipients=[owner], context=CREATED, channels=["sms"])
    row.refresh_from_db()
    assert row.status == "failed" and row.context["temporary_password"] == ""
    with pytest.raises(services.NotResendable, match="secret"):
        message_resend(message=row, by=manager)


def test_dispatch_never_raises_when_the_broker_is_down(owner, settings):
    """Broker unreachable: the producer's request goes on, the row waits for the sweep."""
    import time

    row = OutboxMessage.objects.create(
        event="ticket_created", channel="email", to="a@example.com", language="en", time_zone="UTC", context=TICKET
    )
    with celery_broker(f"redis://127.0.0.1:{closed_port()}/0"):
        started = time.monotonic()
        assert services.dispatch([row.pk, row.pk]) == 0
        assert time.monotonic() - started < 10
    row.refresh_from_db()
    assert row.status == "pending"


def test_sms_permanent_errors_from_a_custom_gateway_fail_the_row(owner, settings, run_on_commit):
    settings.SMS_BACKEND = "tests.notifications.test_delivery.RefusingGateway"
    owner.phone = "+79161234567"
    [row] = run_on_commit(notify, event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    row.refresh_from_db()
    assert (row.status, row.reason) == ("failed", "number barred")


class RefusingGateway(LocmemGateway):
    def send(self, *, to, text):
        raise PermanentSmsError("number barred")
