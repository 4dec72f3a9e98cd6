"""SMS rules: E.164 numbers, GSM-7 or UCS-2, splitting without cutting, Kannel's answers."""

import pytest

from notifications.sms import (
    KannelGateway,
    PermanentSmsError,
    TransientSmsError,
    is_gsm,
    normalise_number,
    segments,
    split_text,
)
from tests.notifications.stubs import SendSmsStub, closed_port


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+7 (916) 123-45-67", "RU", "+79161234567"),
        ("8 916 123 45 67", "RU", "+79161234567"),
        ("0912 345 6789", "IR", "+989123456789"),
        ("138 0013 8000", "CN", "+8613800138000"),
    ],
)
def test_numbers_are_normalised_to_e164(raw, region, expected):
    assert normalise_number(raw, region=region) == expected


@pytest.mark.parametrize("raw", ["", "12", "+7000", "not a number"])
def test_invalid_numbers_are_refused_with_the_reason(raw):
    with pytest.raises(PermanentSmsError, match="phone number"):
        normalise_number(raw, region="RU")


def test_gsm_and_unicode_texts_are_measured_in_their_own_units():
    assert is_gsm("Hello {name} €5") and not is_gsm("Привет") and not is_gsm("سلام") and not is_gsm("您好")
    assert segments("a" * 160) == 1 and segments("a" * 161) == 2
    assert segments("€" * 80) == 1 and segments("€" * 81) == 2  # extension characters cost two septets
    assert segments("я" * 70) == 1 and segments("я" * 71) == 2 and segments("я" * 135) == 3


def test_a_short_text_is_not_split():
    assert split_text("Ticket T-1 closed.") == ["Ticket T-1 closed."]


@pytest.mark.parametrize("word", ["word", "слово", "کلمه", "工单"])
def test_a_long_text_is_split_at_spaces_into_numbered_single_sms_parts(word):
    text = " ".join(f"{word}{n}" for n in range(120))
    parts = split_text(text)
    gsm = is_gsm(text)
    assert len(parts) > 1
    assert all(segments(part) == 1 for part in parts)
    assert all(part.startswith(f"({n}/{len(parts)}) ") for n, part in enumerate(parts, start=1))
    assert " ".join(part.split(" ", 1)[1] for part in parts) == text
    assert all(is_gsm(part) == gsm for part in parts)


def test_a_word_longer_than_an_sms_is_cut_inside_the_word_but_nothing_is_lost():
    url = "https://example.com/" + "x" * 400
    parts = split_text(url)
    assert "".join(part.split(" ", 1)[1] for part in parts) == url


def test_when_the_gateway_concatenates_the_text_stays_whole_up_to_its_limit():
    text = "я" * 200  # three UCS-2 parts with UDH
    assert split_text(text, messages_per_part=3) == [text]
    assert len(split_text("я" * 300, messages_per_part=3)) == 2


def test_kannel_gets_sender_credentials_e164_number_and_ucs2_for_non_gsm_text():
    with SendSmsStub() as stub:
        gateway = KannelGateway(url=stub.url, username="portal", password="p&ss", sender="OMS", timeout=2)
        assert gateway.send(to="+79161234567", text="Заявка T-1 закрыта") == "0: Accepted for delivery"
        gateway.send(to="+79161234567", text="Ticket T-1 closed")
    cyrillic, latin = stub.requests
    assert cyrillic == {
        "username": "portal",
        "password": "p&ss",
        "from": "OMS",
        "to": "+79161234567",
        "text": "Заявка T-1 закрыта",
        "charset": "UTF-8",
        "coding": "2",
    }
    assert "coding" not in latin


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, TransientSmsError), (503, TransientSmsError), (400, PermanentSmsError), (403, PermanentSmsError)],
)
def test_kannel_5xx_is_transient_and_4xx_permanent(status, error):
    with SendSmsStub(status=status, body="3: Some error") as stub, pytest.raises(error, match=f"HTTP {status}"):
        KannelGateway(url=stub.url, username="u", password="p", sender="S", timeout=2).send(to="+79161234567", text="x")


def test_kannel_unreachable_is_transient():
    gateway = KannelGateway(
        url=f"http://127.0.0.1:{closed_port()}/cgi-bin/sendsms", username="u", password="p", sender="S", timeout=2
    )
    with pytest.raises(TransientSmsError, match="unreachable"):
        gateway.send(to="+79161234567", text="x")
