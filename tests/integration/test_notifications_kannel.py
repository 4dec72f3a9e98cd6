"""SMS through a real Kannel: bearerbox + smsbox from the Debian package, fakesmsc as the operator's side.

Each outbox row is delivered in this process by `message_deliver()`, the
function the Celery task calls (the worker itself is tested elsewhere), and
what fakesmsc received is compared with what the recipient should read.
"""

import re
import time

import pytest

from notifications.delivery import _template_cache
from notifications.models import OutboxMessage
from notifications.services import message_deliver, notify, preferences_update
from notifications.sms import segments, split_text, units
from tests.factories import CustomerUserFactory
from tests.integration.kannel import Kannel, Sms, require_kannel

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SENDER = "OMSPortal"
MOBILE = "+79161234567"
LANDLINE = "+74951112233"  # a valid number that cannot receive SMS: this operator refuses it
TICKET = {"ticket_number": "T-000777", "subject": "Нет интернета", "url": "https://portal.example.com/t/777/"}

LONG = {
    "ru": (
        "Заявка T-000777 возвращена: ",
        "Договор не найден. Проверьте номер договора в личном кабинете, приложите скан паспорта "
        "и квитанцию об оплате за последний месяц, затем отправьте заявку повторно. "
        "Если вопросы останутся, позвоните в поддержку — мы работаем круглосуточно.",
    ),
    "fa": (
        "تیکت T-000777 برگشت داده شد: ",
        "قرارداد پیدا نشد. لطفاً شماره قرارداد را در حساب کاربری خود بررسی کنید، تصویر کارت ملی "
        "و رسید پرداخت ماه گذشته را پیوست کنید و درخواست را دوباره بفرستید. "
        "اگر سؤالی دارید با پشتیبانی تماس بگیرید؛ ما شبانه‌روز پاسخگو هستیم.",
    ),
}


@pytest.fixture(scope="module")
def kannel(tmp_path_factory):
    """One Kannel for the module; it refuses Moscow landlines as an operator would."""
    require_kannel()
    with Kannel(tmp_path_factory.mktemp("kannel"), max_messages=6, black_list_regex=r"^\+749[59]") as running:
        yield running


def use(settings, kannel: Kannel, *, max_messages: int = 1) -> None:
    settings.SMS_BACKEND = "notifications.sms.KannelGateway"
    settings.KANNEL_SENDSMS_URL = kannel.sendsms_url
    settings.KANNEL_USERNAME = kannel.username
    settings.KANNEL_PASSWORD = kannel.password
    settings.KANNEL_MAX_MESSAGES = max_messages
    settings.SMS_SENDER = SENDER
    settings.SMS_TIMEOUT = 5


@pytest.fixture(autouse=True)
def _delivery_settings(settings):
    settings.NOTIFICATIONS_TEMPLATE_CACHE_SECONDS = 0
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    settings.NOTIFICATIONS_RETRY_BASE_SECONDS = 0
    settings.NOTIFICATIONS_SMS_MAX_PARTS = 6
    _template_cache.clear()


@pytest.fixture
def operator(kannel, settings):
    kannel.clear()
    use(settings, kannel)
    return kannel


def sms_row(*, language: str, phone: str = MOBILE, reason: str) -> OutboxMessage:
    """An outbox SMS row for a user who chose SMS for ticket messages (notify(), as the apps call it)."""
    user = CustomerUserFactory(language=language, phone=phone)
    preferences_update(user=user, choices={"tickets": {"sms"}})
    [row] = notify(event="ticket_rejected", recipients=[user], context={**TICKET, "reason": reason})
    assert (row.channel, row.status) == ("sms", "pending")
    return row


def unprefixed(parts: list[str]) -> str:
    """Join "(1/3) …", "(2/3) …" parts in order, without their numbers."""
    numbered = sorted((int(re.match(r"\((\d+)/\d+\) ", part).group(1)), part) for part in parts)
    return " ".join(part.split(" ", 1)[1] for _, part in numbered)


def test_an_sms_arrives_at_the_operator_with_the_e164_number_and_the_exact_text(operator):
    reason = 'Wrong contract no. #42 & tariff "Home+" (100% sure?) - see page 3/4.'
    row = sms_row(language="en", phone="8 (916) 123-45-67", reason=reason)

    assert message_deliver(message_id=row.pk).status == "sent"

    assert operator.wait_for(1, timeout=5), operator.logs()
    assert operator.received == [Sms(SENDER, MOBILE, f"Ticket T-000777 returned: {reason}")]
    row.refresh_from_db()
    assert (row.status, row.attempts, row.parts_sent, row.last_error) == ("sent", 1, 1, "")


@pytest.mark.parametrize("language", ["ru", "fa"])
def test_a_long_text_goes_as_one_concatenated_ucs2_message_and_arrives_complete(operator, settings, language):
    use(settings, operator, max_messages=6)
    prefix, reason = LONG[language]
    expected = prefix + reason
    assert segments(expected) >= 3
    row = sms_row(language=language, reason=reason)

    assert message_deliver(message_id=row.pk).status == "sent"

    assert operator.wait_for(1, timeout=5), operator.logs()
    assert operator.received == [Sms(SENDER, MOBILE, expected)]
    # Kannel sent it as UDH parts, as many as we counted: the phone shows one message.
    assert len(operator.segments) == segments(expected)
    assert all(b" udh " in segment for segment in operator.segments)
    row.refresh_from_db()
    assert (row.status, row.parts_sent) == ("sent", 1)


@pytest.mark.parametrize("language", ["ru", "fa"])
def test_without_concatenation_a_long_text_is_split_into_numbered_sms_none_cut(operator, language):
    prefix, reason = LONG[language]
    expected = prefix + reason
    row = sms_row(language=language, reason=reason)

    assert message_deliver(message_id=row.pk).status == "sent"

    parts = len(split_text(expected))
    assert parts >= 4
    assert operator.wait_for(parts, timeout=5), operator.logs()
    received = operator.received
    assert {(sms.sender, sms.receiver) for sms in received} == {(SENDER, MOBILE)}
    texts = [sms.text for sms in received]
    assert all(len(text) <= 70 for text in texts), texts  # each fits one UCS-2 SMS, so Kannel cut nothing
    assert all(b" ucs-2 " in segment for segment in operator.segments)
    assert unprefixed(texts) == expected
    row.refresh_from_db()
    assert (row.status, row.parts_sent) == ("sent", len(texts))


def test_a_number_kannel_refuses_with_a_4xx_fails_at_once_without_retry(operator):
    row = sms_row(language="en", phone=LANDLINE, reason="Wrong contract number.")

    outcome = message_deliver(message_id=row.pk)

    assert (outcome.status, outcome.retry_in) == ("failed", None)
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 1)
    assert "HTTP 400" in row.reason and "denied" in row.reason
    assert not operator.wait_for(1, timeout=0.5)


def test_kannel_down_is_retried_then_marked_failed_with_the_reason(tmp_path, settings):
    require_kannel()
    stopped = Kannel(tmp_path)
    with stopped:
        use(settings, stopped)
    # Stopped: its sendsms port now refuses connections.
    row = sms_row(language="en", reason="Wrong contract number.")

    outcomes = [message_deliver(message_id=row.pk) for _ in range(3)]

    assert [outcome.status for outcome in outcomes] == ["retry", "retry", "failed"]
    assert all(outcome.retry_in is not None for outcome in outcomes[:2])
    row.refresh_from_db()
    assert (row.status, row.attempts, row.parts_sent) == ("failed", 3, 0)
    assert row.reason.startswith("gave up after 3 attempts: Kannel unreachable")
    assert "Connection refused" in row.last_error


def test_kannel_back_after_an_outage_delivers_the_retried_row(tmp_path, settings):
    require_kannel()
    with Kannel(tmp_path) as kannel:
        use(settings, kannel)
        kannel.stop()
        row = sms_row(language="en", reason="Wrong contract number.")
        assert message_deliver(message_id=row.pk).status == "retry"

        kannel.start()
        assert message_deliver(message_id=row.pk).status == "sent"

        assert kannel.wait_for(1, timeout=5), kannel.logs()
        assert kannel.received == [Sms(SENDER, MOBILE, "Ticket T-000777 returned: Wrong contract number.")]
        row.refresh_from_db()
        assert (row.status, row.attempts) == ("sent", 2)


def test_a_503_from_kannel_is_retried_and_each_part_arrives_exactly_once(tmp_path, settings):
    """Operator link down, bearerbox's queue full: Kannel answers 503 and the row resumes at the refused part."""
    require_kannel()
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 20
    prefix, reason = LONG["ru"]
    expected = prefix + reason
    with Kannel(tmp_path, queue_limit=1) as kannel:
        use(settings, kannel)
        kannel.operator_down()
        row = sms_row(language="ru", reason=reason)

        first = message_deliver(message_id=row.pk)

        assert first.status == "retry"
        row.refresh_from_db()
        assert row.parts_sent == 1  # queued by Kannel for later delivery
        assert "HTTP 503" in row.last_error

        kannel.operator_up()
        outcome = first
        for _ in range(40):  # the queue drains as the operator takes messages; a part may meet it full again
            outcome = message_deliver(message_id=row.pk)
            if outcome.status != "retry":
                break
            time.sleep(0.1)
        assert outcome.status == "sent", row.last_error

        parts = len(split_text(expected))
        assert kannel.wait_for(parts, timeout=5), kannel.logs()
        assert not kannel.wait_for(parts + 1, timeout=0.5)  # no part twice
        texts = [sms.text for sms in kannel.received]
        assert unprefixed(texts) == expected
        row.refresh_from_db()
        assert (row.status, row.parts_sent) == ("sent", parts)


def test_an_extension_character_at_a_part_boundary_does_not_make_kannel_cut_the_text(operator, settings):
    """Kannel never splits "€" (two septets) across UDH parts: a part may then hold 152 septets, not 153."""
    use(settings, operator, max_messages=6)
    head = "Ticket T-000777 returned: "
    words = " ".join(f"word{n:03d}" for n in range(120))
    reason = words[: 152 - len(head)] + "€" + words[: 6 * 153 - 154]
    expected = head + reason
    assert units(expected, gsm=True) == 6 * 153 and not expected.endswith(" ")
    row = sms_row(language="en", reason=reason)

    assert message_deliver(message_id=row.pk).status == "sent"

    row.refresh_from_db()
    assert operator.wait_for(row.parts_sent, timeout=5), operator.logs()
    time.sleep(0.3)  # a cut would show as fewer characters, not fewer messages
    texts = [sms.text for sms in operator.received]
    assert (texts[0] if len(texts) == 1 else unprefixed(texts)) == expected
