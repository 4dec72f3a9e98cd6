"""Invoices from orders (orders.hooks → billing.services.invoice_for_order, wired in home/apps.py):
made from the order's lines when the order is approved or paid (BILLING_INVOICE_ORDERS_ON), exactly once."""

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection

from billing import services
from billing.models import Invoice
from notifications.models import OutboxMessage
from orders import hooks
from orders import services as order_services
from orders.models import Order, OrderLine
from tests.factories import StaffUserFactory
from tests.orders.conftest import make_order
from tests.services import require_service

S = Order.Status


@pytest.fixture
def sales(db):
    return StaffUserFactory(username="sally", role="Sales")


def add_line(order, name="Fibre 500", quantity=2, price="650.00", rate="10.00"):
    net = Decimal(price) * quantity
    tax = (net * Decimal(rate) / 100).quantize(Decimal("0.01"))
    OrderLine.objects.create(
        order=order,
        product=OrderLine.objects.filter(order=order).first().product,
        name=name,
        quantity=quantity,
        unit_price=Decimal(price),
        tax_rate=Decimal(rate),
        net_amount=net,
        tax_amount=tax,
        gross_amount=net + tax,
    )


def test_the_invoicer_is_registered_by_the_project():
    assert services.invoice_for_order in hooks.invoicers


@pytest.mark.django_db
def test_approving_an_order_issues_its_invoice_from_the_lines(settings, owner, sales):
    settings.BILLING_INVOICE_ORDERS_ON = "approved"
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    add_line(order)
    order_services.order_move(order=order, by=sales, move="approve")
    invoice = Invoice.objects.get(order_ref=order.pk)
    assert (invoice.status, invoice.customer_id, invoice.source, invoice.kind) == (
        Invoice.Status.ISSUED,
        owner.customer.pk,
        order.number,
        Invoice.Kind.INVOICE,
    )
    assert invoice.number.startswith("INV-")
    assert [(line.description, line.quantity, line.unit_price, line.tax_rate) for line in invoice.lines.all()] == [
        ("Goods", Decimal("1.000"), Decimal("100.00"), Decimal("20.00")),
        ("Fibre 500", Decimal("2.000"), Decimal("650.00"), Decimal("10.00")),
    ]
    # 100 + 20% and 1300 + 10%
    assert (invoice.net, invoice.tax, invoice.gross) == (Decimal("1400.00"), Decimal("150.00"), Decimal("1550.00"))
    assert OutboxMessage.objects.filter(event="invoice_issued", user=owner, channel="email").count() == 1


@pytest.mark.django_db
def test_with_paid_the_invoice_waits_for_the_payment(settings, owner, sales):
    settings.BILLING_INVOICE_ORDERS_ON = "paid"
    sales_finance = StaffUserFactory(username="pam", role="Manager")
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    order = order_services.order_move(order=order, by=sales, move="approve")
    assert not Invoice.objects.filter(order_ref=order.pk).exists()
    order_services.order_move(order=order, by=sales_finance, move="mark_paid")
    invoice = Invoice.objects.get(order_ref=order.pk)
    assert invoice.gross == Decimal("120.00")


@pytest.mark.django_db
def test_off_makes_no_invoice(settings, owner, sales):
    settings.BILLING_INVOICE_ORDERS_ON = "off"
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    order_services.order_move(order=order, by=sales, move="approve")
    assert not Invoice.objects.filter(order_ref=order.pk).exists()


@pytest.mark.django_db
def test_an_order_is_invoiced_once_however_often_the_event_comes(settings, owner, sales):
    settings.BILLING_INVOICE_ORDERS_ON = "approved"
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    order = order_services.order_move(order=order, by=sales, move="approve")
    first = Invoice.objects.get(order_ref=order.pk)
    assert services.invoice_for_order(order, "approved") == first
    assert services.invoice_for_order(order, "approved") == first
    assert Invoice.objects.filter(order_ref=order.pk).count() == 1


@pytest.mark.django_db
def test_an_order_with_nothing_to_pay_gets_no_invoice(settings, owner, sales):
    settings.BILLING_INVOICE_ORDERS_ON = "approved"
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    order.lines.update(unit_price=Decimal("0"))
    order_services.order_move(order=order, by=sales, move="approve")
    assert not Invoice.objects.filter(order_ref=order.pk).exists()


@pytest.mark.django_db
def test_a_failing_invoice_rolls_the_approval_back(settings, owner, sales, monkeypatch):
    settings.BILLING_INVOICE_ORDERS_ON = "approved"
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    order.lines.update(name="   ")  # a line without a description is refused by billing
    with pytest.raises(services.BillingError):
        order_services.order_move(order=order, by=sales, move="approve")
    order.refresh_from_db()
    assert order.status == S.SUBMITTED
    assert not Invoice.objects.filter(order_ref=order.pk).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_invoicers_racing_for_one_order_make_one_invoice(settings, owner, sales):
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "the race needs two real connections; set DATABASE_URL=postgres://…",
    )
    settings.BILLING_INVOICE_ORDERS_ON = "approved"
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED)
    barrier = threading.Barrier(2, timeout=10)

    def invoice(_n):
        try:
            stale = Order.objects.select_related("customer").get(pk=order.pk)
            barrier.wait()
            return services.invoice_for_order(stale, "approved").pk
        finally:
            connection.close()

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(invoice, [1, 2]))
    assert results[0] == results[1]
    assert Invoice.objects.filter(order_ref=order.pk).count() == 1
