"""Periodic work on the outbox: finding overdue rows, deleting old ones."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from notifications.models import OutboxMessage

logger = logging.getLogger("omsportal.notifications")


def sweep_due(*, now=None, limit: int | None = None) -> list[int]:
    """The rows that should have been delivered by now (broker was down, worker died), to dispatch again.

    A row is due when it has waited NOTIFICATIONS_SWEEP_AFTER_SECONDS past its
    creation or its planned retry. Each dispatched row is pushed back by the same
    delay, so a backlog is not queued again on every run.
    """
    now = now or timezone.now()
    grace = timedelta(seconds=settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS)
    due = Q(next_attempt_at__isnull=True, created_at__lte=now - grace) | Q(next_attempt_at__lte=now - grace)
    ids = list(
        OutboxMessage.objects.filter(due, status=OutboxMessage.Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)[: limit or settings.NOTIFICATIONS_SWEEP_BATCH]
    )
    if ids:
        OutboxMessage.objects.filter(pk__in=ids, status=OutboxMessage.Status.PENDING).update(next_attempt_at=now)
        logger.info("sweep: %d overdue outbox message(s)", len(ids))
    return ids


def messages_purge(*, older_than_days: int | None = None) -> int:
    """Delete sent and failed rows past the retention period."""
    days = older_than_days if older_than_days is not None else settings.NOTIFICATIONS_RETENTION_DAYS
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = OutboxMessage.objects.filter(
        status__in=[OutboxMessage.Status.SENT, OutboxMessage.Status.FAILED], created_at__lt=cutoff
    ).delete()
    return deleted
