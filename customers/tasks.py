from celery import shared_task

from customers.activation import activation_continue, stalled_jobs


@shared_task(bind=True, max_retries=None, acks_late=True)
def activation_run(self, job_id: int) -> None:
    """Thin: the job's own rows say which step comes next and how often it was tried."""
    delay = activation_continue(job_id=job_id)
    if delay is not None:
        raise self.retry(countdown=delay)


@shared_task
def activation_sweep() -> int:
    """Beat: hand again to a worker the jobs whose worker died mid-step (their step has been
    "running" for too long) or whose message was lost before they started."""
    jobs = stalled_jobs()
    for job_id in jobs:
        activation_run.delay(job_id)
    return len(jobs)
