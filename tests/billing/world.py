"""Billing objects of one account for tests/test_access_matrix.py."""

import datetime
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from billing import services
from billing.models import Payment
from billing.workflow import CONTRACT_FLOW
from core.files import check_upload


def billing_objects(*, customer, user, finance) -> dict:
    today = timezone.localdate()
    pdf = SimpleUploadedFile("r.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    contract = services.contract_create(
        by=finance,
        customer=customer,
        name="Internet",
        start_date=today,
        end_date=today + datetime.timedelta(days=365),
        amount=Decimal("100"),
        files=[check_upload(pdf)],
    )
    contract = CONTRACT_FLOW.run(contract, "activate", by=finance)  # customers see active contracts only
    invoice = services.invoice_create(
        by=finance,
        customer=customer,
        lines=[services.Line("Internet", Decimal("1"), Decimal("100"))],
        due_date=today + datetime.timedelta(days=10),
        issue=True,
        contract=contract,
    )
    payment = services.payment_record(
        by=user,
        customer=customer,
        amount=Decimal("10"),
        method=Payment.Method.CASH,
        paid_on=today,
        invoices=[invoice],
        receipt=check_upload(SimpleUploadedFile("p.pdf", b"%PDF-1.4\n%%EOF\n")),
    )
    return {
        "contract": contract,
        "contract_document": contract.documents.get(),
        "invoice": invoice,
        "payment": payment,
    }
