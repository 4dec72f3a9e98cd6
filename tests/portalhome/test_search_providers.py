"""The staff search box finds orders, repairs, billing documents and stock (issue 17), within
what the user may see, straight to the object on a single match."""

import pytest
from django.db import transaction
from django.urls import reverse

from accounts.models import Branch
from billing.models import Contract, Invoice, Payment
from home.management.commands.bench_portal import add_events
from inventory.models import Number, Sim
from orders.models import Order
from repairs.models import Repair
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(owner, agent):
    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=40)
    tag = owner.customer.pk
    Order.objects.filter(number=f"O-B{tag}-000001").update(number="O-000123")
    Repair.objects.filter(number=f"R-B{tag}-000001").update(number="R-000045")
    Contract.objects.filter(number=f"K-B{tag}-000001").update(number="K-000007")
    Invoice.objects.filter(number=f"INV-B{tag}-000001").update(number="INV-2026-000009")
    Payment.objects.filter(number=f"PAY-B{tag}-000001").update(number="PAY-2026-000011")
    sim = Sim.objects.create(iccid="8970101234567890123", imsi="250011234567890")
    number = Number.objects.create(msisdn="79161234567")
    return {
        "order": Order.objects.get(number="O-000123"),
        "repair": Repair.objects.get(number="R-000045"),
        "contract": Contract.objects.get(number="K-000007"),
        "invoice": Invoice.objects.get(number="INV-2026-000009"),
        "payment": Payment.objects.get(number="PAY-2026-000011"),
        "sim": sim,
        "number": number,
    }


def where(client, query: str) -> str:
    response = client.get(reverse("core:staff_search"), {"q": query})
    return response["Location"] if response.status_code == 302 else ""


def test_numbers_in_any_format_go_straight_to_the_object(client, manager, world):
    client.force_login(manager)
    expected = {
        world["order"].get_absolute_url(): ["O-000123", "o-123", "O123", " o-0000123 "],
        world["repair"].get_absolute_url(): ["R-000045", "r-45", world["repair"].serial_number],
        reverse("billing_staff:contract", args=[world["contract"].pk]): ["K-000007", "k-7"],
        reverse("billing_staff:invoice", args=[world["invoice"].pk]): ["INV-2026-000009", "inv-2026-9"],
        reverse("billing_staff:payment", args=[world["payment"].pk]): ["PAY-2026-000011", "pay 2026-11"],
        reverse("inventory_staff:sim_detail", args=[world["sim"].pk]): ["8970101234567890123"],
        reverse("inventory_staff:number_detail", args=[world["number"].pk]): ["+7 916 123-45-67", "79161234567"],
    }
    for url, queries in expected.items():
        for query in queries:
            assert where(client, query) == url, query


def test_a_serial_shared_by_two_repairs_lists_both(client, manager, world):
    Repair.objects.filter(pk=world["repair"].pk).update(serial_number="SHARED-1")
    other = Repair.objects.exclude(pk=world["repair"].pk).first()
    Repair.objects.filter(pk=other.pk).update(serial_number="SHARED-1")
    client.force_login(manager)
    page = client.get(reverse("core:staff_search"), {"q": "SHARED-1"}).content.decode()
    assert 'data-kind="repair"' in page and "R-000045" in page and other.number in page


def test_the_search_keeps_to_what_the_user_may_see(client, world):
    """A technician of another branch finds no repair, and no billing document without finance rights."""
    technician = StaffUserFactory(username="tina", role="Technician")
    technician.staff_profile.branch = Branch.objects.create(name="Far away")
    technician.staff_profile.save()
    client.force_login(technician)
    for query in ("R-000045", "K-000007", "INV-2026-000009", "PAY-2026-000011", "8970101234567890123"):
        assert where(client, query) == "", query
    support = StaffUserFactory(username="sue", role="Support agent")
    client.force_login(support)
    assert where(client, "INV-2026-000009") == ""
    assert where(client, "O-000123") == world["order"].get_absolute_url()


@pytest.mark.parametrize("query", ["O-", "r-0", "INV-20-1", "PAY-----", "K-abc", "+()--", "0" * 30])
def test_almost_numbers_give_a_result_page_never_an_error(client, manager, world, query):
    client.force_login(manager)
    assert client.get(reverse("core:staff_search"), {"q": query}).status_code == 200


def test_the_workspace_counts_what_waits_for_each_role(client, manager, owner, agent, world):
    client.force_login(manager)
    page = client.get(reverse("core:staff_home")).content.decode()
    for name in ("orders-to-review", "repairs-waiting", "payments-to-review", "failed-activations"):
        assert f'id="{name}"' in page, name
    finance = StaffUserFactory(username="fiona", role="Finance")
    client.force_login(finance)
    page = client.get(reverse("core:staff_home")).content.decode()
    assert 'id="payments-to-review"' in page and 'id="repairs-waiting"' not in page


def test_the_workspace_counts_cap_and_link_to_the_lists(client, manager, owner, agent, monkeypatch):
    from home import workspace

    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=100)
    monkeypatch.setattr(workspace, "COUNT_CAP", 2)
    client.force_login(manager)
    page = client.get(reverse("core:staff_home")).content.decode()
    assert f'id="payments-to-review" href="{reverse("billing_staff:review")}"' in page
    assert "2+" in page


@pytest.mark.parametrize("events", [20, 400])
def test_the_workspace_runs_a_fixed_number_of_queries_with_counts(
    client, manager, owner, agent, events, django_assert_max_num_queries
):
    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=events)
    client.force_login(manager)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("core:staff_home")).status_code == 200


def test_a_service_contract_number_or_phone_goes_to_the_service(client, manager, owner):
    from customers.models import SubscriberService
    from orders.models import TariffPlan

    plan = TariffPlan.objects.create(name="Mobile S", technical_name="mobile-s", monthly_fee=1)
    service = SubscriberService.objects.create(
        customer=owner.customer, phone_number="+79160000001", contract_number="K-654321", plan=plan
    )
    client.force_login(manager)
    url = reverse("customers_staff:service", args=[service.pk])
    assert where(client, "k-654321") == url and where(client, "+79160000001") == url
    client.force_login(StaffUserFactory(username="fiona", role="Finance"))
    assert where(client, "K-654321") == ""
