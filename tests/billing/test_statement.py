"""A customer's statement at scale: totals and balance summed in SQL for the whole period, the rows
paged (the running balance carries from page to page), a fixed number of queries however many rows,
and the CSV (streamed) and PDF exports complete."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from billing import selectors
from billing.models import Invoice, Payment
from tests.budget import assert_query_budget, page_queries
from tests.services import require_service, vacuum_until_all_visible

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def ledger(customer, by, *, count: int, first: int = 0, days_back: int = 300):
    """`count` issued invoices and `count` accepted payments spread over the last `days_back` days, a
    few of them before the default period (one year) and some drafts, cancelled invoices and rejected
    payments that a statement leaves out."""
    today = timezone.localdate()
    invoices, payments = [], []
    for n in range(first, first + count):
        day = today - (n * 7 % days_back) * DAY
        invoices.append(
            Invoice(
                kind=Invoice.Kind.INVOICE,
                number=f"ST-INV-{n:05d}",
                customer=customer,
                issue_date=day,
                due_date=day + 14 * DAY,
                status=Invoice.Status.CANCELLED if n % 10 == 9 else Invoice.Status.ISSUED,
                net=Decimal("100.00") + n,
                gross=Decimal("120.00") + n,
            )
        )
        payments.append(
            Payment(
                number=f"ST-PAY-{n:05d}",
                customer=customer,
                amount=Decimal("50.25") + n,
                method=Payment.Method.CASH,
                paid_on=day,
                status=Payment.Status.REJECTED if n % 10 == 8 else Payment.Status.ACCEPTED,
                recorded_by=by,
            )
        )
    Invoice.objects.bulk_create(invoices)
    Payment.objects.bulk_create(payments)


def expected(customer, start, end):
    """The statement worked out in Python from every row."""
    invoices = Invoice.objects.filter(customer=customer, kind="invoice").exclude(status__in=["draft", "cancelled"])
    payments = Payment.objects.filter(customer=customer, status="accepted")
    opening = sum((i.gross for i in invoices if i.issue_date < start), Decimal(0)) - sum(
        (p.amount for p in payments if p.paid_on < start), Decimal(0)
    )
    rows = [(i.issue_date, 0, i.number, i.gross, Decimal(0)) for i in invoices if start <= i.issue_date <= end]
    rows += [(p.paid_on, 1, p.number, Decimal(0), p.amount) for p in payments if start <= p.paid_on <= end]
    rows.sort()
    balance, out = opening, []
    for day, _side, number, debit, credit in rows:
        balance += debit - credit
        out.append((day, number, debit, credit, balance))
    return opening, out


def test_totals_cover_the_whole_period_and_the_rows_are_paged(owner, finance):
    ledger(owner.customer, finance, count=60, days_back=500)
    today = timezone.localdate()
    start, end = today - 365 * DAY, today
    opening, rows = expected(owner.customer, start, end)
    result = selectors.statement(owner.customer, start=start, end=end)
    assert result.opening == opening and opening != 0
    assert result.count == len(rows) > 50
    assert result.invoiced == sum(r[2] for r in rows) and result.paid == sum(r[3] for r in rows)
    assert result.closing == rows[-1][4] == opening + result.invoiced - result.paid
    # Any window of the rows is the same slice of the full list, with the balance carried in.
    for window in (slice(0, 25), slice(25, 50), slice(50, 75), slice(7, 9)):
        got = [(r["date"], r["number"], r["debit"], r["credit"], r["balance"]) for r in result.rows[window]]
        assert got == rows[window], window
    streamed = [(r["date"], r["number"], r["debit"], r["credit"], r["balance"]) for r in result.iter_rows(chunk=7)]
    assert streamed == rows


def test_the_page_shows_one_page_with_the_balance_carried(client, owner, finance):
    ledger(owner.customer, finance, count=40)
    today = timezone.localdate()
    start = today - 365 * DAY
    _opening, rows = expected(owner.customer, start, today)
    client.force_login(finance)
    url = reverse("billing_staff:statement", args=[owner.customer.pk])
    query = {"start": start.isoformat(), "end": today.isoformat()}
    first = client.get(url, query)
    assert first.status_code == 200
    assert len(first.context["rows"]) == finance.page_size == 25
    assert first.context["page_obj"].paginator.num_pages == -(-len(rows) // 25)
    second = client.get(url, {**query, "page": 2})
    assert [r["number"] for r in second.context["rows"]] == [r[1] for r in rows[25:50]]
    assert second.context["rows"][0]["balance"] == rows[25][4]
    page = second.content.decode()
    assert "Opening balance" not in page.split('id="statement"')[1].split("</tbody>")[0]
    assert str(second.context["statement"].closing) in page


def test_the_page_runs_the_same_queries_at_two_sizes(client, owner, finance):
    client.force_login(finance)
    urls = [
        reverse("billing_staff:statement", args=[owner.customer.pk]),
        reverse("billing_staff:statement", args=[owner.customer.pk]) + "?page=2",
    ]
    ledger(owner.customer, finance, count=30)
    for url in urls:  # the first request of a session reads what later ones find cached
        client.get(url)
    small = {url: page_queries(client, url) for url in urls}
    ledger(owner.customer, finance, count=300, first=30)
    assert_query_budget(small, {url: page_queries(client, url) for url in urls})


def test_the_csv_streams_every_row(client, owner, finance):
    ledger(owner.customer, finance, count=80, days_back=500)
    today = timezone.localdate()
    start = today - 365 * DAY
    opening, rows = expected(owner.customer, start, today)
    client.force_login(finance)
    response = client.get(
        reverse("billing_staff:statement", args=[owner.customer.pk]),
        {"start": start.isoformat(), "end": today.isoformat(), "format": "csv"},
    )
    assert response.status_code == 200 and response.streaming
    lines = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert Decimal(lines[1][-1]) == opening != 0
    body = lines[2:-1]
    assert len(body) == len(rows) > 25
    assert [(line[2], line[-1]) for line in body] == [(r[1], str(r[4])) for r in rows]
    assert lines[-1][-1] == str(rows[-1][4])


def test_a_bad_period_falls_back_to_the_last_year(client, owner, finance):
    ledger(owner.customer, finance, count=5)
    client.force_login(finance)
    url = reverse("billing_staff:statement", args=[owner.customer.pk])
    for query in ({"start": "not a date", "end": "2026-13-45"}, {"page": "x"}, {"page": "999"}):
        assert client.get(url, query).status_code == 200, query


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_sums_read_the_statement_indexes(owner, finance):
    require_service("PostgreSQL", connection.vendor == "postgresql", "EXPLAIN of PostgreSQL's planner")
    ledger(owner.customer, finance, count=2000, days_back=900)
    vacuum_until_all_visible("billing_invoice", "billing_payment")
    today = timezone.localdate()
    with CaptureQueriesContext(connection) as captured:
        selectors.statement(owner.customer, start=today - 365 * DAY, end=today)
    billed, received = (q["sql"] for q in captured.captured_queries[-2:])
    with connection.cursor() as cursor:
        plans = []
        for sql in (billed, received):
            cursor.execute("SET enable_seqscan = off")  # a small table: ask which index the planner can use
            cursor.execute(f"EXPLAIN {sql}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
        cursor.execute("RESET enable_seqscan")
    assert "invoice_statement" in plans[0], plans[0]
    assert "payment_statement" in plans[1], plans[1]
