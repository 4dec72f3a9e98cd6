"""Celery tasks: thin, idempotent, and given ids. The logic lives in notifications.services."""

from celery import shared_task

from notifications import services


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None, ignore_result=True)
def deliver(self, message_id: int) -> str:
    """Deliver one outbox row. Safe to run twice or concurrently: the row lock decides.

    The back-off comes from the row (its attempts count survives a re-dispatch
    by the sweep), so the countdown is computed by the service, not by Celery.
    """
    outcome = services.message_deliver(message_id=message_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@shared_task(ignore_result=True)
def sweep() -> int:
    """Beat, every minute: re-dispatch rows still pending after a while (broker down, worker died)."""
    return services.sweep_pending()


@shared_task(ignore_result=True)
def purge() -> int:
    """Beat, daily: delete delivered and failed rows past NOTIFICATIONS_RETENTION_DAYS."""
    return services.messages_purge()
