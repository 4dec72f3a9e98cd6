"""Per-user interface language and time zone; sessions that expire after inactivity."""

import time
import zoneinfo

from django.utils import timezone, translation

from core.preferences import safe_language, safe_time_zone


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
