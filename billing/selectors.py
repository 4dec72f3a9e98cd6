"""Reads for billing pages: every list scoped and with a fixed number of queries."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import connections
from django.db.models import Count, F, Prefetch, Q, Sum
from django.http import Http404
from django.utils import timezone

from billing.models import ZERO, Contract, ContractDocument, CreditEntry, Invoice, Payment
from core.counts import cached_count

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


def overdue_ageing_of_today() -> list[dict]:
    """overdue_ageing() for the invoice list, which shows it on every page: from the cache until an
    invoice changes (scope "billing", billing.apps), and at most COUNTS_CACHE_SECONDS, for the daily
    job's bulk update that marks invoices overdue. It reads every unpaid invoice past due: 22 ms at
    a million invoices, more than the rest of the page."""
    today = timezone.localdate()
    return cached_count("billing", f"ageing:{today.isoformat()}", lambda: overdue_ageing(today=today))


@dataclass
class Statement:
    """A customer's statement over a period: the totals of the whole period (SQL sums), the rows
    read on demand — a page of them (`rows[a:b]`) or all of them streamed (`iter_rows()`)."""

    customer: object
    start: datetime.date
    end: datetime.date
    opening: Decimal
    invoiced: Decimal
    paid: Decimal
    closing: Decimal
    credit: Decimal
    count: int

    @property
    def rows(self) -> "StatementRows":
        return StatementRows(self)

    def iter_rows(self, *, chunk: int = 2000):
        """Every row of the period with its running balance, through a server-side cursor where the
        database has one (PostgreSQL): the CSV and PDF exports, whatever the number of rows."""
        return _statement_rows(self, chunked=True, chunk=chunk)


class StatementRows:
    """The rows of a statement as a sliceable sequence for a Paginator: its length is known from the
    totals (no COUNT query), a slice is one query (LIMIT/OFFSET over the period's rows, the running
    balance from a window sum over the rows before it)."""

    def __init__(self, statement: Statement):
        self.statement = statement

    def count(self) -> int:
        return self.statement.count

    def __len__(self) -> int:
        return self.statement.count

    def __getitem__(self, window: slice) -> list[dict]:
        if not isinstance(window, slice):
            raise TypeError("statement rows are read a page at a time")
        offset = window.start or 0
        stop = self.statement.count if window.stop is None else window.stop
        if stop <= offset:
            return []
        return list(_statement_rows(self.statement, offset=offset, limit=stop - offset))


# Invoices (debit) and accepted payments (credit) of the period in one ordered list: by date, invoices
# before payments on the same day, then by number. `moved` is the running sum of debit - credit from
# the start of the period (a window sum, so a page deep in a long period needs no second query).
STATEMENT_SQL = """
SELECT day, side, number, debit, credit,
       SUM(debit - credit) OVER (ORDER BY day, side, number, id ROWS UNBOUNDED PRECEDING) AS moved
FROM (
    SELECT issue_date AS day, 0 AS side, number, id, gross AS debit, 0 AS credit
    FROM {invoice}
    WHERE customer_id = %s AND kind = %s AND NOT (status IN (%s, %s)) AND issue_date >= %s AND issue_date <= %s
    UNION ALL
    SELECT paid_on, 1, number, id, 0, amount
    FROM {payment}
    WHERE customer_id = %s AND status = %s AND paid_on >= %s AND paid_on <= %s
) AS period
ORDER BY day, side, number, id
"""

CENT = Decimal("0.01")


def _money(value) -> Decimal:
    """SQLite hands back sums as float or int: back to cents (PostgreSQL's Decimals pass unchanged)."""
    return value if isinstance(value, Decimal) else Decimal(str(value)).quantize(CENT)


def _statement_rows(statement: Statement, *, offset: int = 0, limit: int | None = None, chunked=False, chunk=2000):
    sql = STATEMENT_SQL.format(invoice=Invoice._meta.db_table, payment=Payment._meta.db_table)
    params = [
        statement.customer.pk,
        Invoice.Kind.INVOICE,
        I.DRAFT,
        I.CANCELLED,
        statement.start,
        statement.end,
        statement.customer.pk,
        P.ACCEPTED,
        statement.start,
        statement.end,
    ]
    if limit is not None:
        sql += " LIMIT %s OFFSET %s"
        params += [limit, offset]
    connection = connections[Invoice.objects.db]
    server_side = chunked and not connection.settings_dict.get("DISABLE_SERVER_SIDE_CURSORS")
    with connection.chunked_cursor() if server_side else connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(chunk):
            for day, side, number, debit, credit, moved in batch:
                if isinstance(day, str):  # SQLite
                    day = datetime.date.fromisoformat(day)
                yield {
                    "date": day,
                    "kind": "payment" if side else "invoice",
                    "number": number,
                    "debit": _money(debit),
                    "credit": _money(credit),
                    "balance": statement.opening + _money(moved),
                }


def statement(customer, *, start: datetime.date, end: datetime.date) -> Statement:
    """Invoices (debit) and accepted payments (credit) of one customer over a period, with the balance
    (what is owed: positive) before, during and after it: two aggregate queries (index-only scans of
    `invoice_statement` and `payment_statement` on PostgreSQL), whatever the number of rows. The rows
    themselves are read a page at a time (`statement.rows[a:b]`, one query) or streamed (`iter_rows`)."""
    invoices = Invoice.objects.filter(customer=customer, kind=Invoice.Kind.INVOICE, issue_date__lte=end).exclude(
        status__in=[I.DRAFT, I.CANCELLED]
    )
    payments = Payment.objects.filter(customer=customer, status=P.ACCEPTED, paid_on__lte=end)
    in_period = Q(issue_date__gte=start)
    billed = invoices.aggregate(
        before=Sum("gross", filter=~in_period, default=ZERO),
        during=Sum("gross", filter=in_period, default=ZERO),
        n=Count("issue_date", filter=in_period),
    )
    in_period = Q(paid_on__gte=start)
    received = payments.aggregate(
        before=Sum("amount", filter=~in_period, default=ZERO),
        during=Sum("amount", filter=in_period, default=ZERO),
        n=Count("paid_on", filter=in_period),
    )
    opening = _money(billed["before"]) - _money(received["before"])
    invoiced, paid = _money(billed["during"]), _money(received["during"])
    return Statement(
        customer=customer,
        start=start,
        end=end,
        opening=opening,
        invoiced=invoiced,
        paid=paid,
        closing=opening + invoiced - paid,
        credit=customer.credit_balance,
        count=billed["n"] + received["n"],
    )


def credit_entries(customer_id: int):
    return CreditEntry.objects.filter(customer_id=customer_id).order_by("-created_at", "-pk")
