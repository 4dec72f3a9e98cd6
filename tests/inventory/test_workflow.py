"""The stock transition table, checked move by move: every status × every move × every role,
generated from the table itself (allowed exactly when the status is a source, the role holds
the permission and the guard agrees)."""

import pytest

from core.workflow import WorkflowError
from inventory import services
from inventory.models import Number, StockStatus
from inventory.workflow import NUMBER_FLOW, ORDER_MOVES, STOCK_TRANSITIONS
from tests.factories import StaffUserFactory
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db

ROLES = ["Administrator", "Manager", "Sales", "Support agent", "Technician", "Finance"]


def values_for(move: str, tree) -> dict:
    return {
        "allocate": {"channel": tree["north"]},
        "allocate_down": {"channel": tree["north_1"]},
        "reserve": {"order": "O-000001"},
        "suspend": {"comment": "fraud"},
        "terminate": {"comment": "contract ended"},
    }.get(move, {})


def put(number: Number, status: str, tree) -> Number:
    """Place the number in `status` directly (test set-up), with a channel where the status needs one."""
    channel = tree["north"] if status in (StockStatus.ALLOCATED,) else None
    Number.objects.filter(pk=number.pk).update(status=status, channel=channel)
    number.refresh_from_db()
    return number


@pytest.mark.parametrize("role", ROLES)
def test_every_move_from_every_status_follows_the_table(role, tree, stock_manager):
    user = StaffUserFactory(role=role)
    number = load_numbers(stock_manager, count=1)[0]
    for transition in STOCK_TRANSITIONS:
        for status in StockStatus.values:
            put(number, status, tree)
            allowed = (
                status in transition.sources
                and user.has_perm(transition.permission)
                and (transition.guard is None or transition.guard(number, user) is None)
            )
            refusal = NUMBER_FLOW.refusal(number, user, transition.name)
            assert (refusal is None) == allowed, (role, transition.name, status, refusal)
            if allowed:
                moved = NUMBER_FLOW.run(number, transition.name, by=user, values=values_for(transition.name, tree))
                if transition.target is not None:
                    assert moved.status == transition.target
                assert moved.actions.filter(kind=transition.name, actor=user).exists()
                assert moved.history.first().history_change_reason.startswith(transition.name)
            else:
                with pytest.raises(WorkflowError):
                    NUMBER_FLOW.run(number, transition.name, by=user, values=values_for(transition.name, tree))
                number.refresh_from_db()
                assert number.status == status


def test_the_table_names_every_status_and_permission():
    reachable = {t.target for t in STOCK_TRANSITIONS if t.target} | {s for t in STOCK_TRANSITIONS for s in t.sources}
    assert reachable == set(StockStatus.values)
    # The order moves carry none: the order's own table decides who submits, cancels or completes.
    assert all(
        t.permission and t.permission.startswith("inventory.") for t in STOCK_TRANSITIONS if t.name not in ORDER_MOVES
    )
    assert {t.name for t in STOCK_TRANSITIONS if not t.permission} == ORDER_MOVES


def test_partner_moves_only_its_subtree_stock(tree, stock_manager, north_partner, south_partner):
    numbers = load_numbers(stock_manager, count=2)
    services.stock_move(
        model=Number, ids=[n.pk for n in numbers], move="allocate", by=stock_manager, values={"channel": tree["north"]}
    )
    for move in ("allocate", "release", "activate", "suspend", "terminate", "recycle", "restock"):
        assert NUMBER_FLOW.refusal(numbers[0], north_partner, move) is not None
    numbers[0].refresh_from_db()
    assert NUMBER_FLOW.refusal(numbers[0], north_partner, "allocate_down") is None
    assert NUMBER_FLOW.refusal(numbers[0], south_partner, "allocate_down") is not None
    with pytest.raises(WorkflowError):
        services.stock_move(
            model=Number, ids=[numbers[0].pk], move="allocate_down", by=south_partner, values={"channel": tree["south"]}
        )


def test_allocating_down_refuses_a_channel_outside_the_holders_subtree(tree, stock_manager, north_partner):
    number = load_numbers(stock_manager, count=1)[0]
    services.stock_move(
        model=Number, ids=[number.pk], move="allocate", by=stock_manager, values={"channel": tree["north"]}
    )
    for target in (tree["south"], tree["north"]):
        with pytest.raises(WorkflowError):
            services.stock_move(
                model=Number, ids=[number.pk], move="allocate_down", by=north_partner, values={"channel": target}
            )
    number.refresh_from_db()
    assert number.channel == tree["north"]
