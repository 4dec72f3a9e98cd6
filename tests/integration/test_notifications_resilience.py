"""Nothing lost, nothing sent twice: broker outage, a worker killed mid-batch, a gateway answering 500."""

import time

import pytest
from django.db import transaction
from django.urls import reverse

from notifications.models import OutboxMessage
from notifications.services import notify
from tests.factories import CustomerUserFactory
from tests.notifications.live import (
    RedisServer,
    SmtpSink,
    Worker,
    require_postgres,
    require_redis,
    wait_until,
)
from tests.notifications.stubs import SendSmsStub, celery_broker
from tests.services import require_service

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The sweep runs every second in these workers and takes rows pending for more than a second.
FAST_SWEEP = {"NOTIFICATIONS_SWEEP_INTERVAL_SECONDS": "1", "NOTIFICATIONS_SWEEP_AFTER_SECONDS": "1"}


def ticket(n: int) -> dict:
    return {"ticket_number": f"T-{n:06d}", "subject": f"Subject {n}", "url": f"https://example.com/t/{n}/"}


def assert_each_row_sent_exactly_once(sink: SmtpSink, rows: list[OutboxMessage]) -> None:
    ids = [message["Message-ID"] for message in sink.messages]
    assert len(ids) == len(set(ids)), f"duplicates: {sorted(ids)}"
    expected = {row.pk for row in rows}
    assert {int(mid.split(".")[1]) for mid in ids} == expected
    assert set(OutboxMessage.objects.filter(pk__in=expected).values_list("status", flat=True)) == {"sent"}


def test_a_request_succeeds_with_the_broker_down_and_the_sweep_delivers_once_it_is_back(client, tmp_path):
    require_postgres()
    require_service("redis-server", RedisServer.available(), "install the redis-server package")
    redis = RedisServer(tmp_path).start()
    user = CustomerUserFactory(email="nadia@example.com", language="ru")
    try:
        with SmtpSink() as sink:
            redis.stop()
            with celery_broker(redis.url, queue="outage"):
                started = time.monotonic()
                response = client.post(reverse("accounts:password_reset"), {"email": user.email})
                took = time.monotonic() - started
            assert response.status_code == 302, "the user's request must not fail with the broker down"
            assert took < 10
            [row] = OutboxMessage.objects.all()
            assert row.status == "pending"

            redis.start()
            env = {"EMAIL_PORT": str(sink.port), **FAST_SWEEP}
            with Worker(broker=redis.url, queue="outage", log_dir=tmp_path, env=env, beat=True) as worker:
                assert sink.wait_for(1, timeout=60), worker.log()
                time.sleep(4)  # several more sweeps: still one message
                assert sink.count() == 1
                [message] = sink.messages
                assert message["To"].addresses[0].addr_spec == "nadia@example.com"
                assert message["Subject"] == "Восстановление пароля в omsportal"
                row.refresh_from_db()
                assert (row.status, row.attempts, row.context["reset_url"]) == ("sent", 1, "")
    finally:
        redis.stop()


def _batch(n: int) -> list[OutboxMessage]:
    users = [CustomerUserFactory() for _ in range(n)]
    with transaction.atomic():
        return [
            row
            for number, user in enumerate(users)
            for row in notify(event="ticket_created", recipients=[user], context=ticket(number))
        ]


def test_killing_the_worker_mid_batch_still_sends_every_row_exactly_once(tmp_path):
    require_postgres()
    broker = require_redis()
    with SmtpSink(hold_at=6) as sink:
        first = Worker(broker=broker, log_dir=tmp_path, env={"EMAIL_PORT": str(sink.port)})
        with celery_broker(broker, queue=first.queue), first:
            rows = _batch(20)
            assert sink.held.wait(60), first.log()
            # The worker is in the middle of the 6th SMTP conversation, holding that row's lock.
            first.kill()
        sink.release.set()
        assert sink.count() == 5
        statuses = list(OutboxMessage.objects.order_by("pk").values_list("status", flat=True))
        assert statuses.count("sent") == 5 and statuses.count("pending") == 15  # the row in flight rolled back

        env = {"EMAIL_PORT": str(sink.port), **FAST_SWEEP}
        with Worker(broker=broker, queue=first.queue, log_dir=tmp_path, env=env, beat=True, concurrency=2) as second:
            assert sink.wait_for(20, timeout=90), second.log()
            time.sleep(4)  # duplicates of tasks (re-queued, swept) must not send again
        assert sink.count() == 20
        assert_each_row_sent_exactly_once(sink, rows)


def test_a_pool_process_killed_mid_send_is_requeued_and_sent_once(tmp_path):
    """acks_late + reject_on_worker_lost: the main process puts the task back, another child sends it."""
    require_postgres()
    broker = require_redis()
    with SmtpSink(hold_at=3) as sink:
        worker = Worker(broker=broker, log_dir=tmp_path, env={"EMAIL_PORT": str(sink.port)})
        with celery_broker(broker, queue=worker.queue), worker:
            rows = _batch(8)
            assert sink.held.wait(60), worker.log()
            [child] = worker.children()
            import os
            import signal

            os.kill(child, signal.SIGKILL)
            sink.release.set()
            assert sink.wait_for(8, timeout=60), worker.log()
            time.sleep(2)
            assert "WorkerLostError" in worker.log() or "Worker exited prematurely" in worker.log()
        assert sink.count() == 8
        assert_each_row_sent_exactly_once(sink, rows)


def test_a_gateway_answering_500_is_retried_then_failed_and_the_request_never_sees_it(client, tmp_path):
    require_postgres()
    broker = require_redis()
    user = CustomerUserFactory(phone="+79161234567", notify_by_sms=True)
    with SmtpSink() as sink, SendSmsStub(status=500, body="Internal error") as gateway:
        env = {
            "EMAIL_PORT": str(sink.port),
            "SMS_BACKEND": "notifications.sms.KannelGateway",
            "KANNEL_SENDSMS_URL": gateway.url,
            "NOTIFICATIONS_MAX_ATTEMPTS": "3",
            "NOTIFICATIONS_RETRY_BASE_SECONDS": "1",
        }
        worker = Worker(broker=broker, log_dir=tmp_path, env=env)
        with celery_broker(broker, queue=worker.queue), worker:
            response = client.post(reverse("accounts:password_reset"), {"email": user.email})
            assert response.status_code == 302
            # The worker looks the address up and writes the rows (accounts.services.password_reset_request).
            assert wait_until(lambda: OutboxMessage.objects.filter(channel="sms").exists(), timeout=30), worker.log()
            sms = OutboxMessage.objects.get(channel="sms")
            assert wait_until(lambda: OutboxMessage.objects.get(pk=sms.pk).status == "failed", timeout=60), worker.log()
        sms.refresh_from_db()
        assert sms.attempts == 3 and len(gateway.requests) == 3
        assert sms.reason.startswith("gave up after 3 attempts: Kannel error: HTTP 500")
        assert sms.context["reset_url"] == ""
        assert sink.wait_for(1, timeout=10)  # the e-mail went out regardless
        assert OutboxMessage.objects.get(channel="email").status == "sent"
