"""SMS gateways, chosen by settings.SMS_BACKEND, and the rules every SMS follows.

A gateway sends one text to one E.164 number and raises TransientSmsError
(retry later: 5xx, timeouts, connection refused) or PermanentSmsError (do not
retry: the gateway refused this message, e.g. an invalid number). Numbers are
normalised before any gateway sees them; a text longer than one SMS is either
handed over whole (when the gateway concatenates) or split here into numbered
parts — never cut.
"""

import abc
import logging
import urllib.error
import urllib.parse
import urllib.request
from typing import ClassVar

import phonenumbers
from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("omsportal.sms")


class SmsError(Exception):
    pass


class TransientSmsError(SmsError):
    """The gateway could not take the message now; try again later."""


class PermanentSmsError(SmsError):
    """The message can never be sent as it is (invalid number, refused by the gateway)."""


# GSM 03.38 default alphabet; the extension table costs two septets per character.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


def is_gsm(text: str) -> bool:
    return all(char in GSM_BASIC or char in GSM_EXTENSION for char in text)


def units(text: str, *, gsm: bool) -> int:
    """Length in the units an SMS is measured in: septets (GSM) or UTF-16 code units (UCS-2)."""
    if gsm:
        return sum(2 if char in GSM_EXTENSION else 1 for char in text)
    return len(text.encode("utf-16-le")) // 2


def single_capacity(gsm: bool) -> int:
    return 160 if gsm else 70


def part_capacity(gsm: bool) -> int:
    """Room in one part of a concatenated (UDH) message."""
    return 153 if gsm else 67


def segments(text: str) -> int:
    gsm = is_gsm(text)
    length = units(text, gsm=gsm)
    if length <= single_capacity(gsm):
        return 1
    if not gsm:
        return -(-length // part_capacity(gsm))
    # Packed as Kannel does: an extension character (two septets) is never split across
    # parts, so a part may hold one septet less than its capacity.
    count, used = 1, 0
    for char in text:
        width = 2 if char in GSM_EXTENSION else 1
        if used + width > part_capacity(gsm):
            count, used = count + 1, 0
        used += width
    return count


def _chunks(text: str, *, capacity: int, gsm: bool) -> list[str]:
    """Split at spaces where possible, inside a word only when it alone is too long."""
    chunks: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if units(candidate, gsm=gsm) <= capacity:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = ""
        while units(word, gsm=gsm) > capacity:
            cut = len(word)
            while units(word[:cut], gsm=gsm) > capacity:
                cut -= 1
            chunks.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        chunks.append(current)
    return chunks


def split_text(text: str, *, messages_per_part: int = 1) -> list[str]:
    """Split `text` into numbered parts "(1/3) …", each fitting `messages_per_part` SMS."""
    gsm = is_gsm(text)
    if segments(text) <= max(messages_per_part, 1):
        return [text]
    room = single_capacity(gsm) if messages_per_part <= 1 else messages_per_part * part_capacity(gsm)
    if gsm and messages_per_part > 1 and any(char in GSM_EXTENSION for char in text):
        room -= messages_per_part - 1  # each part boundary may leave one septet unused (see segments())
    total = 2
    while True:
        prefix = len(f"({total}/{total}) ")
        parts = _chunks(text, capacity=room - prefix, gsm=gsm)
        if len(parts) <= total:
            return [f"({number}/{len(parts)}) {part}" for number, part in enumerate(parts, start=1)]
        total = len(parts)


def normalise_number(raw: str, *, region: str | None = None) -> str:
    """E.164 ("+79161234567") or PermanentSmsError with the reason."""
    if not raw:
        raise PermanentSmsError("no phone number")
    try:
        number = phonenumbers.parse(str(raw), region or settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise PermanentSmsError(f"invalid phone number {raw!r}: {error}") from None
    if not phonenumbers.is_valid_number(number):
        raise PermanentSmsError(f"invalid phone number {raw!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class SmsGateway(abc.ABC):
    """Base class. `max_messages` is how many SMS one send() may become (1 = no concatenation)."""

    max_messages: int = 1

    @abc.abstractmethod
    def send(self, *, to: str, text: str) -> str:
        """Hand one text to the gateway; return its answer (kept as a reference)."""


class ConsoleGateway(SmsGateway):
    """Development: logs the message instead of sending it."""

    max_messages = 255

    def send(self, *, to: str, text: str) -> str:
        logger.info("SMS to %s (%d segment(s)): %s", to, segments(text), text)
        return "logged"


class LocmemGateway(SmsGateway):
    """Tests: keeps what was sent in `LocmemGateway.outbox` (a list of (to, text))."""

    outbox: ClassVar[list[tuple[str, str]]] = []
    max_messages = 1

    def send(self, *, to: str, text: str) -> str:
        LocmemGateway.outbox.append((to, text))
        return f"locmem-{len(LocmemGateway.outbox)}"


class KannelGateway(SmsGateway):
    """Kannel's smsbox HTTP interface (GET /cgi-bin/sendsms).

    `max_messages` must match the sendsms-user's `max-messages` in kannel.conf
    (Kannel's default is 1): Kannel cuts a text that needs more, so longer texts
    are split here first.
    """

    def __init__(
        self,
        *,
        url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        sender: str | None = None,
        timeout: float | None = None,
        max_messages: int | None = None,
    ):
        self.url = url or settings.KANNEL_SENDSMS_URL
        self.username = settings.KANNEL_USERNAME if username is None else username
        self.password = settings.KANNEL_PASSWORD if password is None else password
        self.sender = sender or settings.SMS_SENDER
        self.timeout = timeout or settings.SMS_TIMEOUT
        self.max_messages = max_messages or settings.KANNEL_MAX_MESSAGES

    def params(self, *, to: str, text: str) -> dict[str, str]:
        params = {
            "username": self.username,
            "password": self.password,
            "from": self.sender,
            "to": to,
            "text": text,
            "charset": "UTF-8",
        }
        if not is_gsm(text):
            params["coding"] = "2"
        return params

    def send(self, *, to: str, text: str) -> str:
        query = urllib.parse.urlencode(self.params(to=to, text=text))
        separator = "&" if "?" in self.url else "?"
        try:
            # The URL is KANNEL_SENDSMS_URL from the operator's settings, never user input.
            with urllib.request.urlopen(f"{self.url}{separator}{query}", timeout=self.timeout) as response:  # nosec B310
                answer = response.read(500).decode("utf-8", "replace").strip()
        except urllib.error.HTTPError as error:
            answer = error.read(500).decode("utf-8", "replace").strip()
            if 400 <= error.code < 500:
                raise PermanentSmsError(f"Kannel refused the message: HTTP {error.code} {answer}") from None
            raise TransientSmsError(f"Kannel error: HTTP {error.code} {answer}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise TransientSmsError(f"Kannel unreachable: {reason}") from None
        return answer


def get_gateway() -> SmsGateway:
    return import_string(settings.SMS_BACKEND)()
