"""Loading bench stock fast (the seed and bench commands share it; no request ever calls it).

On PostgreSQL the numbers come from one INSERT … SELECT generate_series, without history
rows; a big load drops the secondary indexes first and builds them again afterwards (one
sort per index instead of millions of index insertions). Elsewhere: bulk_create in batches."""

import time

from django.db import connection, transaction
from django.utils import timezone

from inventory.models import Number, StockStatus

PREFIX = "79"
# Above this many rows the secondary indexes are rebuilt rather than maintained row by row.
REBUILD_INDEXES_FROM = 300_000


def bench_numbers_present() -> int:
    return Number.objects.filter(msisdn__startswith=PREFIX).count()


def load_bench_numbers(count: int, *, log=None) -> float:
    """Add `count` available numbers 79000000000, 79000000001, … after those already there; returns seconds."""
    start = bench_numbers_present()
    now = timezone.now()
    started = time.perf_counter()
    if connection.vendor != "postgresql":
        batch = []
        for n in range(start, start + count):
            msisdn = f"{PREFIX}{n:09d}"
            batch.append(
                Number(msisdn=msisdn, msisdn_reversed=msisdn[::-1], region="Bench", created_at=now, updated_at=now)
            )
            if len(batch) == 5000:
                Number.objects.bulk_create(batch)
                batch = []
        Number.objects.bulk_create(batch)
        return time.perf_counter() - started
    table = Number._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        cursor.execute("SET LOCAL synchronous_commit = off")
        # Django's foreign keys are deferred: their checks would be pending at CREATE INDEX time.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        rebuilt: list[tuple[str, str]] = []
        if count >= REBUILD_INDEXES_FROM:
            cursor.execute(
                """
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.tablename = %s AND NOT EXISTS (
                    SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                """,
                [table],
            )
            rebuilt = list(cursor.fetchall())
            for name, _definition in rebuilt:
                cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute(
            f"""
            INSERT INTO {table} (msisdn, msisdn_reversed, kind, price_class, price, region, status,
                reserved_for, created_at, updated_at)
            SELECT m, reverse(m), CASE WHEN m LIKE '%%7777' THEN 'golden' ELSE 'regular' END, '', 0,
                'Bench', %s, '', %s, %s
            FROM (SELECT %s || lpad(n::text, 9, '0') AS m FROM generate_series(%s::bigint, %s::bigint) AS n) AS numbers
            """,
            [StockStatus.AVAILABLE, now, now, PREFIX, start, start + count - 1],
        )
        if log:
            log(f"inserted {count} rows in {time.perf_counter() - started:.1f}s")
        for name, definition in rebuilt:
            cursor.execute(definition)
            if log:
                log(f"rebuilt {name} at {time.perf_counter() - started:.1f}s")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {table}")
    return time.perf_counter() - started
