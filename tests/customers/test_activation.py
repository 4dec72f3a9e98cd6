"""Activation: an order in "Activation" is provisioned step by step, retried, failed and retried by staff."""

import pytest

from customers import activation
from customers.activation import ActivationRefused
from customers.models import ActivationJob, ActivationStep, IpAddress, SimulatedFault, SimulatedResource
from customers.provisioning import ACTIVATION_STEPS
from orders import services as order_services
from orders.models import Order
from tests.customers.conftest import order_in_activation

S = Order.Status


@pytest.fixture(autouse=True)
def _fast_retries(settings):
    settings.ACTIVATION_MAX_ATTEMPTS = 3
    settings.ACTIVATION_RETRY_BASE_SECONDS = 0


def start(order, by, capture):
    with capture(execute=True):
        order_services.order_move(order=order, by=by, move="start_activation")
    return ActivationJob.objects.get(order=order)


def test_an_order_in_activation_gets_its_service(owner, sales, broadband, pool, django_capture_on_commit_callbacks):
    order = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    job = start(order, sales, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    order.refresh_from_db()
    assert job.status == ActivationJob.Status.SUCCEEDED
    assert [s.status for s in job.steps.all()] == [ActivationStep.Status.DONE] * len(ACTIVATION_STEPS)
    assert order.status in (S.ACTIVATED, S.COMPLETED)
    service = order.subscriber_service
    assert service.customer == owner.customer
    assert service.plan == broadband
    assert service.phone_number.startswith("+7900")
    assert service.iccid and service.pin and service.puk
    assert IpAddress.objects.get(job=job).address == service.ip_address


def test_a_step_that_fails_twice_then_succeeds_completes(owner, sales, plan, django_capture_on_commit_callbacks):
    SimulatedFault.objects.create(step="configure_equipment", remaining=2)
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = start(order, sales, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.SUCCEEDED
    assert job.steps.get(name="configure_equipment").attempts == 3


def test_a_step_that_always_fails_ends_in_activation_failed(owner, sales, plan, django_capture_on_commit_callbacks):
    SimulatedFault.objects.create(step="enable_plan")
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = start(order, sales, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    order.refresh_from_db()
    assert job.status == ActivationJob.Status.FAILED
    assert "enable_plan" in job.error
    assert job.steps.get(name="enable_plan").attempts == 3
    assert order.status == S.ACTIVATION_FAILED
    # The technical reason is the staff's (timeline note), not the order's reason the customer reads.
    assert "enable_plan" in order.actions.get(to_status=S.ACTIVATION_FAILED).comment
    assert order.reason == ""
    assert not hasattr(order, "subscriber_service") or order.subscriber_service is None


def test_a_job_continued_after_a_crash_assigns_one_number_and_one_address(owner, sales, broadband, pool):
    order = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    order_services.order_move(order=order, by=sales, move="start_activation")
    job = activation.activation_job_create(order_id=order.pk)
    # The worker died after the network answered "assign_ip" but before the step was recorded as done.
    SimulatedFault.objects.create(step="enable_plan", mode=SimulatedFault.Mode.FAIL, remaining=1)
    activation.activation_continue(job_id=job.pk)
    job.steps.filter(name="assign_ip").update(status=ActivationStep.Status.RUNNING, result={})
    activation.activation_continue(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.SUCCEEDED
    assert IpAddress.objects.filter(job__isnull=False).count() == 1
    assert SimulatedResource.objects.filter(job_id=job.pk, step="reserve_number").count() == 1
    assert order.__class__.objects.get(pk=order.pk).subscriber_service.ip_address == "10.0.0.1"


def test_staff_retry_a_failed_activation_from_the_failed_step(owner, sales, plan, django_capture_on_commit_callbacks):
    SimulatedFault.objects.create(step="bind_sim", remaining=3)
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = start(order, sales, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        activation.activation_retry(job=job, by=sales)
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.SUCCEEDED
    assert job.steps.get(name="reserve_number").attempts == 1


def test_cancelling_a_failed_activation_cancels_the_order_and_releases_the_number_and_ip(
    owner, sales, broadband, pool, django_capture_on_commit_callbacks
):
    SimulatedFault.objects.create(step="enable_plan")
    order = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    job = start(order, sales, django_capture_on_commit_callbacks)
    assert IpAddress.objects.filter(job=job).exists()
    with pytest.raises(ActivationRefused, match="Say why"):
        activation.activation_cancel(job=job, by=sales, reason=" ")
    activation.activation_cancel(job=job, by=sales, reason="No coverage at the address")
    job.refresh_from_db()
    order.refresh_from_db()
    assert (job.status, order.status, order.reason) == (
        ActivationJob.Status.CANCELLED,
        S.CANCELLED,
        "No coverage at the address",
    )
    assert not IpAddress.objects.filter(job__isnull=False).exists()
    released = {step.name: step.result for step in job.steps.filter(name__in=["release_ip", "release_number"])}
    assert released["release_ip"] == {"released": "10.0.0.1"}
    assert released["release_number"]["released"].startswith("+7900")
    # The freed address goes to the next activation.
    other = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    SimulatedFault.objects.all().delete()
    start(other, sales, django_capture_on_commit_callbacks)
    other.refresh_from_db()
    assert other.subscriber_service.ip_address == "10.0.0.1"


def test_cancelling_an_order_whose_activation_failed_from_the_order_page_releases_too(
    owner, sales, broadband, pool, django_capture_on_commit_callbacks
):
    SimulatedFault.objects.create(step="enable_plan")
    order = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    job = start(order, sales, django_capture_on_commit_callbacks)
    order_services.order_move(order=order, by=sales, move="cancel", values={"comment": "Customer changed mind"})
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.CANCELLED
    assert not IpAddress.objects.filter(job__isnull=False).exists()


def test_a_network_refusing_the_release_refuses_the_cancellation_and_changes_nothing(
    owner, sales, broadband, pool, django_capture_on_commit_callbacks
):
    SimulatedFault.objects.create(step="enable_plan")
    order = order_in_activation(customer=owner.customer, by=sales, plan=broadband)
    job = start(order, sales, django_capture_on_commit_callbacks)
    SimulatedFault.objects.create(step="release_ip")
    with pytest.raises(ActivationRefused, match="did not release"):
        activation.activation_cancel(job=job, by=sales, reason="No coverage")
    job.refresh_from_db()
    order.refresh_from_db()
    assert (job.status, order.status) == (ActivationJob.Status.FAILED, S.ACTIVATION_FAILED)
    assert IpAddress.objects.filter(job=job).exists()


def test_retry_from_the_order_page_restarts_the_job(owner, sales, plan, django_capture_on_commit_callbacks):
    SimulatedFault.objects.create(step="bind_sim", remaining=3)
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = start(order, sales, django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == S.ACTIVATION_FAILED
    with django_capture_on_commit_callbacks(execute=True):
        order_services.order_move(order=order, by=sales, move="retry_activation")
    job.refresh_from_db()
    order.refresh_from_db()
    assert job.status == ActivationJob.Status.SUCCEEDED
    assert order.status in (S.ACTIVATED, S.COMPLETED)


def test_a_running_or_finished_job_is_not_retried(owner, sales, plan, django_capture_on_commit_callbacks):
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = start(order, sales, django_capture_on_commit_callbacks)
    with pytest.raises(ActivationRefused):
        activation.activation_retry(job=job, by=sales)
    with pytest.raises(ActivationRefused):
        activation.activation_cancel(job=job, by=sales, reason="why not")
