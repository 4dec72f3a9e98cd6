import itertools
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import Branch
from orders.models import InstallationSlot, Order, OrderLine, Product, TariffPlan
from tests.factories import StaffUserFactory

_numbers = itertools.count(900000)


@pytest.fixture
def branch(db):
    return Branch.objects.create(name="Central branch", address="1 Main street")


@pytest.fixture
def plan(db):
    return TariffPlan.objects.create(
        name="Fibre 500", technical_name="fibre-500", monthly_fee=Decimal("650.00"), one_off_fee=Decimal("1000.00")
    )


@pytest.fixture
def router(db):
    return Product.objects.create(name="Wi-Fi router AX3000", sku="RT-AX3000", price=Decimal("4990.00"))


@pytest.fixture
def sim(db):
    return Product.objects.create(name="SIM card", sku="SIM-1", kind=Product.Kind.SIM, price=Decimal("100.00"))


@pytest.fixture
def sales(db):
    return StaffUserFactory(username="sally", role="Sales", first_name="Sally", last_name="Sales")


@pytest.fixture
def finance(db):
    return StaffUserFactory(username="fiona", role="Finance")


@pytest.fixture
def technician(db, branch):
    user = StaffUserFactory(username="ted", role="Technician", first_name="Ted", last_name="Tech")
    user.staff_profile.branch = branch
    user.staff_profile.save()
    return user


@pytest.fixture
def support(db):
    return StaffUserFactory(username="sam", role="Support agent")


def make_slot(*, branch, technician, hours_ahead: int = 48) -> InstallationSlot:
    starts = timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=hours_ahead)
    return InstallationSlot.objects.create(
        branch=branch, technician=technician, starts_at=starts, ends_at=starts + timedelta(hours=2)
    )


def make_order(
    *,
    customer,
    created_by,
    type=Order.Type.NEW_CONNECTION,
    status=Order.Status.SUBMITTED,
    payment_state=None,
    has_goods=True,
    branch=None,
    delivery_method=Order.Delivery.COURIER,
) -> Order:
    """An order put straight into a state (test set-up only: the app moves orders through the workflow)."""
    order = Order.objects.create(
        number=f"O-{next(_numbers)}",
        customer=customer,
        type=type,
        status=status,
        payment_state=payment_state
        or (Order.Payment.NOT_REQUIRED if status == Order.Status.DRAFT else Order.Payment.PENDING),
        has_goods=has_goods,
        branch=branch,
        delivery_method=delivery_method,
        delivery_address="5 Garden road",
        net_total=Decimal("100.00"),
        tax_total=Decimal("20.00"),
        gross_total=Decimal("120.00"),
        created_by=created_by,
    )
    OrderLine.objects.create(
        order=order,
        product=Product.objects.get_or_create(sku="T-GOODS", defaults={"name": "Goods", "price": Decimal("100.00")})[0],
        name="Goods",
        quantity=1,
        unit_price=Decimal("100.00"),
        tax_rate=Decimal("20.00"),
        net_amount=Decimal("100.00"),
        tax_amount=Decimal("20.00"),
        gross_amount=Decimal("120.00"),
    )
    return order
