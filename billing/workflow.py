"""The transition tables of contracts, invoices and payments (core.workflow).

Money moves (applying a payment to an invoice, taking it back) are transitions
too: their `apply` changes the paid amount and recomputes the status, so every
change of an invoice's status goes through INVOICE_FLOW and leaves an action row.
"""

from decimal import Decimal

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Customer
from billing import notices
from billing.models import (
    ZERO,
    Contract,
    ContractAction,
    CreditEntry,
    Invoice,
    InvoiceAction,
    Payment,
    PaymentAction,
)
from core.numbering import next_number
from core.workflow import Input, Transition, Workflow, WorkflowError

C = Contract.Status
I = Invoice.Status  # noqa: E741
P = Payment.Status

NUMBER_PREFIXES = {Invoice.Kind.INVOICE: "INV", Invoice.Kind.PROFORMA: "PF"}


def invoice_number(kind: str, year: int) -> str:
    """The next number of the gap-free series of `kind` in `year` (inside the issuing transaction)."""
    return next_number(f"invoice:{kind}:{year}", prefix=f"{NUMBER_PREFIXES[kind]}-{year}-")


def payment_number(year: int) -> str:
    return next_number(f"payment:{year}", prefix=f"PAY-{year}-")


# --- contracts ----------------------------------------------------------------------------

_REASON = Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))

CONTRACT_FLOW = Workflow(
    model=Contract,
    field="status",
    action_model=ContractAction,
    action_fk="contract",
    related=("customer",),
    transitions=[
        Transition(
            "activate",
            gettext_lazy("Activate"),
            sources={C.DRAFT},
            target=C.ACTIVE,
            permission="billing.change_contract",
            primary=True,
        ),
        Transition(
            "announce_end",
            gettext_lazy("Mark as ending"),
            sources={C.ACTIVE},
            target=C.ENDING,
            permission="billing.change_contract",
        ),
        Transition(
            "end",
            gettext_lazy("End"),
            sources={C.ACTIVE, C.ENDING},
            target=C.ENDED,
            permission="billing.change_contract",
        ),
        Transition(
            "terminate",
            gettext_lazy("Terminate"),
            sources={C.DRAFT, C.ACTIVE, C.ENDING},
            target=C.TERMINATED,
            permission="billing.change_contract",
            inputs=[_REASON],
        ),
    ],
)


# --- invoices ---------------------------------------------------------------------------


def _has_lines(invoice: Invoice, user) -> str | None:
    if invoice.gross <= ZERO:
        return _("An invoice needs at least one line with an amount.")
    return None


def _issue(invoice: Invoice, by, values: dict) -> list[str]:
    today = timezone.localdate()
    invoice.issue_date = invoice.issue_date or today
    invoice.number = invoice_number(invoice.kind, invoice.issue_date.year)
    return ["issue_date", "number"]


def _unpaid(invoice: Invoice, user) -> str | None:
    if invoice.paid_amount > ZERO:
        return _("Payments have been applied to this invoice: reverse them before cancelling it.")
    return None


def _cancel(invoice: Invoice, by, values: dict) -> list[str]:
    invoice.cancel_reason = values["comment"][:500]
    return ["cancel_reason"]


def _past_due(invoice: Invoice, user) -> str | None:
    if invoice.due_date >= timezone.localdate():
        return _("The invoice is not due yet.")
    return None


def _is_proforma(invoice: Invoice, user) -> str | None:
    return (
        None if invoice.kind == Invoice.Kind.PROFORMA else _("Only a pro-forma invoice can be turned into an invoice.")
    )


def _is_invoice(invoice: Invoice, user) -> str | None:
    return (
        None
        if invoice.kind == Invoice.Kind.INVOICE
        else _("A pro-forma invoice is not paid: turn it into an invoice first.")
    )


def _convert(proforma: Invoice, by, values: dict) -> list[str]:
    today = timezone.localdate()
    invoice = Invoice.objects.create(
        kind=Invoice.Kind.INVOICE,
        number=invoice_number(Invoice.Kind.INVOICE, today.year),
        customer_id=proforma.customer_id,
        contract_id=proforma.contract_id,
        source=proforma.number,
        issue_date=today,
        due_date=max(proforma.due_date, today),
        currency=proforma.currency,
        status=I.ISSUED,
        net=proforma.net,
        tax=proforma.tax,
        gross=proforma.gross,
    )
    invoice.lines.bulk_create(
        [
            type(line)(
                invoice=invoice,
                position=line.position,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_rate=line.tax_rate,
            )
            for line in proforma.lines.all()
        ]
    )
    InvoiceAction.objects.create(
        invoice=invoice,
        actor=by,
        kind="issue",
        from_status="",
        to_status=I.ISSUED,
        comment=_("Made from %(number)s") % {"number": proforma.number},
    )
    notices.invoice_issued(invoice)
    proforma.converted_to = invoice
    return ["converted_to"]


def status_for(invoice: Invoice) -> str:
    """The status an open invoice has for its paid amount and due date."""
    if invoice.paid_amount >= invoice.gross:
        return I.PAID
    if invoice.due_date < timezone.localdate():
        return I.OVERDUE
    return I.PARTLY_PAID if invoice.paid_amount > ZERO else I.ISSUED


def _amount(values: dict) -> Decimal:
    amount = values.get("amount")
    if not isinstance(amount, Decimal) or amount <= ZERO:
        raise WorkflowError(_("The amount must be more than zero."))
    return amount


def _pay(invoice: Invoice, by, values: dict) -> list[str]:
    amount = _amount(values)
    if amount > invoice.due:
        raise WorkflowError(_("That is more than is due on %(number)s.") % {"number": invoice.number})
    invoice.paid_amount += amount
    invoice.status = status_for(invoice)
    return ["paid_amount", "status"]


def _unpay(invoice: Invoice, by, values: dict) -> list[str]:
    amount = _amount(values)
    if amount > invoice.paid_amount:
        raise WorkflowError(_("That is more than was paid on %(number)s.") % {"number": invoice.number})
    invoice.paid_amount -= amount
    invoice.status = status_for(invoice)
    return ["paid_amount", "status"]


_PAYABLE = {I.ISSUED, I.PARTLY_PAID, I.OVERDUE}

INVOICE_FLOW = Workflow(
    model=Invoice,
    field="status",
    action_model=InvoiceAction,
    action_fk="invoice",
    related=("customer",),
    stamp_field="updated_at",
    transitions=[
        Transition(
            "issue",
            gettext_lazy("Issue"),
            sources={I.DRAFT},
            target=I.ISSUED,
            permission="billing.issue_invoice",
            guard=_has_lines,
            apply=_issue,
            after=lambda invoice, by, values, before: notices.invoice_issued(invoice),
            primary=True,
        ),
        Transition(
            "convert",
            gettext_lazy("Turn into an invoice"),
            sources={I.ISSUED, I.OVERDUE},
            target=I.CONVERTED,
            permission="billing.issue_invoice",
            guard=_is_proforma,
            apply=_convert,
        ),
        Transition(
            "cancel",
            gettext_lazy("Cancel"),
            sources={I.DRAFT, I.ISSUED, I.OVERDUE},
            target=I.CANCELLED,
            permission="billing.issue_invoice",
            guard=_unpaid,
            apply=_cancel,
            inputs=[_REASON],
        ),
        Transition(
            "mark_overdue",
            gettext_lazy("Mark overdue"),
            sources={I.ISSUED, I.PARTLY_PAID},
            target=I.OVERDUE,
            permission="billing.change_invoice",
            guard=_past_due,
            after=lambda invoice, by, values, before: notices.invoice_overdue(invoice),
        ),
        # Money moves, made by the payment and credit services, never offered as buttons.
        Transition(
            "apply_payment",
            gettext_lazy("Apply a payment"),
            sources=_PAYABLE,
            target=None,
            permission="billing.review_payment",
            guard=_is_invoice,
            apply=_pay,
            comment_input="note",
        ),
        Transition(
            "reverse_payment",
            gettext_lazy("Take a payment back"),
            sources={I.PARTLY_PAID, I.PAID, I.OVERDUE},
            target=None,
            permission="billing.reverse_payment",
            apply=_unpay,
            comment_input="note",
        ),
    ],
)

MONEY_MOVES = {"apply_payment", "reverse_payment"}
# Made only by the payment provider's signed callback (billing.providers), never offered as buttons.
PROVIDER_MOVES = {"confirm_online", "decline_online"}


# --- payments ---------------------------------------------------------------------------


def credit_change(*, customer_id: int, amount: Decimal, kind: str, by, payment=None, invoice=None) -> None:
    """Add `amount` (negative to take) to the customer's credit, with its ledger row."""
    if not amount:
        return
    CreditEntry.objects.create(
        customer_id=customer_id, kind=kind, amount=amount, payment=payment, invoice=invoice, by=by
    )
    Customer.objects.filter(pk=customer_id).update(credit_balance=F("credit_balance") + amount)


def _accept(payment: Payment, by, values: dict) -> list[str]:
    """Pay the chosen invoices, oldest due date first, as far as the money goes; the rest is credit."""
    left = payment.amount
    allocations = payment.allocations.select_related("invoice").order_by("invoice__due_date", "invoice_id")
    for allocation in allocations:
        invoice = INVOICE_FLOW.lock(allocation.invoice)
        if invoice.currency != payment.currency:
            raise WorkflowError(_("%(number)s is in another currency.") % {"number": invoice.number})
        share = min(left, invoice.due) if invoice.status in _PAYABLE else ZERO
        if share > ZERO:
            INVOICE_FLOW.run(invoice, "apply_payment", by=by, values={"amount": share, "note": payment.number})
            allocation.amount = share
            allocation.save(update_fields=["amount"])
            left -= share
    credit_change(
        customer_id=payment.customer_id, amount=left, kind=CreditEntry.Kind.PAYMENT_REST, by=by, payment=payment
    )
    payment.credited = left
    payment.reviewed_by = by
    payment.reviewed_at = timezone.now()
    return ["credited", "reviewed_by", "reviewed_at"]


def _reject(payment: Payment, by, values: dict) -> list[str]:
    payment.reject_reason = values["comment"][:500]
    payment.reviewed_by = by
    payment.reviewed_at = timezone.now()
    return ["reject_reason", "reviewed_by", "reviewed_at"]


def _reverse(payment: Payment, by, values: dict) -> list[str]:
    """Undo acceptance exactly: each invoice gets back what was applied, the credit loses what it gained."""
    for allocation in payment.allocations.select_related("invoice").filter(amount__gt=ZERO):
        INVOICE_FLOW.run(
            allocation.invoice, "reverse_payment", by=by, values={"amount": allocation.amount, "note": payment.number}
        )
        allocation.amount = ZERO
        allocation.save(update_fields=["amount"])
    credit_change(
        customer_id=payment.customer_id,
        amount=-payment.credited,
        kind=CreditEntry.Kind.REVERSAL,
        by=by,
        payment=payment,
    )
    payment.credited = ZERO
    return ["credited"]


PAYMENT_FLOW = Workflow(
    model=Payment,
    field="status",
    action_model=PaymentAction,
    action_fk="payment",
    related=("customer",),
    transitions=[
        Transition(
            "accept",
            gettext_lazy("Accept"),
            sources={P.UNDER_REVIEW},
            target=P.ACCEPTED,
            permission="billing.review_payment",
            apply=_accept,
            primary=True,
            after=lambda payment, by, values, before: notices.payment_accepted(payment),
            explain_state=lambda payment, user: (
                _("This payment has already been accepted.") if payment.status == P.ACCEPTED else None
            ),
        ),
        Transition(
            "confirm_online",
            gettext_lazy("Confirmed by the payment provider"),
            sources={P.AWAITING_PROVIDER},
            target=P.ACCEPTED,
            permission="billing.review_payment",
            apply=_accept,
            after=lambda payment, by, values, before: notices.payment_accepted(payment),
        ),
        Transition(
            "decline_online",
            gettext_lazy("Declined by the payment provider"),
            sources={P.AWAITING_PROVIDER},
            target=P.REJECTED,
            permission="billing.review_payment",
            apply=_reject,
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why it is rejected."))],
            after=lambda payment, by, values, before: notices.payment_rejected(payment),
        ),
        Transition(
            "reject",
            gettext_lazy("Reject"),
            sources={P.UNDER_REVIEW},
            target=P.REJECTED,
            permission="billing.review_payment",
            apply=_reject,
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why it is rejected."))],
            after=lambda payment, by, values, before: notices.payment_rejected(payment),
        ),
        Transition(
            "reverse",
            gettext_lazy("Reverse"),
            sources={P.ACCEPTED},
            target=P.REVERSED,
            permission="billing.reverse_payment",
            apply=_reverse,
            inputs=[_REASON],
        ),
    ],
)
