from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import SecurityEvent, User
from accounts.services import user_create
from notifications.models import OutboxMessage
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "a-much-better-passphrase-42"


def test_user_created_by_staff_must_change_the_temporary_password_first(client, account_a, manager):
    user, temporary = user_create(username="newbie", email="newbie@example.com", customer=account_a, created_by=manager)
    assert user.must_change_password
    assert client.post(reverse("accounts:login"), {"username": "newbie", "password": temporary}).status_code == 302

    blocked = client.get(reverse("core:portal_home"))
    assert blocked.status_code == 302
    assert blocked.url == reverse("accounts:password_change_required")

    response = client.post(
        reverse("accounts:password_change_required"), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("core:portal_home")
    user.refresh_from_db()
    assert not user.must_change_password
    assert user.check_password(NEW_PASSWORD)
    assert client.get(reverse("core:portal_home")).status_code == 200


def test_weak_new_password_is_refused_and_nothing_changes(client, account_a):
    user, temporary = user_create(username="weak", email="weak@example.com", customer=account_a)
    client.post(reverse("accounts:login"), {"username": "weak", "password": temporary})
    response = client.post(
        reverse("accounts:password_change_required"), {"new_password1": "12345678", "new_password2": "12345678"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    user.refresh_from_db()
    assert user.must_change_password
    assert user.check_password(temporary)


def test_user_create_refuses_a_duplicate_email_case_insensitively(owner):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        user_create(username="other", email=owner.email.upper())
    assert not User.objects.filter(username="other").exists()


def test_expired_password_must_be_changed_at_next_login(client, owner, settings):
    settings.PASSWORD_MAX_AGE_DAYS = 90
    owner.password_changed_at = timezone.now() - timedelta(days=91)
    owner.save()
    client.force_login(owner)
    response = client.get(reverse("core:portal_home"))
    assert response.url == reverse("accounts:password_change_required")
    page = client.get(response.url)
    assert "expired" in page.content.decode()


def test_password_change_in_settings_needs_the_old_password(client, owner):
    client.force_login(owner)
    wrong = client.post(
        reverse("accounts:settings"),
        {
            "form": "password",
            "pw-old_password": "nope",
            "pw-new_password1": NEW_PASSWORD,
            "pw-new_password2": NEW_PASSWORD,
        },
    )
    assert wrong.status_code == 200
    owner.refresh_from_db()
    assert owner.check_password(TEST_PASSWORD)
    right = client.post(
        reverse("accounts:settings"),
        {
            "form": "password",
            "pw-old_password": TEST_PASSWORD,
            "pw-new_password1": NEW_PASSWORD,
            "pw-new_password2": NEW_PASSWORD,
        },
    )
    assert right.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password(NEW_PASSWORD)
    assert client.get(reverse("accounts:settings")).status_code == 200, "session survives the change"


def test_password_reset_link_sets_a_new_password(client, owner, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": owner.email.upper()})
    assert response.status_code == 302
    assert SecurityEvent.objects.filter(kind="password_reset", user=owner).exists()
    uid = urlsafe_base64_encode(force_bytes(owner.pk))
    url = next(word for word in mailoutbox[0].body.split() if f"/{uid}/" in word)
    assert url.startswith(settings.SITE_URL)
    url = url.removeprefix(settings.SITE_URL)
    form_page = client.get(url, follow=True)
    assert form_page.context["validlink"]
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password(NEW_PASSWORD)


def test_password_reset_for_unknown_email_looks_the_same(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_done")


def test_a_reset_request_does_the_same_work_for_known_and_unknown_addresses(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    """The request only hands the address to the worker; the look-up and the e-mail happen there."""
    work = {}
    # From two addresses, so that each request opens its own rate-limit windows.
    for remote, email in (("192.0.2.1", owner.email), ("192.0.2.2", "nobody@example.com")):
        events = SecurityEvent.objects.count()
        with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks() as callbacks:
            client.post(reverse("accounts:password_reset"), {"email": email}, REMOTE_ADDR=remote)
        work[email] = (len(queries), len(callbacks))
        assert SecurityEvent.objects.count() == events, "nothing looked up or recorded in the request"
        with django_capture_on_commit_callbacks(execute=True):
            for callback in callbacks:
                callback()
    assert work[owner.email] == work["nobody@example.com"]
    assert len(mailoutbox) == 1 and owner.email in mailoutbox[0].to[0]


def test_new_user_receives_the_temporary_password_by_email_and_it_is_not_kept(
    account_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user, temporary = user_create(username="mailme", email="mailme@example.com", customer=account_a, language="ru")
    assert len(mailoutbox) == 1 and "mailme@example.com" in mailoutbox[0].to[0]
    assert temporary in mailoutbox[0].body
    row = OutboxMessage.objects.get(user=user, event="account_created")
    assert row.status == "sent"
    assert temporary not in str(row.context)


def test_lockout_tells_the_user_by_email(client, owner, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _attempt in range(5):
            client.post(reverse("accounts:login"), {"username": owner.username, "password": "wrong"})
    assert len(mailoutbox) == 1 and owner.email in mailoutbox[0].to[0]


def test_the_forced_change_refuses_the_temporary_password_again(client, account_a):
    user, temporary = user_create(username="reuse", email="reuse@example.com", customer=account_a)
    client.post(reverse("accounts:login"), {"username": "reuse", "password": temporary})
    response = client.post(
        reverse("accounts:password_change_required"), {"new_password1": temporary, "new_password2": temporary}
    )
    assert response.status_code == 200
    assert "current (or temporary) password" in str(response.context["form"].errors)
    user.refresh_from_db()
    assert user.must_change_password


def test_the_settings_change_refuses_the_current_password(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:settings"),
        {
            "form": "password",
            "pw-old_password": TEST_PASSWORD,
            "pw-new_password1": TEST_PASSWORD,
            "pw-new_password2": TEST_PASSWORD,
        },
    )
    assert response.status_code == 200
    assert response.context["password_form"].has_error("new_password2", "password_reused")


def test_an_unused_temporary_password_expires(client, account_a, settings):
    settings.TEMPORARY_PASSWORD_HOURS = 72
    user, temporary = user_create(username="late", email="late@example.com", customer=account_a)
    User.objects.filter(pk=user.pk).update(password_changed_at=timezone.now() - timedelta(hours=73))
    response = client.post(reverse("accounts:login"), {"username": "late", "password": temporary})
    assert response.status_code == 200
    assert "Forgot your password" in str(response.context["form"].non_field_errors())
    assert "_auth_user_id" not in client.session
    assert SecurityEvent.objects.filter(kind="login_refused", identifier="late").exists()


def test_a_temporary_password_works_within_its_hours(client, account_a, settings):
    settings.TEMPORARY_PASSWORD_HOURS = 72
    user, temporary = user_create(username="early", email="early@example.com", customer=account_a)
    User.objects.filter(pk=user.pk).update(password_changed_at=timezone.now() - timedelta(hours=71))
    assert client.post(reverse("accounts:login"), {"username": "early", "password": temporary}).status_code == 302


def test_a_chosen_password_never_expires_as_temporary(client, owner, settings):
    settings.TEMPORARY_PASSWORD_HOURS = 72
    User.objects.filter(pk=owner.pk).update(password_changed_at=timezone.now() - timedelta(days=400))
    assert (
        client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD}).status_code
        == 302
    )


def test_with_the_broker_down_the_reset_is_sent_from_the_request(
    client, owner, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    from kombu.exceptions import OperationalError

    from accounts.tasks import password_reset_send

    def broker_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(password_reset_send, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": owner.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
