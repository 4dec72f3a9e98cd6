"""Benchmark of the finance desk on a big database: the review queue, the invoice list, the overdue ageing
and a customer's statement, each as its page reads it — query count and median time.

    DATABASE_URL=postgres://… python manage.py bench_billing --invoices 1000000 --payments 1000000

Rows are bulk-loaded once (marked with source="bench"); running it again reuses them.
"""

import datetime
import random
import statistics
import time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Customer, User
from billing import selectors
from billing.models import Invoice, Payment
from core.numbering import next_values
from core.pagination import CappedPaginator

BATCH = 20_000
I = Invoice.Status  # noqa: E741


class Command(BaseCommand):
    help = "Load many invoices and payments, then time the finance desk's lists."

    def add_arguments(self, parser):
        parser.add_argument("--invoices", type=int, default=1_000_000)
        parser.add_argument("--payments", type=int, default=1_000_000)
        parser.add_argument("--customers", type=int, default=2_000)
        parser.add_argument("--runs", type=int, default=15)

    def handle(self, *args, invoices, payments, customers, runs, **options):
        rng = random.Random(16)
        people = self._customers(customers)
        by = User.objects.filter(is_superuser=False).order_by("pk").first() or User.objects.create(username="bench")
        self._invoices(invoices, people, rng)
        self._payments(payments, people, by, rng)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("ANALYZE billing_invoice; ANALYZE billing_payment;")
        customer = people[0]
        today = timezone.localdate()
        cases = {
            "review queue": lambda: list(CappedPaginator(selectors.review_queue(), 25).get_page(1).object_list),
            "invoice list (overdue)": lambda: list(
                CappedPaginator(selectors.staff_invoices(status=I.OVERDUE), 25).get_page(1).object_list
            ),
            "overdue ageing": lambda: selectors.overdue_ageing(),
            "statement (1 year)": lambda: selectors.statement(
                customer, start=today - datetime.timedelta(days=365), end=today
            ),
        }
        for name, case in cases.items():
            case()  # warm
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    case()
                    timings.append((time.perf_counter() - started) * 1000)
            self.stdout.write(f"{name:28} {len(queries):3d} queries  median {statistics.median(timings):8.1f} ms")

    def _customers(self, count):
        existing = list(Customer.objects.filter(name__startswith="Bench ").order_by("pk")[:count])
        for n in range(len(existing), count):
            existing.append(Customer.objects.create(name=f"Bench {n}", email=f"bench{n}@example.com"))
        return existing

    def _invoices(self, count, people, rng):
        have = Invoice.objects.filter(source="bench").count()
        today = timezone.localdate()
        statuses = [I.ISSUED, I.PAID, I.PAID, I.PAID, I.OVERDUE, I.PARTLY_PAID, I.CANCELLED]
        while have < count:
            size = min(BATCH, count - have)
            with transaction.atomic():
                numbers = next_values(f"invoice:invoice:{today.year}", size)
                rows = []
                for value in numbers:
                    gross = Decimal(rng.randrange(1000, 500000)) / 100
                    status = rng.choice(statuses)
                    issued = today - datetime.timedelta(days=rng.randrange(0, 900))
                    rows.append(
                        Invoice(
                            kind=Invoice.Kind.INVOICE,
                            number=f"INV-{today.year}-{value:07d}",
                            customer=rng.choice(people),
                            source="bench",
                            issue_date=issued,
                            due_date=issued + datetime.timedelta(days=14),
                            status=status,
                            net=gross,
                            gross=gross,
                            paid_amount=gross if status == I.PAID else Decimal("0"),
                        )
                    )
                Invoice.objects.bulk_create(rows)
            have += size
            self.stdout.write(f"invoices: {have}")

    def _payments(self, count, people, by, rng):
        have = Payment.objects.filter(reference="bench").count()
        today = timezone.localdate()
        statuses = [Payment.Status.ACCEPTED] * 8 + [Payment.Status.REJECTED, Payment.Status.UNDER_REVIEW]
        while have < count:
            size = min(BATCH, count - have)
            with transaction.atomic():
                numbers = next_values(f"payment:{today.year}", size)
                Payment.objects.bulk_create(
                    [
                        Payment(
                            number=f"PAY-{today.year}-{value:07d}",
                            customer=rng.choice(people),
                            amount=Decimal(rng.randrange(100, 500000)) / 100,
                            method=Payment.Method.BANK_TRANSFER,
                            paid_on=today - datetime.timedelta(days=rng.randrange(0, 900)),
                            reference="bench",
                            status=rng.choice(statuses),
                            recorded_by=by,
                        )
                        for value in numbers
                    ]
                )
            have += size
            self.stdout.write(f"payments: {have}")
