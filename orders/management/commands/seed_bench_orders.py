"""Bulk orders for benchmarks: N orders in every status with their lines and
first timeline row, across bench customers, written with COPY on PostgreSQL
(no history rows, no notifications).

    python manage.py seed_bench_orders --orders 1000000
"""

import random
import time
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import Customer, User
from core.models import Counter
from orders.models import NUMBER_PREFIX, Order, OrderAction, OrderLine, Product, TariffPlan
from orders.money import line_amounts
from orders.workflow import order_path

BATCH = 20000
DROP_INDEXES_FROM = 100000
PREFIX = "bench-"
S, P, T = Order.Status, Order.Payment, Order.Type
BEFORE = [S.DRAFT, S.SUBMITTED, S.UNDER_REVIEW, S.REJECTED, S.CANCELLED]
PAID_FROM = {S.SHIPPED, S.ACTIVATION, S.ACTIVATED, S.COMPLETED}


class Command(BaseCommand):
    help = "Create N benchmark orders (with lines and a timeline row) by bulk insert."

    def add_arguments(self, parser):
        parser.add_argument("--orders", type=int, default=10000)
        parser.add_argument("--customers", type=int, default=0, help="default: one per 50 orders")
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, orders: int, customers: int, seed: int, **options):
        rng = random.Random(seed)
        started = time.monotonic()
        with transaction.atomic():
            sales = self._staff()
            items = self._catalogue()
            customer_ids = self._customers(customers or max(2, orders // 50))
        self.stdout.write(f"{len(customer_ids)} customers ready in {time.monotonic() - started:.1f}s")
        # Every (type, goods) with the statuses it can be in, and the lines and totals of each item choice.
        shapes = []
        for order_type in T.values:
            for goods in (True, False):
                if (order_type in (T.EQUIPMENT, T.SIM_PURCHASE) and not goods) or (
                    order_type == T.DISCONNECTION and goods
                ):
                    continue
                shapes.append((order_type, goods, BEFORE + order_path(order_type, goods)))
        plans = [item for item in items if isinstance(item, TariffPlan)]
        goods_items = [item for item in items if isinstance(item, Product)]
        priced = {}
        for item in items:
            for quantity in (1, 2, 3):
                priced[(item.pk, isinstance(item, TariffPlan), quantity)] = line_amounts(
                    unit_price=item.price, quantity=quantity, tax_rate=item.tax_rate
                )
        now = timezone.now()
        created, last_number = 0, 0
        dropped = self._drop_indexes() if connection.vendor == "postgresql" and orders >= DROP_INDEXES_FROM else []
        try:
            while created < orders:
                size = min(BATCH, orders - created)
                ids = self._next_ids(Order, size)
                order_rows, line_rows, action_rows = [], [], []
                for order_id in ids:
                    order_type, goods, statuses = rng.choice(shapes)
                    status = rng.choice(statuses)
                    chosen = [(rng.choice(plans), rng.choice((1, 1, 2)))] if order_type != T.EQUIPMENT else []
                    if goods:
                        chosen.append((rng.choice(goods_items), rng.choice((1, 2, 3))))
                    net = tax = Decimal("0.00")
                    for item, quantity in chosen:
                        is_plan = isinstance(item, TariffPlan)
                        amounts = priced[(item.pk, is_plan, quantity)]
                        net, tax = net + amounts.net, tax + amounts.tax
                        line_rows.append(
                            (order_id, None if is_plan else item.pk, item.pk if is_plan else None, item.name, quantity,
                             item.price, item.tax_rate, amounts.net, amounts.tax, amounts.gross, "")
                        )  # fmt: skip
                    if status == S.DRAFT or status in (S.REJECTED, S.CANCELLED):
                        payment = P.NOT_REQUIRED
                    elif status in PAID_FROM:
                        payment = P.PAID
                    else:
                        payment = rng.choice((P.PENDING, P.PENDING, P.PAID))
                    created_at = now - timedelta(seconds=rng.randrange(60 * 60 * 24 * 730))
                    customer_id = rng.choice(customer_ids)
                    last_number = order_id
                    order_rows.append(
                        (order_id, f"{NUMBER_PREFIX}{order_id:06d}", customer_id, rng.choice(("", "", "", "DIST-1", "DIST-2")),
                         "portal" if rng.random() < 0.6 else "staff", order_type, status, payment, "RUB", net, tax,
                         net + tax, Decimal("0.00"), goods, rng.choice(Order.Delivery.values), "1 Bench street", None,
                         None, "", "", "", "", "", sales.pk, created_at,
                         None if status == S.DRAFT else created_at + timedelta(minutes=5), created_at)
                    )  # fmt: skip
                    action_rows.append((sales.pk, "created", "", status, "", created_at, order_id, "details"))
                with transaction.atomic():
                    self._copy(Order, ORDER_COLUMNS, order_rows)
                    self._copy(OrderLine, LINE_COLUMNS, line_rows)
                    self._copy(OrderAction, ACTION_COLUMNS, action_rows)
                created += size
                self.stdout.write(f"  {created}/{orders} orders ({time.monotonic() - started:.1f}s)")
        finally:
            if dropped:
                rebuilding = time.monotonic()
                with connection.cursor() as cursor:
                    for definition in dropped:
                        cursor.execute(definition)
                self.stdout.write(f"  {len(dropped)} indexes rebuilt in {time.monotonic() - rebuilding:.1f}s")
        # The rows carry their own numbers: move the order series past them, so new orders go on from there.
        Counter.objects.bulk_create([Counter(key="order", value=0)], ignore_conflicts=True)
        Counter.objects.filter(key="order", value__lt=last_number).update(value=last_number)
        if connection.vendor == "postgresql":
            # What autovacuum does soon after a bulk load: planner statistics and the visibility map.
            vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"  # tests run inside a transaction
            with connection.cursor() as cursor:
                for table in ("orders_order", "orders_orderline", "orders_orderaction"):
                    cursor.execute(f"{vacuum} {table}")
                cursor.execute("ANALYZE accounts_customer")
                cursor.execute("ANALYZE accounts_user")
        self.stdout.write(self.style.SUCCESS(f"{orders} orders in {time.monotonic() - started:.1f}s"))

    @staticmethod
    def _drop_indexes() -> list[str]:
        """Drop the secondary indexes of the three tables (not primary keys or unique constraints) and return
        their definitions: building an index once after a large load is several times faster than
        updating it row by row."""
        tables = [Order._meta.db_table, OrderLine._meta.db_table, OrderAction._meta.db_table]
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.tablename = ANY(%s) AND NOT EXISTS (
                    SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
                )
                """,
                [tables],
            )
            found = cursor.fetchall()
            for name, _definition in found:
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
        return [definition for _name, definition in found]

    @staticmethod
    def _next_ids(model, count: int) -> list[int]:
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
    def _copy(model, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """COPY on PostgreSQL; bulk_create elsewhere (tests on SQLite)."""
        if connection.vendor != "postgresql":
            model.objects.bulk_create([model(**dict(zip(columns, row, strict=True))) for row in rows])
            return
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({names}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)

    def _staff(self) -> User:
        sales, created = User.objects.get_or_create(
            username=f"{PREFIX}sales", defaults={"email": "bench-sales@example.com", "is_staff": True}
        )
        if created:
            sales.set_password("bench-password-1")
            sales.save(update_fields=["password"])
        sales.groups.add(Group.objects.get(name="Sales"))
        return sales

    def _catalogue(self) -> list[Product | TariffPlan]:
        plans = [
            ("Home 100", "bench-home-100", "450.00", "0.00"),
            ("Fibre 500", "bench-fibre-500", "650.00", "1000.00"),
            ("Business 1G", "bench-business-1g", "2490.90", "4999.99"),
        ]
        products = [
            ("Wi-Fi router AX3000", "BENCH-RT1", Product.Kind.EQUIPMENT, "4990.00"),
            ("Mesh node", "BENCH-MESH", Product.Kind.EQUIPMENT, "3333.33"),
            ("TV box", "BENCH-TV", Product.Kind.EQUIPMENT, "2999.99"),
            ("SIM card", "BENCH-SIM", Product.Kind.SIM, "100.00"),
            ("Golden number", "BENCH-GOLD", Product.Kind.SIM, "1500.00"),
            ("Optical cable, 10 m", "BENCH-CABLE", Product.Kind.EQUIPMENT, "0.10"),
        ]
        items: list[Product | TariffPlan] = []
        for name, technical, fee, one_off in plans:
            items.append(
                TariffPlan.objects.get_or_create(
                    technical_name=technical,
                    defaults={"name": name, "monthly_fee": Decimal(fee), "one_off_fee": Decimal(one_off)},
                )[0]
            )
        for name, sku, kind, price in products:
            items.append(
                Product.objects.get_or_create(sku=sku, defaults={"name": name, "kind": kind, "price": Decimal(price)})[
                    0
                ]
            )
        return items

    def _customers(self, count: int) -> list[int]:
        existing = Customer.objects.filter(email__startswith=PREFIX).count()
        Customer.objects.bulk_create(
            [
                Customer(
                    number=f"B-{index:07d}",
                    name=f"Bench customer {index}",
                    email=f"{PREFIX}{index}@example.com",
                    area=f"Area-{index % 40}",
                    phone=f"+7495{index:07d}",
                )
                for index in range(existing, count)
            ],
            batch_size=5000,
        )
        customers = list(
            Customer.objects.filter(email__startswith=PREFIX).order_by("pk").values_list("pk", flat=True)[:count]
        )
        have = set(User.objects.filter(customer_id__in=customers).values_list("customer_id", flat=True))
        User.objects.bulk_create(
            [
                User(username=f"{PREFIX}c{pk}", email=f"{PREFIX}c{pk}@example.com", customer_id=pk, password="!")
                for pk in customers
                if pk not in have
            ],
            batch_size=5000,
        )
        return customers


ORDER_COLUMNS = (
    "id", "number", "customer_id", "channel_code", "source", "type", "status", "payment_state", "currency",
    "net_total", "tax_total", "gross_total", "refunded_amount", "has_goods", "delivery_method", "delivery_address",
    "branch_id", "desired_date", "notes", "contact_phone", "tracking_reference", "reason", "reschedule_request",
    "created_by_id", "created_at", "submitted_at", "updated_at",
)  # fmt: skip
LINE_COLUMNS = (
    "order_id", "product_id", "plan_id", "name", "quantity", "unit_price", "tax_rate", "net_amount", "tax_amount",
    "gross_amount", "stock_reference",
)  # fmt: skip
ACTION_COLUMNS = ("actor_id", "kind", "from_status", "to_status", "comment", "created_at", "order_id", "field")
