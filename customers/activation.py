"""The activation job: an order in "Activation" runs the provisioning steps in order.

Each step is recorded (started, finished, result, error, attempts) before and after it
calls the adapter, so a job continues where it stopped after a crash; the adapter answers
a repeated call with what it gave the first time, so nothing is assigned twice.
"""

from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from core.workflow import WorkflowError
from customers import notices
from customers.models import ActivationJob, ActivationStep, SubscriberService
from customers.provisioning import ACTIVATION_STEPS, ProvisioningError, Request, adapter
from orders import services as order_services
from orders.models import Order

BROADBAND_MARK = "broadband"


class ActivationRefused(Exception):
    """Retry or cancel asked of a job that is not in a state for it; str() is for the user."""


def retry_delay(attempts: int) -> float:
    return min(settings.ACTIVATION_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), 3600)


def _plan(order):
    line = order.lines.filter(plan__isnull=False).select_related("plan").first()
    return line.plan if line else None


def _starter(order) -> User:
    """Who started the activation: the job finishes the order on their behalf."""
    action = order.actions.filter(kind="start_activation").order_by("-created_at", "-pk").first()
    return action.actor if action else order.created_by


@transaction.atomic
def activation_job_create(*, order_id: int) -> ActivationJob:
    """The order's job, created with its steps the first time; a failed job is set running again from
    the step that failed (the order was moved back to "Activation" by staff retrying it)."""
    job, created = ActivationJob.objects.select_for_update().get_or_create(order_id=order_id)
    if created:
        ActivationStep.objects.bulk_create(
            ActivationStep(job=job, position=i, name=name) for i, name in enumerate(ACTIVATION_STEPS)
        )
    elif job.status == ActivationJob.Status.FAILED:
        job.steps.exclude(status=ActivationStep.Status.DONE).update(status=ActivationStep.Status.PENDING, attempts=0)
        job.status, job.error, job.finished_at = ActivationJob.Status.RUNNING, "", None
        job._change_reason = "retried"
        job.save(update_fields=["status", "error", "finished_at"])
    return job


def activation_start(order_id: int) -> None:
    """Registered with orders.hooks: called after the order's move to "Activation" commits (its first
    time, or when staff retry a failed activation)."""
    from customers.tasks import activation_run

    # A start that arrives late (its transaction committed after the order moved on: failed, confirmed
    # by hand, cancelled) neither creates a job nor sets a failed one running again.
    if not Order.objects.filter(pk=order_id, status=Order.Status.ACTIVATION).exists():
        return
    job = activation_job_create(order_id=order_id)
    if job.status == ActivationJob.Status.RUNNING:
        transaction.on_commit(lambda: activation_run.delay(job.pk))


def _payload(job: ActivationJob, done: dict) -> dict:
    order = job.order
    plan = _plan(order)
    return {
        "order": order.number,
        "customer": order.customer.number,
        "plan": plan.technical_name if plan else "",
        "broadband": bool(plan and BROADBAND_MARK in plan.technical_name),
        **{key: value for result in done.values() for key, value in result.items()},
    }


def activation_continue(*, job_id: int) -> float | None:
    """Run the job's remaining steps. Returns None when it is over (done or failed), or the
    seconds to wait before retrying a step that failed for a passing reason."""
    job = ActivationJob.objects.select_related("order__customer").get(pk=job_id)
    if job.status != ActivationJob.Status.RUNNING:
        return None
    steps = list(job.steps.all())
    done = {step.name: step.result for step in steps if step.status == ActivationStep.Status.DONE}
    for step in steps:
        if step.status == ActivationStep.Status.DONE:
            continue
        step.status, step.started_at, step.attempts = ActivationStep.Status.RUNNING, timezone.now(), step.attempts + 1
        step.save(update_fields=["status", "started_at", "attempts"])
        try:
            result = adapter().call(Request(job_id=job.pk, step=step.name, payload=_payload(job, done)))
        except ProvisioningError as error:
            step.status, step.error, step.finished_at = ActivationStep.Status.FAILED, str(error), timezone.now()
            step.save(update_fields=["status", "error", "finished_at"])
            if error.transient and step.attempts < settings.ACTIVATION_MAX_ATTEMPTS:
                return retry_delay(step.attempts)
            _fail(job, reason=f"{step.name}: {error}")
            return None
        step.status, step.result, step.error, step.finished_at = ActivationStep.Status.DONE, result, "", timezone.now()
        step.save(update_fields=["status", "result", "error", "finished_at"])
        done[step.name] = result
    _succeed(job, done)
    return None


def stalled_jobs() -> list[int]:
    cutoff = timezone.now() - timedelta(seconds=settings.ACTIVATION_STALL_SECONDS)
    stalled = Q(steps__status=ActivationStep.Status.RUNNING, steps__started_at__lt=cutoff) | Q(
        created_at__lt=cutoff, steps__position=0, steps__status=ActivationStep.Status.PENDING
    )
    return list(
        ActivationJob.objects.filter(stalled, status=ActivationJob.Status.RUNNING)
        .values_list("pk", flat=True)
        .distinct()
    )


@transaction.atomic
def _fail(job: ActivationJob, *, reason: str) -> None:
    """Retries ran out: the job and the order say "activation failed" with the reason; the customer is told."""
    job = ActivationJob.objects.select_for_update().select_related("order").get(pk=job.pk)
    job.status, job.error, job.finished_at = ActivationJob.Status.FAILED, reason, timezone.now()
    job._change_reason = f"failed: {reason}"[:100]
    job.save(update_fields=["status", "error", "finished_at"])
    # Staff may have cancelled or confirmed the order by hand meanwhile: then it stays where they put it.
    with suppress(WorkflowError):
        order_services.order_activation_fail(order=job.order, by=_starter(job.order), reason=reason)
    notices.activation_failed(job.order)


@transaction.atomic
def _succeed(job: ActivationJob, done: dict) -> None:
    job = ActivationJob.objects.select_for_update().select_related("order__customer").get(pk=job.pk)
    if job.status != ActivationJob.Status.RUNNING:
        return
    order = job.order
    sim = done.get("bind_sim", {})
    service, _created = SubscriberService.objects.get_or_create(
        order=order,
        defaults={
            "customer": order.customer,
            "phone_number": done["reserve_number"]["phone_number"],
            "plan": _plan(order),
            "contract_number": order.number,
            "contract_date": timezone.localdate(),
            "iccid": sim.get("iccid", ""),
            "imsi": sim.get("imsi", ""),
            "pin": sim.get("pin", ""),
            "puk": sim.get("puk", ""),
            "hlr": sim.get("hlr", ""),
            "ip_address": done.get("assign_ip", {}).get("ip_address"),
        },
    )
    job.status, job.error, job.finished_at = ActivationJob.Status.SUCCEEDED, "", timezone.now()
    job._change_reason = "succeeded"
    job.save(update_fields=["status", "error", "finished_at"])
    notices.service_welcome(service)
    by = _starter(order)
    # Staff may have confirmed the activation by hand meanwhile; and the starter may not complete orders
    # (or payment is still due): then it waits, activated, for someone who may.
    with suppress(WorkflowError):
        order = order_services.order_move(order=order, by=by, move="confirm_activation")
    with suppress(WorkflowError):
        order_services.order_move(order=order, by=by, move="complete")


@transaction.atomic
def activation_retry(*, job: ActivationJob, by: User) -> ActivationJob:
    """Staff retry a failed job from the step that failed: the order goes back to "Activation"
    (its workflow checks the permission), which restarts the job once that commits."""
    job = ActivationJob.objects.select_for_update().select_related("order").get(pk=job.pk)
    if job.status != ActivationJob.Status.FAILED:
        raise ActivationRefused(_("Only a failed activation can be retried."))
    if job.order.status == job.order.Status.ACTIVATION:
        # A job that failed before orders had "Activation failed": its order still says "Activation".
        if not by.has_perm("orders.activate_order"):
            raise ActivationRefused(_("You may not do this."))
        activation_start(job.order_id)
        return job
    try:
        order_services.order_move(order=job.order, by=by, move="retry_activation")
    except WorkflowError as error:
        raise ActivationRefused(str(error)) from error
    return job


@transaction.atomic
def activation_cancel(*, job: ActivationJob, by: User, reason: str) -> ActivationJob:
    """Staff give up on a failed job: the order is cancelled with the reason, which releases what the
    job was assigned (`activation_release`)."""
    if not reason.strip():
        raise ActivationRefused(_("Say why the activation is cancelled."))
    job = ActivationJob.objects.select_for_update().select_related("order").get(pk=job.pk)
    if job.status != ActivationJob.Status.FAILED:
        raise ActivationRefused(_("Only a failed activation can be cancelled."))
    try:
        order_services.order_cancel(order=job.order, by=by, reason=reason)
    except WorkflowError as error:
        raise ActivationRefused(str(error)) from error
    job.refresh_from_db()
    return job


# Each activation step and the step that undoes it (customers.provisioning.DISCONNECTION_STEPS).
RELEASE_STEPS = {
    "enable_plan": "disable_plan",
    "assign_ip": "release_ip",
    "bind_sim": "unbind_sim",
    "reserve_number": "release_number",
}


def activation_release(order) -> None:
    """Registered with orders.hooks as a releaser: inside the transaction that cancels or rejects an
    order, give back what its failed activation was assigned (the reverse steps, recorded in the step
    log), and mark the job cancelled. A refusal from the network refuses the cancellation."""
    job = ActivationJob.objects.select_for_update().filter(order=order).first()
    if job is None or job.status != ActivationJob.Status.FAILED:
        return
    steps = list(job.steps.all())
    done = {step.name: step.result for step in steps if step.status == ActivationStep.Status.DONE}
    payload = _payload(job, done)
    position = max(step.position for step in steps) + 1
    for name in reversed(ACTIVATION_STEPS):
        if name not in done or name not in RELEASE_STEPS:
            continue
        started = timezone.now()
        try:
            result = adapter().call(Request(job_id=job.pk, step=RELEASE_STEPS[name], payload=payload))
        except ProvisioningError as error:
            raise WorkflowError(
                _("The network did not release what the activation was assigned: %(error)s") % {"error": error}
            ) from error
        ActivationStep.objects.update_or_create(
            job=job,
            name=RELEASE_STEPS[name],
            defaults={
                "position": position,
                "status": ActivationStep.Status.DONE,
                "attempts": 1,
                "started_at": started,
                "finished_at": timezone.now(),
                "result": result,
                "error": "",
            },
        )
        position += 1
    job.status, job.finished_at = ActivationJob.Status.CANCELLED, timezone.now()
    job._change_reason = "cancelled with the order"
    job.save(update_fields=["status", "finished_at"])
