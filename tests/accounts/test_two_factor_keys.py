"""Authenticator secrets are encrypted at rest: the table never holds them, login works as before,
secrets stored in clear before are encrypted by the migration, and the key can be rotated."""

import importlib
import time
from base64 import b32encode
from binascii import unhexlify

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import SecurityEvent
from accounts.two_factor import totp_secret_new, two_factor_enrol, two_factor_verify
from accounts.two_factor_keys import PREFIX, SecretNotOpened, is_sealed, open_sealed, seal
from tests.factories import TEST_PASSWORD, StaffUserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("accounts.migrations.0013_seal_two_factor_secrets")


def code(key_hex: str, *, steps_ahead: int = 0) -> str:
    totp = TOTP(unhexlify(key_hex))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def stored(device: TOTPDevice) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM otp_totp_totpdevice WHERE id = %s", [device.pk])
        return cursor.fetchone()[0]


@pytest.fixture
def enrolled(manager):
    key = totp_secret_new()
    device, _codes = two_factor_enrol(user=manager, key=key, code=code(key))
    return device, key


def test_the_column_does_not_hold_the_secret(enrolled):
    device, key = enrolled
    column = stored(device)
    base32 = b32encode(unhexlify(key)).decode()
    assert column.startswith(PREFIX) and len(column) <= 80
    assert key not in column.lower() and base32 not in column.upper()
    assert unhexlify(key) not in column.encode()
    assert TOTPDevice.objects.get(pk=device.pk).bin_key == unhexlify(key)


def test_the_login_works_as_before(client, settings, enrolled, manager):
    settings.TWO_FACTOR_ENFORCED = True
    device, key = enrolled
    client.post(reverse("accounts:login"), {"username": manager.username, "password": TEST_PASSWORD})
    response = client.post(reverse("accounts:login_verify"), {"code": code(key, steps_ahead=1)})
    assert response.status_code == 302 and response.url != reverse("accounts:login_verify")
    assert client.session["_auth_user_id"] == str(manager.pk)
    assert stored(device) == stored(TOTPDevice.objects.get(pk=device.pk)), "verifying does not store it in clear"
    assert is_sealed(stored(device))


def test_a_device_added_in_the_admin_is_sealed_too(manager):
    key = totp_secret_new()
    device = TOTPDevice.objects.create(user=manager, name="admin added", key=key, confirmed=True)
    assert is_sealed(stored(device)) and key not in stored(device)
    assert device.verify_token(code(key))


def test_the_migration_encrypts_secrets_stored_in_clear_and_can_undo_it(manager):
    key = totp_secret_new()
    device = TOTPDevice.objects.create(user=manager, name="old", key=key, confirmed=True)
    TOTPDevice.objects.filter(pk=device.pk).update(key=key)  # as django-otp stored it before (no signal)
    migration.seal_all(apps, None)
    assert is_sealed(stored(device)) and key not in stored(device)
    migration.seal_all(apps, None)  # a second run changes nothing
    assert open_sealed(stored(device)) == unhexlify(key)
    assert two_factor_verify(user=manager, code=code(key)) is not None
    migration.open_all(apps, None)
    assert stored(device) == key


def test_a_tampered_or_foreign_value_does_not_open_and_login_fails_cleanly(manager, enrolled):
    device, key = enrolled
    column = stored(device)
    flipped = column[:-2] + ("A" if column[-2] != "A" else "B") + column[-1]
    with pytest.raises(SecretNotOpened):
        open_sealed(flipped)
    with pytest.raises(SecretNotOpened):
        open_sealed(seal(unhexlify(key), master=b"somebody else's key"))
    TOTPDevice.objects.filter(pk=device.pk).update(key=flipped)
    assert two_factor_verify(user=manager, code=code(key, steps_ahead=1)) is None
    assert SecurityEvent.objects.filter(user=manager, kind=SecurityEvent.Kind.TWO_FACTOR_FAILED).exists()


def test_rotating_secret_key_keeps_logins_working_with_the_old_key_as_fallback(settings, manager, enrolled):
    device, key = enrolled
    old_secret_key, before = settings.SECRET_KEY, stored(device)
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    settings.SECRET_KEY_FALLBACKS = [old_secret_key]
    assert TOTPDevice.objects.get(pk=device.pk).bin_key == unhexlify(key)
    call_command("two_factor_rekey")
    assert stored(device) != before and is_sealed(stored(device))
    settings.SECRET_KEY_FALLBACKS = []
    assert two_factor_verify(user=manager, code=code(key, steps_ahead=1)) is not None


def test_rekey_without_the_old_key_changes_nothing(settings, enrolled):
    device, _key = enrolled
    other = TOTPDevice.objects.create(user=StaffUserFactory(username="zed"), name="z", key=totp_secret_new())
    before = {device.pk: stored(device), other.pk: stored(other)}
    settings.SECRET_KEY = "rotated-without-keeping-the-old-one-" + "q" * 30  # and no SECRET_KEY_FALLBACKS
    with pytest.raises(CommandError, match="do not open"):
        call_command("two_factor_rekey")
    assert {device.pk: stored(device), other.pk: stored(other)} == before


def test_an_explicit_two_factor_key_with_its_fallback(settings, manager, enrolled):
    device, key = enrolled
    settings.TWO_FACTOR_KEY = "k1-" + "y" * 40
    call_command("two_factor_rekey")  # moving to an explicit key: the SECRET_KEY-derived one still opens
    settings.TWO_FACTOR_KEY, settings.TWO_FACTOR_KEY_FALLBACKS = "k2-" + "z" * 40, ["k1-" + "y" * 40]
    call_command("two_factor_rekey")
    settings.TWO_FACTOR_KEY_FALLBACKS = []
    assert open_sealed(stored(device)) == unhexlify(key)
