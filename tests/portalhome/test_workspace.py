"""The staff workspace (notices, registrations to review) and the one search box."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portalhome.models import Notice, Registration
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


def test_the_workspace_shows_current_notices_only(client, agent, manager):
    today = timezone.localdate()
    Notice.objects.create(title="Fire drill on Friday", starts_on=today, ends_on=today, created_by=manager)
    Notice.objects.create(
        title="Old news", starts_on=today - timedelta(days=9), ends_on=today - timedelta(days=2), created_by=manager
    )
    Notice.objects.create(title="Next month", starts_on=today + timedelta(days=30), created_by=manager)
    client.force_login(agent)
    page = client.get(reverse("core:staff_home")).content.decode()
    assert "Fire drill on Friday" in page and "Old news" not in page and "Next month" not in page


def test_the_workspace_counts_registrations_to_review_for_reviewers_only(client, agent, technician):
    Registration.objects.create(name="Dana", email="dana@example.com", status=Registration.Status.PENDING)
    client.force_login(agent)
    assert 'id="pending-registrations"' in client.get(reverse("core:staff_home")).content.decode()
    client.force_login(technician)
    assert 'id="pending-registrations"' not in client.get(reverse("core:staff_home")).content.decode()


@pytest.mark.parametrize("rows", [3, 60])
def test_the_workspace_runs_a_fixed_number_of_queries(client, agent, manager, rows, django_assert_max_num_queries):
    Notice.objects.bulk_create(Notice(title=f"N{i}", created_by=manager) for i in range(rows))
    Registration.objects.bulk_create(
        Registration(name="x", email=f"r{i}@example.com", status=Registration.Status.PENDING) for i in range(rows)
    )
    client.force_login(agent)
    with django_assert_max_num_queries(12):
        client.get(reverse("core:staff_home"))


def test_a_ticket_number_in_any_format_goes_straight_to_the_ticket(client, agent, owner, make_ticket):
    ticket = make_ticket(owner)
    client.force_login(agent)
    for query in (ticket.number, ticket.number.lower(), ticket.number.replace("-0000", "-")):
        response = client.get(reverse("core:staff_search"), {"q": query})
        assert response["Location"] == ticket.get_absolute_url(), query


def test_a_customer_number_goes_straight_to_the_customer(client, agent):
    customer = CustomerFactory(name="Nordwind")
    client.force_login(agent)
    response = client.get(reverse("core:staff_search"), {"q": customer.number})
    assert response.status_code == 302 and customer.number in response["Location"]


def test_a_name_or_tax_number_lists_results_grouped_by_kind(client, agent, owner, make_ticket):
    CustomerFactory(name="Nordwind Logistics", tax_number="7701234567")
    make_ticket(owner, subject="Nordwind router")
    client.force_login(agent)
    page = client.get(reverse("core:staff_search"), {"q": "nordwind"}).content.decode()
    assert 'data-kind="customer"' in page and 'data-kind="ticket"' in page
    page = client.get(reverse("core:staff_search"), {"q": "7701234567"}).content.decode()
    assert "Nordwind Logistics" in page


@pytest.mark.parametrize("query", ["", "%%%", "!@#$^&*()", "' OR 1=1 --", "x" * 500])
def test_symbols_or_nonsense_give_an_empty_result_never_an_error(client, agent, query):
    client.force_login(agent)
    response = client.get(reverse("core:staff_search"), {"q": query})
    assert response.status_code == 200


def test_the_search_box_is_on_staff_pages_only(client, agent, owner):
    client.force_login(agent)
    assert 'id="staff-search"' in client.get(reverse("core:staff_home")).content.decode()
    client.force_login(owner)
    assert 'id="staff-search"' not in client.get(reverse("core:portal_home")).content.decode()
