"""Render an outbox row with its stored template, in the recipient's language and time zone.

Administrators edit the templates, so their source is compiled by a small
engine that cannot load files (no {% include %}/{% extends %} of the site's
templates). Context values are only ever *values*: a ticket subject that reads
"{{ secret }}" is printed as such, and HTML bodies are autoescaped.
"""

import re
import zoneinfo
from dataclasses import dataclass
from datetime import UTC
from functools import lru_cache

from django.conf import settings
from django.template import Context, Engine, Template
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe

from notifications.events import Event

ENGINE = Engine(
    dirs=[],
    app_dirs=False,
    libraries={
        "i18n": "django.templatetags.i18n",
        "l10n": "django.templatetags.l10n",
        "tz": "django.templatetags.tz",
    },
    string_if_invalid="",
)

RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur"})


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@lru_cache(maxsize=1024)
def compile_template(source: str) -> Template:
    return ENGINE.from_string(source)


def _tz(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _values(*, event: Event | None, context: dict, extra: dict) -> dict:
    values = {"site_name": settings.SITE_NAME, "site_url": settings.SITE_URL, **extra, **context}
    if event is None:
        return values
    for key in event.datetimes:
        raw = values.get(key)
        if isinstance(raw, str) and raw:
            parsed = parse_datetime(raw)
            if parsed is not None:
                values[key] = parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=UTC)
    for key in event.translated:
        raw = values.get(key)
        if isinstance(raw, str) and raw:
            values[key] = translation.gettext(raw)
    return values


def _clean_text(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def render(
    *,
    subject: str,
    body_text: str,
    body_html: str,
    context: dict,
    event: Event | None,
    language: str,
    time_zone: str,
    extra: dict | None = None,
    layout: bool = True,
) -> Rendered:
    """Render subject, text and (wrapped in the e-mail layout) HTML."""
    with translation.override(language), timezone.override(_tz(time_zone)):
        values = _values(event=event, context=context, extra=extra or {})
        plain = Context(values, autoescape=False)
        rendered_subject = " ".join(compile_template(subject).render(plain).split()) if subject else ""
        text = _clean_text(compile_template(body_text).render(plain))
        html = ""
        if body_html:
            html = compile_template(body_html).render(Context(values, autoescape=True))
            if layout:
                html = render_to_string(
                    "notifications/email_layout.html",
                    {
                        # Rendered just above with autoescape on.
                        "content": mark_safe(html),  # nosec B308 B703
                        "subject": rendered_subject,
                        "language": language,
                        "rtl": language.split("-")[0] in RTL_LANGUAGES,
                        "site_name": settings.SITE_NAME,
                        "site_url": settings.SITE_URL,
                    },
                )
    return Rendered(subject=rendered_subject, text=text, html=html)


def render_preview(*, subject: str, body_text: str, body_html: str, event: Event, language: str) -> Rendered:
    """Render with the event's sample context (admin preview, tests)."""
    return render(
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        context=event.sample,
        event=event,
        language=language,
        time_zone=settings.TIME_ZONE,
        extra={"recipient_name": "Alice Example"},
    )
