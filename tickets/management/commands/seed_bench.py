"""Bulk test data for benchmarks: N realistic tickets with messages across
accounts and queues, written in batches with COPY on PostgreSQL (no history
rows, no notifications); the database trigger fills the full-text document.

    python manage.py seed_bench --tickets 200000
"""

import random
import time
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import Customer, User
from core.numbering import next_values
from tickets.models import NUMBER_PREFIX, NUMBER_SERIES, Queue, Ticket, TicketAction, TicketMessage

SUBJECTS = [
    "No internet connection",
    "Slow speed in the evening",
    "Router keeps rebooting",
    "Invoice amount is wrong",
    "Request to change tariff",
    "SIM card blocked",
    "TV box error",
    "Landline has no dial tone",
    "Move service to a new address",
    "Cannot log in to the portal",
    "Roaming does not work",
    "Refund request",
    "Static IP address needed",
    "Wi-Fi drops every hour",
    "Number portability question",
    "Equipment return",
]
WORDS = [
    "connection",
    "router",
    "modem",
    "fibre",
    "cable",
    "signal",
    "speed",
    "invoice",
    "payment",
    "tariff",
    "contract",
    "office",
    "warehouse",
    "outage",
    "technician",
    "visit",
    "address",
    "phone",
    "number",
    "account",
    "balance",
    "refund",
    "error",
    "reboot",
    "firmware",
    "antenna",
]
BATCH = 5000
BENCH_PREFIX = "bench-"


class Command(BaseCommand):
    help = "Create N benchmark tickets (with messages and actions) by bulk insert."

    def add_arguments(self, parser):
        parser.add_argument("--tickets", type=int, default=10000)
        parser.add_argument("--customers", type=int, default=0, help="default: one per 50 tickets")
        parser.add_argument("--queues", type=int, default=12)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, tickets: int, customers: int, queues: int, seed: int, **options):
        rng = random.Random(seed)
        started = time.monotonic()
        customer_count = customers or max(2, tickets // 50)
        with transaction.atomic():
            staff, agents, bench_queues = self._staff_and_queues(queues)
            bench_customers, portal_users = self._customers(customer_count)
        self.stdout.write(
            f"{customer_count} customers, {len(bench_queues)} queues ready in {time.monotonic() - started:.1f}s"
        )

        now = timezone.now()
        statuses = (
            [Ticket.Status.DISPATCH] * 3
            + [Ticket.Status.OPEN] * 2
            + [Ticket.Status.CLOSED] * 6
            + [
                Ticket.Status.FORWARDED,
                Ticket.Status.REJECT_RETURN,
            ]
        )
        created = 0
        while created < tickets:
            size = min(BATCH, tickets - created)
            ids = self._next_ids(Ticket, size)
            with transaction.atomic():
                numbers = iter(next_values(NUMBER_SERIES, size))
            rows, messages, actions = [], [], []
            for ticket_id in ids:
                customer_index = rng.randrange(customer_count)
                customer = bench_customers[customer_index]
                creator_id = portal_users[customer_index].pk
                queue_id = rng.choice(bench_queues).pk
                status = rng.choice(statuses)
                opened = now - timedelta(minutes=rng.randrange(60 * 24 * 365 * 2))
                owner_id = rng.choice(agents).pk if status in (Ticket.Status.OPEN, Ticket.Status.CLOSED) else None
                text = " ".join(rng.choices(WORDS, k=30))
                rows.append(
                    {
                        "id": ticket_id,
                        "number": f"{NUMBER_PREFIX}{next(numbers):06d}",
                        "queue_id": queue_id,
                        "customer_id": customer.pk,
                        "contract_number": f"CN-{customer.pk:06d}",
                        "contact_name": customer.name,
                        "contact_phone": f"+7495{rng.randrange(10**7):07d}",
                        "subject": rng.choice(SUBJECTS),
                        "text": text,
                        "type": rng.choice(Ticket.Type.values),
                        "priority": rng.choice(Ticket.Priority.values),
                        "status": status,
                        "channel": rng.choice(Ticket.Channel.values),
                        "owner_id": owner_id,
                        "creator_id": creator_id,
                        "waiting_for": rng.choice(Ticket.Waiting.values),
                        "resolution": "Resolved remotely." if status == Ticket.Status.CLOSED else "",
                        "rating": rng.choice([None, 3, 4, 5]) if status == Ticket.Status.CLOSED else None,
                        "created_at": opened,
                        "updated_at": opened + timedelta(hours=rng.randrange(1, 72)),
                        "closed_at": opened + timedelta(days=1) if status == Ticket.Status.CLOSED else None,
                    }
                )
                messages.append({"ticket_id": ticket_id, "author_id": creator_id, "body": text, "created_at": opened})
                if owner_id:
                    messages.append(
                        {
                            "ticket_id": ticket_id,
                            "author_id": owner_id,
                            "body": "We are looking into it.",
                            "created_at": opened + timedelta(hours=1),
                        }
                    )
                    messages.append(
                        {
                            "ticket_id": ticket_id,
                            "author_id": owner_id,
                            "kind": TicketMessage.Kind.INTERNAL,
                            "body": "Checked the line.",
                            "created_at": opened + timedelta(hours=2),
                        }
                    )
                actions.append(
                    {
                        "ticket_id": ticket_id,
                        "kind": TicketAction.Kind.CREATED,
                        "actor_id": creator_id,
                        "to_status": Ticket.Status.DISPATCH,
                        "to_queue_id": queue_id,
                        "created_at": opened,
                    }
                )
            with transaction.atomic():
                self._insert(Ticket, rows)
                self._insert(TicketMessage, messages)
                self._insert(TicketAction, actions)
            created += size
            self.stdout.write(f"  {created}/{tickets} tickets ({time.monotonic() - started:.1f}s)")
        if connection.vendor == "postgresql":
            # What autovacuum would do soon after a bulk load: statistics for the planner, and the
            # visibility map that lets counts read indexes alone.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"{tickets} tickets in {time.monotonic() - started:.1f}s"))

    @staticmethod
    def _next_ids(model, count: int) -> list[int]:
        """Primary keys for rows written with explicit ids (tickets' messages refer to them)."""
        if connection.vendor != "postgresql":
            start = (model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
            return list(range(start, start + count))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s::bigint)",
                [model._meta.db_table, count],
            )
            return [row[0] for row in cursor.fetchall()]

    @staticmethod
    def _insert(model, rows: list[dict]) -> None:
        """COPY on PostgreSQL (several times faster than INSERT for this volume), bulk_create elsewhere.

        Rows name columns by attribute name; missing ones take the field's default.
        The search document is left to the database trigger.
        """
        if connection.vendor != "postgresql":
            model.objects.bulk_create([model(**row) for row in rows], batch_size=BATCH)
            return
        given = rows[0].keys() if rows else ()
        fields = [
            field
            for field in model._meta.concrete_fields
            if field.attname != "search_vector" and (not field.primary_key or field.attname in given)
        ]
        defaults = {field.attname: field.get_default() for field in fields}
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row([row.get(field.attname, defaults[field.attname]) for field in fields])

    def _staff_and_queues(self, count: int):
        agent_group = Group.objects.get(name="Support agent")
        agents = []
        for index in range(5):
            user, created = User.objects.get_or_create(
                username=f"{BENCH_PREFIX}agent{index}",
                defaults={"email": f"bench-agent{index}@example.com", "is_staff": True},
            )
            if created:
                user.set_password("bench-password-1")
                user.save(update_fields=["password"])
            user.groups.add(agent_group)
            agents.append(user)
        queues = []
        for index in range(count):
            queue, _created = Queue.objects.get_or_create(name=f"Bench queue {index:02d}")
            queue.members.add(agents[index % len(agents)])
            queues.append(queue)
        return agents[0], agents, queues

    def _customers(self, count: int):
        existing = Customer.objects.filter(email__startswith=BENCH_PREFIX).count()
        new = [
            Customer(
                number=f"B-{index:07d}",
                name=f"Bench customer {index}",
                email=f"{BENCH_PREFIX}{index}@example.com",
                area=f"Area-{index % 40}",
                phone=f"+7495{index:07d}",
            )
            for index in range(existing, count)
        ]
        Customer.objects.bulk_create(new, batch_size=BATCH)
        customers = list(Customer.objects.filter(email__startswith=BENCH_PREFIX).order_by("pk")[:count])
        customer_group = Group.objects.get(name="Customer")
        have = set(User.objects.filter(customer__in=customers).values_list("customer_id", flat=True))
        users = [
            User(
                username=f"{BENCH_PREFIX}c{customer.pk}",
                email=f"{BENCH_PREFIX}c{customer.pk}@example.com",
                customer=customer,
                # Django's unusable-password marker.
                password="!",  # nosec B106
            )
            for customer in customers
            if customer.pk not in have
        ]
        User.objects.bulk_create(users, batch_size=BATCH)
        by_customer = {u.customer_id: u for u in User.objects.filter(customer__in=customers)}
        through = User.groups.through
        through.objects.bulk_create(
            [through(user_id=u.pk, group_id=customer_group.pk) for u in by_customer.values()],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        return customers, [by_customer[c.pk] for c in customers]
