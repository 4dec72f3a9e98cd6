"""seed_demo adds orders in every status, with real timelines, and adds nothing the second time."""

import io

import pytest
from django.core.management import call_command

from orders.models import Order, OrderAction, TariffPlan

pytestmark = pytest.mark.django_db


def test_demo_orders_cover_every_status_and_are_seeded_once():
    call_command("seed_demo", password="demo-pass-1", stdout=io.StringIO())
    assert set(Order.objects.values_list("status", flat=True)) == set(Order.Status.values)
    assert Order.objects.filter(payment_state=Order.Payment.PARTLY_REFUNDED).exists()
    assert TariffPlan.objects.filter(is_active=False).exists()
    assert OrderAction.objects.count() > Order.objects.count()
    count = Order.objects.count()
    call_command("seed_demo", password="demo-pass-1", stdout=io.StringIO())
    assert Order.objects.count() == count
