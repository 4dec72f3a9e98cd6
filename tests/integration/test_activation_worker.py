"""Activation with a real Celery worker on Redis and PostgreSQL, against the simulated network."""

import pytest
from django.db import transaction

from customers.models import ActivationJob, IpAddress, SimulatedFault, SimulatedResource
from customers.tasks import activation_sweep
from orders import services as order_services
from orders.models import Order
from tests.customers.conftest import order_in_activation
from tests.factories import CustomerUserFactory, StaffUserFactory
from tests.notifications.live import Worker, require_postgres, require_redis, wait_until
from tests.notifications.stubs import celery_broker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
WORKER_ENV = {"ACTIVATION_RETRY_BASE_SECONDS": "0", "ACTIVATION_MAX_ATTEMPTS": "3", "ACTIVATION_STALL_SECONDS": "1"}


@pytest.fixture
def broker():
    require_postgres()
    return require_redis()


@pytest.fixture
def live(broker, tmp_path):
    with Worker(broker=broker, log_dir=tmp_path, env=WORKER_ENV) as worker, celery_broker(broker, queue=worker.queue):
        yield worker


@pytest.fixture
def world(db):
    from customers.models import IpPool
    from orders.models import TariffPlan

    pool = IpPool.objects.create(name="Integration")
    IpAddress.objects.bulk_create(IpAddress(pool=pool, address=f"10.9.0.{i}") for i in range(1, 4))
    plan = TariffPlan.objects.create(name="Home", technical_name="broadband-home", monthly_fee=500)
    sales = StaffUserFactory(role="Sales")
    customer = CustomerUserFactory().customer
    return {"plan": plan, "sales": sales, "customer": customer}


def start(world) -> Order:
    order = order_in_activation(customer=world["customer"], by=world["sales"], plan=world["plan"])
    with transaction.atomic():
        order_services.order_move(order=order, by=world["sales"], move="start_activation")
    return order


def job_status(order) -> str | None:
    job = ActivationJob.objects.filter(order=order).first()
    return job.status if job else None


def test_an_approved_order_activates_end_to_end(live, world):
    order = start(world)
    assert wait_until(lambda: job_status(order) == "succeeded", timeout=30), live.log()
    order.refresh_from_db()
    assert order.status in (Order.Status.ACTIVATED, Order.Status.COMPLETED)
    assert order.subscriber_service.ip_address.startswith("10.9.0.")


def test_a_step_failing_twice_then_succeeding_completes(live, world):
    SimulatedFault.objects.create(step="bind_sim", remaining=2)
    order = start(world)
    assert wait_until(lambda: job_status(order) == "succeeded", timeout=30), live.log()
    assert ActivationJob.objects.get(order=order).steps.get(name="bind_sim").attempts == 3


def test_a_step_always_failing_ends_in_activation_failed(live, world):
    SimulatedFault.objects.create(step="enable_plan")
    order = start(world)
    assert wait_until(lambda: job_status(order) == "failed", timeout=30), live.log()
    assert "enable_plan" in ActivationJob.objects.get(order=order).error
    order.refresh_from_db()
    assert order.status == Order.Status.ACTIVATION_FAILED


def test_a_worker_killed_mid_job_is_finished_by_the_next_with_one_number_and_one_ip(broker, world, tmp_path, settings):
    settings.ACTIVATION_STALL_SECONDS = 1
    SimulatedFault.objects.create(
        step="configure_equipment", mode=SimulatedFault.Mode.SLOW, delay_seconds=30, remaining=1
    )
    first = Worker(broker=broker, log_dir=tmp_path, env=WORKER_ENV).start()
    with celery_broker(broker, queue=first.queue):
        order = start(world)
        job = lambda: ActivationJob.objects.get(order=order)  # noqa: E731
        assert wait_until(lambda: job_status(order) is not None, timeout=30), first.log()
        running = lambda: job().steps.filter(name="configure_equipment", status="running").exists()  # noqa: E731
        assert wait_until(running, timeout=30), first.log()
        first.kill()
        second = Worker(broker=broker, log_dir=tmp_path, env=WORKER_ENV, queue=first.queue).start()
        try:
            wait_until(lambda: False, timeout=1.5)  # older than ACTIVATION_STALL_SECONDS
            assert activation_sweep() == 1
            assert wait_until(lambda: job_status(order) == "succeeded", timeout=40), second.log()
        finally:
            second.stop()
    assert IpAddress.objects.filter(job__isnull=False).count() == 1
    assert SimulatedResource.objects.filter(step="reserve_number").count() == 1
    assert job().steps.get(name="reserve_number").attempts == 1
