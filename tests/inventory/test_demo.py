import io

import pytest
from django.core.management import call_command

from inventory.models import Channel, ChannelUser, Number, StockStatus

pytestmark = pytest.mark.django_db


def test_seed_demo_shows_every_status_and_the_partner_tree_once():
    call_command("seed_demo", "--password", "demo-pass-123", stdout=io.StringIO())
    call_command("seed_demo", "--password", "demo-pass-123", stdout=io.StringIO())
    assert Channel.objects.count() == 5
    assert ChannelUser.objects.get(user__username="partner").channel.name == "North Distribution"
    statuses = set(Number.objects.values_list("status", flat=True))
    assert {"available", "allocated", "reserved", "sold", "active", "suspended"} <= statuses
    assert Number.objects.filter(sim__isnull=False).count() == 20
    assert Number.objects.filter(status=StockStatus.ALLOCATED, channel__name="North Sub-distributor").count() == 10
