"""Pay online: accepted only on a valid signed callback; forged, replayed or mismatched callbacks are refused."""

from decimal import Decimal

import pytest
from django.urls import reverse

from billing import providers
from billing.models import Invoice, Payment
from tests.billing.conftest import make_invoice

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(client, owner, finance):
    invoice = make_invoice(owner.customer, finance)
    client.force_login(owner)
    response = client.post(reverse("billing_portal:pay_online"), {"invoices": [invoice.pk]})
    payment = Payment.objects.get()
    assert response["Location"] == reverse("billing_portal:online_simulated", args=[payment.pk])
    assert (payment.status, payment.amount) == (Payment.Status.AWAITING_PROVIDER, Decimal("120.00"))
    return payment, invoice


def callback(client, data):
    return client.post(reverse("billing_portal:online_callback"), data)


def test_simulated_success_accepts_and_pays(client, started):
    payment, invoice = started
    client.post(reverse("billing_portal:online_simulated", args=[payment.pk]), {"outcome": "success"})
    payment.refresh_from_db()
    invoice.refresh_from_db()
    assert (payment.status, invoice.status) == (Payment.Status.ACCEPTED, Invoice.Status.PAID)


@pytest.mark.parametrize(("outcome", "status"), [("decline", "rejected"), ("timeout", "awaiting_provider")])
def test_simulated_decline_and_timeout(client, started, outcome, status):
    payment, invoice = started
    client.post(reverse("billing_portal:online_simulated", args=[payment.pk]), {"outcome": outcome})
    payment.refresh_from_db()
    invoice.refresh_from_db()
    assert (payment.status, invoice.paid_amount) == (status, Decimal("0.00"))


def test_forged_replayed_and_mismatched_callbacks_are_refused_and_logged(client, started, caplog):
    payment, invoice = started
    good = providers.simulated_callback(payment, "success")
    assert callback(client, {**good, "signature": "0" * 64}).status_code == 400  # forged
    mismatch = {**good, "amount": "1.00"}
    mismatch["signature"] = providers.sign(mismatch)
    assert callback(client, mismatch).status_code == 400  # signed, but not the payment's amount
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_PROVIDER
    assert callback(client, good).status_code == 200
    assert callback(client, good).status_code == 400  # replayed
    invoice.refresh_from_db()
    assert invoice.paid_amount == Decimal("120.00")
    refusals = [r.getMessage() for r in caplog.records if "callback refused" in r.getMessage()]
    assert len(refusals) == 3 and "replayed" in refusals[-1]


def test_staff_cannot_confirm_an_online_payment_by_hand(client, started, finance):
    payment, _invoice = started
    client.force_login(finance)
    client.post(reverse("billing_staff:payment_move", args=[payment.pk]), {"action": "confirm_online"})
    payment.refresh_from_db()
    assert payment.status == Payment.Status.AWAITING_PROVIDER
