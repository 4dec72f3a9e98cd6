from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import LoginThrottle, SecurityEvent
from accounts.services import customer_suspend
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_customer_logs_in_by_email_and_lands_on_portal(client, owner):
    response = client.post(reverse("accounts:login"), {"username": owner.email.upper(), "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("core:portal_home")
    assert SecurityEvent.objects.filter(kind="login", user=owner).exists()


def test_wrong_password_and_unknown_user_get_the_same_message(client, owner):
    wrong = client.post(reverse("accounts:login"), {"username": owner.username, "password": "nope"})
    unknown = client.post(reverse("accounts:login"), {"username": "nobody-here", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 200
    assert wrong.context["form"].non_field_errors() == unknown.context["form"].non_field_errors()


def test_five_failures_lock_the_account_even_with_the_right_password(client, owner, settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    for _attempt in range(5):
        client.post(reverse("accounts:login"), {"username": owner.username, "password": "wrong"})
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 200
    assert "locked" in str(response.context["form"].non_field_errors())
    assert LoginThrottle.objects.get(identifier=f"user:{owner.pk}").is_locked()
    assert SecurityEvent.objects.filter(kind="locked", user=owner).count() == 1
    assert "_auth_user_id" not in client.session


def test_lock_survives_a_restart_because_it_lives_in_the_database(client, owner):
    for _attempt in range(5):
        client.post(reverse("accounts:login"), {"username": owner.email, "password": "wrong"})
    client.cookies.clear()
    response = client.post(reverse("accounts:login"), {"username": owner.email, "password": TEST_PASSWORD})
    assert "locked" in str(response.context["form"].non_field_errors())


def test_unknown_identifier_is_locked_too_so_lockout_does_not_reveal_who_exists(client):
    for _attempt in range(5):
        client.post(reverse("accounts:login"), {"username": "ghost", "password": "wrong"})
    response = client.post(reverse("accounts:login"), {"username": "ghost", "password": "wrong"})
    assert "locked" in str(response.context["form"].non_field_errors())


def test_lock_expires_after_the_configured_minutes(client, owner, settings):
    for _attempt in range(5):
        client.post(reverse("accounts:login"), {"username": owner.username, "password": "wrong"})
    LoginThrottle.objects.filter(identifier=f"user:{owner.pk}").update(
        locked_until=timezone.now() - timedelta(seconds=1)
    )
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert not LoginThrottle.objects.filter(identifier=f"user:{owner.pk}").exists()


def test_suspended_customer_is_told_why_and_not_logged_in(client, owner):
    customer_suspend(customer=owner.customer, reason="unpaid invoices", by=owner)
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 200
    assert "unpaid invoices" in str(response.context["form"].non_field_errors())
    assert "_auth_user_id" not in client.session
    assert not LoginThrottle.objects.exists()


def test_inactive_user_gets_the_generic_message(client, owner):
    owner.is_active = False
    owner.save()
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert "correct username or e-mail" in str(response.context["form"].non_field_errors())


def test_logout_is_post_only_and_ends_the_session(client, owner):
    client.force_login(owner)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert SecurityEvent.objects.filter(kind="logout", user=owner).exists()


def test_sessions_expire_after_inactivity_and_activity_extends_them(client, owner, settings):
    import time

    assert 0 < settings.SESSION_COOKIE_AGE <= 8 * 3600
    client.force_login(owner)
    client.get(reverse("core:portal_home"))
    first_seen = client.session["_seen"]
    session = client.session
    session["_seen"] = first_seen - 120
    session.save()
    client.get(reverse("core:portal_home"))
    assert client.session["_seen"] >= int(time.time()) - 5
    assert client.session.get_expiry_age() > settings.SESSION_COOKIE_AGE - 10


def test_admin_login_goes_through_the_site_login_with_its_lockout(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
