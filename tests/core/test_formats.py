"""Dates, words and numbers in each language (issue 9, item 15)."""

import datetime
from decimal import Decimal

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from notifications.models import OutboxMessage
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets import services
from tickets.models import Queue, Ticket

AT_THREE = datetime.datetime(2026, 12, 2, 3, 0, tzinfo=datetime.UTC)


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


@pytest.mark.parametrize(
    "language, short, long",
    [
        ("en", "2 Dec 2026, 03:00", "2 Dec 2026, 03:00"),
        ("ru", "02.12.2026 03:00", "2 декабря 2026 г., 03:00"),
        ("fa", "2026/12/02، 03:00", "2 دسامبر 2026، 03:00"),
        ("zh-hans", "2026-12-02 03:00", "2026年12月2日 03:00"),
    ],
)
def test_dates_use_the_languages_format_with_minutes_on_the_hour(settings, language, short, long):
    settings.TIME_ZONE = "UTC"
    with translation.override(language):
        shown = render('{{ when|date:"SHORT_DATETIME_FORMAT" }}|{{ when|date:"DATETIME_FORMAT" }}', when=AT_THREE)
    assert shown == f"{short}|{long}"
    assert "a.m." not in shown and "12/02/2026" not in shown


# --- queue names ----------------------------------------------------------------------------------------------


@pytest.fixture
def queue(db):
    return Queue.objects.create(name="Technical support", name_fa="پشتیبانی فنی", name_zh_hans="技术支持")


@pytest.mark.django_db
def test_a_queue_is_named_in_the_active_language(queue):
    with translation.override("fa"):
        assert queue.display_name == str(queue) == "پشتیبانی فنی"
    with translation.override("ru"):
        assert queue.display_name == "Technical support"  # no Russian name: the English one
    with translation.override("zh-hans"):
        assert queue.display_name == "技术支持"


@pytest.mark.django_db
def test_a_persian_customer_sees_the_queue_in_persian(client, queue):
    owner = CustomerUserFactory(language="fa")
    client.force_login(owner)
    new_page = client.get(reverse("tickets_portal:new")).content.decode()
    assert "پشتیبانی فنی" in new_page
    ticket = services.ticket_create(
        by=owner, customer=owner.customer, queue=queue, subject="s", text="t", contact_name="Sara"
    )
    page = client.get(reverse("tickets_portal:detail", args=[ticket.pk])).content.decode()
    assert "پشتیبانی فنی" in page and "Technical support" not in page


@pytest.mark.django_db
def test_staff_lists_show_the_queue_in_their_language(client, queue):
    agent = StaffUserFactory(role="Support agent", language="zh-hans")
    queue.members.add(agent)
    customer = CustomerFactory()
    services.ticket_create(by=agent, customer=customer, queue=queue, subject="s", text="t", contact_name="Li")
    client.force_login(agent)
    page = client.get(reverse("tickets_staff:queue", args=[queue.pk])).content.decode()
    assert "技术支持" in page and "Technical support" not in page


@pytest.mark.django_db
def test_queue_e_mails_name_the_queue_in_each_members_language(queue):
    persian = StaffUserFactory(role="Support agent", language="fa")
    english = StaffUserFactory(role="Support agent", language="en")
    queue.members.add(persian, english)
    owner = CustomerUserFactory()
    services.ticket_create(by=owner, customer=owner.customer, queue=queue, subject="s", text="t", contact_name="A")
    names = {row.user_id: row.context["queue_name"] for row in OutboxMessage.objects.filter(event="ticket_queue_new")}
    assert names == {persian.pk: "پشتیبانی فنی", english.pk: "Technical support"}
    assert Ticket.objects.count() == 1


# --- the blank choice -----------------------------------------------------------------------------------------


class QueueChoiceForm(forms.Form):
    queue = forms.ModelChoiceField(queryset=Queue.objects.all(), required=False)


@pytest.mark.django_db
def test_the_blank_choice_goes_through_our_translations(monkeypatch):
    from core.choices import BLANK_CHOICE_LABEL

    with translation.override(None):
        msgid = str(BLANK_CHOICE_LABEL)
    persian = trans_real.translation("fa")
    original = persian.gettext
    monkeypatch.setattr(
        persian, "gettext", lambda message: "— انتخاب کنید —" if message == msgid else original(message)
    )
    with translation.override("fa"):
        html = str(QueueChoiceForm()["queue"])
    assert "— انتخاب کنید —" in html
    assert "Select an option" not in html


# --- numbers, units and Latin text in right-to-left pages -----------------------------------------------------


def test_money_sizes_and_codes_are_isolated():
    with translation.override("fa"):
        shown = render(
            "{% load bidi %}{{ amount|money:'RUB' }} {{ size|filesize }} {{ number|bdi }} {{ empty|bdi }}",
            amount=Decimal("15250"),
            size=10 * 1024 * 1024,
            number="T-000123",
            empty="",
        )
    assert "<bdi>15,250.00\xa0RUB</bdi>" in shown
    assert "<bdi>T-000123</bdi>" in shown
    assert shown.count("<bdi>") == 3


def test_isolated_text_is_escaped():
    assert render("{% load bidi %}{{ value|bdi }}", value="<b>x</b>") == "<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>"


@pytest.mark.django_db
def test_a_persian_customer_sees_the_credit_isolated(client):
    owner = CustomerUserFactory(language="fa", customer=CustomerFactory(credit_balance=Decimal("15250.00")))
    client.force_login(owner)
    page = client.get(reverse("core:portal_home")).content.decode()
    assert "<bdi>15,250.00\xa0RUB</bdi>" in page
    assert f"<bdi>{owner.customer.number}</bdi>" in page


def test_sizes_in_python_built_sentences_are_isolated(settings):
    from core.files import upload_limits_text

    settings.ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
    with translation.override("fa"):
        assert "\N{FIRST STRONG ISOLATE}10.0\xa0MB\N{POP DIRECTIONAL ISOLATE}" in upload_limits_text()
