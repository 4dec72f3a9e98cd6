"""The money adds up: totals, paid amounts, credit and balance, for any lines and payments (hypothesis)."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from billing import money, services
from billing.models import CreditEntry, Invoice, Payment
from billing.services import Line
from billing.workflow import PAYMENT_FLOW
from tests.factories import CustomerFactory, StaffUserFactory

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("99999.99"), places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("999.999"), places=3)
rates = st.sampled_from([Decimal("0"), Decimal("10"), Decimal("18"), Decimal("20")])


@given(st.lists(st.tuples(quantities, amounts, rates), min_size=1, max_size=12))
def test_totals_follow_the_written_rules(lines):
    totals = money.totals(lines)
    assert totals.net == sum((money.line_net(q, p) for q, p, _r in lines), Decimal("0"))
    assert totals.gross == totals.net + totals.tax
    for rate, tax in totals.tax_by_rate.items():
        base = sum((money.line_net(q, p) for q, p, r in lines if Decimal(r) == rate), Decimal("0"))
        assert tax == money.cents(base * rate / 100)
    assert all(
        value == value.quantize(money.CENT) for value in (totals.net, totals.gross, *totals.tax_by_rate.values())
    )


def test_rounding_is_half_up_per_line_and_per_rate():
    # 3 × 0.335 = 1.005 → 1.01 (half-up); tax 20% of 1.01 + 1.01 = 0.404 → 0.40
    totals = money.totals(
        [(Decimal("3"), Decimal("0.335"), Decimal("20")), (Decimal("1"), Decimal("1.01"), Decimal("20"))]
    )
    assert (totals.net, totals.tax, totals.gross) == (Decimal("2.02"), Decimal("0.40"), Decimal("2.42"))


def snapshot(customer):
    customer.refresh_from_db()
    invoices = list(Invoice.objects.filter(customer=customer).order_by("pk").values_list("status", "paid_amount"))
    return customer.credit_balance, invoices


@pytest.mark.django_db
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    invoice_amounts=st.lists(
        st.decimals(min_value=Decimal("1"), max_value=Decimal("5000"), places=2), min_size=1, max_size=3
    ),
    payments=st.lists(
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal("8000"), places=2), min_size=1, max_size=3
    ),
)
def test_payments_and_credit_add_up_and_reversal_restores(invoice_amounts, payments):
    finance = StaffUserFactory(role="Finance")
    customer = CustomerFactory()
    due = timezone.localdate() + datetime.timedelta(days=10)
    invoices = [
        services.invoice_create(
            by=finance, customer=customer, lines=[Line("x", Decimal("1"), a, Decimal("20"))], due_date=due, issue=True
        )
        for a in invoice_amounts
    ]
    before = snapshot(customer)
    accepted = []
    for amount in payments:
        payment = services.payment_record(
            by=finance,
            customer=customer,
            amount=amount,
            method=Payment.Method.CASH,
            paid_on=timezone.localdate(),
            invoices=[i for i in Invoice.objects.filter(pk__in=[i.pk for i in invoices]) if i.is_open],
            keep_rest_as_credit=True,
        )
        accepted.append(PAYMENT_FLOW.run(payment, "accept", by=finance))
    customer.refresh_from_db()
    paid_total = sum((i.paid_amount for i in Invoice.objects.filter(customer=customer)), Decimal("0"))
    assert paid_total + customer.credit_balance == sum(payments, Decimal("0"))
    assert customer.credit_balance == sum(
        CreditEntry.objects.filter(customer=customer).values_list("amount", flat=True), Decimal("0")
    )
    for invoice in Invoice.objects.filter(customer=customer):
        assert Decimal("0") <= invoice.paid_amount <= invoice.gross
        assert invoice.status == (
            Invoice.Status.PAID
            if invoice.paid_amount == invoice.gross
            else Invoice.Status.PARTLY_PAID
            if invoice.paid_amount
            else Invoice.Status.ISSUED
        )
    gross = sum((i.gross for i in invoices), Decimal("0"))
    # The balance (owed minus credit) is what was invoiced minus what was paid.
    open_due = sum((i.due for i in Invoice.objects.filter(customer=customer)), Decimal("0"))
    assert open_due - customer.credit_balance == gross - sum(payments, Decimal("0"))
    for payment in reversed(accepted):
        PAYMENT_FLOW.run(payment, "reverse", by=StaffUserFactory(role="Manager"), values={"comment": "test"})
    assert snapshot(customer) == before
