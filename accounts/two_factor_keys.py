"""Authenticator secrets encrypted at rest (django-otp's TOTPDevice.key).

django-otp keeps the TOTP secret as hex in `otp_totp_totpdevice.key`: whoever reads
the table (a backup, a replica, an SQL injection) could make every user's codes.
Here the column holds `sealed(secret)` instead, and the secret exists in clear only
in memory while a code is checked or a QR code is drawn.

Cipher: `cryptography` (Fernet) is not among the project's dependencies, so this is
a deterministic authenticated encryption in the SIV pattern built from the standard
library's HMAC-SHA256 only: tag = HMAC(mac_key, secret)[:16] (synthetic IV and MAC
in one), ciphertext = secret XOR HMAC(enc_key, tag ‖ counter) keystream. A changed
byte or a wrong key fails the tag check. The two keys are derived from
settings.TWO_FACTOR_KEY, which defaults to a derivation of SECRET_KEY. A 40-byte
secret (the most django-otp allows) still fits the 80-character column.

Rotation: the keys in TWO_FACTOR_KEY_FALLBACKS, and those derived from SECRET_KEY
(once TWO_FACTOR_KEY is set) and from SECRET_KEY_FALLBACKS, still open old values; `manage.py two_factor_rekey` seals
every secret again with the current key (see README).

`install()` (AccountsConfig.ready) makes django-otp use this for every TOTPDevice:
a pre_save hook seals a clear key before it is written (the admin's "add device"
included) and `bin_key`, which django-otp reads to check a code and to draw the
QR code, opens it.
"""

import base64
import hashlib
import hmac
from binascii import unhexlify

from django.conf import settings
from django.db.models.signals import pre_save

PREFIX = "s1$"  # sealed, version 1
TAG_BYTES = 16
_ENC = b"omsportal two-factor secret: encryption"
_MAC = b"omsportal two-factor secret: authentication"


class SecretNotOpened(ValueError):
    """The value was changed, or was sealed with a key that is neither current nor a fallback."""


def _master(value: str | bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


def _from_secret_key(secret_key: str) -> bytes:
    return hashlib.sha256(b"omsportal two-factor key from SECRET_KEY\x00" + _master(secret_key)).digest()


def current_key() -> bytes:
    """The master key that seals: TWO_FACTOR_KEY, else one derived from SECRET_KEY."""
    configured = getattr(settings, "TWO_FACTOR_KEY", "")
    return _master(configured) if configured else _from_secret_key(settings.SECRET_KEY)


def fallback_keys() -> list[bytes]:
    """Older master keys that still open (never seal): TWO_FACTOR_KEY_FALLBACKS, then the keys derived from
    SECRET_KEY (once TWO_FACTOR_KEY is set) and from SECRET_KEY_FALLBACKS."""
    keys = [_master(key) for key in getattr(settings, "TWO_FACTOR_KEY_FALLBACKS", []) or []]
    if getattr(settings, "TWO_FACTOR_KEY", ""):
        keys.append(_from_secret_key(settings.SECRET_KEY))
    keys += [_from_secret_key(key) for key in getattr(settings, "SECRET_KEY_FALLBACKS", []) or []]
    return keys


def _subkeys(master: bytes) -> tuple[bytes, bytes]:
    return hmac.new(master, _ENC, hashlib.sha256).digest(), hmac.new(master, _MAC, hashlib.sha256).digest()


def _keystream(enc_key: bytes, tag: bytes, length: int) -> bytes:
    blocks = range((length + 31) // 32)
    return b"".join(hmac.new(enc_key, tag + n.to_bytes(4, "big"), hashlib.sha256).digest() for n in blocks)[:length]


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def is_sealed(value: str) -> bool:
    return bool(value) and value.startswith(PREFIX)


def seal(secret: bytes, *, master: bytes | None = None) -> str:
    """The text stored in place of the secret."""
    enc_key, mac_key = _subkeys(master or current_key())
    tag = hmac.new(mac_key, secret, hashlib.sha256).digest()[:TAG_BYTES]
    body = tag + _xor(secret, _keystream(enc_key, tag, len(secret)))
    return PREFIX + base64.urlsafe_b64encode(body).decode().rstrip("=")


def _open_with(master: bytes, body: bytes) -> bytes | None:
    enc_key, mac_key = _subkeys(master)
    tag, ciphertext = body[:TAG_BYTES], body[TAG_BYTES:]
    secret = _xor(ciphertext, _keystream(enc_key, tag, len(ciphertext)))
    expected = hmac.new(mac_key, secret, hashlib.sha256).digest()[:TAG_BYTES]
    return secret if hmac.compare_digest(tag, expected) else None


def open_sealed(value: str) -> bytes:
    """The secret of a sealed value, with the current key or a fallback; SecretNotOpened otherwise."""
    text = value[len(PREFIX) :]
    try:
        body = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError as error:
        raise SecretNotOpened("not a sealed two-factor secret") from error
    if len(body) <= TAG_BYTES:
        raise SecretNotOpened("not a sealed two-factor secret")
    for master in (current_key(), *fallback_keys()):
        secret = _open_with(master, body)
        if secret is not None:
            return secret
    raise SecretNotOpened("the two-factor secret does not open with TWO_FACTOR_KEY or its fallbacks")


def stored_form(key: str) -> str:
    """What the column holds for this hex key (a sealed value is kept as it is)."""
    return key if is_sealed(key) else seal(unhexlify(key.encode()))


def secret_bytes(key: str) -> bytes:
    """The secret behind a column value: sealed, or hex (a device not saved yet, or not migrated)."""
    return open_sealed(key) if is_sealed(key) else unhexlify(key.encode())


def reseal(key: str) -> str:
    """The value sealed again with the current key (rotation); unchanged when it already is."""
    secret = secret_bytes(key)
    current = seal(secret)
    return key if current == key else current


def _seal_before_save(sender, instance, **kwargs) -> None:
    if instance.key and not is_sealed(instance.key):
        instance.key = stored_form(instance.key)


def install() -> None:
    """Make django-otp's TOTPDevice store its key sealed and read it opened (AccountsConfig.ready)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.bin_key = property(lambda device: secret_bytes(device.key), doc="The secret, opened.")
    pre_save.connect(_seal_before_save, sender=TOTPDevice, dispatch_uid="accounts.two_factor_keys.seal")
