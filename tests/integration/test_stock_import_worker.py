"""A 100,000-row stock file loaded by a real Celery worker on Redis and PostgreSQL, while the
page's progress endpoint is polled: it rises to 100 % and every number is in stock.

The import rate (rows per second, upload to 100 %) is printed: run with -s to see it."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from inventory.models import ImportJob, Number
from tests.factories import StaffUserFactory
from tests.notifications.live import Worker, require_postgres, require_redis
from tests.notifications.stubs import celery_broker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
ROWS = 100_000


@pytest.fixture
def live(tmp_path):
    require_postgres()
    broker = require_redis()
    # The worker reads the uploaded file where the field's storage (bound when the model loaded) put it.
    env = {"PRIVATE_MEDIA_ROOT": str(ImportJob._meta.get_field("file").storage.location)}
    with Worker(broker=broker, log_dir=tmp_path, env=env) as worker, celery_broker(broker, queue=worker.queue):
        yield worker


def test_a_worker_loads_100000_numbers_while_the_progress_rises_to_100(live, client):
    manager = StaffUserFactory(role="Manager")
    client.force_login(manager)
    content = ("msisdn;kind;region\n" + "".join(f"7930{n:07d};regular;Perm\n" for n in range(ROWS))).encode()

    started = time.perf_counter()
    response = client.post(
        reverse("inventory_staff:import_new"),
        {"kind": "numbers", "file": SimpleUploadedFile("numbers.csv", content, content_type="text/csv")},
    )
    answered = time.perf_counter() - started
    job = ImportJob.objects.get()
    assert response.status_code == 302, response.content[:500]
    assert answered < 10  # the request stores the file and returns; the worker does the rest

    seen: list[int] = []
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        progress = client.get(reverse("inventory_staff:import_progress", args=[job.pk])).json()
        if not seen or progress["percent"] != seen[-1]:
            seen.append(progress["percent"])
        if progress["finished"]:
            break
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE, (job.status, job.message, live.log())
    assert seen[-1] == 100
    assert seen == sorted(seen), seen  # it only ever rises
    assert len(seen) >= 3, seen  # and was seen between 0 and 100 while the worker ran
    assert (job.loaded, job.refused) == (ROWS, 0)
    assert Number.objects.filter(region="Perm").count() == ROWS
    assert Number.history.filter(region="Perm").count() == ROWS  # each with its history row
    print(f"\nimport of {ROWS} rows: {elapsed:.1f} s, {ROWS / elapsed:.0f} rows/s (progress seen: {seen})")
