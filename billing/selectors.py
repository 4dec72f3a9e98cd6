"""Reads for billing pages: every list scoped and with a fixed number of queries."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Prefetch, Q, Sum
from django.http import Http404
from django.utils import timezone

from billing.models import ZERO, Contract, ContractDocument, CreditEntry, Invoice, Payment

I = Invoice.Status  # noqa: E741
P = Payment.Status


# --- portal: one account ----------------------------------------------------------------


def portal_invoices(user, *, kind: str, status: str = "") -> "QuerySet[Invoice]":  # noqa: F821
    """The account's issued documents (drafts are the finance desk's)."""
    rows = Invoice.objects.filter(customer_id=user.customer_id, kind=kind).exclude(status=I.DRAFT)
    if status:
        rows = rows.filter(status=status)
    return rows.order_by("-created_at", "-pk")


def portal_invoice(user, pk: int) -> Invoice:
    invoice = (
        Invoice.objects.filter(customer_id=user.customer_id, pk=pk)
        .exclude(status=I.DRAFT)
        .select_related("customer", "contract", "converted_to")
        .first()
    )
    if invoice is None:
        raise Http404
    return invoice


def portal_payable_invoices(user):
    return Invoice.objects.filter(
        customer_id=user.customer_id, kind=Invoice.Kind.INVOICE, status__in=[I.ISSUED, I.PARTLY_PAID, I.OVERDUE]
    ).order_by("due_date", "pk")


def portal_payments(user, *, status: str = ""):
    rows = Payment.objects.filter(customer_id=user.customer_id)
    if status:
        rows = rows.filter(status=status)
    return rows.order_by("-created_at", "-pk")


def portal_payment(user, pk: int) -> Payment:
    payment = Payment.objects.filter(customer_id=user.customer_id, pk=pk).select_related("customer").first()
    if payment is None:
        raise Http404
    return payment


def portal_contracts(user):
    """The account's contracts with their documents (one more query per page, whatever the number)."""
    return (
        Contract.objects.filter(customer_id=user.customer_id)
        .exclude(status=Contract.Status.DRAFT)
        .prefetch_related(Prefetch("documents", queryset=ContractDocument.objects.order_by("created_at", "pk")))
    )


def portal_contract_document(user, pk: int):
    """A document of one of the account's (non-draft) contracts; 404 for anybody else's."""
    document = (
        ContractDocument.objects.filter(pk=pk, contract__customer_id=user.customer_id)
        .exclude(contract__status=Contract.Status.DRAFT)
        .first()
    )
    if document is None:
        raise Http404
    return document


def active_contracts(customer_id: int):
    return Contract.objects.filter(
        customer_id=customer_id, status__in=[Contract.Status.ACTIVE, Contract.Status.ENDING]
    ).order_by("number")


def contract_choices(customer_id: int) -> list[tuple[str, str]]:
    """The account's active contracts as (number, label): registered with core.contracts for the ticket form."""
    return [
        (number, f"{number} — {name}") for number, name in active_contracts(customer_id).values_list("number", "name")
    ]


def contract_owner(number: str) -> int | None:
    """Whose contract `number` is (any status), for core.contracts."""
    return Contract.objects.filter(number__iexact=number.strip()).values_list("customer_id", flat=True).first()


# --- staff: the finance desk ------------------------------------------------------------


def review_queue():
    """Payments waiting for a decision, oldest first (index status, created_at)."""
    return Payment.objects.filter(status=P.UNDER_REVIEW).select_related("customer").order_by("created_at", "pk")


def staff_payment(user, pk: int) -> Payment:
    payment = Payment.objects.select_related("customer", "reviewed_by", "recorded_by").filter(pk=pk).first()
    if payment is None or not user.has_perm("billing.view_payment"):
        raise Http404
    return payment


def staff_invoices(*, kind: str = "", status: str = "", customer_id: int | None = None):
    rows = Invoice.objects.select_related("customer")
    if kind:
        rows = rows.filter(kind=kind)
    if status:
        rows = rows.filter(status=status)
    if customer_id:
        rows = rows.filter(customer_id=customer_id)
    return rows.order_by("-created_at", "-pk")


def staff_invoice(user, pk: int) -> Invoice:
    invoice = Invoice.objects.select_related("customer", "contract", "converted_to").filter(pk=pk).first()
    if invoice is None or not user.has_perm("billing.view_invoice"):
        raise Http404
    return invoice


def staff_contract(user, pk: int) -> Contract:
    contract = Contract.objects.select_related("customer", "account_manager").filter(pk=pk).first()
    if contract is None or not user.has_perm("billing.view_contract"):
        raise Http404
    return contract


def staff_contract_document(user, pk: int) -> ContractDocument:
    document = ContractDocument.objects.select_related("contract").filter(pk=pk).first()
    if document is None or not user.has_perm("billing.view_contract"):
        raise Http404
    return document


AGEING_BUCKETS = (("0-30", 0, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("90+", 91, None))


def unpaid_past_due(today: datetime.date):
    """Unpaid invoices past their due date, whether or not the daily job has marked them overdue yet.
    The WHERE clause matches the partial index `invoice_unpaid_due` (tests/billing/test_ageing_index.py)."""
    return Invoice.objects.filter(
        kind=Invoice.Kind.INVOICE, status__in=[I.ISSUED, I.PARTLY_PAID, I.OVERDUE], due_date__lt=today
    )


def overdue_ageing(*, today: datetime.date | None = None) -> list[dict]:
    """Open amounts of invoices past due by days past due, in one query (an index-only scan of
    the covering partial index `invoice_unpaid_due`)."""
    today = today or timezone.localdate()
    buckets = {}
    for label, low, high in AGEING_BUCKETS:
        window = Q(due_date__lte=today - datetime.timedelta(days=low))
        if high is not None:
            window &= Q(due_date__gte=today - datetime.timedelta(days=high))
        # due_date, not pk: every column read is in the index, so PostgreSQL reads the index alone.
        buckets[f"n_{label}"] = Count("due_date", filter=window)
        buckets[f"sum_{label}"] = Sum(F("gross") - F("paid_amount"), filter=window, default=ZERO)
    row = unpaid_past_due(today).aggregate(**buckets)
    return [
        {"label": label, "count": row[f"n_{label}"], "amount": row[f"sum_{label}"] or ZERO}
        for label, _low, _high in AGEING_BUCKETS
    ]


@dataclass
class Statement:
    customer: object
    start: datetime.date
    end: datetime.date
    rows: list[dict]
    opening: Decimal
    invoiced: Decimal
    paid: Decimal
    closing: Decimal
    credit: Decimal


def statement(customer, *, start: datetime.date, end: datetime.date) -> Statement:
    """Invoices (debit) and accepted payments (credit) of one customer over a period, with the balance
    (what is owed: positive) before, during and after it. Four queries."""
    invoices = Invoice.objects.filter(customer=customer, kind=Invoice.Kind.INVOICE).exclude(
        status__in=[I.DRAFT, I.CANCELLED]
    )
    payments = Payment.objects.filter(customer=customer, status=P.ACCEPTED)
    before = (
        (invoices.filter(issue_date__lt=start).aggregate(s=Sum("gross", default=ZERO))["s"])
        - (payments.filter(paid_on__lt=start).aggregate(s=Sum("amount", default=ZERO))["s"])
    )
    rows = [
        {"date": i.issue_date, "kind": "invoice", "number": i.number, "debit": i.gross, "credit": ZERO}
        for i in invoices.filter(issue_date__range=(start, end)).order_by("issue_date", "pk")
    ] + [
        {"date": p.paid_on, "kind": "payment", "number": p.number, "debit": ZERO, "credit": p.amount}
        for p in payments.filter(paid_on__range=(start, end)).order_by("paid_on", "pk")
    ]
    rows.sort(key=lambda r: (r["date"], r["kind"] == "payment", r["number"]))
    balance = before
    for r in rows:
        balance += r["debit"] - r["credit"]
        r["balance"] = balance
    invoiced = sum((r["debit"] for r in rows), ZERO)
    paid = sum((r["credit"] for r in rows), ZERO)
    return Statement(
        customer=customer,
        start=start,
        end=end,
        rows=rows,
        opening=before,
        invoiced=invoiced,
        paid=paid,
        closing=balance,
        credit=customer.credit_balance,
    )


def credit_entries(customer_id: int):
    return CreditEntry.objects.filter(customer_id=customer_id).order_by("-created_at", "-pk")
