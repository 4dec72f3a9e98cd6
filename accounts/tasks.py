"""Celery tasks: thin; the logic lives in accounts.services."""

from celery import shared_task

from accounts import services


@shared_task(ignore_result=True)
def password_reset_send(email: str, ip_address: str | None = None) -> int:
    """Look up the address and e-mail the reset link, away from the request (see password_reset_request)."""
    return services.password_reset_send_now(email=email, ip_address=ip_address)
