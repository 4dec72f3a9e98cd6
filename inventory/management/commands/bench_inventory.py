"""Benchmark of the stock pages and moves at scale.

    python manage.py bench_inventory --numbers 5000000 --runs 15

Loads the numbers first if fewer exist (inventory.bench_stock, as `seed_bench_stock` does), then reports the median time and the query count
of: a pattern search (*7777), a "next 100 available" allocation, the channel tree page and a
partner's stock page. Each allocation is released again after it is timed."""

import statistics
import time

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Q
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from accounts.models import User
from core import bench
from inventory import selectors, services
from inventory.bench_stock import bench_numbers_present, load_bench_numbers
from inventory.models import Channel, ChannelUser, Number


def _page(client: Client, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")


class Command(BaseCommand):
    help = "Load N numbers (if missing) and time the stock search, allocation and pages."

    def add_arguments(self, parser):
        parser.add_argument("--numbers", type=int, default=100000)
        parser.add_argument("--runs", type=int, default=11)

    def handle(self, *args, numbers: int, runs: int, **options):
        manager = self._user("bench-manager", "Manager", is_staff=True)
        partner = self._user("bench-partner", "Channel partner", is_staff=False)
        # Sales logs in without a second factor; the manager's pages would ask for one.
        viewer = self._user("bench-sales", "Sales", is_staff=True)
        top = Channel.objects.filter(name="Bench distributor").first() or services.channel_create(
            name="Bench distributor", kind="distributor", by=manager
        )
        if not top.children.exists():
            for index in range(20):
                child = services.channel_create(
                    name=f"Bench sub {index}", kind="sub_distributor", parent=top, by=manager
                )
                for shop in range(5):
                    services.channel_create(name=f"Bench shop {index}.{shop}", kind="shop", parent=child, by=manager)
        ChannelUser.objects.get_or_create(user=partner, defaults={"channel": top})
        missing = numbers - bench_numbers_present()
        if missing > 0:
            elapsed = load_bench_numbers(missing)
            self.stdout.write(f"loaded {missing} numbers in {elapsed:.1f}s ({missing / elapsed:.0f} rows/s)")
        if not Number.objects.filter(channel=top).exists():
            services.stock_take_next(model=Number, count=1000, move="allocate", by=manager, values={"channel": top})

        host = settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS and settings.ALLOWED_HOSTS[0] != "*" else "localhost"
        staff, partner_client = Client(HTTP_HOST=host), Client(HTTP_HOST=host)
        staff.force_login(viewer)
        partner_client.force_login(partner)

        def search():
            return list(selectors.stock_search(user=manager, model=Number, filters={"pattern": "*7777"})[:25])

        def allocate_next():
            with transaction.atomic():
                ids = services.stock_take_next(
                    model=Number, count=100, move="allocate", by=manager, values={"channel": top}, filters=Q()
                )
                transaction.set_rollback(True)  # measured, then given back: the stock stays as it was
            return ids

        cases = [
            # The in-run floor: an authenticated empty page; the machine's load falls on all alike.
            ("floor (logged-in empty page)", lambda: _page(staff, bench.FLOOR_URL)),
            ("pattern search *7777", search),
            ("next 100 available, allocated", allocate_next),
            ("channel tree page", lambda: _page(staff, reverse("inventory_staff:channels"))),
            ("partner stock page", lambda: _page(partner_client, reverse("inventory_partner:stock"))),
        ]
        total = Number.objects.count()
        self.stdout.write(f"{total} numbers, {Channel.objects.count()} channels, {connection.vendor}")
        with override_settings(ROOT_URLCONF=bench.BENCH_URLCONF):
            self._measure(cases, runs)

    def _measure(self, cases, runs: int) -> None:
        floor = None
        for label, case in cases:
            case()  # warm-up
            times, queries = [], set()
            for _run in range(runs):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    case()
                    times.append((time.perf_counter() - started) * 1000)
                queries.add(len(captured))
            median = statistics.median(times)
            floor = floor or median
            self.stdout.write(
                f"{label:32s} median {median:7.1f} ms  max {max(times):7.1f} ms  "
                f"× floor {median / floor:5.1f}  queries {sorted(queries)}"
            )

    def _user(self, username: str, role: str, *, is_staff: bool) -> User:
        user, _created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@bench.example", "is_staff": is_staff}
        )
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        return User.objects.get(pk=user.pk)
