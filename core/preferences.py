"""Validation of stored or submitted interface preferences.

A value that does not name a known language or time zone (an old row, a
tampered form) falls back to the site default instead of failing the request.
"""

import re
import zoneinfo
from functools import cache

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# The continents and oceans of tz's Area/City names; everything else (Etc/…,
# Factory, localtime, posix/…, right/…, US/… and other old aliases) is left out.
TIME_ZONE_AREAS = {
    "Africa": _("Africa"),
    "America": _("America"),
    "Antarctica": _("Antarctica"),
    "Arctic": _("Arctic"),
    "Asia": _("Asia"),
    "Atlantic": _("Atlantic Ocean"),
    "Australia": _("Australia"),
    "Europe": _("Europe"),
    "Indian": _("Indian Ocean"),
    "Pacific": _("Pacific Ocean"),
}
_AREA_CITY = re.compile(rf"^({'|'.join(TIME_ZONE_AREAS)})/[A-Z][A-Za-z_\-]+(/[A-Z][A-Za-z_\-]+)?$")


@cache
def time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def common_time_zones() -> tuple[str, ...]:
    """The Area/City names people choose from, plus UTC."""
    return ("UTC", *sorted(name for name in time_zone_names() if _AREA_CITY.match(name)))


def time_zone_choices() -> list:
    """Common time zones grouped by area, for <optgroup>s: [(area label, [(name, city), …]), …]."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for name in common_time_zones()[1:]:
        area, city = name.split("/", 1)
        groups.setdefault(area, []).append((name, city.replace("_", " ").replace("/", " / ")))
    return [("UTC", [("UTC", "UTC")])] + [(TIME_ZONE_AREAS[area], zones) for area, zones in groups.items()]


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
