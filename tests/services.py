"""Tests that need a real service skip locally when it is missing, and fail on CI."""

import os
import time

import pytest


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_service(name: str, available: bool, why: str = "") -> None:
    if available:
        return
    message = f"{name} is not available{': ' + why if why else ''}"
    if on_ci():
        pytest.fail(f"{message} (CI=true: nothing may skip)")
    pytest.skip(message)


def vacuum_until_all_visible(*tables: str, attempts: int = 40) -> None:
    """VACUUM ANALYZE until every page of the tables is all-visible (PostgreSQL), as on a quiet database.

    The planner prices an index-only scan by how much of the table is all-visible. A transaction
    open elsewhere at that moment (another connection of the test run, autovacuum) keeps VACUUM
    from marking pages, and then a plain index wins the plan a test looks at. Such a transaction
    is short: try again."""
    from django.db import connection

    with connection.cursor() as cursor:
        for _attempt in range(attempts):
            pending = []
            for table in tables:
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")
                cursor.execute("SELECT relallvisible, relpages FROM pg_class WHERE relname = %s", [table])
                visible, pages = cursor.fetchone()
                if visible != pages:
                    pending.append(table)
            if not pending:
                return
            time.sleep(0.25)
