"""A caller whose account has no portal login hears about their ticket by e-mail and SMS.

Real worker, Redis and PostgreSQL; the e-mail arrives at an SMTP server run by
the test, the SMS at a real Kannel's fake operator.
"""

import pytest
from django.db import transaction

from notifications.models import OutboxMessage
from tests.factories import CustomerFactory, StaffUserFactory
from tests.integration.kannel import Kannel, require_kannel
from tests.notifications.live import SmtpSink, Worker, require_postgres, require_redis, wait_until
from tests.notifications.stubs import celery_broker
from tickets import services
from tickets.models import Queue

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CALLER = "+79161234567"


@pytest.fixture
def live(tmp_path):
    require_postgres()
    require_kannel()
    broker = require_redis()
    with (
        Kannel(tmp_path / "kannel") as operator,
        SmtpSink() as sink,
        Worker(
            broker=broker,
            log_dir=tmp_path,
            env={
                "EMAIL_PORT": str(sink.port),
                "SMS_BACKEND": "notifications.sms.KannelGateway",
                "KANNEL_SENDSMS_URL": operator.sendsms_url,
                "KANNEL_USERNAME": operator.username,
                "KANNEL_PASSWORD": operator.password,
                "KANNEL_MAX_MESSAGES": "6",
            },
        ) as worker,
        celery_broker(broker, queue=worker.queue),
    ):
        yield sink, operator, worker


def test_a_ticket_filed_for_a_caller_without_a_login_reaches_them_by_email_and_sms(live):
    sink, operator, worker = live
    account = CustomerFactory(name="Nordwind Logistics", email="office@nordwind.example")
    agent = StaffUserFactory(username="agnes", role="Support agent")
    queue = Queue.objects.create(name="Internet access")
    with transaction.atomic():
        ticket = services.ticket_create(
            by=agent,
            customer=account,
            queue=queue,
            subject="No internet in the warehouse",
            text="Called at 9:10",
            contact_name="Olga",
            contact_phone=CALLER,
            channel="phone",
        )
    assert sink.wait_for(1, timeout=30), worker.log()
    [message] = sink.messages
    assert message["To"].addresses[0].addr_spec == "office@nordwind.example"
    assert message["Subject"] == f"Request {ticket.number} registered: No internet in the warehouse"
    assert "Olga" in message.get_body(("plain",)).get_content()
    assert operator.wait_for(1, timeout=30), worker.log() + operator.logs()
    [sms] = operator.received
    assert sms.receiver == CALLER and ticket.number in sms.text
    assert wait_until(
        lambda: set(OutboxMessage.objects.values_list("channel", "status")) == {("email", "sent"), ("sms", "sent")},
        timeout=10,
    )
