"""Benchmark of the finance desk on a big database: the review queue, the invoice list, the overdue ageing
and a customer's statement, each as its page reads it — query count and median time — and then the
pages themselves through the whole Django stack beside an authenticated empty view (the floor).

    DATABASE_URL=postgres://… python manage.py bench_billing --invoices 1000000 --payments 1000000

Rows are loaded once on PostgreSQL with INSERT … SELECT generate_series (numbers BENCH-INV-…,
BENCH-PAY-…, source/reference "bench", so the real series are untouched); running it again reuses
them. The mix is a plausible ledger: invoices over 900 days, those not yet due mostly issued, those
past due mostly paid (4 % overdue, 1 % partly paid); 2 % of payments wait for review.
Other databases (the test suite's SQLite) get the same mix through bulk_create.
"""

import datetime
import random
import statistics
import time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection, reset_queries, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import Customer
from billing import selectors
from billing.models import Invoice, Payment
from billing.tasks import system_user
from core import bench
from core.pagination import CappedPaginator

CHUNK = 250_000
I = Invoice.Status  # noqa: E741

INVOICE_SQL = """
INSERT INTO billing_invoice (kind, number, source, issue_date, due_date, currency, status, net, tax, gross,
                             paid_amount, cancel_reason, created_at, updated_at, customer_id)
SELECT 'invoice', 'BENCH-INV-' || lpad(g::text, 9, '0'), 'bench', day, day + 14, %(currency)s, st, amt, 0, amt,
       CASE st WHEN 'paid' THEN amt WHEN 'partly_paid' THEN round(amt / 2, 2) ELSE 0 END, '',
       day + time '10:00' + make_interval(secs => g %% 3600), day + time '10:00', cust
FROM (
    SELECT g, day, amt, cust,
           CASE WHEN day + 14 >= %(today)s::date
                THEN CASE WHEN r < 0.70 THEN 'issued' WHEN r < 0.95 THEN 'paid' ELSE 'cancelled' END
                ELSE CASE WHEN r < 0.93 THEN 'paid' WHEN r < 0.97 THEN 'overdue' WHEN r < 0.98 THEN 'partly_paid'
                          ELSE 'cancelled' END
           END AS st
    FROM (
        SELECT g, %(today)s::date - (random() * 900)::int AS day, round((10 + random() * 4990)::numeric, 2) AS amt,
               (%(customers)s::bigint[])[1 + floor(random() * %(n)s)::int] AS cust, random() AS r
        FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS g
    ) AS raw
) AS rows
"""

PAYMENT_SQL = """
INSERT INTO billing_payment (number, amount, currency, method, paid_on, reference, receipt, receipt_name,
                             receipt_type, keep_rest_as_credit, status, reject_reason, credited, created_at,
                             customer_id, recorded_by_id, provider_reference)
SELECT 'BENCH-PAY-' || lpad(g::text, 9, '0'), amt, %(currency)s, 'bank_transfer', day, 'bench', '', '', '', false,
       CASE WHEN r < 0.94 THEN 'accepted' WHEN r < 0.98 THEN 'rejected' ELSE 'under_review' END, '', 0,
       day + time '12:00' + make_interval(secs => g %% 3600), cust, %(by)s, ''
FROM (
    SELECT g, %(today)s::date - (random() * 900)::int AS day, round((1 + random() * 4999)::numeric, 2) AS amt,
           (%(customers)s::bigint[])[1 + floor(random() * %(n)s)::int] AS cust, random() AS r
    FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS g
) AS raw
"""


class Command(BaseCommand):
    help = "Load many invoices and payments, then time the finance desk's lists and pages."

    def add_arguments(self, parser):
        parser.add_argument("--invoices", type=int, default=1_000_000)
        parser.add_argument("--payments", type=int, default=1_000_000)
        parser.add_argument("--customers", type=int, default=2_000)
        parser.add_argument("--runs", type=int, default=15)
        parser.add_argument("--pages", action="store_true", help="also time the pages against the floor view")

    def handle(self, *args, invoices, payments, customers, runs, pages, **options):
        people = self._customers(customers)
        by = system_user()
        started = time.perf_counter()
        loaded = self._load(invoices, payments, people, by)
        if loaded:
            self.stdout.write(f"loaded in {time.perf_counter() - started:.0f} s")
        # The statement of the last bench customer: a typical one (1/--customers of the rows) whose rows
        # all come from this load (a smaller earlier run gives its rows to the first few customers).
        customer = people[-1]
        today = timezone.localdate()
        cases = {
            "review queue": lambda: list(CappedPaginator(selectors.review_queue(), 25).get_page(1).object_list),
            "invoice list (overdue)": lambda: list(
                CappedPaginator(selectors.staff_invoices(status=I.OVERDUE), 25).get_page(1).object_list
            ),
            "overdue ageing": lambda: selectors.overdue_ageing(),
            # The totals of the period and its first page of rows, as the statement page reads them.
            "statement (1 year)": lambda: selectors.statement(
                customer, start=today - datetime.timedelta(days=365), end=today
            ).rows[0:25],
        }
        self.stdout.write(
            f"database: {connection.vendor}; {Invoice.objects.count()} invoices, {Payment.objects.count()} payments"
        )
        for name, case in cases.items():
            reset_queries()  # a full query log (9,000 rows) would count 0 queries
            case()  # warm
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    case()
                    timings.append((time.perf_counter() - started) * 1000)
            self.stdout.write(f"{name:28} {len(queries):3d} queries  median {statistics.median(timings):8.1f} ms")
        if pages:
            self._pages(by, customer, runs)

    def _pages(self, by, customer, runs):
        with override_settings(ROOT_URLCONF=bench.BENCH_URLCONF):
            listed = [
                bench.BenchPage(bench.FLOOR_LABEL, bench.FLOOR_URL, by),
                bench.BenchPage("review queue page", reverse("billing_staff:review"), by),
                bench.BenchPage(
                    "invoice list page + ageing", reverse("billing_staff:invoices") + "?status=overdue", by
                ),
                bench.BenchPage("statement page", reverse("billing_staff:statement", args=[customer.pk]), by),
            ]
            reset_queries()
            figures = bench.measure(listed, runs=runs, rounds=2)
        self.stdout.write(f"{'page':<36}{'median':>8}{'p95':>8}{'queries':>8}{'× floor':>9}")
        for figure in figures:
            self.stdout.write(
                f"{figure.label:<36}{figure.median_ms:>8.1f}{figure.p95_ms:>8.1f}{figure.queries:>8}{figure.ratio:>9.1f}"
            )

    def _customers(self, count):
        existing = list(Customer.objects.filter(name__startswith="Bench ").order_by("pk")[:count])
        for n in range(len(existing), count):
            existing.append(Customer.objects.create(name=f"Bench {n}", email=f"bench{n}@example.com"))
        return existing

    def _load(self, invoices, payments, people, by) -> bool:
        have_invoices = Invoice.objects.filter(source="bench").count()
        have_payments = Payment.objects.filter(reference="bench").count()
        if have_invoices >= invoices and have_payments >= payments:
            return False
        if connection.vendor != "postgresql":
            self._bulk(invoices - have_invoices, payments - have_payments, people, by, have_invoices, have_payments)
            return True
        params = {
            "currency": people[0].currency,
            "today": timezone.localdate(),
            "customers": [person.pk for person in people],
            "n": len(people),
            "by": by.pk,
        }
        with connection.cursor() as cursor:
            cursor.execute("SELECT setseed(0.16)")
            for sql, have, want, label in (
                (INVOICE_SQL, have_invoices, invoices, "invoices"),
                (PAYMENT_SQL, have_payments, payments, "payments"),
            ):
                while have < want:
                    last = min(want, have + CHUNK)
                    with transaction.atomic():
                        cursor.execute(sql, {**params, "first": have + 1, "last": last})
                    have = last
                    self.stdout.write(f"{label}: {have}")
            # Fresh statistics, and the visibility map that lets the ageing read its index alone
            # (VACUUM cannot run in a transaction: inside the test suite's, ANALYZE only).
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{command} billing_invoice")
            cursor.execute(f"{command} billing_payment")
        return True

    def _bulk(self, invoices, payments, people, by, first_invoice, first_payment):
        """The same mix, row by row (small loads on databases without generate_series)."""
        rng = random.Random(16)
        today = timezone.localdate()
        rows = []
        for n in range(first_invoice + 1, first_invoice + invoices + 1):
            day = today - datetime.timedelta(days=rng.randrange(0, 900))
            gross = Decimal(rng.randrange(1000, 500000)) / 100
            r = rng.random()
            if day + datetime.timedelta(days=14) >= today:
                status = I.ISSUED if r < 0.7 else I.PAID if r < 0.95 else I.CANCELLED
            else:
                status = I.PAID if r < 0.93 else I.OVERDUE if r < 0.97 else I.PARTLY_PAID if r < 0.98 else I.CANCELLED
            paid = (
                gross if status == I.PAID else (gross / 2).quantize(Decimal("0.01")) if status == I.PARTLY_PAID else 0
            )
            rows.append(
                Invoice(
                    kind=Invoice.Kind.INVOICE,
                    number=f"BENCH-INV-{n:09d}",
                    customer=rng.choice(people),
                    source="bench",
                    issue_date=day,
                    due_date=day + datetime.timedelta(days=14),
                    status=status,
                    net=gross,
                    gross=gross,
                    paid_amount=paid,
                )
            )
        Invoice.objects.bulk_create(rows, batch_size=2000)
        statuses = [Payment.Status.ACCEPTED] * 8 + [Payment.Status.REJECTED, Payment.Status.UNDER_REVIEW]
        Payment.objects.bulk_create(
            [
                Payment(
                    number=f"BENCH-PAY-{n:09d}",
                    customer=rng.choice(people),
                    amount=Decimal(rng.randrange(100, 500000)) / 100,
                    method=Payment.Method.BANK_TRANSFER,
                    paid_on=today - datetime.timedelta(days=rng.randrange(0, 900)),
                    reference="bench",
                    status=rng.choice(statuses),
                    recorded_by=by,
                )
                for n in range(first_payment + 1, first_payment + payments + 1)
            ],
            batch_size=2000,
        )
