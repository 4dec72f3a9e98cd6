"""Two-factor login (TOTP): enrolment, the second login step, recovery codes, lockout, admin site, reset."""

import io
import time
from binascii import unhexlify

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import LoginThrottle, SecurityEvent
from accounts.two_factor import totp_secret_new, two_factor_enrol, two_factor_required
from accounts.views_two_factor import ENROL_KEY_SESSION_KEY, PENDING_SESSION_KEY
from notifications.models import OutboxMessage
from tests.factories import TEST_PASSWORD, StaffUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _enforced(settings):
    settings.TWO_FACTOR_ENFORCED = True
    settings.TWO_FACTOR_REQUIRED_ROLES = ["Administrator", "Manager"]


@pytest.fixture
def administrator(db):
    return StaffUserFactory(username="ada", role="Administrator")


def totp_code(key_hex: str, *, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows for this secret now (or a number of 30-second steps later)."""
    totp = TOTP(unhexlify(key_hex))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def enrol(user) -> tuple[TOTPDevice, list[str]]:
    key = totp_secret_new()
    return two_factor_enrol(user=user, key=key, code=totp_code(key))


def password_step(client, user):
    return client.post(reverse("accounts:login"), {"username": user.username, "password": TEST_PASSWORD})


def log_in_with_code(client, user, device):
    """Both login steps; the code is the next step's, since the enrolment code may not be used twice."""
    password_step(client, user)
    return client.post(reverse("accounts:login_verify"), {"code": totp_code(device.bin_key.hex(), steps_ahead=1)})


def test_the_setting_decides_who_must_use_it(settings, manager, agent, owner, administrator):
    assert two_factor_required(user=manager) and two_factor_required(user=administrator)
    assert not two_factor_required(user=agent) and not two_factor_required(user=owner)
    assert two_factor_required(user=StaffUserFactory(is_superuser=True))
    settings.TWO_FACTOR_REQUIRED_ROLES = []
    assert not two_factor_required(user=manager)


def test_a_manager_without_an_app_is_confined_to_enrolment(client, manager):
    response = password_step(client, manager)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(manager.pk)

    for url in (reverse("core:staff_home"), reverse("accounts:settings"), "/staff/tickets/"):
        confined = client.get(url)
        assert confined.status_code == 302, url
        assert confined.url.startswith(reverse("accounts:two_factor_enrol"))
    page = client.get(reverse("accounts:two_factor_enrol"))
    assert page.status_code == 200
    assert b"Your role requires two-factor login" in page.content
    assert client.post(reverse("accounts:logout")).status_code == 302


def test_customers_and_optional_staff_are_not_confined(client, owner, agent):
    password_step(client, owner)
    assert client.get(reverse("core:portal_home")).status_code == 200
    client.post(reverse("accounts:logout"))
    password_step(client, agent)
    assert client.get(reverse("core:staff_home")).status_code == 200


def test_enrolment_with_a_code_from_the_shown_secret_turns_it_on_and_shows_ten_codes_once(client, manager):
    client.force_login(manager)
    page = client.get(reverse("accounts:two_factor_enrol"))
    key = client.session[ENROL_KEY_SESSION_KEY]
    assert page.context["secret"].replace(" ", "") == page.context["secret"].replace(" ", "").upper()
    assert not TOTPDevice.objects.filter(user=manager).exists(), "opening the page writes nothing"

    response = client.post(reverse("accounts:two_factor_enrol"), {"code": totp_code(key)})
    assert response.url == reverse("accounts:two_factor_recovery_codes")
    device = TOTPDevice.objects.get(user=manager)
    assert device.confirmed and device.bin_key.hex() == key and key not in device.key
    codes = client.get(response.url).context["codes"]
    assert len(codes) == 10 == StaticToken.objects.filter(device__user=manager).count()
    assert client.get(reverse("accounts:two_factor_recovery_codes")).status_code == 302, "shown only once"
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.TWO_FACTOR_ENROLLED, user=manager).exists()
    # The session that enrolled is verified: the confinement is over.
    assert client.get(reverse("core:staff_home")).status_code == 200


def test_enrolment_refuses_a_wrong_code_and_saves_nothing(client, agent):
    client.force_login(agent)
    client.get(reverse("accounts:two_factor_enrol"))
    key = client.session[ENROL_KEY_SESSION_KEY]
    wrong = "000000" if totp_code(key) != "000000" else "111111"
    response = client.post(reverse("accounts:two_factor_enrol"), {"code": wrong})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not TOTPDevice.objects.filter(user=agent).exists()
    assert not StaticDevice.objects.filter(user=agent).exists()


def test_the_qr_code_is_an_svg_drawn_by_our_own_view(client, agent):
    client.force_login(agent)
    assert client.get(reverse("accounts:two_factor_qr")).status_code == 404, "no secret in enrolment yet"
    client.get(reverse("accounts:two_factor_enrol"))
    response = client.get(reverse("accounts:two_factor_qr"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Cache-Control"] == "no-store"
    assert response.content.lstrip().startswith(b"<svg")


def test_the_password_alone_does_not_log_in_a_user_with_an_app(client, agent):
    device, _codes = enrol(agent)
    response = password_step(client, agent)
    assert response.url == reverse("accounts:login_verify")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("core:staff_home")).url.startswith(reverse("accounts:login"))
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.LOGIN, user=agent).exists()

    response = client.post(reverse("accounts:login_verify"), {"code": totp_code(device.bin_key.hex(), steps_ahead=1)})
    assert response.url == reverse("core:staff_home")
    assert client.session["_auth_user_id"] == str(agent.pk)
    assert client.session["otp_device_id"] == device.persistent_id
    assert PENDING_SESSION_KEY not in client.session
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.LOGIN, user=agent).exists()


def test_the_login_keeps_the_page_asked_for(client, agent):
    device, _codes = enrol(agent)
    client.post(
        reverse("accounts:login"), {"username": agent.username, "password": TEST_PASSWORD, "next": "/staff/tickets/"}
    )
    response = client.post(reverse("accounts:login_verify"), {"code": totp_code(device.bin_key.hex(), steps_ahead=1)})
    assert response.url == "/staff/tickets/"


def test_a_recovery_code_works_once_and_not_twice(client, agent):
    _device, codes = enrol(agent)
    password_step(client, agent)
    response = client.post(reverse("accounts:login_verify"), {"code": codes[0].upper()})
    assert response.url == reverse("core:staff_home")
    assert client.session["_auth_user_id"] == str(agent.pk)
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.RECOVERY_CODE_USED, user=agent).count() == 1

    client.post(reverse("accounts:logout"))
    password_step(client, agent)
    again = client.post(reverse("accounts:login_verify"), {"code": codes[0]})
    assert again.status_code == 200
    assert again.context["form"].errors["code"]
    assert "_auth_user_id" not in client.session
    assert StaticToken.objects.filter(device__user=agent).count() == 9


def test_wrong_codes_count_toward_the_lockout(client, agent, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    enrol(agent)
    password_step(client, agent)
    for _attempt in range(2):
        response = client.post(reverse("accounts:login_verify"), {"code": "12345"})
        assert response.status_code == 200
    response = client.post(reverse("accounts:login_verify"), {"code": "12345"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("accounts:login")
    assert "locked" in response.content.decode()
    assert LoginThrottle.objects.get(identifier=f"user:{agent.pk}").is_locked()
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.TWO_FACTOR_FAILED, user=agent).count() == 3
    assert PENDING_SESSION_KEY not in client.session
    # The right password is refused too while the lock lasts.
    locked = password_step(client, agent)
    assert "locked" in str(locked.context["form"].non_field_errors())


def test_a_locked_account_cannot_finish_a_pending_login(client, agent, settings):
    device, _codes = enrol(agent)
    password_step(client, agent)
    LoginThrottle.objects.create(identifier=f"user:{agent.pk}", failures=5, locked_until="2999-01-01T00:00:00Z")
    response = client.post(reverse("accounts:login_verify"), {"code": totp_code(device.bin_key.hex(), steps_ahead=1)})
    assert response.url == reverse("accounts:login")
    assert "_auth_user_id" not in client.session


def test_the_second_step_expires(client, agent):
    device, _codes = enrol(agent)
    password_step(client, agent)
    session = client.session
    session[PENDING_SESSION_KEY] = {**session[PENDING_SESSION_KEY], "expires": time.time() - 1}
    session.save()
    response = client.post(reverse("accounts:login_verify"), {"code": totp_code(device.bin_key.hex(), steps_ahead=1)})
    assert response.url == reverse("accounts:login")
    assert "_auth_user_id" not in client.session


def test_the_verify_page_without_a_password_step_sends_to_login(client):
    assert client.get(reverse("accounts:login_verify")).url == reverse("accounts:login")


def test_the_admin_site_needs_a_verified_second_factor(client, agent, administrator):
    client.force_login(agent)
    response = client.get(reverse("admin:index"))
    assert response.url.startswith(reverse("accounts:two_factor_enrol")), "optional elsewhere, required in the admin"

    device, _codes = enrol(administrator)
    client.force_login(administrator)
    response = client.get(reverse("admin:index"))
    assert response.url == f"{reverse('accounts:login_verify')}?next=%2Fadmin%2F"
    response = client.post(response.url, {"code": totp_code(device.bin_key.hex(), steps_ahead=1), "next": "/admin/"})
    assert response.url == "/admin/"
    assert client.get(reverse("admin:index")).status_code == 200


def test_an_optional_user_turns_it_off_but_a_manager_may_not(client, agent, manager):
    device, _codes = enrol(agent)
    log_in_with_code(client, agent, device)
    response = client.post(reverse("accounts:two_factor_disable"))
    assert response.url == reverse("accounts:two_factor")
    assert not TOTPDevice.objects.filter(user=agent).exists()
    assert not StaticDevice.objects.filter(user=agent).exists()
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.TWO_FACTOR_DISABLED, user=agent).exists()

    client.post(reverse("accounts:logout"))
    device, _codes = enrol(manager)
    log_in_with_code(client, manager, device)
    response = client.post(reverse("accounts:two_factor_disable"), follow=True)
    assert "cannot be turned off" in response.content.decode()
    assert TOTPDevice.objects.filter(user=manager).exists()


def test_changing_the_second_factor_needs_a_verified_session(client, agent):
    enrol(agent)
    client.force_login(agent)
    response = client.post(reverse("accounts:two_factor_disable"))
    assert response.url.startswith(reverse("accounts:login_verify"))
    assert TOTPDevice.objects.filter(user=agent).exists()
    assert client.get(reverse("accounts:two_factor_disable")).status_code == 405


def test_new_recovery_codes_replace_the_old_ones(client, agent):
    device, old_codes = enrol(agent)
    log_in_with_code(client, agent, device)
    response = client.post(reverse("accounts:two_factor_recovery_regenerate"))
    assert response.url == reverse("accounts:two_factor_recovery_codes")
    new_codes = client.get(response.url).context["codes"]
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert set(StaticToken.objects.filter(device__user=agent).values_list("token", flat=True)) == set(new_codes)
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.RECOVERY_CODES_REGENERATED, user=agent).exists()


def test_settings_link_to_two_factor_and_its_page_shows_the_state(client, agent):
    password_step(client, agent)
    assert reverse("accounts:two_factor").encode() in client.get(reverse("accounts:settings")).content
    assert b"Two-factor login is off." in client.get(reverse("accounts:two_factor")).content


def test_an_administrator_resets_a_second_factor_recorded_and_notified(client, administrator, manager):
    enrol(manager)
    device, _codes = enrol(administrator)
    log_in_with_code(client, administrator, device)
    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "two_factor_reset_action", "_selected_action": [manager.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=manager).exists()
    assert not StaticDevice.objects.filter(user=manager).exists()
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.TWO_FACTOR_RESET, user=manager)
    assert event.detail == f"by {administrator.username}"
    assert OutboxMessage.objects.filter(event="two_factor_reset", user=manager, channel="email").exists()


def test_a_manager_may_not_reset_a_second_factor(client, manager, administrator):
    enrol(administrator)
    device, _codes = enrol(manager)
    log_in_with_code(client, manager, device)
    page = client.get(reverse("admin:accounts_user_changelist"))
    assert page.status_code == 200
    assert b"two_factor_reset_action" not in page.content
    client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "two_factor_reset_action", "_selected_action": [administrator.pk]},
    )
    assert TOTPDevice.objects.filter(user=administrator).exists()
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.TWO_FACTOR_RESET).exists()


def test_seed_demo_says_who_must_set_up_two_factor_login():
    out = io.StringIO()
    call_command("seed_demo", password="demo-pass-123", stdout=out)
    lines = {line.split()[0]: line for line in out.getvalue().splitlines() if line.startswith("  ")}
    assert "two-factor" in lines["admin"] and "two-factor" in lines["manager"]
    assert "two-factor" not in lines["agent"] and "two-factor" not in lines["customer"]
