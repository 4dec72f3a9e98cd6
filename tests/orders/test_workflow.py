"""Tests generated from the two transition tables: every move of each table, for every role,
every order type (with and without goods) and every state that type can be in.

The expectations are written out here independently of orders.workflow (the
path of each order type, and who may make each move), so a wrong table or a
wrong guard fails. A refused move raises WorkflowError with a message and
leaves the order exactly as it was."""

import pytest

from core.workflow import WorkflowError
from orders import services
from orders.models import InstallationSlot, Order, OrderAction
from orders.workflow import AUTOMATIC_MOVES, PAYMENT_FLOW, STATUS_FLOW
from tests.factories import StaffUserFactory
from tests.orders.conftest import make_order, make_slot

S, P, T = Order.Status, Order.Payment, Order.Type

PATHS = {
    (T.EQUIPMENT, True): [S.APPROVED, S.SHIPPED, S.COMPLETED],
    (T.SIM_PURCHASE, True): [S.APPROVED, S.SHIPPED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.NEW_CONNECTION, True): [S.APPROVED, S.SCHEDULED, S.SHIPPED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.NEW_CONNECTION, False): [S.APPROVED, S.SCHEDULED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.RELOCATION, True): [S.APPROVED, S.SCHEDULED, S.SHIPPED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.RELOCATION, False): [S.APPROVED, S.SCHEDULED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.UPGRADE, True): [S.APPROVED, S.SHIPPED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.UPGRADE, False): [S.APPROVED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED],
    (T.DISCONNECTION, False): [S.APPROVED, S.SCHEDULED, S.COMPLETED],
}
BEFORE_APPROVAL = [S.DRAFT, S.SUBMITTED, S.UNDER_REVIEW, S.REJECTED, S.CANCELLED]
FORWARD = {
    "schedule": S.SCHEDULED,
    "ship": S.SHIPPED,
    "start_activation": S.ACTIVATION,
    "confirm_activation": S.ACTIVATED,
    "complete": S.COMPLETED,
}
FIXED_SOURCES = {
    "submit": {S.DRAFT},
    "review": {S.SUBMITTED},
    "approve": {S.SUBMITTED, S.UNDER_REVIEW},
    "reject": {S.SUBMITTED, S.UNDER_REVIEW},
    "reschedule": {S.SCHEDULED},
    "request_reschedule": {S.SCHEDULED},
    "change_delivery": {S.DRAFT, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED, S.SCHEDULED},
    "cancel": {S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED, S.SCHEDULED, S.ACTIVATION_FAILED},
    "retry_activation": {S.ACTIVATION_FAILED},
    "fail_activation": {S.ACTIVATION},
}
SALES, TECH, FINANCE, MANAGER, SUPPORT, OWNER, OUTSIDER = (
    "sales",
    "technician",
    "finance",
    "manager",
    "support",
    "owner",
    "outsider",
)
ROLES = [SALES, TECH, FINANCE, MANAGER, SUPPORT, OWNER, OUTSIDER]
WHO = {
    "submit": {SALES, MANAGER, OWNER},
    "review": {SALES, MANAGER},
    "approve": {SALES, MANAGER},
    "reject": {SALES, MANAGER},
    "schedule": {SALES, TECH, MANAGER, OWNER},
    "reschedule": {SALES, TECH, MANAGER},
    "request_reschedule": {OWNER},
    "change_delivery": {SALES, MANAGER, OWNER},
    "ship": {SALES, MANAGER},
    "start_activation": {SALES, TECH, MANAGER},
    "confirm_activation": {SALES, TECH, MANAGER},
    "complete": {SALES, TECH, MANAGER},
    "cancel": {SALES, MANAGER, OWNER},
    "retry_activation": {SALES, TECH, MANAGER},
    # The activation job's move (orders.services.order_activation_fail), never a posted one: nobody here.
    "fail_activation": set(),
    "mark_paid": {FINANCE, MANAGER},
    "refund": {FINANCE, MANAGER},
}
OWNER_ONLY_BEFORE_APPROVAL = {"cancel": {S.SUBMITTED, S.UNDER_REVIEW}}
STATUS_MOVES = [t.name for t in STATUS_FLOW]
PAYMENT_MOVES = [t.name for t in PAYMENT_FLOW if t.name not in AUTOMATIC_MOVES]


def expected(move: str, kind: tuple, status: str, role: str) -> bool:
    path = PATHS[kind]
    if move in FORWARD:
        target = FORWARD[move]
        allowed_state = target in path and status in path and path.index(status) == path.index(target) - 1
    else:
        allowed_state = status in FIXED_SOURCES[move]
    if role == OWNER and move in OWNER_ONLY_BEFORE_APPROVAL:
        allowed_state = allowed_state and status in OWNER_ONLY_BEFORE_APPROVAL[move]
    return allowed_state and role in WHO[move]


def snapshot(order: Order) -> dict:
    order.refresh_from_db()
    fields = [f.attname for f in Order._meta.concrete_fields]
    return {name: getattr(order, name) for name in fields} | {
        "actions": OrderAction.objects.filter(order=order).count(),
        "slot": InstallationSlot.objects.filter(order=order).values_list("pk", flat=True).first(),
    }


@pytest.fixture
def people(owner, outsider, sales, technician, finance, support):
    return {
        SALES: sales,
        TECH: technician,
        FINANCE: finance,
        MANAGER: StaffUserFactory(username="mona", role="Manager"),
        SUPPORT: support,
        OWNER: owner,
        OUTSIDER: outsider,
    }


def _values(move: str, order: Order, branch, technician) -> dict:
    if move in ("schedule", "reschedule"):
        return {
            "slot": make_slot(branch=branch, technician=technician, hours_ahead=24 + InstallationSlot.objects.count())
        }
    if move in ("reject", "cancel", "request_reschedule"):
        return {"comment": "Because the test says so"}
    if move == "ship":
        return {"tracking_reference": "TRK-1"}
    if move == "change_delivery":
        return {"delivery_method": Order.Delivery.COURIER, "delivery_address": "7 New street"}
    return {}


def _place(status, kind, people, branch, technician) -> Order:
    order = make_order(
        customer=people[OWNER].customer, created_by=people[SALES], type=kind[0], status=status, has_goods=kind[1],
        branch=branch,
    )  # fmt: skip
    if status == S.SCHEDULED:
        slot = make_slot(branch=branch, technician=technician, hours_ahead=500 + order.pk)
        slot.order = order
        slot.save()
    return order


@pytest.mark.parametrize("move", STATUS_MOVES)
@pytest.mark.parametrize("kind", list(PATHS), ids=lambda kind: f"{kind[0]}-{'goods' if kind[1] else 'nogoods'}")
def test_status_moves_follow_the_table(move, kind, people, branch, technician):
    # An activated type may also sit in "Activation failed" (off the forward path).
    statuses = BEFORE_APPROVAL + PATHS[kind] + ([S.ACTIVATION_FAILED] if S.ACTIVATION in PATHS[kind] else [])
    checked = 0
    for status in statuses:
        order = _place(status, kind, people, branch, technician)
        values = _values(move, order, branch, technician)
        for role in ROLES:
            user = people[role]
            if expected(move, kind, status, role):
                moved = services.order_move(order=order, by=user, move=move, values=values)
                values = _values(move, order, branch, technician)  # a booked slot is gone
                target = FORWARD.get(move) or STATUS_FLOW[move].target
                if target is not None:
                    assert moved.status == target, (move, kind, status, role)
                assert OrderAction.objects.filter(order=order, kind=move, actor=user).exists()
                order = _place(status, kind, people, branch, technician)  # a fresh one for the next role
            else:
                before = snapshot(order)
                with pytest.raises(WorkflowError) as refused:
                    services.order_move(order=order, by=user, move=move, values=values)
                assert str(refused.value), (move, kind, status, role)
                assert snapshot(order) == before, (move, kind, status, role)
            checked += 1
    assert checked == len(statuses) * len(ROLES)


@pytest.mark.parametrize("move", PAYMENT_MOVES)
def test_payment_moves_follow_the_table(move, people, branch):
    sources = {"mark_paid": {P.PENDING}, "refund": {P.PAID, P.PARTLY_REFUNDED}}[move]
    for state in P.values:
        for role in ROLES:
            order = make_order(
                customer=people[OWNER].customer, created_by=people[SALES], status=S.APPROVED, payment_state=state
            )
            if state in sources and role in WHO[move]:
                moved = services.order_move(order=order, by=people[role], move=move)
                assert moved.payment_state == (P.PAID if move == "mark_paid" else P.REFUNDED)
                assert OrderAction.objects.get(order=order, kind=move).field == OrderAction.Field.PAYMENT
            else:
                before = snapshot(order)
                with pytest.raises(WorkflowError):
                    services.order_move(order=order, by=people[role], move=move)
                assert snapshot(order) == before


def test_every_move_of_the_tables_is_covered():
    assert set(STATUS_MOVES) | set(PAYMENT_MOVES) == set(WHO)


def test_the_activation_job_fails_an_order_in_activation_only(people, branch, technician):
    for status in (S.ACTIVATION, S.SHIPPED):
        order = _place(status, (T.UPGRADE, True), people, branch, technician)
        if status == S.ACTIVATION:
            moved = services.order_activation_fail(order=order, by=people[SALES], reason="bind_sim: HTTP 500")
            assert moved.status == S.ACTIVATION_FAILED
            assert OrderAction.objects.get(order=order, kind="fail_activation").comment == "bind_sim: HTTP 500"
        else:
            before = snapshot(order)
            with pytest.raises(WorkflowError):
                services.order_activation_fail(order=order, by=people[SALES], reason="x")
            assert snapshot(order) == before
