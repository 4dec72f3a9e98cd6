"""Median time and query count of the customer's timeline, my processes and home, and the staff
workspace and search, for one customer with N events across every kind (created here, in bulk).

    python manage.py bench_portal --events 2000 --runs 30
"""

import statistics
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Customer, User
from core.numbering import next_values
from portalhome.models import Note, Notice, Registration
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
        pages = [
            ("portal history", customer_user, reverse("core:portal_history")),
            ("portal history, notes, page 3", customer_user, reverse("core:portal_history") + "?kind=note&page=3"),
            ("my processes", customer_user, reverse("core:portal_processes")),
            ("portal home", customer_user, reverse("core:portal_home")),
            ("staff workspace", agent, reverse("core:staff_home")),
            ("staff search by name", agent, reverse("core:staff_search") + "?q=Bench"),
        ]
        self.stdout.write(f"database: {connection.vendor}; {events} events for one customer")
        self.stdout.write(f"{'page':<34}{'median ms':>10}{'p90 ms':>9}{'sql ms':>9}{'queries':>9}")
        for label, user, url in pages:
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            client.get(url)
            timings, sql_timings = [], []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                sql_timings.append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
            if response.status_code != 200:
                self.stderr.write(f"{label}: {url} answered {response.status_code}")
            p90 = statistics.quantiles(timings, n=10)[-1]
            self.stdout.write(
                f"{label:<34}{statistics.median(timings):>10.1f}{p90:>9.1f}{statistics.median(sql_timings):>9.1f}"
                f"{len(queries):>9}"
            )

    @transaction.atomic
    def _world(self, events: int) -> tuple[User, User]:
        """One customer with `events` entries spread over tickets, replies, internal comments, notes and outages."""
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
        queue, _created = Queue.objects.get_or_create(name="Bench portal queue")
        now = timezone.now()
        count = events // 4
        numbers = next_values(NUMBER_SERIES, count)
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
            for i, number in enumerate(numbers)
        )
        TicketMessage.objects.bulk_create(
            TicketMessage(ticket=t, author=agent, body=f"{kind} {i}", kind=kind, created_at=now - timedelta(hours=i))
            for i, t in enumerate(tickets)
            for kind in ("public", "internal")
        )
        Note.objects.bulk_create(
            Note(
                customer=customer, author=user, title=f"Bench note {i}", created_at=now - timedelta(hours=i, minutes=30)
            )
            for i in range(events - 3 * count - 20)
        )
        Outage.objects.bulk_create(
            Outage(area="Bench-Area", services="Internet", starts_at=now - timedelta(days=i), declared_by=agent)
            for i in range(20)
        )
        Notice.objects.bulk_create(Notice(title=f"Bench notice {i}", created_by=agent) for i in range(20))
        Registration.objects.bulk_create(
            Registration(name="Bench", email=f"bench-{i}@example.com", status=Registration.Status.PENDING)
            for i in range(50)
        )
        return user, agent
