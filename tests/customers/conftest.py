import itertools
from decimal import Decimal

import pytest

from customers.models import IpAddress, IpPool, SubscriberService
from orders.models import Order, OrderLine, TariffPlan
from tests.factories import StaffUserFactory
from tests.orders.conftest import make_order

_numbers = itertools.count(7000)


@pytest.fixture
def plan(db):
    return TariffPlan.objects.create(name="Mobile S", technical_name="mobile-s", monthly_fee=Decimal("300.00"))


@pytest.fixture
def other_plan(db):
    return TariffPlan.objects.create(name="Mobile L", technical_name="mobile-l", monthly_fee=Decimal("700.00"))


@pytest.fixture
def broadband(db):
    return TariffPlan.objects.create(name="Home 500", technical_name="broadband-500", monthly_fee=Decimal("650.00"))


@pytest.fixture
def pool(db):
    pool = IpPool.objects.create(name="Home users")
    IpAddress.objects.bulk_create(IpAddress(pool=pool, address=f"10.0.0.{i}") for i in range(1, 6))
    return pool


@pytest.fixture
def sales(db):
    return StaffUserFactory(username="sally", role="Sales")


@pytest.fixture
def technician(db):
    return StaffUserFactory(username="ted", role="Technician")


@pytest.fixture
def support(db):
    return StaffUserFactory(username="sam", role="Support agent")


@pytest.fixture
def finance(db):
    return StaffUserFactory(username="fiona", role="Finance")


def order_in_activation(*, customer, by, plan) -> Order:
    """An order that staff have just moved to "Activation" (set-up: the action row names who did it)."""
    order = make_order(customer=customer, created_by=by, type=Order.Type.NEW_CONNECTION, status=Order.Status.SHIPPED)
    OrderLine.objects.create(
        order=order,
        plan=plan,
        name=plan.name,
        quantity=1,
        unit_price=plan.monthly_fee,
        tax_rate=Decimal("20.00"),
        net_amount=plan.monthly_fee,
        tax_amount=Decimal("0.00"),
        gross_amount=plan.monthly_fee,
    )
    return order


def make_service(*, customer, plan, status=SubscriberService.Status.ACTIVE) -> SubscriberService:
    n = next(_numbers)
    return SubscriberService.objects.create(
        customer=customer,
        plan=plan,
        phone_number=f"+7900100{n:04d}",
        contract_number=f"K-{n}",
        iccid=f"8970199000000{n:06d}",
        pin="1234",
        puk="87654321",
        status=status,
    )
