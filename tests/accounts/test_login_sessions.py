"""Suspending a customer account ends its users' sessions (issue 8.5)."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from accounts.backends import UsernameOrEmailBackend
from accounts.models import Customer
from accounts.services import customer_reactivate, customer_suspend
from tests.factories import TEST_PASSWORD, CustomerUserFactory

pytestmark = pytest.mark.django_db


def test_suspension_ends_the_live_sessions_of_the_accounts_users(
    client, owner, manager, outsider, django_capture_on_commit_callbacks
):
    teammate = CustomerUserFactory(customer=owner.customer)
    client.force_login(owner)
    assert client.get(reverse("core:portal_home")).status_code == 200
    other_device, outsiders_browser = Client(), Client()
    other_device.force_login(teammate)
    outsiders_browser.force_login(outsider)
    assert Session.objects.count() == 3

    with django_capture_on_commit_callbacks(execute=True):
        customer_suspend(customer=owner.customer, reason="unpaid invoices", by=manager)

    assert Session.objects.count() == 1, "only the other account's session is left"
    response = client.get(reverse("core:portal_home"))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))
    assert outsiders_browser.get(reverse("core:portal_home")).status_code == 200


def test_a_session_that_outlived_the_suspension_is_logged_out_with_a_message(client, owner, manager):
    client.force_login(owner)
    # Suspended without the on-commit session purge (e.g. sessions kept only in a cache).
    Customer.objects.filter(pk=owner.customer_id).update(status=Customer.Status.SUSPENDED)
    response = client.get(reverse("tickets_portal:list"))
    assert response.status_code == 302 and response.url == reverse("accounts:login")
    assert "_auth_user_id" not in client.session
    assert "suspended" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    login_page = client.get(response.url)
    assert "suspended" in login_page.content.decode()


def test_the_suspension_check_costs_no_query(owner, django_assert_num_queries):
    user = UsernameOrEmailBackend().get_user(owner.pk)
    with django_assert_num_queries(0):
        assert user.customer.is_active


def test_a_reactivated_customer_logs_in_again(client, owner, manager):
    customer_suspend(customer=owner.customer, reason="unpaid", by=manager)
    customer_reactivate(customer=owner.customer, by=manager)
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("core:portal_home")).status_code == 200
