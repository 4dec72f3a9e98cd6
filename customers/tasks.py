from celery import shared_task

from customers.activation import activation_continue


@shared_task(bind=True, max_retries=None, acks_late=True)
def activation_run(self, job_id: int) -> None:
    """Thin: the job's own rows say which step comes next and how often it was tried."""
    delay = activation_continue(job_id=job_id)
    if delay is not None:
        raise self.retry(countdown=delay)
