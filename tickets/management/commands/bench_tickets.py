"""Median time and query count of the main ticket pages, through the full
Django stack (middleware, templates), against the configured database.

    python manage.py seed_bench --tickets 200000
    python manage.py bench_tickets --runs 30
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from tickets.models import Queue, Ticket


class Command(BaseCommand):
    help = "Benchmark the customer list, a staff queue page, a ticket page and the staff search."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, runs: int, **options):
        total = Ticket.objects.count()
        if total == 0:
            raise CommandError("No tickets: run seed_bench first.")
        busiest_customer = (
            Ticket.objects.values("customer_id").annotate(n=Count("pk")).order_by("-n").values_list("customer_id", "n")
        ).first()
        customer_user = User.objects.filter(customer_id=busiest_customer[0], is_active=True).first()
        queue = Queue.objects.annotate(n=Count("tickets")).filter(members__isnull=False).order_by("-n").first()
        agent = queue.members.first()
        ticket = Ticket.objects.filter(queue=queue).annotate(n=Count("messages")).order_by("-n", "-pk").first()
        customer_ticket = (
            Ticket.objects.filter(customer__users__is_active=True)
            .annotate(n=Count("messages"))
            .order_by("-n", "-pk")
            .first()
        )
        manager = User.objects.filter(groups__name="Manager", is_active=True).first() or agent

        self.stdout.write(
            f"database: {connection.vendor}, {total} tickets; customer with {busiest_customer[1]} tickets; "
            f"queue '{queue}' with {queue.n} tickets"
        )
        pages = [
            ("customer list", customer_user, reverse("tickets_portal:list")),
            (
                "customer list, open, by priority",
                customer_user,
                reverse("tickets_portal:list") + "?state=open&sort=-priority",
            ),
            ("staff queue page", agent, reverse("tickets_staff:queue", args=[queue.pk])),
            ("staff folder", agent, reverse("tickets_staff:folder")),
            ("ticket page (staff)", agent, reverse("tickets_staff:detail", args=[ticket.pk])),
            (
                "ticket page (customer)",
                customer_ticket.customer.users.first(),
                reverse("tickets_portal:detail", args=[customer_ticket.pk]),
            ),
            ("staff search 'router'", manager, reverse("tickets_staff:search") + "?q=router"),
            ("staff search by number", manager, reverse("tickets_staff:search") + f"?q={ticket.number}"),
            ("portal home", customer_user, reverse("core:portal_home")),
            ("staff home", agent, reverse("core:staff_home")),
            ("outages", manager, reverse("tickets_staff:outages")),
            ("interactions", manager, reverse("tickets_staff:interactions")),
        ]
        self.stdout.write(f"{'page':<36}{'median ms':>10}{'p90 ms':>9}{'sql ms':>9}{'queries':>9}")
        for label, user, url in pages:
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            response = client.get(url)
            if response.status_code != 200:
                raise CommandError(f"{label}: {url} answered {response.status_code}")
            timings, sql_timings = [], []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                sql_timings.append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
            p90 = statistics.quantiles(timings, n=10)[-1]
            self.stdout.write(
                f"{label:<36}{statistics.median(timings):>10.1f}{p90:>9.1f}{statistics.median(sql_timings):>9.1f}"
                f"{len(queries):>9}"
            )
