"""Validation of stored or submitted interface preferences.

A value that does not name a known language or time zone (an old row, a
tampered form) falls back to the site default instead of failing the request.
"""

import zoneinfo
from functools import cache

from django.conf import settings


@cache
def time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def safe_language(code: str | None) -> str:
    known = {code for code, _name in settings.LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


def safe_time_zone(name: str | None) -> str:
    return name if name in time_zone_names() else settings.TIME_ZONE


def safe_page_size(size: int | None) -> int:
    return size if size in settings.PAGE_SIZE_CHOICES else settings.PAGE_SIZE_CHOICES[1]


def set_language_cookie(response, language: str) -> None:
    """Remember the interface language for the pages before login, with the LANGUAGE_COOKIE_* settings."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        safe_language(language),
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
