"""Every step tells the customer through the outbox."""

import pytest

from core.workflow import WorkflowError
from customers import services
from customers.activation import activation_continue, activation_job_create
from customers.models import SimulatedFault
from notifications.models import OutboxMessage
from orders import services as order_services
from tests.customers.conftest import make_service, order_in_activation


def events():
    return sorted(OutboxMessage.objects.values_list("event", "channel"))


def test_a_suspended_service_tells_the_account(owner, plan, manager):
    service = make_service(customer=owner.customer, plan=plan)
    services.SERVICE_FLOW.run(service, "suspend", by=manager, values={"comment": "Lost phone"})
    message = OutboxMessage.objects.get(event="service_status_changed")
    assert message.context["comment"] == "Lost phone"


def test_a_successful_activation_welcomes_by_email_and_sms(owner, sales, plan, settings):
    owner.phone = "+79001112233"
    owner.save()
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    order_services.order_move(order=order, by=sales, move="start_activation")
    activation_continue(job_id=activation_job_create(order_id=order.pk).pk)
    assert ("service_welcome", "email") in events() and ("service_welcome", "sms") in events()


def test_a_failed_activation_tells_the_customer(owner, sales, plan, settings):
    settings.ACTIVATION_MAX_ATTEMPTS = 1
    SimulatedFault.objects.create(step="bind_sim")
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    order_services.order_move(order=order, by=sales, move="start_activation")
    activation_continue(job_id=activation_job_create(order_id=order.pk).pk)
    assert OutboxMessage.objects.filter(event="activation_failed").exists()


def test_suspending_an_account_needs_a_reason_and_tells_its_users(owner, manager):
    with pytest.raises(WorkflowError, match="Say why"):
        services.customer_suspend(customer=owner.customer, reason="  ", by=manager)
    assert not OutboxMessage.objects.exists()
    services.customer_suspend(customer=owner.customer, reason="Unpaid invoices", by=manager)
    services.customer_reactivate(customer=owner.customer, reason="Paid", by=manager)
    assert [m.context["comment"] for m in OutboxMessage.objects.order_by("pk")] == ["Unpaid invoices", "Paid"]
    with pytest.raises(WorkflowError, match="already active"):
        services.customer_reactivate(customer=owner.customer, reason="again", by=manager)


def test_agents_may_not_suspend_accounts(owner, agent):
    with pytest.raises(WorkflowError):
        services.customer_suspend(customer=owner.customer, reason="x", by=agent)
