"""Every event renders in every language and channel; context values are data, never template code."""

import pytest
from django.conf import settings

from notifications.defaults import template_rows
from notifications.events import EVENTS
from notifications.models import NotificationTemplate
from notifications.rendering import render, render_preview

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# A word of each language's default e-mail greeting, to prove the row is really in that language.
GREETINGS = {"en": "Hello", "ru": "Здравствуйте", "fa": "سلام", "zh-hans": "您好"}


def test_the_defaults_cover_every_event_channel_and_language():
    keys = {(row["event"], row["channel"], row["language"]) for row in template_rows()}
    assert keys == {(e, c, lang) for e in EVENTS for c in ("email", "sms") for lang in LANGUAGES}


@pytest.mark.django_db
def test_the_migration_seeded_every_template():
    assert NotificationTemplate.objects.count() == len(EVENTS) * 2 * len(LANGUAGES)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("event_name", sorted(EVENTS))
def test_every_event_renders_in_every_language_and_channel(event_name, language):
    event = EVENTS[event_name]
    for template in NotificationTemplate.objects.filter(event=event_name, language=language):
        rendered = render_preview(
            subject=template.subject,
            body_text=template.body_text,
            body_html=template.body_html,
            event=event,
            language=language,
        )
        # The sample subject itself contains "{{ later }}": printed as it is, not evaluated.
        leftover = rendered.text.replace("{{ later }}", "")
        assert "{{" not in leftover and "{%" not in leftover
        assert "<br>" not in rendered.text
        if template.channel == "email":
            assert rendered.subject and "\n" not in rendered.subject
            assert GREETINGS[language] in rendered.text
            assert GREETINGS[language] in rendered.html
            assert f'lang="{language}"' in rendered.html
            assert ('dir="rtl"' in rendered.html) == (language == "fa")
            for key, value in event.sample.items():
                if key in event.datetimes or not value or key in event.translated:
                    continue
                if key in ("url", "login_url", "reset_url", "rating_url", "excerpt"):
                    assert str(value).splitlines()[0] in rendered.text, key
        else:
            assert rendered.text and not rendered.html
            assert len(rendered.text) < 400


@pytest.mark.django_db
def test_html_escapes_values_and_never_runs_them_as_template_code():
    template = NotificationTemplate.objects.get(event="ticket_created", channel="email", language="en")
    context = {
        "ticket_number": "T-1",
        "subject": "<script>alert(1)</script> {{ settings.SECRET_KEY }} {% now 'Y' %}",
        "url": "https://example.com/",
    }
    rendered = render(
        subject=template.subject,
        body_text=template.body_text,
        body_html=template.body_html,
        context=context,
        event=EVENTS["ticket_created"],
        language="en",
        time_zone="UTC",
    )
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert "{{ settings.SECRET_KEY }} {% now 'Y' %}" in rendered.text
    assert "<script>alert(1)</script>" in rendered.subject  # plain text is not HTML-escaped


def test_datetimes_are_shown_in_the_recipients_time_zone_and_language():
    body = "{{ starts_at|date:'Y-m-d H:i' }} {{ starts_at|date:'F' }}"
    context = {"area": "A", "services": "S", "starts_at": "2026-03-01T22:00:00Z", "expected_end": ""}
    tokyo = render(
        subject="",
        body_text=body,
        body_html="",
        context=context,
        event=EVENTS["outage"],
        language="ru",
        time_zone="Asia/Tokyo",
    )
    assert tokyo.text == "2026-03-02 07:00 марта" or tokyo.text.startswith("2026-03-02 07:00 ")
    tehran = render(
        subject="",
        body_text=body,
        body_html="",
        context=context,
        event=EVENTS["outage"],
        language="en",
        time_zone="Asia/Tehran",
    )
    assert tehran.text == "2026-03-02 01:30 March"


def test_status_labels_are_translated_at_delivery_not_at_the_producer():
    body = "{{ status_label }}"
    context = {"ticket_number": "T", "subject": "s", "url": "u", "status_label": "Closed", "comment": ""}
    rendered = render(
        subject="",
        body_text=body,
        body_html="",
        context=context,
        event=EVENTS["ticket_status_changed"],
        language="en",
        time_zone="UTC",
    )
    assert rendered.text == "Closed"


def test_admin_templates_cannot_include_site_templates():
    from django.template import TemplateDoesNotExist

    with pytest.raises(TemplateDoesNotExist):
        render(
            subject="",
            body_text='{% include "base.html" %}',
            body_html="",
            context={},
            event=None,
            language="en",
            time_zone="UTC",
        )
