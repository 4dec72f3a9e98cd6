"""A partner's statistics (page and CSV) and the users a partner manager adds."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from inventory import services
from inventory.models import ChannelUser, Number
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db


@pytest.fixture
def sold_and_released(tree, stock_manager, north_partner):
    numbers = load_numbers(stock_manager, count=6)
    ids = [n.pk for n in numbers]
    services.stock_move(model=Number, ids=ids, move="allocate", by=stock_manager, values={"channel": tree["north"]})
    services.stock_move(model=Number, ids=ids[:4], move="reserve", by=north_partner, values={"order": "O-1"})
    services.stock_move(model=Number, ids=ids[:3], move="sell", by=stock_manager, values={})
    services.stock_move(model=Number, ids=ids[3:4], move="unreserve_to_channel", by=north_partner, values={})
    return numbers


def test_statistics_count_the_period_and_the_success_rate(client, north_partner, sold_and_released, tree):
    client.force_login(north_partner)
    today = timezone.localdate().isoformat()
    rows = client.get(reverse("inventory_partner:statistics"), {"start": today, "end": today}).context["rows"]
    north = next(row for row in rows if row["channel"] == tree["north"])
    assert (north["allocated_in"], north["reserved"], north["sold"], north["released"]) == (6, 4, 3, 1)
    assert north["success_rate"] == 75
    assert [row["channel"] for row in rows] == [tree["north"], tree["north_1"]]
    csv_text = client.get(reverse("inventory_partner:statistics_csv"), {"start": today, "end": today}).content.decode()
    line = csv_text.splitlines()[1]
    assert line.startswith(f"North,{tree['north'].code},") and ",6,4,3,1,75," in line


def test_statistics_of_an_earlier_period_are_empty(client, north_partner, sold_and_released, tree):
    client.force_login(north_partner)
    rows = client.get(reverse("inventory_partner:statistics"), {"start": "2020-01-01", "end": "2020-01-31"}).context[
        "rows"
    ]
    assert rows[0]["sold"] == 0 and rows[0]["success_rate"] is None


def test_statistics_query_budget(client, north_partner, tree, stock_manager, django_assert_max_num_queries):
    for index in range(20):
        services.channel_create(name=f"Shop {index}", kind="shop", parent=tree["north_1"], by=stock_manager)
    client.force_login(north_partner)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("inventory_partner:statistics")).status_code == 200


def test_a_partner_manager_adds_a_user_below_but_not_for_a_sibling(client, tree, north_partner):
    ChannelUser.objects.filter(user=north_partner).update(is_manager=True)
    client.force_login(north_partner)
    response = client.post(
        reverse("inventory_partner:user_new"),
        {"username": "shopkeeper", "email": "shop@example.com", "channel": tree["north_1"].pk},
    )
    assert response.status_code == 302
    user = User.objects.get(username="shopkeeper")
    assert user.channel_link.channel == tree["north_1"] and user.groups.filter(name="Channel partner").exists()
    assert user.must_change_password
    response = client.post(
        reverse("inventory_partner:user_new"),
        {"username": "intruder", "email": "in@example.com", "channel": tree["south"].pk},
    )
    assert "Select a valid choice" in response.content.decode()
    assert not User.objects.filter(username="intruder").exists()


def test_a_partner_who_is_not_a_manager_adds_no_user(client, tree, sub_partner):
    client.force_login(sub_partner)
    response = client.post(
        reverse("inventory_partner:user_new"),
        {"username": "shopkeeper", "email": "shop@example.com", "channel": tree["north_1"].pk},
        follow=True,
    )
    assert "Only a partner manager" in response.content.decode()
    assert not User.objects.filter(username="shopkeeper").exists()
