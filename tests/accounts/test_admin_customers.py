"""Customers in the admin: status, suspension and credit change only through the services (the
Suspend/Reactivate actions); identity data is searched, seen and diffed only with its permission."""

import datetime
from io import BytesIO

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.models import Customer, SecurityEvent
from accounts.services import customer_profile_update
from core import roles
from tests.factories import CustomerFactory, StaffUserFactory
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:accounts_customer_changelist"


@pytest.fixture
def sales(db):
    return StaffUserFactory(username="sally", role=roles.SALES)


@pytest.fixture
def finance(db):
    return StaffUserFactory(username="fatima", role=roles.FINANCE)


def test_sales_cannot_change_credit_status_or_suspension_reason(client, sales, account_a):
    client.force_login(sales)
    url = reverse("admin:accounts_customer_change", args=[account_a.pk])
    data = form_data(client.get(url).content, form_id="customer_form")
    for name in ("status", "suspension_reason", "credit_balance"):
        assert name not in data
    data.update(status="suspended", suspension_reason="x", credit_balance="999999.00", name="Renamed")
    assert client.post(url, data).status_code == 302
    account_a.refresh_from_db()
    assert account_a.name == "Renamed"
    assert account_a.status == Customer.Status.ACTIVE
    assert account_a.credit_balance == 0


def test_suspend_asks_for_a_reason_then_calls_the_service(client, manager, account_a, account_b):
    client.force_login(manager)
    url = reverse(CHANGELIST)
    selection = {"action": "suspend", ACTION_CHECKBOX_NAME: [account_a.pk, account_b.pk]}
    confirm = client.post(url, {**selection, "index": 0})
    assert confirm.status_code == 200
    assert b'name="reason"' in confirm.content
    account_a.refresh_from_db()
    assert account_a.status == Customer.Status.ACTIVE
    missing = client.post(url, {**selection, "apply": "1", "reason": ""})
    assert missing.status_code == 200
    assert missing.context["form"].errors
    done = client.post(url, {**selection, "apply": "1", "reason": "Unpaid invoices"}, follow=True)
    assert done.status_code == 200
    for account in (account_a, account_b):
        account.refresh_from_db()
        assert account.status == Customer.Status.SUSPENDED
        assert account.suspension_reason == "Unpaid invoices"
        assert account.history.first().history_change_reason.startswith(f"suspended by {manager.username}")


def test_reactivate_calls_the_service(client, manager):
    account = CustomerFactory(status=Customer.Status.SUSPENDED, suspension_reason="debt")
    client.force_login(manager)
    response = client.post(
        reverse(CHANGELIST), {"action": "reactivate", "index": 0, ACTION_CHECKBOX_NAME: [account.pk]}
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.status == Customer.Status.ACTIVE
    assert account.suspension_reason == ""


def test_identity_fields_are_searched_only_with_the_identity_permission(client, sales, finance):
    CustomerFactory(name="Hidden Org", tax_number="7701234567")
    client.force_login(sales)
    assert not client.get(reverse(CHANGELIST), {"q": "7701234567"}).context["cl"].result_list
    client.force_login(finance)
    found = client.get(reverse(CHANGELIST), {"q": "7701234567"}).context["cl"].result_list
    assert [customer.name for customer in found] == ["Hidden Org"]


def test_the_history_page_masks_identity_data(client, sales, finance, manager):
    account = CustomerFactory(passport_number="P0001111")
    customer_profile_update(customer=account, by=manager, name="Renamed")
    account.passport_number = "P9998888"
    account.passport_issued_on = datetime.date(2020, 1, 1)
    account.save()
    url = reverse("admin:accounts_customer_history", args=[account.pk])
    for user in (sales, finance):
        client.force_login(user)
        page = client.get(url)
        assert page.status_code == 200
        assert b"P0001111" not in page.content and b"P9998888" not in page.content
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED).exists()


def test_opening_a_historical_version_with_identity_data_is_recorded_as_a_reveal(client, finance, sales):
    account = CustomerFactory(passport_number="P0001111")
    version = account.history.first()
    url = reverse("admin:accounts_customer_simple_history", args=[account.pk, version.history_id])
    client.force_login(sales)
    page = client.get(url)
    assert page.status_code == 200
    assert b"P0001111" not in page.content
    client.force_login(finance)
    assert b"P0001111" in client.get(url).content
    assert SecurityEvent.objects.filter(
        kind=SecurityEvent.Kind.IDENTITY_REVEALED, user=finance, identifier=account.number
    ).exists()


def test_a_logo_uploaded_in_the_admin_is_re_encoded_under_a_server_chosen_name(client, settings, account_a):
    admin_user = StaffUserFactory(username="root", is_superuser=True)
    buffer = BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    payload = b"<script>window.__pwned=1</script>"
    upload = SimpleUploadedFile("brand.png", buffer.getvalue() + payload, content_type="image/png")
    client.force_login(admin_user)
    url = reverse("admin:accounts_customer_change", args=[account_a.pk])
    data = form_data(client.get(url).content, form_id="customer_form")
    data["logo"] = upload
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    account_a.refresh_from_db()
    assert account_a.logo.name.startswith("logos/") and account_a.logo.name.endswith(".png")
    assert "brand" not in account_a.logo.name
    with account_a.logo.open("rb") as stored:
        assert payload not in stored.read()
