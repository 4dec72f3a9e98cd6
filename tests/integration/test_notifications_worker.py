"""A real Celery worker, real Redis, real PostgreSQL: e-mails arrive at an SMTP server run by the test."""

import pytest
from django.db import transaction

from accounts.services import user_create
from notifications.models import OutboxMessage
from notifications.services import notify
from tests.factories import CustomerFactory, CustomerUserFactory
from tests.notifications.live import SmtpSink, Worker, require_postgres, require_redis, wait_until
from tests.notifications.stubs import celery_broker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TICKET = {"ticket_number": "T-000777", "subject": "Интернет не работает", "url": "https://portal.example.com/t/777/"}

SUBJECTS = {
    "en": "Request T-000777 registered: Интернет не работает",
    "ru": "Обращение T-000777 зарегистрировано: Интернет не работает",
    "fa": "درخواست T-000777 ثبت شد: Интернет не работает",
    "zh-hans": "工单 T-000777 已受理：Интернет не работает",
}


@pytest.fixture
def live(tmp_path):
    require_postgres()
    broker = require_redis()
    with (
        SmtpSink() as sink,
        Worker(broker=broker, log_dir=tmp_path, env={"EMAIL_PORT": str(sink.port)}) as worker,
        celery_broker(broker, queue=worker.queue),
    ):
        yield sink, worker


def test_the_worker_delivers_each_email_in_the_recipients_language(live):
    sink, worker = live
    customer = CustomerFactory()
    users = {lang: CustomerUserFactory(customer=customer, language=lang) for lang in SUBJECTS}
    with transaction.atomic():
        rows = notify(event="ticket_created", recipients=users.values(), context=TICKET)
    assert sink.wait_for(len(SUBJECTS), timeout=30), worker.log()
    received = {message["To"].addresses[0].addr_spec: message for message in sink.messages}
    assert set(received) == {user.email for user in users.values()}
    for language, user in users.items():
        message = received[user.email]
        assert message["Subject"] == SUBJECTS[language]
        assert message["Content-Language"] == language
        html = message.get_body(("html",)).get_content()
        assert f'lang="{language}"' in html
        assert message.get_body(("plain",)).get_content().strip()
    assert wait_until(lambda: set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}, timeout=10)
    assert sorted(OutboxMessage.objects.values_list("attempts", flat=True)) == [1] * len(rows)


def test_a_new_account_gets_its_temporary_password_and_the_outbox_forgets_it(live):
    sink, worker = live
    user, password = user_create(username="farid", email="farid@example.com", language="fa")
    assert sink.wait_for(1, timeout=30), worker.log()
    [message] = sink.messages
    assert message["Subject"] == "حساب کاربری شما در omsportal"
    assert password in message.get_body(("plain",)).get_content()
    row = OutboxMessage.objects.get(user=user)
    assert wait_until(lambda: OutboxMessage.objects.get(pk=row.pk).status == "sent", timeout=10)
    row.refresh_from_db()
    assert row.context["temporary_password"] == "" and row.context["username"] == "farid"


def test_a_rolled_back_change_sends_nothing(live):
    sink, worker = live
    user = CustomerUserFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        notify(event="ticket_created", recipients=[user], context=TICKET)
        raise RuntimeError("the change failed")
    with transaction.atomic():
        notify(event="ticket_reply", recipients=[user], context={**TICKET, "excerpt": "Проверьте кабель."})
    assert sink.wait_for(1, timeout=30), worker.log()
    assert not sink.wait_for(2, timeout=2)
    assert [m["Subject"] for m in sink.messages] == ["New reply to request T-000777: Интернет не работает"]
    assert list(OutboxMessage.objects.values_list("event", flat=True)) == ["ticket_reply"]
