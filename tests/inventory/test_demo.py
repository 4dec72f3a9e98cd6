import io

import pytest
from django.core.management import call_command

from inventory.models import Channel, ChannelUser, Number, StockStatus
from orders.models import Order

pytestmark = pytest.mark.django_db


def test_seed_demo_shows_every_status_and_the_partner_tree_once():
    call_command("seed_demo", "--password", "demo-pass-123", stdout=io.StringIO())
    call_command("seed_demo", "--password", "demo-pass-123", stdout=io.StringIO())
    assert Channel.objects.count() == 5
    assert ChannelUser.objects.get(user__username="partner").channel.name == "North Distribution"
    statuses = set(Number.objects.values_list("status", flat=True))
    assert {"available", "allocated", "reserved", "sold", "active", "suspended"} <= statuses
    assert Number.objects.filter(sim__isnull=False).count() == 20
    north_1 = Channel.objects.get(name="North Sub-distributor")
    # The partner's three orders: 2 numbers reserved, 1 given back, 1 (of North Sub) sold.
    partner_orders = Order.objects.filter(source="partner", created_by__username="partner")
    assert partner_orders.count() == 3
    assert set(partner_orders.values_list("status", flat=True)) == {"submitted", "cancelled", "completed"}
    open_order = partner_orders.get(status="submitted")
    assert Number.objects.filter(reserved_for=open_order.number, status=StockStatus.RESERVED).count() == 2
    sold = partner_orders.get(status="completed")
    assert Number.objects.get(reserved_for=sold.number).status == StockStatus.SOLD
    assert Number.objects.filter(status=StockStatus.ALLOCATED, channel=north_1).count() == 9
