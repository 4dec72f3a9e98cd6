import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Customer, SecurityEvent, User
from core import roles

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_anonymous_is_sent_to_login(client):
    for name in ("core:portal_home", "core:staff_home", "accounts:settings", "accounts:portal_account"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))


def test_customer_opening_staff_is_sent_to_the_portal(client, owner):
    client.force_login(owner)
    response = client.get(reverse("core:staff_home"))
    assert response.url == reverse("core:portal_home")


def test_staff_opening_the_portal_is_sent_to_the_workspace(client, agent):
    client.force_login(agent)
    assert client.get(reverse("core:portal_home")).url == reverse("core:staff_home")
    assert client.get(reverse("accounts:portal_account")).url == reverse("core:staff_home")


def test_portal_home_shows_logo_name_status_and_credit(client, owner):
    client.force_login(owner)
    page = client.get(reverse("core:portal_home")).content.decode()
    assert owner.customer.name in page
    assert 'id="account-status"' in page
    assert 'id="credit-balance"' in page


def test_menus_show_only_what_the_role_may_use(client, agent, manager):
    client.force_login(agent)
    assert reverse("admin:index") not in client.get(reverse("core:staff_home")).content.decode()
    client.force_login(manager)
    assert reverse("admin:index") in client.get(reverse("core:staff_home")).content.decode()


def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["database"]["ok"] is True
    assert "ok" in body["broker"]


def test_roles_exist_with_permissions():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ROLE_PERMISSIONS) <= names
    manager = Group.objects.get(name=roles.MANAGER)
    assert manager.permissions.filter(codename="view_customer_identity").exists()
    assert (
        not Group.objects.get(name=roles.SUPPORT_AGENT).permissions.filter(codename="view_customer_identity").exists()
    )


def test_seed_demo_is_idempotent_and_resets_passwords():
    call_command("seed_demo", password="first-pass-123", stdout=io.StringIO())
    counts = (User.objects.count(), Customer.objects.count())
    call_command("seed_demo", password="second-pass-456", stdout=io.StringIO())
    assert (User.objects.count(), Customer.objects.count()) == counts
    for username in ("admin", "manager", "agent", "sales", "tech", "finance", "partner", "customer", "customer2"):
        user = User.objects.get(username=username)
        assert user.check_password("second-pass-456"), username
    assert User.objects.get(username="customer").customer != User.objects.get(username="customer2").customer
    assert User.objects.get(username="agent").groups.filter(name=roles.SUPPORT_AGENT).exists()


def test_admin_pages_open_for_the_administrator(client):
    call_command("seed_demo", password="first-pass-123", stdout=io.StringIO())
    client.force_login(User.objects.get(username="admin"))
    for url in (
        "/admin/",
        "/admin/accounts/user/",
        "/admin/accounts/customer/",
        "/admin/auth/group/",
        "/admin/accounts/user/add/",
        "/admin/accounts/securityevent/",
    ):
        assert client.get(url).status_code == 200, url
    customer = Customer.objects.first()
    assert client.get(f"/admin/accounts/customer/{customer.pk}/history/").status_code == 200


def test_identity_data_is_masked_without_the_permission_and_reveals_are_logged(client):
    call_command("seed_demo", password="first-pass-123", stdout=io.StringIO())
    customer = Customer.objects.get(email="sara.rahimi@mail.example")
    sales = User.objects.get(username="sales")
    client.force_login(sales)
    page = client.get(f"/admin/accounts/customer/{customer.pk}/change/").content.decode()
    assert "P12345678" not in page and "•••" in page
    assert not SecurityEvent.objects.filter(kind="identity_revealed").exists()
    client.force_login(User.objects.get(username="manager"))
    page = client.get(f"/admin/accounts/customer/{customer.pk}/change/").content.decode()
    assert "P12345678" in page
    assert SecurityEvent.objects.filter(kind="identity_revealed", user__username="manager").count() == 1


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "x" * 60 + "production-like-secret-key-value",
        "ALLOWED_HOSTS": "oms.example.com",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
