"""Median time and query count of the order pages, through the full Django
stack (middleware, templates), against the configured database; and the time
of the streamed CSV export.

    python manage.py seed_bench_orders --orders 1000000
    python manage.py bench_orders --runs 30 --export-rows 100000
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from orders.models import Order


class Command(BaseCommand):
    help = "Benchmark the staff order desk, the customer's order list and an order page."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--export-rows", type=int, default=100000, help="0: skip the CSV export")

    def handle(self, *args, runs: int, export_rows: int, **options):
        newest = Order.objects.order_by("-created_at", "-id").select_related("customer").first()
        if newest is None:
            raise CommandError("No orders: run seed_bench_orders first.")
        total = Order.objects.count()
        customer_id = newest.customer_id
        per_customer = Order.objects.filter(customer_id=customer_id).count()
        customer_user = User.objects.filter(customer_id=customer_id, is_active=True).first()
        staff = User.objects.filter(groups__name="Sales", is_active=True, customer__isnull=True).first()
        if customer_user is None or staff is None:
            raise CommandError("Need a Sales user and a portal user of the newest order's customer.")
        name = newest.customer.name
        desk = reverse("orders_staff:desk")
        self.stdout.write(f"database: {connection.vendor}, {total} orders; customer with {per_customer} orders")
        pages = [
            ("desk", staff, desk),
            ("desk, status approved", staff, desk + "?status=approved"),
            ("desk, by customer", staff, desk + f"?customer={customer_id}"),
            ("desk, search by number", staff, desk + f"?q={newest.number}"),
            ("desk, search by customer name", staff, desk + f"?q={name}"),
            ("desk, paid, by amount", staff, desk + "?payment=paid&sort=-amount"),
            ("customer's order list", customer_user, reverse("orders_portal:list")),
            ("order page (staff)", staff, reverse("orders_staff:detail", args=[newest.pk])),
            ("order page (customer)", customer_user, reverse("orders_portal:detail", args=[newest.pk])),
        ]
        self.stdout.write(f"{'page':<34}{'median ms':>10}{'p90 ms':>9}{'sql ms':>9}{'queries':>9}")
        for label, user, url in pages:
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            if client.get(url).status_code != 200:
                raise CommandError(f"{label}: {url} did not answer 200")
            timings, sql_timings = [], []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                sql_timings.append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
            p90 = statistics.quantiles(timings, n=10)[-1]
            self.stdout.write(
                f"{label:<34}{statistics.median(timings):>10.1f}{p90:>9.1f}{statistics.median(sql_timings):>9.1f}"
                f"{len(queries):>9}"
            )
        if export_rows:
            self._export(staff, export_rows)

    def _export(self, staff, rows: int) -> None:
        """Stream the export of the newest `rows` orders (a date range that holds about that many)."""
        boundary = Order.objects.order_by("-created_at", "-id").values_list("created_at", flat=True)[rows - 1 : rows]
        since = next(iter(boundary), None)
        query = f"?date_from={since.date().isoformat()}" if since else ""
        client = Client(SERVER_NAME="localhost")
        client.force_login(staff)
        started = time.perf_counter()
        response = client.get(reverse("orders_staff:export") + query)
        size = lines = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            lines += chunk.count(b"\n")
        elapsed = time.perf_counter() - started
        self.stdout.write(f"CSV export: {lines - 1} rows, {size / 1e6:.1f} MB in {elapsed:.1f} s")
