"""The benchmark command runs on a small load and reports a fixed query count per list and per page."""

import io
import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_bench_billing_small(db):
    out = io.StringIO()
    # Enough rows that each list has more than one page (2 % of payments wait for review, ~4 % of invoices overdue).
    call_command("bench_billing", invoices=3000, payments=3000, customers=5, runs=2, pages=True, stdout=out)
    text = out.getvalue()
    counts = dict(re.findall(r"^(.+?)\s+(\d+) queries", text, flags=re.M))
    assert {name.strip(): int(n) for name, n in counts.items()} == {
        "review queue": 2,
        "invoice list (overdue)": 2,
        "overdue ageing": 1,
        "statement (1 year)": 3,
    }
    for page in ("floor (authenticated, empty)", "review queue page", "invoice list page + ageing", "statement page"):
        assert re.search(rf"^{re.escape(page)}\s+[\d.]+\s+[\d.]+\s+\d+\s+[\d.]+$", text, flags=re.M), text
