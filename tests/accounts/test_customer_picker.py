"""The customer picker: a scoped JSON search and a field that works without JavaScript."""

import pytest
from django.urls import reverse

from tests.factories import CustomerFactory, StaffUserFactory
from tickets.forms_staff import StaffTicketForm
from tickets.models import Queue, Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def customers(db):
    nordwind = CustomerFactory(name="Nordwind Logistics", phone="+79161234567", tax_number="7701234567")
    CustomerFactory(name="Nordstar")
    CustomerFactory(name="Volga Trade")
    return nordwind


def lookup(client, q):
    return client.get(reverse("accounts:customer_lookup"), {"q": q})


@pytest.mark.parametrize("query", ["Nordwind", "nordw", "+7916123", "77012", "<number>"])
def test_staff_find_a_customer_by_name_phone_tax_number_or_number(client, agent, customers, query):
    client.force_login(agent)
    query = customers.number if query == "<number>" else query
    names = [row["name"] for row in lookup(client, query).json()["results"]]
    assert names == ["Nordwind Logistics"]


def test_the_lookup_returns_at_most_twenty_in_a_fixed_number_of_queries(client, agent, django_assert_max_num_queries):
    for index in range(30):
        CustomerFactory(name=f"Acme {index:02d}")
    client.force_login(agent)
    with django_assert_max_num_queries(8):
        results = lookup(client, "Acme").json()["results"]
    assert len(results) == 20
    assert results[0]["label"].startswith("C-")


def test_the_lookup_is_for_staff_who_may_see_customers(client, owner, customers):
    client.force_login(owner)
    assert lookup(client, "Nord").status_code == 302
    client.force_login(StaffUserFactory(role="Channel partner"))
    assert lookup(client, "Nord").status_code == 403
    client.logout()
    assert lookup(client, "Nord").status_code == 302


def test_the_form_no_longer_lists_every_customer(client, agent, customers):
    client.force_login(agent)
    page = client.get(reverse("tickets_staff:new")).content.decode()
    assert "Volga Trade" not in page
    assert "data-customer-picker" in page and "js/customer-picker.js" in page and "<datalist" in page


def test_without_javascript_the_customer_number_is_enough(agent, customers):
    queue = Queue.objects.create(name="Support")
    data = {
        "customer_0": "",
        "customer_1": customers.number.lower(),
        "channel": Ticket.Channel.PHONE,
        "queue": queue.pk,
        "subject": "S",
        "text": "T",
        "contact_name": "Olga",
        "type": Ticket.Type.INCIDENT,
        "priority": Ticket.Priority.NORMAL,
    }
    form = StaffTicketForm(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["customer"] == customers
    wrong = StaffTicketForm({**data, "customer_1": "C-999999"})
    assert not wrong.is_valid()
    assert "No customer has this number." in wrong.errors["customer"][0]


def test_on_postgresql_the_name_search_reads_its_index(customers):
    from django.db import connection

    from accounts.models import Customer

    if connection.vendor != "postgresql":
        pytest.skip("the pattern indexes exist on PostgreSQL only")
    for index in range(300):
        CustomerFactory(name=f"Filler {index:03d}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE accounts_customer")
    plan = Customer.objects.filter(name__istartswith="Nordw").explain()
    assert "customer_name_prefix" in plan, plan
