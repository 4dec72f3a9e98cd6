"""Staff and partner pages: filters, bulk moves, scope (404 outside the subtree) and query budgets."""

import pytest
from django.urls import reverse

from inventory import services
from inventory.models import Number, StockStatus
from tests.factories import StaffUserFactory
from tests.inventory.conftest import load_numbers, partner_of

pytestmark = pytest.mark.django_db


def allocate(numbers, channel, by):
    services.stock_move(model=Number, ids=[n.pk for n in numbers], move="allocate", by=by, values={"channel": channel})


def test_staff_search_by_pattern_and_status(client, stock_manager):
    load_numbers(stock_manager, count=20)
    client.force_login(stock_manager)
    response = client.get(reverse("inventory_staff:numbers"), {"pattern": "*0017", "status": "available"})
    assert [n.msisdn for n in response.context["items"]] == ["79160000017"]
    response = client.get(reverse("inventory_staff:numbers"), {"pattern": "7916000001?"})
    assert len(response.context["items"]) == 10


@pytest.mark.parametrize("rows", [5, 60])
def test_the_stock_list_costs_the_same_whatever_its_size(
    client, stock_manager, tree, rows, django_assert_max_num_queries
):
    numbers = load_numbers(stock_manager, count=rows)
    allocate(numbers[: rows // 2], tree["north"], stock_manager)
    client.force_login(stock_manager)
    with django_assert_max_num_queries(13):
        response = client.get(reverse("inventory_staff:numbers"))
    assert response.status_code == 200


@pytest.mark.parametrize("shops", [1, 30])
def test_the_channel_tree_costs_the_same_whatever_its_size(
    client, stock_manager, tree, shops, django_assert_max_num_queries
):
    for index in range(shops):
        services.channel_create(name=f"Shop {index}", kind="shop", parent=tree["north_1"], by=stock_manager)
    allocate(load_numbers(stock_manager, count=10), tree["north"], stock_manager)
    client.force_login(stock_manager)
    with django_assert_max_num_queries(11):
        response = client.get(reverse("inventory_staff:channels"))
    # A page of the tree (the user's page size), the count of all of it.
    assert response.context["page_obj"].paginator.count == 3 + shops
    assert len(response.context["rows"]) == min(3 + shops, stock_manager.page_size)
    assert response.context["rows"][0]["total"] == 10


def test_staff_allocate_ticked_numbers_to_a_channel(client, stock_manager, tree):
    numbers = load_numbers(stock_manager, count=5)
    client.force_login(stock_manager)
    response = client.post(
        reverse("inventory_staff:numbers_bulk"),
        {"ids": [n.pk for n in numbers[:3]], "move": "allocate", "channel": tree["north"].pk},
        follow=True,
    )
    assert "3 items changed." in response.content.decode()
    assert Number.objects.filter(channel=tree["north"], status=StockStatus.ALLOCATED).count() == 3


def test_a_forged_channel_id_changes_nothing(client, stock_manager, tree):
    numbers = load_numbers(stock_manager, count=2)
    client.force_login(stock_manager)
    response = client.post(
        reverse("inventory_staff:numbers_bulk"),
        {"ids": [n.pk for n in numbers], "move": "allocate", "channel": 999999},
        follow=True,
    )
    assert "Select a valid choice" in response.content.decode()
    assert not Number.objects.exclude(status=StockStatus.AVAILABLE).exists()


def test_allocating_a_sold_number_from_the_page_says_so(client, stock_manager, tree):
    numbers = load_numbers(stock_manager, count=2)
    Number.objects.filter(pk=numbers[0].pk).update(status=StockStatus.SOLD)
    client.force_login(stock_manager)
    response = client.post(
        reverse("inventory_staff:numbers_bulk"),
        {"ids": [n.pk for n in numbers], "move": "allocate", "channel": tree["north"].pk},
        follow=True,
    )
    assert "Nothing was changed" in response.content.decode()
    assert Number.objects.filter(status=StockStatus.AVAILABLE).count() == 1


def test_staff_allocate_the_next_n(client, stock_manager, tree):
    load_numbers(stock_manager, count=10)
    client.force_login(stock_manager)
    client.post(reverse("inventory_staff:numbers_next"), {"count": 4, "move": "allocate", "channel": tree["south"].pk})
    assert Number.objects.filter(channel=tree["south"]).count() == 4


def test_range_page_refuses_from_greater_than_to(client, stock_manager):
    client.force_login(stock_manager)
    response = client.post(
        reverse("inventory_staff:range_new"), {"prefix": "7916", "first": "0009", "last": "0001", "kind": "regular"}
    )
    assert "must not be greater" in response.content.decode()
    assert not Number.objects.exists()


def test_item_page_offers_the_moves_of_the_table_and_runs_them(client, stock_manager, tree):
    number = load_numbers(stock_manager, count=1)[0]
    client.force_login(stock_manager)
    page = client.get(reverse("inventory_staff:number_detail", args=[number.pk])).content.decode()
    assert 'id="open-allocate"' in page and 'id="open-reserve"' in page and "open-sell" not in page
    client.post(reverse("inventory_staff:number_move", args=[number.pk]), {"action": "reserve", "order": "O-7"})
    number.refresh_from_db()
    assert (number.status, number.reserved_for) == (StockStatus.RESERVED, "O-7")


def test_sim_codes_are_masked_without_the_permission(client, stock_manager):
    sim = services.sims_load(
        rows=[{"iccid": "8970101234567890128", "imsi": "250011234567890", "pin": "1234", "puk": "87654321"}],
        by=stock_manager,
    )[0]
    sales = StaffUserFactory(role="Sales")
    client.force_login(sales)
    page = client.get(reverse("inventory_staff:sim_detail", args=[sim.pk])).content.decode()
    assert "87654321" not in page and "••••" in page
    client.force_login(stock_manager)
    assert "87654321" in client.get(reverse("inventory_staff:sim_detail", args=[sim.pk])).content.decode()


def test_partners_are_kept_out_of_the_staff_pages(client, north_partner):
    client.force_login(north_partner)
    assert client.get(reverse("inventory_staff:numbers")).status_code == 403
    assert client.get(reverse("inventory_staff:channels")).status_code == 403


def test_a_partner_sees_its_subtree_stock_and_allocates_down(client, stock_manager, tree, north_partner, sub_partner):
    numbers = load_numbers(stock_manager, count=12)
    allocate(numbers[:10], tree["north"], stock_manager)
    allocate(numbers[10:], tree["south"], stock_manager)
    client.force_login(north_partner)
    page = client.get(reverse("inventory_partner:stock"))
    assert {n.pk for n in page.context["items"]} == {n.pk for n in numbers[:10]}
    response = client.post(
        reverse("inventory_partner:allocate"),
        {"ids": [n.pk for n in numbers[:4]], "move": "allocate_down", "channel": tree["north_1"].pk},
        follow=True,
    )
    assert "4 numbers allocated." in response.content.decode()
    client.force_login(sub_partner)
    page = client.get(reverse("inventory_partner:stock"))
    assert {n.pk for n in page.context["items"]} == {n.pk for n in numbers[:4]}


def test_a_partner_cannot_touch_a_siblings_stock_or_channel(client, stock_manager, tree, north_partner):
    numbers = load_numbers(stock_manager, count=2)
    allocate(numbers, tree["south"], stock_manager)
    client.force_login(north_partner)
    response = client.post(
        reverse("inventory_partner:allocate"),
        {"ids": [numbers[0].pk], "move": "allocate_down", "channel": tree["north_1"].pk},
        follow=True,
    )
    assert "not in your stock" in response.content.decode()
    assert client.get(reverse("inventory_partner:channel_detail", args=[tree["south"].pk])).status_code == 404
    assert client.get(reverse("inventory_partner:channel_detail", args=[tree["north_1"].pk])).status_code == 200
    assert Number.objects.filter(channel=tree["south"]).count() == 2


def test_a_sub_partner_sees_neither_its_parent_nor_its_parents_stock(client, stock_manager, tree, sub_partner):
    allocate(load_numbers(stock_manager, count=3), tree["north"], stock_manager)
    client.force_login(sub_partner)
    assert client.get(reverse("inventory_partner:channel_detail", args=[tree["north"].pk])).status_code == 404
    assert client.get(reverse("inventory_partner:stock")).context["items"] == []


def test_partner_stock_page_query_budget(client, stock_manager, tree, django_assert_max_num_queries):
    partner = partner_of(tree["north"], "pia")
    allocate(load_numbers(stock_manager, count=50), tree["north"], stock_manager)
    client.force_login(partner)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("inventory_partner:stock")).status_code == 200


def test_partner_stock_page_queries_do_not_grow_and_the_count_is_capped(client, stock_manager, tree, settings):
    from inventory import selectors
    from tests.budget import page_queries

    partner = partner_of(tree["north"], "pam")
    allocate(load_numbers(stock_manager, count=5), tree["north"], stock_manager)
    client.force_login(partner)
    url = reverse("inventory_partner:stock")
    page_queries(client, url)  # the first visit of a session reads a few things once
    small = page_queries(client, url)
    allocate(load_numbers(stock_manager, count=60, prefix="7917000"), tree["north"], stock_manager)
    assert page_queries(client, url) == small <= 7
    assert client.get(url).context["page_obj"].paginator.count == 65
    assert selectors.capped_count(Number.objects.order_by("msisdn"), cap=10) == 10
