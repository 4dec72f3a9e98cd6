"""seed_bench_orders writes whole orders (lines, totals that add up, a timeline row) and moves the numbering on."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Sum

from core.numbering import next_number
from orders.models import Order, OrderAction, OrderLine
from orders.workflow import order_path

pytestmark = pytest.mark.django_db


def test_seed_bench_orders_writes_orders_with_lines_and_a_timeline():
    call_command("seed_bench_orders", orders=60, customers=4, stdout=io.StringIO())
    orders = Order.objects.all()
    assert orders.count() == 60
    assert OrderAction.objects.filter(kind="created").count() == 60
    assert not orders.filter(lines__isnull=True).exists()
    for order in orders:
        lines = OrderLine.objects.filter(order=order).aggregate(gross=Sum("gross_amount"))
        assert lines["gross"] == order.gross_total == order.net_total + order.tax_total
        assert order.status in {"draft", "submitted", "under_review", "rejected", "cancelled"} | set(
            order_path(order.type, order.has_goods)
        )
    highest = max(int(number.removeprefix("O-")) for number in orders.values_list("number", flat=True))
    with transaction.atomic():
        assert int(next_number("order", prefix="O-").removeprefix("O-")) == highest + 1
