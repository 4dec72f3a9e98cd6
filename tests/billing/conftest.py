import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from billing import services
from billing.services import Line
from core import roles
from tests.factories import StaffUserFactory

ROLE_NAMES = [
    roles.ADMINISTRATOR,
    roles.MANAGER,
    roles.SUPPORT_AGENT,
    roles.SALES,
    roles.TECHNICIAN,
    roles.FINANCE,
    roles.CHANNEL_PARTNER,
]


@pytest.fixture
def finance(db):
    return StaffUserFactory(username="fiona", role=roles.FINANCE)


@pytest.fixture
def finance2(db):
    return StaffUserFactory(username="fred", role=roles.FINANCE)


@pytest.fixture
def today():
    return timezone.localdate()


def make_invoice(customer, by, *, amounts=("100.00",), issue=True, kind="invoice", due_in=14, **kwargs):
    lines = [Line(f"Item {n}", Decimal("1"), Decimal(a), Decimal("20")) for n, a in enumerate(amounts)]
    return services.invoice_create(
        by=by,
        customer=customer,
        lines=lines,
        kind=kind,
        due_date=timezone.localdate() + datetime.timedelta(days=due_in),
        issue=issue,
        **kwargs,
    )


@pytest.fixture
def invoice_a(account_a, finance):
    return make_invoice(account_a, finance)
