"""Absolute links for messages that leave the site (e-mail, SMS), built from SITE_URL.

A request's host is not used: tasks run without a request, and a forged Host
header must never end up in a password-reset link."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """SITE_URL + an absolute path ("/staff/tickets/12/")."""
    return settings.SITE_URL.rstrip("/") + path
