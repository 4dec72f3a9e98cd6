"""Twenty people reserve the same numbers at the same moment, on real PostgreSQL connections:
every number ends with exactly one owner, and none is lost or taken twice."""

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models import Q

from accounts.models import User
from core.workflow import WorkflowError
from inventory import services
from inventory.models import Number, NumberAction, StockStatus
from tests.factories import StaffUserFactory
from tests.inventory.conftest import load_numbers
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
THREADS = 20


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def run_at_once(work) -> list:
    barrier = threading.Barrier(THREADS, timeout=20)

    def one(index: int):
        try:
            barrier.wait()
            return work(index)
        except WorkflowError as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(one, range(THREADS)))


def test_twenty_reserving_the_same_ten_numbers_one_wins_each(postgresql):
    users = [StaffUserFactory(role="Sales") for _ in range(THREADS)]
    numbers = load_numbers(users[0], count=10)
    ids = [n.pk for n in numbers]

    def reserve(index: int):
        user = User.objects.get(pk=users[index].pk)
        return services.stock_move(model=Number, ids=ids, move="reserve", by=user, values={"order": f"O-{index}"})

    outcomes = run_at_once(reserve)
    winners = [i for i, outcome in enumerate(outcomes) if outcome == 10]
    assert len(winners) == 1, outcomes
    assert all(isinstance(o, WorkflowError) for i, o in enumerate(outcomes) if i != winners[0])
    assert set(Number.objects.values_list("status", "reserved_for")) == {(StockStatus.RESERVED, f"O-{winners[0]}")}
    assert NumberAction.objects.filter(kind="reserve").count() == 10


def test_twenty_taking_the_next_five_get_different_numbers(postgresql):
    users = [StaffUserFactory(role="Sales") for _ in range(THREADS)]
    load_numbers(users[0], count=120)

    def take_five(index: int):
        user = User.objects.get(pk=users[index].pk)
        return services.stock_take_next(
            model=Number, count=5, move="reserve", by=user, values={"order": f"O-{index}"}, filters=Q()
        )

    outcomes = run_at_once(take_five)
    assert all(isinstance(o, list) and len(o) == 5 for o in outcomes), outcomes
    taken = [pk for outcome in outcomes for pk in outcome]
    assert len(set(taken)) == 100
    owners = Counter(Number.objects.filter(status=StockStatus.RESERVED).values_list("reserved_for", flat=True))
    assert owners == Counter({f"O-{i}": 5 for i in range(THREADS)})
    assert Number.objects.filter(status=StockStatus.AVAILABLE).count() == 20


def _sim_order(by, customer, product, chosen: str = ""):
    from orders import services as order_services
    from orders.models import Order
    from orders.services import Item

    return order_services.order_create(
        by=by,
        customer=customer,
        type=Order.Type.SIM_PURCHASE,
        items=[Item(product, 1, stock_reference=chosen)],
        delivery_method=Order.Delivery.COURIER,
        delivery_address="5 Garden road",
    )


@pytest.mark.parametrize("chosen", [False, True], ids=["next available", "the same chosen number"])
def test_two_orders_racing_for_the_last_number_one_gets_it(postgresql, chosen):
    from decimal import Decimal

    from orders.models import Order, Product
    from tests.factories import CustomerFactory

    sellers = [StaffUserFactory(role="Manager") for _ in range(2)]
    customer = CustomerFactory()
    product = Product.objects.create(name="SIM card", sku="SIM-R", kind=Product.Kind.SIM, price=Decimal("100.00"))
    last = load_numbers(sellers[0], count=1)[0]
    barrier = threading.Barrier(2, timeout=20)

    def order(index: int):
        try:
            user = User.objects.get(pk=sellers[index].pk)
            barrier.wait()
            return _sim_order(user, customer, product, last.msisdn if chosen else "")
        except WorkflowError as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(order, range(2)))
    placed = [o for o in outcomes if isinstance(o, Order)]
    assert len(placed) == 1, outcomes
    assert isinstance([o for o in outcomes if not isinstance(o, Order)][0], WorkflowError)
    assert Order.objects.count() == 1  # the loser's order is rolled back whole
    number = Number.objects.get(pk=last.pk)
    assert (number.status, number.reserved_for) == (StockStatus.RESERVED, placed[0].number)
    assert NumberAction.objects.filter(kind="order_reserve").count() == 1


def test_twenty_orders_for_five_numbers_five_are_placed(postgresql):
    from decimal import Decimal

    from orders.models import Order, Product
    from tests.factories import CustomerFactory

    sellers = [StaffUserFactory(role="Manager") for _ in range(THREADS)]
    customer = CustomerFactory()
    product = Product.objects.create(name="SIM card", sku="SIM-R", kind=Product.Kind.SIM, price=Decimal("100.00"))
    load_numbers(sellers[0], count=5)

    outcomes = run_at_once(lambda index: _sim_order(User.objects.get(pk=sellers[index].pk), customer, product))
    placed = [o for o in outcomes if isinstance(o, Order)]
    assert len(placed) == 5, outcomes
    owners = Counter(Number.objects.values_list("reserved_for", flat=True))
    assert owners == Counter({order.number: 1 for order in placed})
    assert Order.objects.count() == 5
