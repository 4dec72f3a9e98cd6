import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import Branch, StaffProfile
from repairs import services
from repairs.models import Repair, RepairDesk
from tests.factories import StaffUserFactory


@pytest.fixture
def branch(db):
    branch = Branch.objects.create(name="Central", address="Main St 1", phone="+74951234567")
    RepairDesk.objects.create(branch=branch, opening_hours="Mon–Fri 9–18")
    return branch


@pytest.fixture
def other_branch(db):
    branch = Branch.objects.create(name="North", address="North St 2")
    RepairDesk.objects.create(branch=branch, opening_hours="Mon–Sat 10–19")
    return branch


def staff_at(branch, *, username: str, role: str):
    user = StaffUserFactory(username=username, role=role)
    StaffProfile.objects.filter(user=user).update(branch=branch)
    user.refresh_from_db()
    return user


@pytest.fixture
def technician(branch):
    """A technician of the Central branch."""
    return staff_at(branch, username="tess", role="Technician")


@pytest.fixture
def far_technician(other_branch):
    """A technician of another branch."""
    return staff_at(other_branch, username="nick", role="Technician")


def register(*, by, customer, branch, **extra) -> Repair:
    values = {
        "device_type": "Phone",
        "device_model": "Pixel 8",
        "serial_number": "SN-12345",
        "problem": "Does not charge",
        "handed_over_by": "Alice Owner",
        "handed_over_id_number": "AB123456",
        "handed_over_phone": "+74951112233",
        "condition": [Repair.Condition.SCRATCHES],
        **extra,
    }
    return services.repair_register(by=by, customer=customer, branch=branch, **values)


def quote(repair, by, *, valid_until=None):
    return services.repair_quote_send(
        repair=repair,
        by=by,
        lines=[
            {"kind": "parts", "description": "Charging port", "amount": Decimal("30.50")},
            {"kind": "labour", "description": "Labour", "amount": Decimal("20.00")},
        ],
        valid_until=valid_until or timezone.localdate() + datetime.timedelta(days=7),
    )


@pytest.fixture
def repair(owner, branch):
    return register(by=owner, customer=owner.customer, branch=branch)
