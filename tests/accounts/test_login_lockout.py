"""The lockout counts per account, whatever name or spelling is typed (issue 8.3, 9.3)."""

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import LoginThrottle, SecurityEvent
from accounts.services import LoginLocked, login_check_not_locked, login_failure_record
from tests.factories import TEST_PASSWORD, CustomerUserFactory

pytestmark = pytest.mark.django_db

LOOK_ALIKES = ["ｌｏｃｋｔｅｓｔ", "𝐥𝐨𝐜𝐤𝐭𝐞𝐬𝐭", "ⓛⓞⓒⓚⓣⓔⓢⓣ", " LockTest ", "LOCKTEST"]
NEW_PASSWORD = "a-much-better-passphrase-42"


@pytest.fixture
def locktest(db):
    return CustomerUserFactory(username="locktest", email="lock.test@example.com")


def _login(client, identifier, password="wrong"):
    return client.post(reverse("accounts:login"), {"username": identifier, "password": password})


def _is_locked_message(response) -> bool:
    return "locked" in str(response.context["form"].non_field_errors())


def test_thirty_look_alike_logins_lock_the_account(client, locktest, settings):
    settings.RATELIMIT_LOGIN_IP = "1000/5m"
    for attempt in range(30):
        _login(client, LOOK_ALIKES[attempt % len(LOOK_ALIKES)])
    throttle = LoginThrottle.objects.get(identifier=f"user:{locktest.pk}")
    assert throttle.is_locked()
    assert throttle.failures == settings.LOGIN_FAILURE_LIMIT, "once locked, further tries are refused uncounted"
    assert SecurityEvent.objects.filter(kind="locked", user=locktest).count() == 1
    assert not SecurityEvent.objects.filter(kind="login_failed", user=None).exists()
    assert _is_locked_message(_login(client, "locktest", TEST_PASSWORD))
    assert "_auth_user_id" not in client.session


def test_a_look_alike_spelling_of_the_right_password_is_refused_while_locked(client, locktest):
    for _attempt in range(5):
        _login(client, "ⓛⓞⓒⓚⓣⓔⓢⓣ")
    assert _is_locked_message(_login(client, "ｌｏｃｋｔｅｓｔ", TEST_PASSWORD))


def test_five_failures_by_username_lock_the_login_by_email(client, locktest):
    for _attempt in range(5):
        _login(client, "locktest")
    response = _login(client, "Lock.Test@example.com", TEST_PASSWORD)
    assert _is_locked_message(response)
    assert "_auth_user_id" not in client.session


def test_username_and_email_failures_share_one_counter(client, locktest):
    for identifier in ["locktest", "lock.test@example.com", "locktest", "LOCK.TEST@example.com", "ｌｏｃｋｔｅｓｔ"]:
        _login(client, identifier)
    assert LoginThrottle.objects.get().is_locked()


def test_unknown_identifiers_are_counted_on_their_normalised_form(client):
    for identifier in ["ｇｈｏｓｔ", "GHOST", "ghost "]:
        _login(client, identifier)
    assert LoginThrottle.objects.get().identifier == "id:ghost"
    assert LoginThrottle.objects.get().failures == 3


def test_the_two_factor_step_counts_its_failures_on_the_same_account(locktest):
    for _attempt in range(5):
        login_failure_record(user=locktest, ip_address="192.0.2.1")
    with pytest.raises(LoginLocked):
        login_check_not_locked(identifier="LOCK.TEST@example.com")
    with pytest.raises(LoginLocked):
        login_check_not_locked(user=locktest)


def test_a_password_reset_through_the_emailed_link_lifts_the_lock(client, locktest):
    for _attempt in range(5):
        _login(client, "locktest")
    uid = urlsafe_base64_encode(force_bytes(locktest.pk))
    token = default_token_generator.make_token(locktest)
    form_page = client.get(
        reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token}), follow=True
    )
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert not LoginThrottle.objects.exists()
    assert SecurityEvent.objects.filter(kind="unlocked", user=locktest).exists()
    assert _login(client, "locktest", NEW_PASSWORD).status_code == 302
