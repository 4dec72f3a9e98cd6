"""Authenticator secrets already stored in clear are encrypted (accounts.two_factor_keys)."""

from django.db import migrations

from accounts.two_factor_keys import is_sealed, secret_bytes, stored_form


def seal_all(apps, schema_editor):
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    for pk, key in TOTPDevice.objects.values_list("pk", "key").iterator():
        if key and not is_sealed(key):
            TOTPDevice.objects.filter(pk=pk).update(key=stored_form(key))


def open_all(apps, schema_editor):
    """Back to django-otp's hex (only with the key that sealed them, or a fallback)."""
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    for pk, key in TOTPDevice.objects.values_list("pk", "key").iterator():
        if is_sealed(key):
            TOTPDevice.objects.filter(pk=pk).update(key=secret_bytes(key).hex())


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0012_user_start_page"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(seal_all, open_all)]
