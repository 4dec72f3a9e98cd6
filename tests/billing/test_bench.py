"""The benchmark command runs on a small load and reports a fixed query count per list."""

import io
import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_bench_billing_small(db):
    out = io.StringIO()
    call_command("bench_billing", invoices=300, payments=300, customers=5, runs=2, stdout=out)
    counts = dict(re.findall(r"^(.+?)\s+(\d+) queries", out.getvalue(), flags=re.M))
    assert {name.strip(): int(n) for name, n in counts.items()} == {
        "review queue": 2,
        "invoice list (overdue)": 2,
        "overdue ageing": 1,
        "statement (1 year)": 4,
    }
