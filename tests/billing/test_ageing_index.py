"""The overdue ageing reads the covering partial index of unpaid invoices by due date (PostgreSQL EXPLAIN)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from billing import selectors
from billing.models import OPEN_STATUSES, Invoice
from tests.services import require_service, vacuum_until_all_visible


@pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # outside a transaction the loader can VACUUM, as on a real database
def test_the_ageing_query_uses_the_unpaid_by_due_date_index():
    require_service("PostgreSQL", connection.vendor == "postgresql", "EXPLAIN of PostgreSQL's planner")
    # 30,000 invoices of the benchmark's mix: most paid, a few percent unpaid past due.
    call_command("bench_billing", invoices=30000, payments=10, customers=5, runs=1, stdout=io.StringIO())
    query = selectors.unpaid_past_due(timezone.localdate())
    assert 0 < query.count() < Invoice.objects.count() / 10
    with CaptureQueriesContext(connection) as captured:
        selectors.overdue_ageing()
    (ageing,) = captured.captured_queries
    vacuum_until_all_visible("billing_invoice")
    with connection.cursor() as cursor:
        cursor.execute("SELECT relallvisible, relpages FROM pg_class WHERE relname = 'billing_invoice'")
        visible, pages = cursor.fetchone()
        assert visible == pages > 0, "the loader's VACUUM did not run"
        cursor.execute(f"EXPLAIN {ageing['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using invoice_unpaid_due" in plan, plan
    assert "Seq Scan" not in plan, plan


def test_the_index_predicate_covers_every_unpaid_status():
    index = next(index for index in Invoice._meta.indexes if index.name == "invoice_unpaid_due")
    assert index.fields == ["due_date", "gross", "paid_amount"]
    assert dict(index.condition.children) == {"kind": "invoice", "status__in": ["issued", "partly_paid", "overdue"]}
    assert set(OPEN_STATUSES) == {"issued", "partly_paid", "overdue"}
