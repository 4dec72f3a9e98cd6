from celery import shared_task

from inventory.services import release_expired_reservations


@shared_task
def release_expired() -> int:
    """Give back what expired reservations hold (beat, every five minutes)."""
    return release_expired_reservations()
