"""Seed many customers (optionally), then report the median time and query count of the customer
search by each key, the list's filters, and the customer 360 page of a customer with many services,
tickets and orders, through the full Django stack; and activate orders through one real Celery worker
against the simulated network and report activations per minute.

    python manage.py bench_customers --customers 1000000 --activations 1000

Lives in home: the 360 page's target needs tickets and orders beside the customers app's services.
PostgreSQL only for the bulk seed (INSERT … SELECT FROM generate_series, 100,000 rows a transaction).
"""

import os
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import CUSTOMER_NUMBER_PREFIX, CUSTOMER_NUMBER_SERIES, Branch, Customer, User
from core import bench
from core.numbering import next_values
from customers.activation import activation_job_create
from customers.models import ActivationJob, SubscriberService
from notifications.bench.live import Worker, celery_broker, wait_until
from orders import services as order_services
from orders.models import Order, TariffPlan
from tickets.models import NUMBER_PREFIX as TICKET_PREFIX
from tickets.models import NUMBER_SERIES as TICKET_SERIES
from tickets.models import Queue, Ticket

SEED_BATCH = 100_000
PLAN = "bench-mobile"
BRANCHES = 8
CHANNELS = 40

SEED_SQL = """
INSERT INTO accounts_customer (
    number, kind, name, email, phone, address, area, passport_number, passport_issued_by,
    tax_number, logo, status, suspension_reason, credit_balance, currency, country, created_at,
    deactivated_at, branch_id, channel_code
)
SELECT
    %(prefix)s || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END,
    CASE WHEN n %% 5 = 0 THEN 'organisation' ELSE 'person' END,
    'Bench customer ' || n,
    'bench' || n || '@example.com',
    '+7912' || lpad((n %% 10000000)::text, 7, '0'),
    '', '', '', '',
    CASE WHEN n %% 5 = 0 THEN '77' || lpad(n::text, 9, '0') ELSE '' END,
    '',
    CASE WHEN n %% 97 = 0 THEN 'suspended' ELSE 'active' END,
    '', 0, %(currency)s, %(country)s, now(), NULL,
    (%(branches)s)[1 + n %% %(branch_count)s],
    'DIST-' || (n %% %(channels)s)
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n
"""


class Command(BaseCommand):
    help = "Benchmark the customer search, the customer 360 page and activations per minute."

    def add_arguments(self, parser):
        parser.add_argument("--customers", type=int, default=0, help="customers to add first (bulk)")
        parser.add_argument("--services", type=int, default=50, help="services of the customer the 360 page shows")
        parser.add_argument("--tickets", type=int, default=500, help="tickets of that customer")
        parser.add_argument("--orders", type=int, default=500, help="orders of that customer")
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--activations", type=int, default=0, help="orders to activate in a worker (0: skip)")

    def handle(self, *args, customers, services, tickets, orders, runs, activations, **options):
        plan, _created = TariffPlan.objects.get_or_create(
            technical_name=PLAN, defaults={"name": "Bench mobile", "monthly_fee": Decimal("0.00")}
        )
        # Sales: sees customers and services, and logs in without a second factor (the page, not a 2FA redirect).
        staff = User.objects.filter(groups__name="Sales", is_active=True, customer__isnull=True).first()
        if staff is None:
            raise CommandError("Need a Sales user (seed_demo makes one).")
        if customers:
            self._seed(customers)
        target = self._target(plan, staff, services=services, tickets=tickets, orders=orders)
        with override_settings(ROOT_URLCONF=bench.BENCH_URLCONF):
            self._measure(target, staff, runs)
        if activations:
            # Their own customer: the 360 page's target keeps the numbers of rows it is measured with.
            customer = Customer.objects.filter(name="Bench activations").first() or Customer.objects.create(
                name="Bench activations", email="activations@example.com"
            )
            self._activate(activations, plan, staff, customer)

    # --- seeding ---------------------------------------------------------------------------------

    def _seed(self, count: int) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("The bulk seed needs PostgreSQL.")
        started = time.monotonic()
        branches = [Branch.objects.get_or_create(name=f"Bench branch {i}")[0].pk for i in range(1, BRANCHES + 1)]
        for start in range(0, count, SEED_BATCH):
            size = min(SEED_BATCH, count - start)
            with transaction.atomic():
                numbers = next_values(CUSTOMER_NUMBER_SERIES, size)
                with connection.cursor() as cursor:
                    cursor.execute(
                        SEED_SQL,
                        {
                            "prefix": CUSTOMER_NUMBER_PREFIX,
                            "currency": Customer._meta.get_field("currency").get_default(),
                            "country": Customer._meta.get_field("country").get_default(),
                            "branches": branches,
                            "branch_count": len(branches),
                            "channels": CHANNELS,
                            "first": numbers.start,
                            "last": numbers.stop - 1,
                        },
                    )
            self.stdout.write(f"seeded {start + size} customers ({time.monotonic() - started:.0f} s)")
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE accounts_customer")
        self.stdout.write(f"seed: {count} customers in {time.monotonic() - started:.0f} s")

    def _target(self, plan, staff, *, services: int, tickets: int, orders: int) -> Customer:
        target = Customer.objects.filter(name="Bench target").first()
        if target is None:
            target = Customer.objects.create(
                name="Bench target",
                kind=Customer.Kind.ORGANISATION,
                email="target@example.com",
                phone="+79990000001",
                tax_number="7799000001",
            )
        have = target.services.count()
        SubscriberService.objects.bulk_create(
            SubscriberService(
                customer=target,
                plan=plan,
                phone_number=f"+7998{target.pk:04d}{i:04d}",
                contract_number=f"BK-{target.pk}-{i}",
                iccid=f"8970199{target.pk:06d}{i:06d}",
            )
            for i in range(have, services)
        )
        missing = tickets - target.tickets.count()
        if missing > 0:
            queue, _created = Queue.objects.get_or_create(name="Bench queue")
            with transaction.atomic():
                numbers = next_values(TICKET_SERIES, missing)
                Ticket.objects.bulk_create(
                    Ticket(
                        number=f"{TICKET_PREFIX}{n:06d}",
                        queue=queue,
                        customer=target,
                        contact_name=target.name,
                        subject=f"Bench ticket {n}",
                        text="No signal.",
                        status=Ticket.Status.DISPATCH if n % 3 else Ticket.Status.CLOSED,
                        creator=staff,
                    )
                    for n in numbers
                )
        missing = orders - target.orders.count()
        if missing > 0:
            with transaction.atomic():
                numbers = next_values("order", missing)
                Order.objects.bulk_create(
                    Order(
                        number=f"B-{n:08d}",
                        customer=target,
                        type=Order.Type.NEW_CONNECTION,
                        status=Order.Status.SUBMITTED if n % 2 else Order.Status.COMPLETED,
                        created_by=staff,
                        created_at=timezone.now(),
                    )
                    for n in numbers
                )
        return target

    # --- pages -----------------------------------------------------------------------------------

    def _measure(self, target: Customer, staff: User, runs: int) -> None:
        service = target.services.order_by("pk").first()
        listing = reverse("customers_staff:list")
        detail = reverse("customers_staff:detail", args=[target.pk])
        branch = Branch.objects.filter(name="Bench branch 3").first()
        pages = [
            (bench.FLOOR_LABEL, bench.FLOOR_URL, None),
            ("list", listing, None),
            ("list, organisations, active", listing + "?kind=organisation&status=active", None),
            ("list, branch", listing + f"?branch={branch.pk}" if branch else listing, None),
            ("list, channel", listing + "?channel=DIST-7", None),
            ("search: account number", listing + "?" + urlencode({"q": target.number}), detail),
            ("search: name", listing + "?" + urlencode({"q": target.name}), detail),
            ("search: phone", listing + "?" + urlencode({"q": str(target.phone)}), detail),
            ("search: tax number", listing + "?" + urlencode({"q": target.tax_number}), detail),
            ("search: contract", listing + "?" + urlencode({"q": service.contract_number}), detail),
            ("search: ICCID", listing + "?" + urlencode({"q": service.iccid}), detail),
            ("customer 360: services", detail, None),
            ("customer 360: tickets", detail + "?tab=tickets", None),
            ("customer 360: orders", detail + "?tab=orders", None),
            ("service overview", reverse("customers_staff:service", args=[service.pk]), None),
        ]
        self.stdout.write(
            f"database: {connection.vendor}, {Customer.objects.count()} customers; target: "
            f"{target.services.count()} services, {target.tickets.count()} tickets, {target.orders.count()} orders"
        )
        self.stdout.write(f"{'page':<34}{'median ms':>10}{'× floor':>9}{'queries':>9}")
        client = Client(SERVER_NAME="localhost")
        client.force_login(staff)
        floor = None
        for label, url, expected in pages:
            response = client.get(url)
            wanted = (302, expected) if expected else (200, None)
            if (response.status_code, response.get("Location")) != wanted:
                raise CommandError(f"{label}: {url} answered {response.status_code} {response.get('Location', '')}")
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            floor = floor or median
            self.stdout.write(f"{label:<34}{median:>10.1f}{median / floor:>9.1f}{len(queries):>9}")

    # --- activations -----------------------------------------------------------------------------

    def _activate(self, count: int, plan, staff, customer) -> None:
        """`count` orders in "Activation", each job handed to one real worker (concurrency 1) on Redis."""
        broker = os.environ.get("REDIS_URL") or os.environ.get("CELERY_BROKER_URL", "")
        if connection.vendor != "postgresql" or not broker:
            raise CommandError("The activation benchmark needs PostgreSQL and REDIS_URL (a real worker).")
        order_ids = []
        for _ in range(count):
            order = order_services.order_create(
                by=staff,
                customer=customer,
                type="upgrade",
                items=[order_services.Item(item=plan, quantity=1)],
                delivery_method="courier",
                delivery_address="1 Bench street",
            )
            order_ids.append(order.pk)
        # Set-up: straight to "Activation" (approval is not what is measured), with the mover recorded.
        Order.objects.filter(pk__in=order_ids).update(status=Order.Status.ACTIVATION)
        jobs = [activation_job_create(order_id=order_id).pk for order_id in order_ids]
        from customers.tasks import activation_run

        logs = Path(tempfile.mkdtemp(prefix="bench-customers-"))
        self.stdout.write(f"worker log in {logs}")
        with (
            Worker(broker=broker, log_dir=logs, env={"ACTIVATION_RETRY_BASE_SECONDS": "1"}) as worker,
            celery_broker(broker, queue=worker.queue),
        ):
            started = time.perf_counter()
            for job_id in jobs:
                activation_run.delay(job_id)
            finished = ActivationJob.objects.filter(pk__in=jobs).exclude(status=ActivationJob.Status.RUNNING)
            if not wait_until(lambda: finished.count() == len(jobs), timeout=max(600, count), interval=1):
                raise CommandError(f"only {finished.count()} of {count} finished:\n{worker.log()[-3000:]}")
            minutes = (time.perf_counter() - started) / 60
        succeeded = ActivationJob.objects.filter(pk__in=jobs, status=ActivationJob.Status.SUCCEEDED).count()
        self.stdout.write(
            f"activations: {count} ({succeeded} succeeded) in {minutes * 60:.1f} s through one worker "
            f"= {count / minutes:.0f} per minute"
        )
