"""Orders reserve stock (inventory.order_stock through orders.hooks): submitting reserves the
chosen or next numbers (and their paired SIM cards), cancelling or rejecting gives them back,
completing sells them to the order's customer; stock pages never offer these moves."""

from decimal import Decimal

import pytest

from core.workflow import WorkflowError
from inventory import services
from inventory.models import Number, NumberAction, Sim, StockStatus
from inventory.workflow import NUMBER_FLOW, ORDER_MOVES
from orders import services as order_services
from orders.models import Order, OrderLine, Product
from orders.services import Item
from tests.factories import StaffUserFactory
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db
S = StockStatus


@pytest.fixture
def sim_product(db):
    return Product.objects.create(name="SIM card", sku="SIM-1", kind=Product.Kind.SIM, price=Decimal("100.00"))


@pytest.fixture
def seller(db):
    return StaffUserFactory(username="sally", role="Manager")


def place(*, by, customer, product, quantity=1, chosen="", channel_code=""):
    return order_services.order_create(
        by=by,
        customer=customer,
        type=Order.Type.SIM_PURCHASE,
        items=[Item(product, quantity, stock_reference=chosen)],
        delivery_method=Order.Delivery.COURIER,
        delivery_address="5 Garden road",
        channel_code=channel_code,
    )


def test_submitting_reserves_the_next_pool_numbers_and_their_sims(seller, owner, sim_product, stock_manager):
    numbers = load_numbers(stock_manager, count=5)
    sim = services.sims_load(rows=[{"iccid": "8970100000000000018", "imsi": "250010000000001"}], by=stock_manager)[0]
    services.numbers_pair(pairs=[(numbers[0], sim)], by=stock_manager)

    order = place(by=seller, customer=owner.customer, product=sim_product, quantity=2)

    held = Number.objects.filter(reserved_for=order.number).order_by("msisdn")
    assert [n.msisdn for n in held] == [numbers[0].msisdn, numbers[1].msisdn]
    assert {n.status for n in held} == {S.RESERVED}
    assert all(n.reserved_until is None for n in held)  # held while the order is open, never expires
    assert Sim.objects.get(pk=sim.pk).status == S.RESERVED
    line = OrderLine.objects.get(order=order)
    assert line.stock_reference == f"{numbers[0].msisdn}, {numbers[1].msisdn}"
    assert NumberAction.objects.filter(kind="order_reserve", actor=seller).count() == 2


def test_a_chosen_number_is_the_one_reserved(seller, owner, sim_product, stock_manager):
    numbers = load_numbers(stock_manager, count=5)
    order = place(by=seller, customer=owner.customer, product=sim_product, chosen=numbers[3].msisdn)
    assert Number.objects.get(pk=numbers[3].pk).reserved_for == order.number
    assert Number.objects.filter(status=S.RESERVED).count() == 1


def test_cancelling_gives_the_numbers_back_and_completing_sells_them(seller, owner, sim_product, stock_manager):
    numbers = load_numbers(stock_manager, count=4)
    cancelled = place(by=seller, customer=owner.customer, product=sim_product, quantity=2)
    order_services.order_cancel(order=cancelled, by=seller, reason="Changed their mind")
    assert set(Number.objects.values_list("status", flat=True)) == {S.AVAILABLE}
    assert NumberAction.objects.filter(kind="order_release", actor=seller).count() == 2

    sold = place(by=seller, customer=owner.customer, product=sim_product, chosen=numbers[2].msisdn)
    for move in ("approve", "ship", "start_activation", "confirm_activation", "complete"):
        sold = order_services.order_move(order=sold, by=seller, move=move, values={"tracking_reference": "T-1"})
    number = Number.objects.get(pk=numbers[2].pk)
    assert (number.status, number.customer_id, number.reserved_for) == (S.SOLD, owner.customer.pk, sold.number)
    assert Number.objects.filter(status=S.AVAILABLE).count() == 3


def test_a_rejected_channel_order_gives_the_numbers_back_to_the_channel(
    seller, owner, sim_product, stock_manager, tree
):
    numbers = load_numbers(stock_manager, count=6)
    north = tree["north"]
    services.stock_move(
        model=Number, ids=[n.pk for n in numbers[:3]], move="allocate", by=stock_manager, values={"channel": north}
    )
    order = place(by=seller, customer=owner.customer, product=sim_product, quantity=2, channel_code=north.code)
    held = list(Number.objects.filter(reserved_for=order.number).values_list("pk", "channel"))
    assert sorted(held) == [(numbers[0].pk, north.pk), (numbers[1].pk, north.pk)]  # the channel's, not the pool's
    order_services.order_reject(order=order, by=seller, reason="No ID")
    assert Number.objects.filter(channel=north, status=S.ALLOCATED).count() == 3


def test_no_stock_left_refuses_the_order_and_saves_nothing(seller, owner, sim_product, stock_manager, tree):
    load_numbers(stock_manager, count=1)
    with pytest.raises(WorkflowError, match="Not enough numbers"):
        place(by=seller, customer=owner.customer, product=sim_product, quantity=2)
    with pytest.raises(WorkflowError, match="Not enough numbers"):  # the channel holds nothing
        place(by=seller, customer=owner.customer, product=sim_product, channel_code=tree["north"].code)
    assert Order.objects.count() == 0
    assert set(Number.objects.values_list("status", flat=True)) == {S.AVAILABLE}


def test_a_number_outside_the_orders_scope_or_taken_is_refused(seller, owner, sim_product, stock_manager, tree):
    numbers = load_numbers(stock_manager, count=4)
    services.stock_move(
        model=Number, ids=[numbers[0].pk], move="allocate", by=stock_manager, values={"channel": tree["south"]}
    )
    with pytest.raises(WorkflowError, match=numbers[0].msisdn):  # a South number on a North order
        place(
            by=seller,
            customer=owner.customer,
            product=sim_product,
            chosen=numbers[0].msisdn,
            channel_code=tree["north"].code,
        )
    place(by=seller, customer=owner.customer, product=sim_product, chosen=numbers[1].msisdn)
    with pytest.raises(WorkflowError, match="Nothing was changed"):  # already reserved by the first order
        place(by=seller, customer=owner.customer, product=sim_product, chosen=numbers[1].msisdn)
    assert Order.objects.count() == 1


def test_stock_pages_never_offer_the_order_moves(stock_manager):
    number = load_numbers(stock_manager, count=1)[0]
    assert not {t.name for t in NUMBER_FLOW.allowed(number, stock_manager)} & ORDER_MOVES
    with pytest.raises(WorkflowError):
        services.stock_move(
            model=Number, ids=[number.pk], move="order_reserve", by=stock_manager, values={"order": "X"}
        )
    with pytest.raises(WorkflowError):
        services.stock_move(
            model=Number, ids=[number.pk], move="reserve", by=stock_manager, values={"order": "X"}, for_order=True
        )


def test_without_any_number_stock_sim_orders_go_through_unreserved(seller, owner, sim_product):
    order = place(by=seller, customer=owner.customer, product=sim_product, quantity=3)
    assert order.status == Order.Status.SUBMITTED
    assert OrderLine.objects.get(order=order).stock_reference == ""
