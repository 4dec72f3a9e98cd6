"""Per-user interface language and time zone; sessions that expire after inactivity;
request size and cache limits."""

import logging
import time
import zoneinfo

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.preferences import safe_language, safe_time_zone

security_log = logging.getLogger("omsportal.security")


class UserPreferencesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            language = safe_language(user.language)
            translation.activate(language)
            request.LANGUAGE_CODE = language
            timezone.activate(zoneinfo.ZoneInfo(safe_time_zone(user.time_zone)))
        else:
            timezone.deactivate()
        return self.get_response(request)


class SessionIdleTimeoutMiddleware:
    """Extend the session on activity without writing it on every request.

    The session expires SESSION_COOKIE_AGE after it was last saved; touching it
    at most once a minute keeps that an inactivity timeout (to the minute) and
    spares each page the session write.
    """

    TOUCH_EVERY_SECONDS = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and request.user.is_authenticated:
            now = int(time.time())
            if now - session.get("_seen", 0) >= self.TOUCH_EVERY_SECONDS:
                session["_seen"] = now
        return self.get_response(request)


class RequestSizeLimitMiddleware:
    """Refuse a request announcing a body above MAX_REQUEST_BYTES with 413, before anything reads it.

    Django's own limits apply only while the body is parsed, after an upload has
    already been spooled to a temporary file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            security_log.warning(
                "request too large: %s bytes to %s from %s", length, request.path, request.META.get("REMOTE_ADDR")
            )
            with translation.override(translation.get_language_from_request(request)):
                message = _("The request is too large (%(size)s). The limit is %(limit)s.") % {
                    "size": filesizeformat(length),
                    "limit": filesizeformat(settings.MAX_REQUEST_BYTES),
                }
            response = HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
            # The unread body would otherwise be taken for the next request on a kept-alive connection.
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class PrivateCacheControlMiddleware:
    """Pages for a logged-in user are theirs alone: no shared cache, no copy left in the browser's cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            response["Cache-Control"] = "private, no-store"
        return response
