"""Median time and query count of the customer's timeline, my processes and home, and the staff
workspace and search, for one customer with N events across every kind (created here, in bulk).

    python manage.py bench_portal --events 2000 --runs 30
"""

import statistics
import time
from datetime import timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import Branch, Customer, User
from billing.models import Contract, Invoice, Payment
from core.bench import BENCH_URLCONF, FLOOR_LABEL, FLOOR_URL
from core.numbering import next_values
from orders.models import Order, OrderAction
from portalhome.models import Note, Notice, Registration
from repairs.models import Repair, RepairAction
from tickets.models import NUMBER_PREFIX, NUMBER_SERIES, Outage, Queue, Ticket, TicketMessage

BENCH_EMAIL = "bench-portal@omsportal.example"


class Command(BaseCommand):
    help = "Benchmark the portal timeline, my processes, the portal home, the staff workspace and search."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, events: int, runs: int, **options):
        customer_user, agent = self._world(events)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics after the bulk load, as autovacuum would give
        with override_settings(ROOT_URLCONF=BENCH_URLCONF):
            pages = [
                (FLOOR_LABEL, agent, FLOOR_URL),
                ("portal history", customer_user, reverse("core:portal_history")),
                ("portal history, notes, page 3", customer_user, reverse("core:portal_history") + "?kind=note&page=3"),
                ("my processes", customer_user, reverse("core:portal_processes")),
                ("portal home", customer_user, reverse("core:portal_home")),
                ("staff workspace", agent, reverse("core:staff_home")),
                ("staff search by name", agent, reverse("core:staff_search") + "?q=Bench"),
            ]
            self.stdout.write(f"database: {connection.vendor}; {events} events for one customer")
            self.stdout.write(
                f"{'page':<34}{'median ms':>10}{'p90 ms':>9}{'sql ms':>9}{'queries':>9}{'x floor':>9}{'cpu ms':>9}"
            )
            figures = self._measure(pages, runs)
            floor = figures[0][0]
            for (label, _user, _url), (median, p90, sql, queries, cpu) in zip(pages, figures, strict=True):
                self.stdout.write(
                    f"{label:<34}{median:>10.1f}{p90:>9.1f}{sql:>9.1f}{queries:>9}{median / floor:>9.1f}{cpu:>9.1f}"
                )

    def _measure(self, pages: list, runs: int) -> list[tuple[float, float, float, int, float]]:
        """Each run sends one request to every page in turn, so a busy moment of the machine falls on all alike.

        Besides the wall-clock median: the median CPU time of this process (Python, templates, the
        driver), which a loaded machine inflates far less than the wall clock."""
        clients = []
        for _label, user, url in pages:
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            for _warm_up in range(3):
                client.get(url)
            clients.append(client)
        timings = [[] for _page in pages]
        sql_timings = [[] for _page in pages]
        cpu_timings = [[] for _page in pages]
        counts = [0 for _page in pages]
        for _run in range(runs):
            for i, ((label, _user, url), client) in enumerate(zip(pages, clients, strict=True)):
                with CaptureQueriesContext(connection) as queries:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    response = client.get(url)
                    timings[i].append((time.perf_counter() - started) * 1000)
                    cpu_timings[i].append((time.process_time() - cpu_started) * 1000)
                sql_timings[i].append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
                counts[i] = len(queries)
                if response.status_code != 200:
                    self.stderr.write(f"{label}: {url} answered {response.status_code}")
        return [
            (statistics.median(t), statistics.quantiles(t, n=10)[-1], statistics.median(q), n, statistics.median(c))
            for t, q, n, c in zip(timings, sql_timings, counts, cpu_timings, strict=True)
        ]

    @transaction.atomic
    def _world(self, events: int) -> tuple[User, User]:
        """One customer with `events` entries spread over every kind of the timeline (see add_events)."""
        customer = Customer.objects.filter(email=BENCH_EMAIL).first()
        if customer is None:
            customer = Customer(name="Bench Customer", email=BENCH_EMAIL, area="Bench-Area")
            customer.save()
        user = User.objects.filter(email__iexact=BENCH_EMAIL).first()
        if user is None:
            user = User.objects.create_user(username="bench-portal", email=BENCH_EMAIL, customer=customer)
        agent = User.objects.filter(username="bench-portal-agent").first() or User.objects.create_user(
            username="bench-portal-agent", email="bench-portal-agent@omsportal.example", is_staff=True
        )
        if Ticket.objects.filter(customer=customer).exists():
            return user, agent
        add_events(customer=customer, user=user, agent=agent, events=events)
        Notice.objects.bulk_create(Notice(title=f"Bench notice {i}", created_by=agent) for i in range(20))
        Registration.objects.bulk_create(
            Registration(name="Bench", email=f"bench-{i}@example.com", status=Registration.Status.PENDING)
            for i in range(50)
        )
        return user, agent


def add_events(*, customer: Customer, user: User, agent: User, events: int) -> None:
    """About `events` timeline entries for one customer, in bulk, an equal share of each kind:
    tickets and their public replies (and as many internal comments, which never show), orders and
    their moves, repairs and their steps, contracts, invoices, payments, notes and outages.
    Half of the orders, repairs and payments are still in flight. Inside the caller's transaction."""
    now = timezone.now()
    share = max(1, events // 10)
    tag = customer.pk
    queue, _created = Queue.objects.get_or_create(name="Bench portal queue")
    statuses = [Ticket.Status.DISPATCH, Ticket.Status.OPEN, Ticket.Status.CLOSED, Ticket.Status.FORWARDED]
    tickets = Ticket.objects.bulk_create(
        Ticket(
            number=f"{NUMBER_PREFIX}{number:06d}",
            queue=queue,
            customer=customer,
            creator=user,
            subject=f"Bench request {i}",
            text="text",
            contact_name="Bench",
            status=statuses[i % 4],
            created_at=now - timedelta(hours=i),
        )
        for i, number in enumerate(next_values(NUMBER_SERIES, share))
    )
    TicketMessage.objects.bulk_create(
        TicketMessage(ticket=t, author=agent, body=f"{kind} {i}", kind=kind, created_at=now - timedelta(hours=i))
        for i, t in enumerate(tickets)
        for kind in ("public", "internal")
    )
    order_states = [Order.Status.SUBMITTED, Order.Status.APPROVED, Order.Status.COMPLETED, Order.Status.CANCELLED]
    orders = Order.objects.bulk_create(
        Order(
            number=f"O-B{tag}-{i:06d}",
            customer=customer,
            type=Order.Type.EQUIPMENT,
            has_goods=True,
            status=order_states[i % 4],
            created_by=user,
            created_at=now - timedelta(hours=i, minutes=5),
        )
        for i in range(share)
    )
    OrderAction.objects.bulk_create(
        OrderAction(
            order=o,
            actor=agent,
            kind="move",
            field=OrderAction.Field.STATUS,
            to_status=o.status,
            comment="INTERNAL approval note",
            created_at=now - timedelta(hours=i, minutes=6),
        )
        for i, o in enumerate(orders)
    )
    branch, _created = Branch.objects.get_or_create(name="Bench portal branch")
    repair_states = [Repair.Status.DIAGNOSING, Repair.Status.QUOTE_SENT, Repair.Status.RETURNED, Repair.Status.READY]
    repairs = Repair.objects.bulk_create(
        Repair(
            number=f"R-B{tag}-{i:06d}",
            customer=customer,
            branch=branch,
            created_by=agent,
            status=repair_states[i % 4],
            device_type="Phone",
            device_model=f"Bench phone {i}",
            serial_number=f"BENCH-{tag}-{i}",
            problem="x",
            handed_over_by="Bench",
            handed_over_id_number="SECRET-ID-123",
            handed_over_phone="+10000000000",
            created_at=now - timedelta(hours=i, minutes=10),
        )
        for i in range(share)
    )
    RepairAction.objects.bulk_create(
        RepairAction(
            repair=r,
            actor=agent,
            kind="move",
            to_status=r.status,
            comment="INTERNAL intake remark",
            created_at=now - timedelta(hours=i, minutes=11),
        )
        for i, r in enumerate(repairs)
    )
    today = timezone.localdate()
    Contract.objects.bulk_create(
        Contract(
            number=f"K-B{tag}-{i:06d}",
            name=f"Bench contract {i}",
            customer=customer,
            start_date=today,
            end_date=today + timedelta(days=365),
            amount=Decimal("10.00"),
            status=Contract.Status.ACTIVE,
            created_at=now - timedelta(hours=i, minutes=15),
        )
        for i in range(share)
    )
    Invoice.objects.bulk_create(
        Invoice(
            number=f"INV-B{tag}-{i:06d}",
            customer=customer,
            due_date=today,
            status=Invoice.Status.ISSUED,
            gross=Decimal("12.00"),
            created_at=now - timedelta(hours=i, minutes=20),
        )
        for i in range(share)
    )
    payment_states = [Payment.Status.UNDER_REVIEW, Payment.Status.ACCEPTED, Payment.Status.REJECTED]
    Payment.objects.bulk_create(
        Payment(
            number=f"PAY-B{tag}-{i:06d}",
            customer=customer,
            amount=Decimal("12.00"),
            method=Payment.Method.CASH,
            paid_on=today,
            status=payment_states[i % 3],
            recorded_by=user,
            created_at=now - timedelta(hours=i, minutes=25),
        )
        for i in range(share)
    )
    Note.objects.bulk_create(
        Note(customer=customer, author=user, title=f"Bench note {i}", created_at=now - timedelta(hours=i, minutes=30))
        for i in range(max(0, events - 9 * share - 20))
    )
    if customer.area:
        Outage.objects.bulk_create(
            Outage(area=customer.area, services="Internet", starts_at=now - timedelta(days=i), declared_by=agent)
            for i in range(20)
        )
