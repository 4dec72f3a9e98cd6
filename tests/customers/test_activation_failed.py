"""The order's "Activation failed" state: reached when the job's retries run out, left by staff
retrying or cancelling; each role may make exactly the moves its permissions allow."""

import pytest
from django.urls import reverse

from core.workflow import WorkflowError
from customers.models import ActivationJob, SimulatedFault
from orders import services as order_services
from orders.models import Order
from orders.workflow import moves_for
from tests.customers.conftest import order_in_activation
from tests.factories import StaffUserFactory

S = Order.Status


@pytest.fixture(autouse=True)
def _fast_retries(settings):
    settings.ACTIVATION_MAX_ATTEMPTS = 2
    settings.ACTIVATION_RETRY_BASE_SECONDS = 0


@pytest.fixture
def failed(owner, sales, plan, django_capture_on_commit_callbacks):
    """An order whose activation failed (the network refuses "bind_sim" twice)."""
    SimulatedFault.objects.create(step="bind_sim", remaining=2)
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    with django_capture_on_commit_callbacks(execute=True):
        order_services.order_move(order=order, by=sales, move="start_activation")
    order.refresh_from_db()
    assert order.status == S.ACTIVATION_FAILED
    return order


def role(name):
    return StaffUserFactory(role=name)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("Manager", True), ("Sales", True), ("Technician", True), ("Support agent", False), ("Finance", False)],
)
def test_retry_activation_per_staff_role(failed, who, allowed, django_capture_on_commit_callbacks):
    user = role(who)
    if not allowed:
        with pytest.raises(WorkflowError):
            order_services.order_move(order=failed, by=user, move="retry_activation")
        failed.refresh_from_db()
        assert failed.status == S.ACTIVATION_FAILED
        assert ActivationJob.objects.get(order=failed).status == ActivationJob.Status.FAILED
        return
    with django_capture_on_commit_callbacks(execute=True):
        order_services.order_move(order=failed, by=user, move="retry_activation")
    failed.refresh_from_db()
    assert ActivationJob.objects.get(order=failed).status == ActivationJob.Status.SUCCEEDED
    assert failed.status in (S.ACTIVATED, S.COMPLETED)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("Manager", True), ("Sales", True), ("Technician", False), ("Support agent", False), ("Finance", False)],
)
def test_cancel_after_failed_activation_per_staff_role(failed, who, allowed):
    user = role(who)
    if not allowed:
        with pytest.raises(WorkflowError):
            order_services.order_move(order=failed, by=user, move="cancel", values={"comment": "No coverage"})
        failed.refresh_from_db()
        assert failed.status == S.ACTIVATION_FAILED
        return
    order_services.order_move(order=failed, by=user, move="cancel", values={"comment": "No coverage"})
    failed.refresh_from_db()
    assert failed.status == S.CANCELLED
    assert ActivationJob.objects.get(order=failed).status == ActivationJob.Status.CANCELLED


def test_the_customer_may_neither_retry_nor_cancel_nor_fail_it(failed, owner, sales):
    for move, values in (("retry_activation", {}), ("cancel", {"comment": "Too slow"})):
        with pytest.raises(WorkflowError):
            order_services.order_move(order=failed, by=owner, move=move, values=values)
    # Failing an activation is the job's move, never a button nor a posted move, whoever asks.
    for user in (owner, sales):
        with pytest.raises(WorkflowError):
            order_services.order_move(order=failed, by=user, move="fail_activation", values={"comment": "x"})
    failed.refresh_from_db()
    assert failed.status == S.ACTIVATION_FAILED


def test_staff_page_offers_retry_and_cancel(client, failed, sales):
    names = [transition.name for _flow, transition in moves_for(failed, sales)]
    assert "retry_activation" in names and "cancel" in names and "fail_activation" not in names
    client.force_login(sales)
    page = client.get(reverse("orders_staff:detail", args=[failed.pk])).content.decode()
    assert "Activation failed" in page
    assert "simulated failure at bind_sim" in page  # the reason, on the staff timeline


def test_the_customer_sees_a_customer_worded_stage_and_not_the_technical_reason(client, failed, owner):
    client.force_login(owner)
    page = client.get(reverse("orders_portal:detail", args=[failed.pk])).content.decode()
    assert "our staff are on it" in page
    assert "bind_sim" not in page


def test_the_customer_is_told_the_activation_failed(failed):
    from notifications.models import OutboxMessage

    assert OutboxMessage.objects.filter(event="activation_failed", context__order_number=failed.number).exists()


def test_retry_and_cancel_from_the_failed_queue_through_http(client, failed, sales):
    client.force_login(sales)
    job = ActivationJob.objects.get(order=failed)
    response = client.post(reverse("customers_staff:job_cancel", args=[job.pk]), {"reason": ""}, follow=True)
    assert "Say why" in response.content.decode()
    failed.refresh_from_db()
    assert failed.status == S.ACTIVATION_FAILED
    client.post(reverse("customers_staff:job_cancel", args=[job.pk]), {"reason": "No coverage"})
    failed.refresh_from_db()
    assert failed.status == S.CANCELLED
