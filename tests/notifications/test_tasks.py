"""The Celery side: task names beat relies on, the sweep and the purge."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from notifications import tasks
from notifications.models import OutboxMessage
from omsportal.celery import app

pytestmark = pytest.mark.django_db


def make(**fields):
    defaults = {
        "event": "ticket_created",
        "channel": "email",
        "to": "a@example.com",
        "language": "en",
        "time_zone": "UTC",
        "context": {"ticket_number": "T-1", "subject": "s", "url": "u"},
    }
    return OutboxMessage.objects.create(**{**defaults, **fields})


def test_beat_runs_the_sweep_every_minute_and_the_purge_daily():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["notifications-sweep"] == {"task": "notifications.tasks.sweep", "schedule": 60.0}
    assert schedule["notifications-purge"]["task"] == "notifications.tasks.purge"
    app.loader.import_default_modules()
    assert {"notifications.tasks.sweep", "notifications.tasks.purge", "notifications.tasks.deliver"} <= set(app.tasks)


def test_delivery_survives_a_worker_crash_by_design():
    assert tasks.deliver.acks_late and tasks.deliver.reject_on_worker_lost


def test_the_deliver_task_reports_what_it_did(owner):
    row = make(to=owner.email)
    assert tasks.deliver.apply(args=[row.pk]).get() == "sent"
    assert tasks.deliver.apply(args=[row.pk]).get() == "skipped"


def test_the_sweep_task_delivers_overdue_rows():
    row = make(created_at=timezone.now() - timedelta(hours=1))
    assert tasks.sweep.apply().get() == 1
    row.refresh_from_db()
    assert row.status == "sent"


def test_the_purge_keeps_recent_and_pending_rows(settings):
    settings.NOTIFICATIONS_RETENTION_DAYS = 30
    old = timezone.now() - timedelta(days=31)
    make(status="sent", created_at=old)
    make(status="failed", created_at=old)
    keep_pending = make(status="pending", created_at=old)
    keep_recent = make(status="sent")
    assert tasks.purge.apply().get() == 2
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == {keep_pending.pk, keep_recent.pk}
