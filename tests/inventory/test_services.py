"""Loading ranges, bulk allocation and its refusals: a refused bulk move changes nothing."""

import pytest
from django.db.models import Q

from core.workflow import WorkflowError
from inventory import services
from inventory.models import Number, NumberAction, StockStatus
from notifications.models import OutboxMessage
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db


def test_a_range_loads_available_numbers_with_history(stock_manager):
    assert services.number_range_create(prefix="7916", first="0000100", last="0000109", by=stock_manager) == 10
    number = Number.objects.get(msisdn="79160000105")
    assert number.status == StockStatus.AVAILABLE
    assert number.msisdn_reversed == "50100006197"
    assert number.history.get().history_user == stock_manager


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [("0009", "0001", "must not be greater"), ("01", "0009", "same number of digits"), ("0a", "09", "digits only")],
)
def test_a_bad_range_is_refused_and_loads_nothing(stock_manager, first, last, message):
    with pytest.raises(WorkflowError, match=message):
        services.number_range_create(prefix="79160", first=first, last=last, by=stock_manager)
    assert not Number.objects.exists()


def test_a_range_overlapping_the_stock_is_refused_whole(stock_manager):
    services.number_range_create(prefix="7916", first="0000100", last="0000109", by=stock_manager)
    with pytest.raises(WorkflowError, match="79160000105"):
        services.number_range_create(prefix="7916", first="0000105", last="0000120", by=stock_manager)
    assert Number.objects.count() == 10


def test_a_shorter_number_between_the_bounds_is_no_overlap(stock_manager):
    services.number_range_create(prefix="7916", first="00001", last="00001", by=stock_manager)  # 9 digits
    assert services.number_range_create(prefix="7916", first="0000000", last="0000999", by=stock_manager) == 1000


def test_bulk_allocation_moves_all_and_tells_the_channel(tree, stock_manager, north_partner):
    numbers = load_numbers(stock_manager, count=5)
    count = services.stock_move(
        model=Number, ids=[n.pk for n in numbers], move="allocate", by=stock_manager, values={"channel": tree["north"]}
    )
    assert count == 5
    assert set(Number.objects.values_list("status", "channel")) == {(StockStatus.ALLOCATED, tree["north"].pk)}
    assert NumberAction.objects.filter(kind="allocate", to_status="allocated").count() == 5
    assert Number.objects.get(pk=numbers[0].pk).history.first().history_change_reason == "allocate"
    message = OutboxMessage.objects.get(event="stock_allocated")
    assert message.user == north_partner
    assert message.context["count"] == "5"


def test_allocating_a_sold_number_refuses_the_whole_batch(tree, stock_manager):
    numbers = load_numbers(stock_manager, count=3)
    Number.objects.filter(pk=numbers[1].pk).update(status=StockStatus.SOLD)
    with pytest.raises(WorkflowError, match=numbers[1].msisdn):
        services.stock_move(
            model=Number,
            ids=[n.pk for n in numbers],
            move="allocate",
            by=stock_manager,
            values={"channel": tree["north"]},
        )
    assert not Number.objects.filter(channel__isnull=False).exists()
    assert not NumberAction.objects.exists()


def test_allocation_needs_a_channel_or_a_customer(tree, stock_manager):
    number = load_numbers(stock_manager, count=1)[0]
    with pytest.raises(WorkflowError, match="channel or a customer"):
        services.stock_move(model=Number, ids=[number.pk], move="allocate", by=stock_manager, values={})


def test_next_available_takes_the_lowest_matching_numbers(tree, stock_manager):
    numbers = load_numbers(stock_manager, count=10)
    Number.objects.filter(pk=numbers[0].pk).update(status=StockStatus.SOLD)
    ids = services.stock_take_next(
        model=Number, count=3, move="allocate", by=stock_manager, values={"channel": tree["north"]}, filters=Q()
    )
    assert ids == [n.pk for n in numbers[1:4]]


def test_next_available_refuses_when_too_few_are_left(tree, stock_manager):
    load_numbers(stock_manager, count=2)
    with pytest.raises(WorkflowError, match="Only 2"):
        services.stock_take_next(
            model=Number, count=3, move="allocate", by=stock_manager, values={"channel": tree["north"]}
        )
    assert not Number.objects.filter(status=StockStatus.ALLOCATED).exists()


def test_an_expired_reservation_goes_back_where_it_came_from(tree, stock_manager):
    free, held = load_numbers(stock_manager, count=2)
    services.stock_move(
        model=Number, ids=[held.pk], move="allocate", by=stock_manager, values={"channel": tree["north"]}
    )
    services.stock_move(model=Number, ids=[free.pk, held.pk], move="reserve", by=stock_manager, values={"order": "O-1"})
    Number.objects.update(reserved_until="2000-01-01T00:00:00Z")
    assert services.release_expired_reservations() == 2
    free.refresh_from_db()
    held.refresh_from_db()
    assert (free.status, free.reserved_for) == (StockStatus.AVAILABLE, "")
    assert (held.status, held.channel) == (StockStatus.ALLOCATED, tree["north"])


def test_reserving_needs_an_order(stock_manager):
    number = load_numbers(stock_manager, count=1)[0]
    with pytest.raises(WorkflowError, match="Name the order"):
        services.stock_move(model=Number, ids=[number.pk], move="reserve", by=stock_manager, values={})


def test_next_available_costs_the_same_queries_for_3_or_60_and_records_each_row(tree, stock_manager):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    load_numbers(stock_manager, count=80)

    def take(count: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            services.stock_take_next(
                model=Number, count=count, move="allocate", by=stock_manager, values={"channel": tree["north"]}
            )
        return len(queries)

    take(1)  # the first move reads the user's permissions once
    assert take(3) == take(60) <= 6
    moved = Number.objects.filter(status=StockStatus.ALLOCATED, channel=tree["north"])
    assert moved.count() == 64
    assert NumberAction.objects.filter(kind="allocate", from_status="available", to_status="allocated").count() == 64
    assert Number.history.filter(status=StockStatus.ALLOCATED, history_change_reason="allocate").count() == 64


def test_ordering_by_path_is_tree_order_when_ids_gain_a_digit():
    from inventory.models import Channel

    nine = Channel(pk=9, name="Nine", depth=0)
    services._set_path(nine)
    child = Channel(pk=12, name="Child of nine", parent=nine)
    services._set_path(child)
    ten = Channel(pk=10, name="Ten", depth=0)
    services._set_path(ten)
    assert [c.name for c in sorted([ten, child, nine], key=lambda c: c.path)] == ["Nine", "Child of nine", "Ten"]


def test_a_channel_too_deep_for_its_path_is_refused_and_nothing_is_saved(stock_manager):
    from inventory.models import Channel

    parent = None
    with pytest.raises(WorkflowError, match="that deep"):
        for depth in range(30):
            parent = services.channel_create(name=f"Level {depth}", kind="shop", parent=parent, by=stock_manager)
    assert Channel.objects.count() == 23
    assert all(len(path) <= 255 for path in Channel.objects.values_list("path", flat=True))
