"""Two-factor login (TOTP, RFC 6238) with django-otp: who must use it, enrolment,
verification, recovery codes, and an administrator's reset.

A user is enrolled when they have a confirmed TOTPDevice; their recovery codes
are the tokens of one StaticDevice (django-otp deletes a token when it is used).
"""

import logging
import re
from base64 import b32encode
from binascii import unhexlify

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

from accounts.models import SecurityEvent, User
from accounts.services import security_event_record
from accounts.two_factor_keys import SecretNotOpened
from notifications.services import notify

logger = logging.getLogger("omsportal.accounts")

RECOVERY_CODE_COUNT = 10
TOTP_TOLERANCE_STEPS = 1  # the code of the previous and of the next 30-second step are accepted too
RECOVERY_DEVICE_NAME = "recovery codes"
TOTP_DEVICE_NAME = "authenticator app"


class TwoFactorError(Exception):
    """A refused two-factor change; the message is translated and meant for the user."""


def two_factor_required(*, user: User) -> bool:
    """Superusers and the roles in TWO_FACTOR_REQUIRED_ROLES must log in with a second factor."""
    if not settings.TWO_FACTOR_ENFORCED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    roles = settings.TWO_FACTOR_REQUIRED_ROLES
    if not roles:
        return False
    if hasattr(user, "in_two_factor_role"):  # read with the request's user (accounts.backends)
        return user.in_two_factor_role
    return user.groups.filter(name__in=roles).exists()


def totp_device_for(*, user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_codes_left(*, user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def totp_secret_new() -> str:
    """A new hex-encoded 160-bit secret (RFC 4226's recommended length)."""
    return random_hex(20)


def totp_secret_base32(key: str) -> str:
    """The secret as authenticator apps ask for it when typed by hand, in groups of four."""
    encoded = b32encode(unhexlify(key)).decode()
    return " ".join(encoded[i : i + 4] for i in range(0, len(encoded), 4))


def totp_provisioning_uri(*, user: User, key: str) -> str:
    """The otpauth:// URI that the QR code carries (issuer from OTP_TOTP_ISSUER)."""
    return TOTPDevice(user=user, key=key).config_url


def _normalise(code: str) -> str:
    return re.sub(r"[\s-]+", "", code or "").lower()


def _totp_step_matching(*, key: str, code: str) -> int | None:
    """The time step whose code this is, within the tolerance, or None."""
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = TOTP(unhexlify(key))
    if not totp.verify(int(code), tolerance=TOTP_TOLERANCE_STEPS):
        return None
    return totp.t()


def _recovery_codes_replace(*, user: User) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def two_factor_enrol(*, user: User, key: str, code: str, ip_address: str | None = None) -> tuple[TOTPDevice, list[str]]:
    """Confirm the authenticator app with a code it shows, and issue fresh recovery codes.

    Returns the device (to mark the session verified) and the recovery codes, which are
    shown once and never again.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if totp_device_for(user=user) is not None:
        raise TwoFactorError(_("Two-factor login is already set up for your account."))
    step = _totp_step_matching(key=key, code=_normalise(code))
    if step is None:
        raise TwoFactorError(_("That code is not right. Check the time on your phone and enter the current code."))
    TOTPDevice.objects.filter(user=user).delete()
    # last_t: the code just typed may not be used again to log in.
    device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, key=key, confirmed=True, last_t=step)
    codes = _recovery_codes_replace(user=user)
    security_event_record(
        kind=SecurityEvent.Kind.TWO_FACTOR_ENROLLED, user=user, identifier=user.username, ip_address=ip_address
    )
    return device, codes


@transaction.atomic
def recovery_codes_regenerate(*, user: User, ip_address: str | None = None) -> list[str]:
    """Replace the recovery codes; the old ones stop working at once."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if totp_device_for(user=user) is None:
        raise TwoFactorError(_("Two-factor login is not set up for your account."))
    codes = _recovery_codes_replace(user=user)
    security_event_record(
        kind=SecurityEvent.Kind.RECOVERY_CODES_REGENERATED, user=user, identifier=user.username, ip_address=ip_address
    )
    return codes


def _devices_delete(*, user: User) -> int:
    deleted_totp, _details = TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    return deleted_totp


@transaction.atomic
def two_factor_disable(*, user: User, ip_address: str | None = None) -> None:
    """The user turns two-factor login off; refused where their role requires it."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if two_factor_required(user=user):
        raise TwoFactorError(_("Your role requires two-factor login: it cannot be turned off."))
    if not _devices_delete(user=user):
        raise TwoFactorError(_("Two-factor login is not set up for your account."))
    security_event_record(
        kind=SecurityEvent.Kind.TWO_FACTOR_DISABLED, user=user, identifier=user.username, ip_address=ip_address
    )


@transaction.atomic
def two_factor_reset(*, user: User, by: User, ip_address: str | None = None) -> bool:
    """An administrator removes a user's second factor (lost phone); the user is told by e-mail.

    Returns False when the user had none. Their sessions verified with the old device
    are no longer verified, and a role that requires two-factor login sends them to enrol again.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if not _devices_delete(user=user):
        return False
    security_event_record(
        kind=SecurityEvent.Kind.TWO_FACTOR_RESET,
        user=user,
        identifier=user.username,
        ip_address=ip_address,
        detail=f"by {by.username}",
    )
    notify(
        event="two_factor_reset",
        recipients=[user],
        context={"login_url": settings.SITE_URL + "/accounts/login/"},
        security=True,
    )
    return True


def _totp_verify(device: TOTPDevice, token: str) -> bool:
    try:
        return device.verify_token(token)
    except SecretNotOpened:
        # TWO_FACTOR_KEY (or SECRET_KEY) changed without its fallback: no code can match, recovery codes still work.
        logger.error("the two-factor secret of device %s does not open with the configured keys", device.pk)
        return False


def two_factor_verify(*, user: User, code: str, ip_address: str | None = None) -> Device | None:
    """The device that accepts this 6-digit code or recovery code, or None (recorded).

    django-otp refuses a TOTP code already used (replay) and a used recovery code, and
    slows down repeated failures per device; the caller counts failures toward the lockout.
    """
    token = _normalise(code)
    with transaction.atomic():
        if token.isdigit() and len(token) == 6:
            device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
            if device is not None and _totp_verify(device, token):
                return device
        elif token:
            device = StaticDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
            if device is not None and device.verify_token(token):
                security_event_record(
                    kind=SecurityEvent.Kind.RECOVERY_CODE_USED,
                    user=user,
                    identifier=user.username,
                    ip_address=ip_address,
                    detail=f"{device.token_set.count()} left",
                )
                return device
    security_event_record(
        kind=SecurityEvent.Kind.TWO_FACTOR_FAILED, user=user, identifier=user.username, ip_address=ip_address
    )
    return None
