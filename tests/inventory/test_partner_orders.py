"""A channel partner places orders for customers from /partner/, follows them (its subtree's,
404 for anyone else's), and the statistics count orders and amounts per channel."""

from decimal import Decimal

import pytest
from django.urls import reverse

from inventory import services
from inventory.models import Number, StockStatus
from orders.models import Order, Product
from orders.services import Item, order_create
from tests.factories import CustomerFactory
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db


@pytest.fixture
def sim_product(db):
    return Product.objects.create(name="SIM card", sku="SIM-1", kind=Product.Kind.SIM, price=Decimal("100.00"))


@pytest.fixture
def customer(db):
    return CustomerFactory(name="Walk-in Wanda", phone="+74951112233")


@pytest.fixture
def stocked(stock_manager, tree):
    """North holds 5 numbers, North-1 (below it) 3, South 2."""
    numbers = load_numbers(stock_manager, count=10)
    for channel, part in ((tree["north"], numbers[:5]), (tree["north_1"], numbers[5:8]), (tree["south"], numbers[8:])):
        services.stock_move(
            model=Number, ids=[n.pk for n in part], move="allocate", by=stock_manager, values={"channel": channel}
        )
    return numbers


def _post_order(client, *, customer, product, quantity=1, numbers="", phone=None):
    return client.post(
        reverse("inventory_partner:order_new"),
        {
            "customer_number": customer.number,
            "customer_phone": phone or str(customer.phone),
            "product": product.pk,
            "quantity": quantity,
            "numbers": numbers,
            "delivery_address": "Shop counter",
        },
    )


def test_a_partner_places_an_order_that_reserves_its_channels_stock(
    client, north_partner, tree, stocked, customer, sim_product
):
    client.force_login(north_partner)
    response = _post_order(client, customer=customer, product=sim_product, quantity=2, numbers=stocked[3].msisdn)
    order = Order.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("inventory_partner:order_detail", args=[order.pk])
    assert (order.channel_code, order.source, order.status) == (tree["north"].code, "partner", "submitted")
    held = set(Number.objects.filter(reserved_for=order.number).values_list("msisdn", flat=True))
    assert held == {stocked[3].msisdn, stocked[0].msisdn}  # the chosen one and the channel's next one
    page = client.get(reverse("inventory_partner:order_detail", args=[order.pk]))
    assert page.status_code == 200
    assert stocked[3].msisdn in page.content.decode()


def test_a_wrong_phone_or_a_number_of_another_channel_is_refused_and_nothing_is_saved(
    client, north_partner, stocked, customer, sim_product
):
    client.force_login(north_partner)
    response = _post_order(client, customer=customer, product=sim_product, phone="+70000000000")
    assert "No customer has this account number and phone." in response.content.decode()
    response = _post_order(client, customer=customer, product=sim_product, numbers=stocked[9].msisdn)  # South's
    assert f"The number {stocked[9].msisdn} cannot be sold on this order." in response.content.decode()
    assert Order.objects.count() == 0
    assert not Number.objects.filter(status=StockStatus.RESERVED).exists()


def test_a_partner_sees_its_subtrees_orders_and_nobody_elses(
    client, north_partner, sub_partner, south_partner, tree, stocked, customer, sim_product
):
    placed = {}
    for partner in (north_partner, sub_partner, south_partner):
        placed[partner.username] = services.partner_order_place(
            by=partner, customer_number=customer.number, customer_phone="84951112233", product=sim_product, quantity=1
        )
    client.force_login(north_partner)
    listing = client.get(reverse("inventory_partner:orders")).content.decode()
    assert placed["nora"].number in listing and placed["nils"].number in listing
    assert placed["sam"].number not in listing
    assert client.get(reverse("inventory_partner:order_detail", args=[placed["sam"].pk])).status_code == 404
    client.force_login(sub_partner)
    assert client.get(reverse("inventory_partner:order_detail", args=[placed["nora"].pk])).status_code == 404
    assert client.get(reverse("inventory_partner:order_detail", args=[placed["nils"].pk])).status_code == 200


def test_the_order_list_reads_a_fixed_number_of_queries(
    client, north_partner, stock_manager, tree, customer, sim_product, django_assert_max_num_queries
):
    plain = Product.objects.create(name="Router", sku="R-1", price=Decimal("10.00"))

    def add(count):
        for _ in range(count):
            order_create(
                by=stock_manager,
                customer=customer,
                type=Order.Type.EQUIPMENT,
                items=[Item(plain, 1)],
                delivery_method=Order.Delivery.COURIER,
                delivery_address="x",
                channel_code=tree["north_1"].code,
            )

    client.force_login(north_partner)
    add(1)
    with django_assert_max_num_queries(14) as one:
        assert client.get(reverse("inventory_partner:orders")).status_code == 200
    add(10)
    with django_assert_max_num_queries(len(one)):
        assert client.get(reverse("inventory_partner:orders")).status_code == 200


def test_statistics_count_orders_and_amounts_per_channel_on_both_sides_and_in_the_csv(
    client, north_partner, sub_partner, stock_manager, tree, stocked, customer, sim_product
):
    for partner, quantity in ((north_partner, 2), (sub_partner, 1), (sub_partner, 1)):
        services.partner_order_place(
            by=partner,
            customer_number=customer.number,
            customer_phone="+74951112233",
            product=sim_product,
            quantity=quantity,
        )
    client.force_login(north_partner)
    response = client.get(reverse("inventory_partner:statistics"))
    rows = {row["channel"].name: row for row in response.context["rows"]}
    assert (rows["North"]["orders"], rows["North"]["amounts"]) == (1, {"RUB": Decimal("240.00")})
    assert (rows["North-1"]["orders"], rows["North-1"]["order_statuses"]) == (2, {"submitted": 2})
    months = response.context["months"]
    assert [(m["status"], m["count"], m["gross"]) for m in months] == [("submitted", 3, Decimal("480.00"))]
    csv_text = client.get(reverse("inventory_partner:statistics_csv")).content.decode()
    assert f"North-1,{tree['north_1'].code}," in csv_text and "240.00 RUB" in csv_text
    client.force_login(stock_manager)
    staff = client.get(reverse("inventory_staff:channel_detail", args=[tree["north"].pk]))
    assert {row["channel"].name: row["orders"] for row in staff.context["statistics_rows"]} == {
        "North": 1,
        "North-1": 2,
    }
    assert (
        "480.00"
        in client.get(reverse("inventory_staff:channel_statistics_csv", args=[tree["north"].pk])).content.decode()
    )


def test_statistics_read_a_fixed_number_of_queries(
    client, north_partner, stock_manager, tree, customer, sim_product, django_assert_max_num_queries
):
    client.force_login(north_partner)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("inventory_partner:statistics"))
    for index in range(5):
        services.channel_create(name=f"Shop {index}", kind="shop", parent=tree["north_1"], by=stock_manager)
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("inventory_partner:statistics"))
