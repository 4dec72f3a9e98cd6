"""Celery tasks: thin, idempotent, and given ids. The logic lives in notifications.delivery and .maintenance."""

import logging
from collections.abc import Iterable

from celery import shared_task

from notifications.delivery import message_deliver
from notifications.maintenance import messages_purge, sweep_due

logger = logging.getLogger("omsportal.notifications")


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None, ignore_result=True)
def deliver(self, message_id: int) -> str:
    """Deliver one outbox row. Safe to run twice or concurrently: the row lock decides.

    The back-off comes from the row (its attempts count survives a re-dispatch
    by the sweep), so the countdown is computed by the service, not by Celery.
    """
    outcome = message_deliver(message_id=message_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


def dispatch(message_ids: Iterable[int]) -> int:
    """Queue delivery tasks; never raises. With the broker down the rows stay pending for the sweep."""
    queued = 0
    for message_id in message_ids:
        try:
            deliver.delay(message_id)
        except Exception:
            logger.warning("broker unavailable, outbox message %s waits for the sweep", message_id, exc_info=True)
            break  # the next ones would wait for the same timeout
        queued += 1
    return queued


def sweep_pending(*, now=None, limit: int | None = None) -> int:
    """Re-dispatch the overdue rows; returns how many were queued."""
    return dispatch(sweep_due(now=now, limit=limit))


@shared_task(ignore_result=True)
def sweep() -> int:
    """Beat, every minute: re-dispatch rows still pending after a while (broker down, worker died)."""
    return sweep_pending()


@shared_task(ignore_result=True)
def purge() -> int:
    """Beat, daily: delete delivered and failed rows past NOTIFICATIONS_RETENTION_DAYS."""
    return messages_purge()
