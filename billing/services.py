"""Writes for billing that are not single status moves (those live in billing.workflow)."""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Customer
from billing import notices
from billing.models import (
    ZERO,
    Contract,
    ContractDocument,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
)
from billing.money import totals
from billing.tasks import system_user
from billing.workflow import CONTRACT_FLOW, INVOICE_FLOW, PAYMENT_FLOW, credit_change, payment_number
from core.files import CheckedFile
from core.numbering import next_number
from core.workflow import WorkflowError

I = Invoice.Status  # noqa: E741
PAYABLE = (I.ISSUED, I.PARTLY_PAID, I.OVERDUE)


class BillingError(WorkflowError):
    """Bad input for a billing write; str(error) is the translated message."""


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = ZERO


# --- contracts ----------------------------------------------------------------------------


@transaction.atomic
def contract_create(
    *,
    by,
    customer: Customer,
    name: str,
    start_date: datetime.date,
    end_date: datetime.date,
    amount: Decimal,
    kind: str = Contract.Kind.SERVICE,
    currency: str = "",
    account_manager=None,
    files: Sequence[CheckedFile] = (),
) -> Contract:
    if end_date < start_date:
        raise BillingError(_("The contract cannot end before it starts."))
    if amount < ZERO:
        raise BillingError(_("The amount cannot be negative."))
    contract = Contract.objects.create(
        number=next_number("contract", prefix="K-"),
        name=name,
        customer=customer,
        kind=kind,
        start_date=start_date,
        end_date=end_date,
        amount=amount,
        currency=currency or customer.currency,
        account_manager=account_manager,
    )
    contract_add_documents(contract=contract, files=files, by=by)
    return contract


@transaction.atomic
def contract_add_documents(*, contract: Contract, files: Sequence[CheckedFile], by) -> list[ContractDocument]:
    """Documents of a contract: files already checked like ticket attachments (core.files.check_uploads:
    type by content, size, count); at most ATTACHMENT_MAX_FILES per contract."""
    if contract.documents.count() + len(files) > settings.CONTRACT_MAX_DOCUMENTS:
        raise BillingError(
            _("A contract keeps at most %(count)d documents.") % {"count": settings.CONTRACT_MAX_DOCUMENTS}
        )
    stored = []
    for checked in files:
        document = ContractDocument(
            contract=contract,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            uploaded_by=by,
        )
        document.file.save(checked.stored_name, checked.upload, save=False)
        document.save()
        stored.append(document)
    return stored


def contracts_remind_and_end(*, by, today: datetime.date | None = None) -> tuple[int, int]:
    """The daily job: remind before a contract ends (BILLING_CONTRACT_REMIND_DAYS), end those past their end date.
    Returns (reminded, ended)."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=settings.BILLING_CONTRACT_REMIND_DAYS)
    reminded = ended = 0
    due = Contract.objects.filter(status=Contract.Status.ACTIVE, end_date__lte=horizon, end_date__gte=today)
    for contract in due.select_related("customer", "account_manager"):
        with transaction.atomic():
            contract = CONTRACT_FLOW.run(contract, "announce_end", by=by)
            contract.reminded_at = timezone.now()
            contract.save(update_fields=["reminded_at"])
            notices.contract_ending(contract)
            reminded += 1
    past = Contract.objects.filter(status__in=[Contract.Status.ACTIVE, Contract.Status.ENDING], end_date__lt=today)
    for contract in past:
        CONTRACT_FLOW.run(contract, "end", by=by)
        ended += 1
    return reminded, ended


# --- invoices ---------------------------------------------------------------------------


def _clean_lines(lines: Sequence[Line]) -> list[Line]:
    if not lines:
        raise BillingError(_("An invoice needs at least one line."))
    for line in lines:
        if not line.description.strip():
            raise BillingError(_("Every line needs a description."))
        if line.quantity <= ZERO or line.unit_price < ZERO or line.tax_rate < ZERO:
            raise BillingError(_("Quantities must be more than zero; prices and tax rates cannot be negative."))
    return list(lines)


@transaction.atomic
def invoice_create(
    *,
    by,
    customer: Customer,
    lines: Sequence[Line],
    due_date: datetime.date,
    kind: str = Invoice.Kind.INVOICE,
    contract: Contract | None = None,
    source: str = "",
    currency: str = "",
    issue: bool = False,
    order_ref: int | None = None,
) -> Invoice:
    """A draft invoice (or pro-forma) with its lines and totals; issued at once when `issue`."""
    lines = _clean_lines(lines)
    if contract is not None and contract.customer_id != customer.pk:
        raise BillingError(_("That contract belongs to another customer."))
    summed = totals((line.quantity, line.unit_price, line.tax_rate) for line in lines)
    invoice = Invoice.objects.create(
        kind=kind,
        customer=customer,
        contract=contract,
        source=source,
        order_ref=order_ref,
        due_date=due_date,
        currency=currency or customer.currency,
        net=summed.net,
        tax=summed.tax,
        gross=summed.gross,
    )
    InvoiceLine.objects.bulk_create(
        [
            InvoiceLine(
                invoice=invoice,
                position=index,
                description=line.description.strip(),
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_rate=line.tax_rate,
            )
            for index, line in enumerate(lines, start=1)
        ]
    )
    if issue:
        invoice = INVOICE_FLOW.run(invoice, "issue", by=by)
    return invoice


def invoice_for_order(order, event: str) -> Invoice | None:
    """The invoicer registered with orders.hooks (wired in home/apps.py): when `event` is the one
    BILLING_INVOICE_ORDERS_ON names, the order's lines become an issued invoice linked to the order.

    Exactly once per order: an order that has one keeps it, and the unique constraint
    `invoice_once_per_order` settles a race (the loser reads the winner's invoice). Runs inside
    the order's move; an order with nothing to pay gets no invoice. `order` is read by duck typing
    (customer, currency, number, lines with name, quantity, unit_price, tax_rate)."""
    if event != settings.BILLING_INVOICE_ORDERS_ON:
        return None
    existing = Invoice.objects.filter(order_ref=order.pk).first()
    if existing is not None:
        return existing
    lines = [
        Line(line.name, Decimal(line.quantity), line.unit_price, line.tax_rate)
        for line in order.lines.order_by("pk")
        if line.unit_price > ZERO
    ]
    if not lines:
        return None
    today = timezone.localdate()
    try:
        with transaction.atomic():  # a savepoint: the order's move goes on if another made the invoice
            return invoice_create(
                by=system_user(),
                customer=order.customer,
                lines=lines,
                due_date=today + datetime.timedelta(days=settings.BILLING_INVOICE_DUE_DAYS),
                source=order.number,
                currency=order.currency,
                issue=True,
                order_ref=order.pk,
            )
    except IntegrityError:
        return Invoice.objects.get(order_ref=order.pk)


@transaction.atomic
def invoice_update_lines(*, invoice: Invoice, lines: Sequence[Line], by) -> Invoice:
    """Only a draft is edited; an issued invoice is cancelled and replaced, or credited."""
    invoice = INVOICE_FLOW.lock(invoice)
    if invoice.status != I.DRAFT:
        raise BillingError(_("An issued invoice cannot be edited: cancel it and make a new one."))
    lines = _clean_lines(lines)
    summed = totals((line.quantity, line.unit_price, line.tax_rate) for line in lines)
    invoice.lines.all().delete()
    InvoiceLine.objects.bulk_create(
        [
            InvoiceLine(
                invoice=invoice,
                position=index,
                description=line.description.strip(),
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_rate=line.tax_rate,
            )
            for index, line in enumerate(lines, start=1)
        ]
    )
    invoice.net, invoice.tax, invoice.gross = summed.net, summed.tax, summed.gross
    invoice.save(update_fields=["net", "tax", "gross"])
    return invoice


def tax_by_rate(invoice: Invoice) -> dict[Decimal, Decimal]:
    return totals((line.quantity, line.unit_price, line.tax_rate) for line in invoice.lines.all()).tax_by_rate


def invoices_mark_overdue(*, by, today: datetime.date | None = None) -> int:
    """The daily job: unpaid invoices past their due date become overdue, and the customer is reminded."""
    today = today or timezone.localdate()
    count = 0
    for invoice in Invoice.objects.filter(status__in=[I.ISSUED, I.PARTLY_PAID], due_date__lt=today):
        INVOICE_FLOW.run(invoice, "mark_overdue", by=by)
        count += 1
    return count


@transaction.atomic
def credit_apply(*, invoice: Invoice, by) -> Decimal:
    """Pay what the customer's credit covers of `invoice`; returns the amount applied."""
    customer = Customer.objects.select_for_update().get(pk=invoice.customer_id)
    invoice = INVOICE_FLOW.lock(invoice)
    amount = min(customer.credit_balance, invoice.due)
    if amount <= ZERO:
        raise BillingError(_("There is no credit to apply."))
    INVOICE_FLOW.run(invoice, "apply_payment", by=by, values={"amount": amount, "note": _("Credit")})
    credit_change(customer_id=customer.pk, amount=-amount, kind=CreditEntry.Kind.APPLIED, by=by, invoice=invoice)
    return amount


# --- payments ---------------------------------------------------------------------------


@transaction.atomic
def payment_record(
    *,
    by,
    customer: Customer,
    amount: Decimal,
    method: str,
    paid_on: datetime.date,
    reference: str = "",
    receipt: CheckedFile | None = None,
    invoices: Sequence[Invoice] = (),
    keep_rest_as_credit: bool = False,
    currency: str = "",
    corrects: Payment | None = None,
    online: bool = False,
) -> Payment:
    """A payment as the customer (or finance) reports it: under review until finance decides."""
    if by.is_customer and by.customer_id != customer.pk:
        raise BillingError(_("You can only record payments for your own account."))
    if amount is None or amount <= ZERO:
        raise BillingError(_("The amount must be more than zero."))
    currency = currency or customer.currency
    chosen = list(Invoice.objects.filter(pk__in=[invoice.pk for invoice in invoices]).order_by("due_date", "pk"))
    for invoice in chosen:
        if invoice.customer_id != customer.pk:
            raise BillingError(_("That invoice does not exist."))
        if invoice.kind != Invoice.Kind.INVOICE or invoice.status not in (I.ISSUED, I.PARTLY_PAID, I.OVERDUE):
            raise BillingError(
                _("%(number)s cannot be paid: it is %(status)s.")
                % {"number": invoice.number or invoice.pk, "status": invoice.get_status_display()}
            )
        if invoice.currency != currency:
            raise BillingError(_("%(number)s is in another currency.") % {"number": invoice.number})
    if not chosen:
        keep_rest_as_credit = True
    due = sum((invoice.due for invoice in chosen), ZERO)
    if amount > due and not keep_rest_as_credit:
        raise BillingError(
            _("That is more than the %(due)s due on these invoices: choose to keep the rest as credit.")
            % {"due": notices.money(due, currency)}
        )
    if corrects is not None and (corrects.customer_id != customer.pk or corrects.status != Payment.Status.REJECTED):
        raise BillingError(_("Only a rejected payment of this account can be corrected."))
    payment = Payment(
        number=payment_number(timezone.localdate().year),
        customer=customer,
        amount=amount,
        currency=currency,
        method=method,
        paid_on=paid_on,
        reference=reference,
        keep_rest_as_credit=keep_rest_as_credit,
        recorded_by=by,
        corrects=corrects,
    )
    if online:
        payment.method, payment.status = Payment.Method.ONLINE, Payment.Status.AWAITING_PROVIDER
    if receipt is not None:
        payment.receipt_name, payment.receipt_type = receipt.name, receipt.content_type
        payment.receipt.save(receipt.stored_name, receipt.upload, save=False)
    payment.save()
    PaymentAllocation.objects.bulk_create([PaymentAllocation(payment=payment, invoice=invoice) for invoice in chosen])
    if by.is_customer and not online:
        notices.payment_under_review(payment)
    return payment


@transaction.atomic
def payment_receive(*, by, **fields) -> Payment:
    """Finance records money received directly: recorded and accepted in one step."""
    payment = payment_record(by=by, **fields)
    return PAYMENT_FLOW.run(payment, "accept", by=by)
