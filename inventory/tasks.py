from celery import shared_task

from inventory.importing import import_run
from inventory.services import release_expired_reservations


@shared_task
def release_expired() -> int:
    """Give back what expired reservations hold (beat, every five minutes)."""
    return release_expired_reservations()


@shared_task
def run_import(job_id: int) -> str:
    """Load one stock file; a job that already ran is left as it is."""
    return import_run(job_id=job_id).status
