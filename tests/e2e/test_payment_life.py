"""A payment's life in a real browser (issue 16), with its e-mails in the test's SMTP server.

A customer records a payment with a receipt for two invoices; finance opens the receipt and rejects it
with a reason; the customer finds it under rejected payments and submits a corrected one; finance
accepts it: both invoices are paid and what is left over becomes credit on the account."""

from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from billing.models import Invoice, Payment
from tests.billing.conftest import make_invoice
from tests.e2e.helpers import log_in
from tests.e2e.test_ticket_life import body, expect_mail, smtp  # noqa: F401 - the fixture
from tests.factories import TEST_PASSWORD, CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REASON = "The receipt shows 30.00, not the invoices' total."


def record_payment(page, *, amount: str, invoices, receipt_name: str) -> None:
    form = page.locator("#payment-form")
    form.locator("[name=amount]").fill(amount)
    form.locator("[name=method]").select_option("bank_transfer")
    form.locator("[name=paid_on]").fill(timezone.localdate().isoformat())
    form.locator("[name=reference]").fill("WIRE-0042")
    form.locator("[name=receipt]").set_input_files({"name": receipt_name, "mimeType": "application/pdf", "buffer": PDF})
    for invoice in invoices:
        form.locator(f"input[name=invoices][value='{invoice.pk}']").check()
    form.locator("[name=keep_rest_as_credit]").check()
    with page.expect_navigation():
        page.click("#submit-payment")


def test_a_rejected_payment_is_corrected_and_accepted(live_server, new_page, smtp):  # noqa: F811
    customer_user = CustomerUserFactory(username="carol", email="carol@example.com")
    finance = StaffUserFactory(username="fiona", role="Finance", email="fiona@example.com")
    first = make_invoice(customer_user.customer, finance, amounts=["100.00"])  # 120.00 with tax
    second = make_invoice(customer_user.customer, finance, amounts=["150.00"], due_in=30)  # 180.00
    expect_mail(smtp, "invoice_issued", "carol@example.com", count=2)

    # The customer pays the two invoices, with a receipt, but reports the wrong amount.
    customer = new_page("customer")
    log_in(customer, live_server.url, "carol", TEST_PASSWORD)
    customer.goto(f"{live_server.url}/portal/finance/payments/new/")
    record_payment(customer, amount="30.00", invoices=[first, second], receipt_name="bank-receipt.pdf")
    expect(customer.locator("#payment-status")).to_contain_text("Under review")
    wrong = Payment.objects.get()
    assert (wrong.amount, wrong.receipt_type, wrong.status) == (
        Decimal("30.00"),
        "application/pdf",
        Payment.Status.UNDER_REVIEW,
    )
    expect_mail(smtp, "payment_under_review", "fiona@example.com")

    # Finance finds it in the review queue, opens the receipt and rejects it with a reason.
    desk = new_page("finance")
    log_in(desk, live_server.url, "fiona", TEST_PASSWORD)
    desk.goto(f"{live_server.url}/staff/finance/")
    with desk.expect_navigation():
        desk.click(f"text={wrong.number}")
    receipt = desk.request.get(live_server.url + desk.locator("#receipt-link").get_attribute("href"))
    assert receipt.ok and receipt.headers["content-type"] == "application/pdf" and receipt.body() == PDF
    desk.click("#open-reject")
    desk.locator("#move-reject textarea[name=comment]").fill(REASON)
    with desk.expect_navigation():
        desk.click("#confirm-reject")
    expect(desk.locator("#payment-status")).to_contain_text("Rejected")
    rejected_mail = expect_mail(smtp, "payment_rejected", "carol@example.com")
    assert REASON in body(rejected_mail)

    # The customer sees it under rejected payments, with the reason, and submits a corrected one.
    customer.goto(f"{live_server.url}/portal/finance/rejected/")
    row = customer.locator("#payment-list tbody tr", has_text=wrong.number)
    expect(row).to_contain_text(REASON)
    with customer.expect_navigation():
        row.locator("a").first.click()
    expect(customer.locator("#reject-reason")).to_contain_text(REASON)
    with customer.expect_navigation():
        customer.click("#correct-payment")
    expect(customer.locator("#payment-form [name=amount]")).to_have_value("30.00")
    record_payment(customer, amount="360.00", invoices=[], receipt_name="bank-receipt-2.pdf")
    expect(customer.locator("#payment-status")).to_contain_text("Under review")
    corrected = Payment.objects.exclude(pk=wrong.pk).get()
    assert (corrected.corrects_id, corrected.amount) == (wrong.pk, Decimal("360.00"))
    assert set(corrected.invoices.values_list("pk", flat=True)) == {first.pk, second.pk}
    expect_mail(smtp, "payment_under_review", "fiona@example.com", count=2)

    # Finance accepts the corrected payment.
    desk.goto(f"{live_server.url}/staff/finance/")
    with desk.expect_navigation():
        desk.click(f"text={corrected.number}")
    with desk.expect_navigation():
        desk.click("#action-accept")
    expect(desk.locator("#payment-status")).to_contain_text("Accepted")
    expect_mail(smtp, "payment_accepted", "carol@example.com")

    # Both invoices are paid; what was left over is the account's credit.
    for invoice in (first, second):
        invoice.refresh_from_db()
        assert (invoice.status, invoice.paid_amount) == (Invoice.Status.PAID, invoice.gross)
    customer_user.customer.refresh_from_db()
    assert customer_user.customer.credit_balance == Decimal("60.00")
    customer.reload()
    expect(customer.locator("#payment-status")).to_contain_text("Accepted")
    customer.goto(f"{live_server.url}/portal/finance/payments/new/")
    expect(customer.locator("body")).to_contain_text("60.00")
