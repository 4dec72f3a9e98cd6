"""Two people act on the same order or the same slot at the same moment, on two real
PostgreSQL connections: the row locks let exactly one win, and the other is told why."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from accounts.models import User
from core.workflow import WorkflowError
from orders import notices, services
from orders.models import InstallationSlot, Order, OrderAction
from tests.factories import CustomerUserFactory, StaffUserFactory
from tests.orders.conftest import make_order, make_slot
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
S = Order.Status


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need two real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


@pytest.fixture
def slow_commit(monkeypatch):
    """Hold each move's transaction open a little, so the second person really arrives while the first is inside."""
    tell = notices.tell_customer

    def slow_tell(*args, **kwargs):
        tell(*args, **kwargs)
        threading.Event().wait(0.3)

    monkeypatch.setattr(notices, "tell_customer", slow_tell)


def _at_once(calls):
    barrier = threading.Barrier(len(calls), timeout=10)

    def run(call):
        try:
            barrier.wait()
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(run, call) for call in calls]
    return [future.exception(timeout=30) or future.result() for future in futures]


def test_one_approves_while_another_rejects_one_wins_the_other_is_told(postgresql, slow_commit, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    colleague = StaffUserFactory(username="mia", role="Sales")

    def approve():
        return services.order_move(
            order=Order.objects.get(pk=order.pk), by=User.objects.get(pk=sales.pk), move="approve"
        )

    def reject():
        stale = Order.objects.get(pk=order.pk)
        return services.order_reject(order=stale, by=User.objects.get(pk=colleague.pk), reason="Out of area")

    outcomes = _at_once([approve, reject])
    won = [o for o in outcomes if isinstance(o, Order)]
    refused = [o for o in outcomes if isinstance(o, WorkflowError)]
    assert len(won) == 1 and len(refused) == 1, outcomes
    order.refresh_from_db()
    assert order.status == won[0].status
    assert "is not possible in the status" in str(refused[0])
    assert OrderAction.objects.filter(order=order, kind__in=["approve", "reject"]).count() == 1


def test_two_staff_cancel_at_once_one_cancellation_is_recorded(postgresql, slow_commit, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED)
    colleague = StaffUserFactory(username="mia", role="Sales")

    def cancel(user_pk):
        def call():
            stale = Order.objects.get(pk=order.pk)
            return services.order_cancel(order=stale, by=User.objects.get(pk=user_pk), reason="Customer called")

        return call

    outcomes = _at_once([cancel(sales.pk), cancel(colleague.pk)])
    assert sorted(type(o).__name__ for o in outcomes) == ["Order", "WorkflowError"], outcomes
    assert OrderAction.objects.filter(order=order, kind="cancel").count() == 1
    assert OrderAction.objects.filter(order=order, kind="waive_payment").count() == 1


def test_two_staff_approve_at_once_one_approval_is_recorded(postgresql, slow_commit, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.UNDER_REVIEW)

    def approve():
        return services.order_move(
            order=Order.objects.get(pk=order.pk), by=User.objects.get(pk=sales.pk), move="approve"
        )

    outcomes = _at_once([approve, approve])
    assert sorted(type(o).__name__ for o in outcomes) == ["Order", "WorkflowError"], outcomes
    assert OrderAction.objects.filter(order=order, kind="approve").count() == 1


def test_two_customers_book_the_last_slot_at_once_one_gets_it(
    postgresql, slow_commit, owner, sales, branch, technician
):
    other = CustomerUserFactory(username="dora")
    first = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED, branch=branch)
    second = make_order(customer=other.customer, created_by=sales, status=S.APPROVED, branch=branch)
    last = make_slot(branch=branch, technician=technician)

    def book(order_pk, user_pk):
        def call():
            return services.order_move(
                order=Order.objects.get(pk=order_pk),
                by=User.objects.get(pk=user_pk),
                move="schedule",
                values={"slot": InstallationSlot.objects.get(pk=last.pk)},
            )

        return call

    outcomes = _at_once([book(first.pk, owner.pk), book(second.pk, other.pk)])
    won = [o for o in outcomes if isinstance(o, Order)]
    refused = [o for o in outcomes if isinstance(o, WorkflowError)]
    assert len(won) == 1 and len(refused) == 1, outcomes
    assert "just been taken" in str(refused[0])
    last.refresh_from_db()
    assert last.order_id == won[0].pk
    loser = second if won[0].pk == first.pk else first
    loser.refresh_from_db()
    assert loser.status == S.APPROVED
