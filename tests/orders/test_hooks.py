"""Where the activation and inventory apps will plug in: called at the right moment, and orders works without them."""

import pytest

from core.workflow import WorkflowError
from orders import hooks, services
from orders.models import Order
from tests.orders.conftest import make_order

S = Order.Status


@pytest.fixture
def registered(monkeypatch):
    monkeypatch.setattr(hooks, "activation_starters", [])
    monkeypatch.setattr(hooks, "stock_reservers", [])
    monkeypatch.setattr(hooks, "stock_releasers", [])
    calls = []
    hooks.register_activation_starter(lambda order_id: calls.append(("activate", order_id)))
    hooks.register_stock_handlers(
        reserve=lambda order: calls.append(("reserve", order.pk)),
        release=lambda order: calls.append(("release", order.pk)),
    )
    return calls


def test_activation_starts_after_commit_with_the_orders_id(
    registered, owner, sales, django_capture_on_commit_callbacks
):
    order = make_order(customer=owner.customer, created_by=sales, type=Order.Type.UPGRADE, status=S.SHIPPED)
    with django_capture_on_commit_callbacks(execute=False) as pending:
        services.order_move(order=order, by=sales, move="start_activation")
    assert registered == []
    for callback in pending:
        callback()
    assert registered == [("activate", order.pk)]


def test_submission_reserves_stock_and_cancellation_releases_it(registered, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.DRAFT)
    order = services.order_submit(order=order, by=sales)
    services.order_cancel(order=order, by=sales, reason="Changed their mind")
    assert registered == [("reserve", order.pk), ("release", order.pk)]


def test_a_failing_reservation_leaves_the_order_a_draft(monkeypatch, owner, sales):
    def sold_out(order):
        raise WorkflowError("That number has just been sold.")

    monkeypatch.setattr(hooks, "stock_reservers", [sold_out])
    order = make_order(customer=owner.customer, created_by=sales, status=S.DRAFT)
    with pytest.raises(WorkflowError, match="just been sold"):
        services.order_submit(order=order, by=sales)
    order.refresh_from_db()
    assert order.status == S.DRAFT


def test_without_an_activation_app_staff_confirm_activation_by_hand(owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, type=Order.Type.UPGRADE, status=S.ACTIVATION)
    assert services.order_move(order=order, by=sales, move="confirm_activation").status == S.ACTIVATED


def test_a_rejected_order_releases_its_stock_too(registered, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    services.order_reject(order=order, by=sales, reason="Not in our area")
    assert registered == [("release", order.pk)]
