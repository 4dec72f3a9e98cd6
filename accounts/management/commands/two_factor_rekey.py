"""Encrypt every authenticator secret again with the current TWO_FACTOR_KEY (after a key rotation)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor_keys import SecretNotOpened, reseal


class Command(BaseCommand):
    help = (
        "Encrypt every two-factor secret again with the current key (TWO_FACTOR_KEY, or the one derived from "
        "SECRET_KEY). Run it after rotating the key, while the old key is still in the fallbacks."
    )

    def handle(self, *args, **options):
        changed, failed = 0, []
        with transaction.atomic():
            for pk, key in TOTPDevice.objects.select_for_update().values_list("pk", "key"):
                try:
                    new = reseal(key)
                except SecretNotOpened:
                    failed.append(pk)
                    continue
                if new != key:
                    TOTPDevice.objects.filter(pk=pk).update(key=new)
                    changed += 1
            if failed:
                raise CommandError(
                    f"{len(failed)} secret(s) do not open with the current key or its fallbacks "
                    f"(devices {', '.join(map(str, failed[:20]))}); nothing was changed. Put the old key in "
                    "TWO_FACTOR_KEY_FALLBACKS (or SECRET_KEY_FALLBACKS) and run this again."
                )
        self.stdout.write(f"{changed} two-factor secret(s) encrypted with the current key.")
