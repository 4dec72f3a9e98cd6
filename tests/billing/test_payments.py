"""Recording, accepting, rejecting and correcting payments; credit; bad input changes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from billing import services
from billing.models import Invoice, Payment
from billing.services import BillingError
from billing.workflow import INVOICE_FLOW, PAYMENT_FLOW
from core.workflow import WorkflowError
from notifications.models import OutboxMessage
from tests.billing.conftest import make_invoice

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="receipt.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def record(owner, invoices, amount, **kwargs):
    return services.payment_record(
        by=owner,
        customer=owner.customer,
        amount=Decimal(amount),
        method=Payment.Method.BANK_TRANSFER,
        paid_on=timezone.localdate(),
        invoices=invoices,
        **kwargs,
    )


def test_accept_pays_invoices_oldest_first_and_rest_is_credit(owner, finance):
    first = make_invoice(owner.customer, finance, amounts=["100.00"], due_in=5)  # gross 120.00
    second = make_invoice(owner.customer, finance, amounts=["50.00"], due_in=10)  # gross 60.00
    payment = record(owner, [second, first], "200.00", keep_rest_as_credit=True)
    assert payment.status == Payment.Status.UNDER_REVIEW
    PAYMENT_FLOW.run(payment, "accept", by=finance)
    first.refresh_from_db()
    second.refresh_from_db()
    owner.customer.refresh_from_db()
    assert (first.status, second.status) == (Invoice.Status.PAID, Invoice.Status.PAID)
    assert owner.customer.credit_balance == Decimal("20.00")
    assert set(OutboxMessage.objects.values_list("event", flat=True)) >= {
        "invoice_issued",
        "payment_under_review",
        "payment_accepted",
    }


def test_partial_payment_leaves_invoice_partly_paid(owner, finance, invoice_a):
    PAYMENT_FLOW.run(record(owner, [invoice_a], "20.00"), "accept", by=finance)
    invoice_a.refresh_from_db()
    assert (invoice_a.status, invoice_a.paid_amount, invoice_a.due) == (
        Invoice.Status.PARTLY_PAID,
        Decimal("20.00"),
        Decimal("100.00"),
    )


def test_reject_then_correct_then_accept(owner, finance, invoice_a):
    first = record(owner, [invoice_a], "120.00")
    with pytest.raises(WorkflowError, match="Say why"):
        PAYMENT_FLOW.run(first, "reject", by=finance, values={"comment": " "})
    PAYMENT_FLOW.run(first, "reject", by=finance, values={"comment": "Unreadable receipt"})
    first.refresh_from_db()
    assert (first.status, first.reject_reason) == (Payment.Status.REJECTED, "Unreadable receipt")
    assert OutboxMessage.objects.filter(event="payment_rejected", user=owner).exists()
    second = record(owner, [invoice_a], "120.00", corrects=first)
    PAYMENT_FLOW.run(second, "accept", by=finance)
    invoice_a.refresh_from_db()
    assert invoice_a.status == Invoice.Status.PAID
    with pytest.raises(BillingError):
        record(owner, [], "1.00", corrects=second)


def test_accepting_twice_applies_once(owner, finance, finance2, invoice_a):
    payment = record(owner, [invoice_a], "50.00")
    PAYMENT_FLOW.run(payment, "accept", by=finance)
    with pytest.raises(WorkflowError, match="already been accepted"):
        PAYMENT_FLOW.run(payment, "accept", by=finance2)
    invoice_a.refresh_from_db()
    assert invoice_a.paid_amount == Decimal("50.00")


@pytest.mark.parametrize(
    ("amount", "message"),
    [("-5.00", "more than zero"), ("0", "more than zero"), ("500.00", "keep the rest as credit")],
)
def test_bad_amounts_are_refused(owner, invoice_a, amount, message):
    with pytest.raises(BillingError, match=message):
        record(owner, [invoice_a], amount)
    assert not Payment.objects.exists()


def test_cancelled_invoice_cannot_be_paid(owner, finance, invoice_a):
    INVOICE_FLOW.run(invoice_a, "cancel", by=finance, values={"comment": "Wrong customer"})
    with pytest.raises(BillingError, match="cannot be paid"):
        record(owner, [invoice_a], "10.00")


def test_another_accounts_invoice_is_refused(owner, outsider, finance):
    theirs = make_invoice(outsider.customer, finance)
    with pytest.raises(BillingError, match="does not exist"):
        record(owner, [theirs], "10.00")


def test_issued_invoice_is_never_edited(finance, invoice_a):
    with pytest.raises(BillingError, match="cannot be edited"):
        services.invoice_update_lines(
            invoice=invoice_a, lines=[services.Line("x", Decimal("1"), Decimal("1"))], by=finance
        )
    invoice_a.refresh_from_db()
    assert invoice_a.gross == Decimal("120.00")


def test_numbers_are_gap_free_per_type_and_year(account_a, finance):
    year = timezone.localdate().year
    a = make_invoice(account_a, finance)
    draft = make_invoice(account_a, finance, issue=False)
    b = make_invoice(account_a, finance)
    pf = make_invoice(account_a, finance, kind=Invoice.Kind.PROFORMA)
    assert (a.number, b.number, pf.number, draft.number) == (
        f"INV-{year}-000001",
        f"INV-{year}-000002",
        f"PF-{year}-000001",
        "",
    )


def test_proforma_becomes_an_invoice_in_one_action(account_a, finance):
    proforma = make_invoice(account_a, finance, kind=Invoice.Kind.PROFORMA, amounts=["10.00", "5.00"])
    proforma = INVOICE_FLOW.run(proforma, "convert", by=finance)
    invoice = proforma.converted_to
    assert proforma.status == Invoice.Status.CONVERTED
    assert (invoice.kind, invoice.status, invoice.gross, invoice.lines.count()) == (
        "invoice",
        "issued",
        Decimal("18.00"),
        2,
    )
    assert invoice.number.startswith("INV-")


def test_credit_applies_to_a_later_invoice(owner, finance):
    PAYMENT_FLOW.run(record(owner, [], "50.00"), "accept", by=finance)
    invoice = make_invoice(owner.customer, finance, amounts=["100.00"])
    assert services.credit_apply(invoice=invoice, by=finance) == Decimal("50.00")
    invoice.refresh_from_db()
    owner.customer.refresh_from_db()
    assert (invoice.paid_amount, owner.customer.credit_balance) == (Decimal("50.00"), Decimal("0.00"))
    with pytest.raises(BillingError):
        services.credit_apply(invoice=invoice, by=finance)


def test_overdue_job_marks_and_reminds(owner, finance):
    invoice = make_invoice(owner.customer, finance, due_in=-1)
    assert services.invoices_mark_overdue(by=finance) == 1
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.OVERDUE
    assert OutboxMessage.objects.filter(event="invoice_overdue", user=owner).exists()


def test_contract_job_reminds_then_ends(owner, finance, settings):
    settings.BILLING_CONTRACT_REMIND_DAYS = 10
    today = timezone.localdate()
    soon = services.contract_create(
        by=finance,
        customer=owner.customer,
        name="Soon",
        start_date=today - datetime.timedelta(days=100),
        end_date=today + datetime.timedelta(days=5),
        amount=Decimal("10"),
        account_manager=finance,
    )
    past = services.contract_create(
        by=finance,
        customer=owner.customer,
        name="Past",
        start_date=today - datetime.timedelta(days=100),
        end_date=today - datetime.timedelta(days=1),
        amount=Decimal("10"),
    )
    from billing.workflow import CONTRACT_FLOW

    for contract in (soon, past):
        CONTRACT_FLOW.run(contract, "activate", by=finance)
    assert services.contracts_remind_and_end(by=finance) == (1, 1)
    soon.refresh_from_db()
    past.refresh_from_db()
    assert (soon.status, past.status) == ("ending", "ended")
    assert set(OutboxMessage.objects.filter(event="contract_ending").values_list("user__username", flat=True)) == {
        owner.username,
        finance.username,
    }


def test_portal_payment_with_receipt_and_mail(client, owner, finance, invoice_a, django_capture_on_commit_callbacks):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("billing_portal:payment_new"),
            {
                "amount": "120.00",
                "method": "bank_transfer",
                "paid_on": timezone.localdate().isoformat(),
                "reference": "TX1",
                "receipt": pdf(),
                "invoices": [invoice_a.pk],
            },
        )
    payment = Payment.objects.get()
    assert response.status_code == 302
    assert payment.receipt_type == "application/pdf"
    assert any(finance.email in " ".join(m.to) for m in mail.outbox), [m.to for m in mail.outbox]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"amount": "-1"}, "greater than or equal to 0.01"),
        ({"receipt": SimpleUploadedFile("r.txt", b"hello", content_type="text/plain")}, "must be a PDF or an image"),
        ({"invoices": [999999]}, "Select a valid choice"),
        ({"amount": "999.00"}, "keep the rest as credit"),
    ],
)
def test_portal_bad_input_shows_message_and_saves_nothing(client, owner, invoice_a, change, message):
    client.force_login(owner)
    data = {
        "amount": "10.00",
        "method": "cash",
        "paid_on": timezone.localdate().isoformat(),
        "receipt": pdf(),
        "invoices": [invoice_a.pk],
        **change,
    }
    response = client.post(reverse("billing_portal:payment_new"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Payment.objects.exists()
