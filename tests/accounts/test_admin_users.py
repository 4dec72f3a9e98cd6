"""Adding users through the admin's own add form: staff and customer users, with a temporary password."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import SecurityEvent, StaffProfile, User
from core import roles
from notifications.models import OutboxMessage
from tests.factories import StaffUserFactory
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db

ADD = "admin:accounts_user_add"


@pytest.fixture
def administrator(db):
    return StaffUserFactory(username="ada", role=roles.ADMINISTRATOR)


def add_form(client, **values):
    page = client.get(reverse(ADD))
    assert page.status_code == 200
    data = form_data(page.content, form_id="user_form")
    data.update(values)
    return data


def test_administrator_adds_a_staff_user_with_only_username_and_email(client, administrator):
    client.force_login(administrator)
    response = client.post(reverse(ADD), add_form(client, username="newbie", email="newbie@example.com"))
    assert response.status_code == 302
    user = User.objects.get(username="newbie")
    assert response.url == reverse("admin:accounts_user_change", args=[user.pk])
    assert user.must_change_password
    assert StaffProfile.objects.filter(user=user).exists()
    assert OutboxMessage.objects.filter(event="account_created", user=user, channel="email").exists()


def test_administrator_adds_a_staff_user_with_a_role_and_staff_status(client, administrator):
    client.force_login(administrator)
    sales = Group.objects.get(name=roles.SALES)
    data = add_form(client, username="li", email="li@example.com", groups=[str(sales.pk)], is_staff="on")
    assert client.post(reverse(ADD), data).status_code == 302
    user = User.objects.get(username="li")
    assert user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == [roles.SALES]
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.PRIVILEGES_CHANGED, user=user).exists()


def test_manager_adds_a_customer_user_with_the_customer_role(client, manager, account_a):
    client.force_login(manager)
    customer_role = Group.objects.get(name=roles.CUSTOMER)
    data = add_form(
        client, username="olga", email="olga@example.com", customer=str(account_a.pk), groups=[str(customer_role.pk)]
    )
    assert "is_staff" not in data
    response = client.post(reverse(ADD), data)
    assert response.status_code == 302
    user = User.objects.get(username="olga")
    assert user.customer == account_a
    assert not user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == [roles.CUSTOMER]
    assert not StaffProfile.objects.filter(user=user).exists()
    # The new user is within the manager's reach: its change page opens, without a staff profile inline.
    page = client.get(response.url)
    assert page.status_code == 200
    assert not page.context["inline_admin_formsets"]


def test_manager_cannot_add_an_administrator_or_staff_status(client, manager):
    client.force_login(manager)
    administrator_role = Group.objects.get(name=roles.ADMINISTRATOR)
    data = add_form(client, username="evil", email="evil@example.com", groups=[str(administrator_role.pk)])
    assert client.post(reverse(ADD), data).status_code == 200
    assert client.post(reverse(ADD), {**data, "groups": [], "is_staff": "on"}).status_code == 403
    assert not User.objects.filter(username="evil").exists()


def test_a_duplicate_username_is_a_form_error_not_a_500(client, administrator, agent):
    client.force_login(administrator)
    response = client.post(reverse(ADD), add_form(client, username=agent.username.upper(), email="x@example.com"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
