"""Benchmark of the outbox (not a test): what notify() costs the producer, and how fast one worker delivers.

Phase 1 produces N events, each in its own transaction like a request would,
measuring with CaptureQueriesContext the queries and time notify() adds inside
the transaction, and the time the after-commit hand-over to the broker adds.
Phase 2 starts one real Celery worker and times the delivery of all N e-mails
into an aiosmtpd sink. Run through `python manage.py bench_notify`.
"""

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from notifications.bench.live import SmtpSink, Worker, celery_broker, redis_available
from notifications.models import OutboxMessage
from notifications.services import notify


@dataclass
class Result:
    count: int
    concurrency: int
    queries_per_event: float
    notify_ms_median: float
    notify_ms_p95: float
    dispatch_ms_median: float
    dispatch_ms_p95: float
    produce_seconds: float
    deliver_seconds: float
    received: int
    unique_message_ids: int
    sent_rows: int

    @property
    def messages_per_second(self) -> float:
        return self.received / self.deliver_seconds if self.deliver_seconds else 0.0

    def report(self) -> str:
        return "\n".join(
            [
                f"events produced:            {self.count} in {self.produce_seconds:.1f} s",
                f"outbox cost per event:      {self.queries_per_event:.2f} queries, "
                f"{self.notify_ms_median:.2f} ms median / {self.notify_ms_p95:.2f} ms p95 inside the transaction",
                f"hand-over after commit:     {self.dispatch_ms_median:.2f} ms median / "
                f"{self.dispatch_ms_p95:.2f} ms p95 (one task message to the broker)",
                f"delivered by one worker:    {self.received} e-mails in {self.deliver_seconds:.1f} s "
                f"(-c {self.concurrency}) = {self.messages_per_second:.0f} messages/s",
                f"exactly once:               {self.unique_message_ids} distinct Message-IDs, "
                f"{self.sent_rows} rows sent",
            ]
        )


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _recipients(n: int) -> list:
    User = get_user_model()
    users = list(User.objects.filter(username__startswith="bench-notify-").order_by("pk")[:n])
    for index in range(len(users), n):
        users.append(
            User.objects.create(
                username=f"bench-notify-{index}",
                email=f"bench-notify-{index}@example.com",
                language=("en", "ru", "fa", "zh-hans")[index % 4],
            )
        )
    return users


def run(*, count: int, concurrency: int, broker: str, out=print) -> Result:
    if connection.vendor != "postgresql":
        raise RuntimeError("run the benchmark on PostgreSQL (DATABASE_URL=postgres://…)")
    if not redis_available(broker):
        raise RuntimeError(f"Redis is not reachable at {broker!r} (set REDIS_URL)")
    users = _recipients(100)
    first_id = (OutboxMessage.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    log_dir = Path(tempfile.mkdtemp(prefix="bench-notify-"))
    worker = Worker(
        broker=broker, log_dir=log_dir, concurrency=concurrency, env={"DB_CONN_MAX_AGE": "60", "LOG_LEVEL": "WARNING"}
    )
    queries, notify_ms, dispatch_ms = [], [], []
    with SmtpSink() as sink, celery_broker(broker, queue=worker.queue):
        worker.env["EMAIL_PORT"] = str(sink.port)
        out(f"phase 1: producing {count} events (one transaction each) …")
        started = time.perf_counter()
        for number in range(count):
            context = {"ticket_number": f"T-{number:06d}", "subject": f"Benchmark {number}", "url": "https://e.x/t/"}
            with transaction.atomic():
                with CaptureQueriesContext(connection) as captured:
                    t0 = time.perf_counter()
                    notify(event="ticket_created", recipients=[users[number % len(users)]], context=context)
                    t1 = time.perf_counter()
                queries.append(len(captured.captured_queries))
                notify_ms.append((t1 - t0) * 1000)
                t2 = time.perf_counter()
            dispatch_ms.append((time.perf_counter() - t2) * 1000)  # COMMIT plus the on_commit publish
            connection.queries_log.clear()
        produce_seconds = time.perf_counter() - started
        out(f"phase 2: one worker (-c {concurrency}) delivers them to the SMTP sink …")
        with worker:
            started = time.perf_counter()
            last, last_change = 0, started
            while sink.count() < count:
                time.sleep(0.2)
                now_count = sink.count()
                if now_count != last:
                    last, last_change = now_count, time.perf_counter()
                elif time.perf_counter() - last_change > 60:
                    out(f"stalled at {now_count} messages:\n{worker.log()}")
                    break
            deliver_seconds = time.perf_counter() - started
            time.sleep(1)
        ids = {message["Message-ID"] for message in sink.messages}
        received = sink.count()
    sent = OutboxMessage.objects.filter(pk__gte=first_id, status=OutboxMessage.Status.SENT).count()
    return Result(
        count=count,
        concurrency=concurrency,
        queries_per_event=statistics.mean(queries),
        notify_ms_median=statistics.median(notify_ms),
        notify_ms_p95=_percentile(notify_ms, 0.95),
        dispatch_ms_median=statistics.median(dispatch_ms),
        dispatch_ms_p95=_percentile(dispatch_ms, 0.95),
        produce_seconds=produce_seconds,
        deliver_seconds=deliver_seconds,
        received=received,
        unique_message_ids=len(ids),
        sent_rows=sent,
    )
