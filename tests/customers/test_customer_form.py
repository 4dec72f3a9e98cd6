"""Staff add and edit customers through a service that validates and records history."""

from django.urls import reverse

from accounts.models import Customer, SecurityEvent
from tests.factories import CustomerFactory, StaffUserFactory

FIELDS = {"kind": "organisation", "name": "Acme LLC", "email": "office@acme.example", "country": "RU"}


def test_sales_add_a_customer_with_history(client, db):
    sales = StaffUserFactory(role="Sales")
    client.force_login(sales)
    response = client.post(reverse("customers_staff:new"), {**FIELDS, "tax_number": " 7701 "})
    customer = Customer.objects.get(name="Acme LLC")
    assert response.url == reverse("customers_staff:detail", args=[customer.pk])
    assert customer.tax_number == "7701" and customer.number.startswith("C-")
    assert customer.history.get().history_change_reason == f"created by {sales.username}"


def test_a_duplicate_tax_number_is_refused_and_nothing_saved(client, manager):
    CustomerFactory(tax_number="7701234567")
    client.force_login(manager)
    response = client.post(reverse("customers_staff:new"), {**FIELDS, "tax_number": "7701234567"})
    assert response.status_code == 200
    assert "already has the tax number" in response.content.decode()
    assert not Customer.objects.filter(name="Acme LLC").exists()


def test_editing_without_the_identity_permission_hides_passport_data(client, owner):
    sales = StaffUserFactory(role="Sales")
    customer = owner.customer
    customer.passport_number = "4510999888"
    customer.save()
    client.force_login(sales)
    page = client.get(reverse("customers_staff:edit", args=[customer.pk])).content.decode()
    assert "4510999888" not in page
    client.post(reverse("customers_staff:edit", args=[customer.pk]), {**FIELDS, "kind": "person", "name": "Renamed"})
    customer.refresh_from_db()
    assert (customer.name, customer.passport_number) == ("Renamed", "4510999888")
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED).exists()


def test_editing_with_the_permission_is_a_recorded_reveal(client, manager, owner):
    client.force_login(manager)
    client.get(reverse("customers_staff:edit", args=[owner.customer.pk]))
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED, user=manager).count() == 1


def test_agents_may_not_add_customers(client, agent):
    client.force_login(agent)
    assert client.get(reverse("customers_staff:new")).status_code == 403
