"""Median time and query count of the technician's branch queue and the customer's repair list,
through the full Django stack, against the configured database; and the receipt PDF render time.

    python manage.py bench_repairs --repairs 100000 --runs 30

Adds bench repairs (bulk, serials "BENCH-…") until the database holds --repairs of them."""

import random
import statistics
import time
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Branch, Customer, StaffProfile, User
from core.numbering import next_values
from repairs.models import REPAIR_NUMBER_PREFIX, REPAIR_NUMBER_SERIES, Repair, RepairAction, RepairDesk
from repairs.receipts import INTAKE, receipt_pdf

BRANCHES = 5
CUSTOMERS = 200
BATCH = 5000


class Command(BaseCommand):
    help = "Benchmark the branch queue, the customer's repair list and the receipt PDF."

    def add_arguments(self, parser):
        parser.add_argument("--repairs", type=int, default=100_000)
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, repairs: int, runs: int, **options):
        technician, customer_user = self._world()
        self._fill(repairs, customer_user.customer)
        total = Repair.objects.count()
        branch = technician.staff_profile.branch
        self.stdout.write(
            f"database: {connection.vendor}, {total} repairs; branch {branch} with "
            f"{Repair.objects.filter(branch=branch).count()}; customer with "
            f"{Repair.objects.filter(customer=customer_user.customer).count()}"
        )
        repair = Repair.objects.filter(branch=branch, customer=customer_user.customer).first()
        pages = [
            ("branch queue (technician)", technician, reverse("repairs_staff:queue")),
            ("branch queue, in repair", technician, reverse("repairs_staff:queue") + "?status=in_repair"),
            ("customer's repairs", customer_user, reverse("repairs_portal:list")),
            ("repair page (staff)", technician, reverse("repairs_staff:detail", args=[repair.pk])),
            ("repair page (customer)", customer_user, reverse("repairs_portal:detail", args=[repair.pk])),
        ]
        self.stdout.write(f"{'page':<30}{'median ms':>10}{'p90 ms':>9}{'sql ms':>9}{'queries':>9}")
        for label, user, url in pages:
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            if client.get(url).status_code != 200:
                raise CommandError(f"{label}: {url} did not answer 200")
            timings, sql_timings, queries = [], [], 0
            for _run in range(runs):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                queries = len(captured)
                sql_timings.append(sum(float(query["time"]) for query in captured.captured_queries) * 1000)
            p90 = sorted(timings)[int(len(timings) * 0.9) - 1]
            self.stdout.write(
                f"{label:<30}{statistics.median(timings):>10.1f}{p90:>9.1f}"
                f"{statistics.median(sql_timings):>9.1f}{queries:>9}"
            )
        for language in ("en", "ru", "fa", "zh-hans"):
            with translation.override(language):
                receipt_pdf(repair, kind=INTAKE)  # fonts loaded once
                started = time.perf_counter()
                receipt_pdf(repair, kind=INTAKE)
                self.stdout.write(f"receipt PDF ({language}): {(time.perf_counter() - started) * 1000:.0f} ms")

    def _world(self) -> tuple[User, User]:
        branches = []
        for index in range(BRANCHES):
            branch, _created = Branch.objects.get_or_create(name=f"Bench branch {index + 1}")
            RepairDesk.objects.get_or_create(branch=branch)
            branches.append(branch)
        technician, _created = User.objects.get_or_create(
            username="bench-technician", defaults={"is_staff": True, "email": "bench-technician@example.com"}
        )
        technician.groups.add(Group.objects.get_or_create(name="Technician")[0])
        StaffProfile.objects.update_or_create(user=technician, defaults={"branch": branches[0]})
        customer = Customer.objects.filter(name="Bench customer").first()
        if customer is None:
            customer = Customer(name="Bench customer", email="bench@example.com")
            customer.save()
        customer_user, _created = User.objects.get_or_create(
            username="bench-customer", defaults={"customer": customer, "email": "bench-customer@example.com"}
        )
        return User.objects.select_related("staff_profile").get(pk=technician.pk), customer_user

    def _fill(self, wanted: int, main_customer: Customer) -> None:
        missing = wanted - Repair.objects.filter(serial_number__startswith="BENCH-").count()
        if missing > 0:
            self._add_repairs(missing, main_customer)
        self._add_registrations()

    @staticmethod
    def _add_registrations() -> None:
        """Every repair starts with its "register" action, as one registered by the service does: the
        customer's history reads those rows, and a table without them makes the planner choose plans
        that real data would not."""
        bare = Repair.objects.filter(serial_number__startswith="BENCH-").exclude(
            pk__in=RepairAction.objects.values("repair_id")
        )
        RepairAction.objects.bulk_create(
            (
                RepairAction(repair_id=pk, actor_id=creator, kind="register", to_status=status, created_at=created_at)
                for pk, creator, status, created_at in bare.values_list("pk", "created_by", "status", "created_at")
            ),
            batch_size=BATCH,
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE repairs_repairaction")

    def _add_repairs(self, missing: int, main_customer: Customer) -> None:
        branches = list(Branch.objects.filter(name__startswith="Bench branch"))
        customers = [main_customer] + [
            Customer.objects.get_or_create(name=f"Bench customer {i}", defaults={"email": f"b{i}@example.com"})[0]
            for i in range(1, CUSTOMERS)
        ]
        creator = User.objects.get(username="bench-technician")
        statuses = Repair.Status.values
        now = timezone.now()
        rng = random.Random(15)
        while missing > 0:
            size = min(BATCH, missing)
            with transaction.atomic():
                numbers = next_values(REPAIR_NUMBER_SERIES, size)
                Repair.objects.bulk_create(
                    [
                        Repair(
                            number=f"{REPAIR_NUMBER_PREFIX}{value:06d}",
                            customer=customers[0] if value % 20 == 0 else rng.choice(customers),
                            branch=rng.choice(branches),
                            created_by=creator,
                            status=rng.choice(statuses),
                            device_type="Phone",
                            device_model=f"Model {value % 97}",
                            serial_number=f"BENCH-{value}",
                            problem="Bench repair",
                            handed_over_by="Bench",
                            handed_over_id_number="AB123456",
                            handed_over_phone="+74951112233",
                            created_at=now - timedelta(minutes=value),
                        )
                        for value in numbers
                    ]
                )
            missing -= size
            self.stdout.write(f"  … {missing} repairs still to add")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE repairs_repair")
