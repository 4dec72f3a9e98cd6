"""Two finance users accept the same payment at the same moment, on two real PostgreSQL connections:
the row lock applies it once, and the second is told it is already accepted."""

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone

from accounts.models import User
from billing import notices, services
from billing.models import CreditEntry, Invoice, Payment
from billing.workflow import PAYMENT_FLOW
from core.workflow import WorkflowError
from tests.billing.conftest import make_invoice
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need two real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def test_two_finance_users_accept_the_same_payment_once(postgresql, owner, finance, finance2, monkeypatch):
    invoice = make_invoice(owner.customer, finance, amounts=["100.00"])  # 120.00
    payment = services.payment_record(
        by=owner,
        customer=owner.customer,
        amount=Decimal("150.00"),
        method=Payment.Method.CASH,
        paid_on=timezone.localdate(),
        invoices=[invoice],
        keep_rest_as_credit=True,
    )
    accepted = notices.payment_accepted

    def slow_accepted(*args, **kwargs):  # inside the move's transaction, after the money moved
        accepted(*args, **kwargs)
        threading.Event().wait(0.3)

    monkeypatch.setattr(notices, "payment_accepted", slow_accepted)
    barrier = threading.Barrier(2, timeout=10)

    def accept(user_pk: int):
        try:
            user = User.objects.get(pk=user_pk)
            stale = Payment.objects.get(pk=payment.pk)
            barrier.wait()
            try:
                return PAYMENT_FLOW.run(stale, "accept", by=user)
            except WorkflowError as error:
                return str(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(accept, [finance.pk, finance2.pk]))
    assert sum(isinstance(r, Payment) for r in results) == 1
    assert any(isinstance(r, str) and "already been accepted" in r for r in results)
    invoice.refresh_from_db()
    owner.customer.refresh_from_db()
    assert (invoice.status, invoice.paid_amount) == (Invoice.Status.PAID, Decimal("120.00"))
    assert owner.customer.credit_balance == Decimal("30.00")
    assert CreditEntry.objects.filter(payment=payment).count() == 1
