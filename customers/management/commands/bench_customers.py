"""Seed many customers (optionally), then report the median time and query count of the customer
search by each key and of the customer 360 and service pages, through the full Django stack; and
activate orders against the simulated network and report activations per minute.

    python manage.py bench_customers --customers 1000000 --activations 1000
"""

import statistics
import time
from decimal import Decimal
from urllib.parse import urlencode

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import CUSTOMER_NUMBER_PREFIX, CUSTOMER_NUMBER_SERIES, Customer, User
from core.numbering import next_values
from customers.activation import activation_continue, activation_job_create
from customers.models import SubscriberService
from orders import services as order_services

BATCH = 10000
PLAN = "bench-mobile"


class Command(BaseCommand):
    help = "Benchmark the customer search, the customer 360 page and activations per minute."

    def add_arguments(self, parser):
        parser.add_argument("--customers", type=int, default=0, help="customers to add first (bulk)")
        parser.add_argument("--services", type=int, default=50, help="services of the customer the 360 page shows")
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--activations", type=int, default=0, help="orders to activate (0: skip)")

    def handle(self, *args, customers: int, services: int, runs: int, activations: int, **options):
        plan_model = SubscriberService._meta.get_field("plan").related_model
        plan, _created = plan_model.objects.get_or_create(
            technical_name=PLAN, defaults={"name": "Bench mobile", "monthly_fee": Decimal("300.00")}
        )
        if customers:
            self._seed(customers)
        target = self._target(plan, services)
        # Sales: sees customers and services, and logs in without a second factor (the page, not a 2FA redirect).
        staff = User.objects.filter(groups__name="Sales", is_active=True, customer__isnull=True).first()
        if staff is None:
            raise CommandError("Need a Sales user (seed_demo makes one).")
        service = target.services.order_by("pk").first()
        listing = reverse("customers_staff:list")
        pages = [
            ("list", listing),
            ("list, organisations, active", listing + "?kind=organisation&status=active"),
            ("search: account number", listing + "?" + urlencode({"q": str(target.number)})),
            ("search: name", listing + "?" + urlencode({"q": str(target.name)})),
            ("search: phone", listing + "?" + urlencode({"q": str(target.phone)})),
            ("search: tax number", listing + "?" + urlencode({"q": str(target.tax_number)})),
            ("search: contract", listing + "?" + urlencode({"q": str(service.contract_number)})),
            ("search: ICCID", listing + "?" + urlencode({"q": str(service.iccid)})),
            ("customer 360", reverse("customers_staff:detail", args=[target.pk])),
            ("service overview", reverse("customers_staff:service", args=[service.pk])),
        ]
        self.stdout.write(f"database: {connection.vendor}, {Customer.objects.count()} customers")
        self.stdout.write(f"{'page':<34}{'median ms':>10}{'queries':>9}")
        client = Client(SERVER_NAME="localhost")
        client.force_login(staff)
        for label, url in pages:
            response = client.get(url)
            expected = reverse("customers_staff:detail", args=[target.pk]) if "?q=" in url else None
            if (response.status_code, response.get("Location")) != ((302, expected) if expected else (200, None)):
                raise CommandError(f"{label}: {url} answered {response.status_code} {response.get('Location', '')}")
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
            self.stdout.write(f"{label:<34}{statistics.median(timings):>10.1f}{len(queries):>9}")
        if activations:
            self._activate(activations, plan, staff, target)

    def _seed(self, count: int) -> None:
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            with transaction.atomic():
                numbers = next_values(CUSTOMER_NUMBER_SERIES, size)
                Customer.objects.bulk_create(
                    Customer(
                        number=f"{CUSTOMER_NUMBER_PREFIX}{n:06d}",
                        kind=Customer.Kind.ORGANISATION if n % 5 == 0 else Customer.Kind.PERSON,
                        name=f"Bench customer {n}",
                        email=f"bench{n}@example.com",
                        phone=f"+7912{n:07d}",
                        tax_number=f"77{n:08d}",
                    )
                    for n in numbers
                )
            self.stdout.write(f"seeded {start + size} customers", ending="\r")
        self.stdout.write("")

    def _target(self, plan, services: int) -> Customer:
        target = Customer.objects.filter(name="Bench target").first()
        if target is None:
            target = Customer.objects.create(
                name="Bench target", email="target@example.com", phone="+79990000001", tax_number="7799000001"
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
        return target

    def _activate(self, count: int, plan, staff, customer) -> None:
        """Through the job's own code path, one order after another: what one worker does."""
        order_ids = []
        for _ in range(count):
            order = order_services.order_create(
                by=staff,
                customer=customer,
                type="new_connection",
                items=[order_services.Item(item=plan, quantity=1)],
                delivery_method="courier",
                delivery_address="1 Bench street",
            )
            order_ids.append(order.pk)
        started = time.perf_counter()
        for order_id in order_ids:
            activation_continue(job_id=activation_job_create(order_id=order_id).pk)
        minutes = (time.perf_counter() - started) / 60
        self.stdout.write(f"activations: {count} in {minutes * 60:.1f} s = {count / minutes:.0f} per minute")
