"""Demo billing for seed_demo: contracts in every status (and the paper contract the demo tickets quote), invoices and pro-formas in every status with
overdue ageing, payments under review, accepted (with credit) and rejected.

Idempotent: runs once per database (keyed on the demo contracts).
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from accounts.models import Customer, User
from billing import services
from billing.models import Contract, Invoice, Payment
from billing.services import Line
from billing.workflow import CONTRACT_FLOW, INVOICE_FLOW, PAYMENT_FLOW
from core.files import CheckedFile

RECEIPT = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _receipt() -> CheckedFile:
    upload = ContentFile(RECEIPT, name="receipt.pdf")
    return CheckedFile(upload=upload, name="receipt.pdf", content_type="application/pdf", size=len(RECEIPT))


def _document(name: str) -> CheckedFile:
    upload = ContentFile(RECEIPT, name=name)
    return CheckedFile(upload=upload, name=name, content_type="application/pdf", size=len(RECEIPT))


def _invoice(finance, customer, contract, amount, due_in, kind=Invoice.Kind.INVOICE, issue=True) -> Invoice:
    return services.invoice_create(
        by=finance,
        customer=customer,
        contract=contract,
        kind=kind,
        due_date=timezone.localdate() + datetime.timedelta(days=due_in),
        issue=issue,
        lines=[
            Line("Business internet 100 Mbit/s, monthly", Decimal("1"), Decimal(amount), Decimal("20")),
            Line("Static IP address", Decimal("2"), Decimal("150.00"), Decimal("20")),
        ],
    )


@transaction.atomic
def seed(*, users: dict[str, User], customers: dict[str, Customer], stdout) -> None:
    if Contract.objects.filter(name__startswith="Demo:").exists():
        return
    finance, manager = users["finance"], users["manager"]
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    for customer in customers.values():
        user = User.objects.filter(customer=customer).first()
        contracts = {}
        for status, start, end in (
            ("active", today - 300 * day, today + 200 * day),
            ("ending", today - 340 * day, today + 20 * day),
            ("ended", today - 800 * day, today - 30 * day),
            ("draft", today, today + 365 * day),
        ):
            contract = services.contract_create(
                by=finance,
                customer=customer,
                name=f"Demo: {status} contract",
                start_date=start,
                end_date=end,
                amount=Decimal("12000.00"),
                account_manager=users["sales"],
                # The signed contract, downloadable on the staff page and in the portal's contract list.
                files=[_document("signed-contract.pdf")] if status in ("active", "ending") else [],
            )
            if status != "draft":
                contract = CONTRACT_FLOW.run(contract, "activate", by=finance)
            if status in ("ending", "ended"):
                contract = CONTRACT_FLOW.run(contract, "announce_end", by=finance)
            if status == "ended":
                contract = CONTRACT_FLOW.run(contract, "end", by=finance)
            contracts[status] = contract
        if "customer" in customers and customers["customer"] == customer:
            # The paper contract the demo tickets quote (tickets/demo.py: CN-2024-0117), signed before the
            # portal numbered contracts: a real contract of this account, so the ticket forms accept it.
            Contract.objects.get_or_create(
                number="CN-2024-0117",
                defaults={
                    "name": "Demo: paper contract signed before the portal",
                    "customer": customer,
                    "start_date": today - 700 * day,
                    "end_date": today + 400 * day,
                    "amount": Decimal("9000.00"),
                    "status": Contract.Status.ACTIVE,
                    "account_manager": users["sales"],
                },
            )

        open_one, open_two = (
            _invoice(finance, customer, contracts["active"], "1000.00", 10),
            _invoice(finance, customer, contracts["active"], "500.00", 20),
        )
        for days_late in (10, 45, 75, 120):
            late = _invoice(finance, customer, contracts["active"], "800.00", -days_late)
            # Issued with the usual 14 days to pay, as it would have been then.
            Invoice.objects.filter(pk=late.pk).update(issue_date=late.due_date - 14 * day)
            INVOICE_FLOW.run(late, "mark_overdue", by=finance)
        _invoice(finance, customer, contracts["active"], "300.00", 30, issue=False)
        cancelled = _invoice(finance, customer, contracts["active"], "200.00", 5)
        INVOICE_FLOW.run(cancelled, "cancel", by=finance, values={"comment": "Wrong tariff; replaced."})
        _invoice(finance, customer, contracts["active"], "2400.00", 14, kind=Invoice.Kind.PROFORMA)
        converted = _invoice(finance, customer, contracts["active"], "900.00", 14, kind=Invoice.Kind.PROFORMA)
        INVOICE_FLOW.run(converted, "convert", by=finance)
        paid = _invoice(finance, customer, contracts["active"], "400.00", 5)
        if user is None:
            continue
        common = {"by": user, "customer": customer, "method": Payment.Method.BANK_TRANSFER, "paid_on": today}
        accepted = services.payment_record(
            amount=paid.gross + Decimal("250.00"),
            invoices=[paid],
            keep_rest_as_credit=True,
            reference="TX-1001",
            receipt=_receipt(),
            **common,
        )
        PAYMENT_FLOW.run(accepted, "accept", by=finance)
        rejected = services.payment_record(
            amount=open_one.gross, invoices=[open_one], reference="TX-1002", receipt=_receipt(), **common
        )
        PAYMENT_FLOW.run(rejected, "reject", by=finance, values={"comment": "The receipt does not show the amount."})
        services.payment_record(
            amount=open_two.gross, invoices=[open_two], reference="TX-1003", receipt=_receipt(), **common
        )
    stdout.write(f"billing: demo contracts, invoices and payments for {len(customers)} customers (by {manager})")
