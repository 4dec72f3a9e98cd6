"""Rate limits for any view: per client address, per user, or per a posted field (e.g. the e-mail
a reset is asked for).

    @ratelimit("register", keys=["ip"])                 # reads RATELIMIT_REGISTER_IP
    @ratelimit("ticket_create", keys=["user", "ip"])    # RATELIMIT_TICKET_CREATE and ..._IP

Rates are settings ("10/5m"), read at each request. Counts use fixed windows: in Redis
(the default cache) when RATELIMIT_STORE is "cache", else in a small table. A refused request
gets HTTP 429 with the translated 429.html page and a Retry-After header.
"""

import hashlib
import logging
import math
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import timezone

from core.http import client_ip
from core.models import RateLimitCounter

security_log = logging.getLogger("omsportal.security")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    limit: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        match = re.fullmatch(r"(\d+)/(\d*)([smhd])", text.strip())
        if not match:
            raise ValueError(f"not a rate: {text!r}")
        count, multiple, unit = match.groups()
        return cls(limit=int(count), seconds=int(multiple or 1) * _UNITS[unit])


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    retry_after: int


def rate_limit_hit(*, scope: str, key: str, rate: Rate) -> Verdict:
    """Count one request for `key` in `scope` and say whether it is within `rate`."""
    now = time.time()
    window = int(now // rate.seconds)
    retry_after = max(1, math.ceil((window + 1) * rate.seconds - now))
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    name = f"{settings.RATELIMIT_KEY_PREFIX}:{scope}:{digest}:{rate.seconds}:{window}"
    if settings.RATELIMIT_STORE == "cache":
        cache.add(name, 0, timeout=retry_after + 1)
        try:
            count = cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.add(name, 1, timeout=retry_after + 1)
            count = 1
    else:
        count = _database_incr(name=name, expires_at=timezone.now() + timedelta(seconds=retry_after))
    return Verdict(allowed=count <= rate.limit, count=count, retry_after=retry_after)


def _database_incr(*, name: str, expires_at) -> int:
    with transaction.atomic():
        if RateLimitCounter.objects.filter(key=name).update(count=F("count") + 1):
            return RateLimitCounter.objects.values_list("count", flat=True).get(key=name)
        try:
            with transaction.atomic():
                RateLimitCounter.objects.create(key=name, count=1, expires_at=expires_at)
        except IntegrityError:  # another request opened the window first
            RateLimitCounter.objects.filter(key=name).update(count=F("count") + 1)
            return RateLimitCounter.objects.values_list("count", flat=True).get(key=name)
    # A new window: drop the windows that are over, so the table stays small.
    RateLimitCounter.objects.filter(expires_at__lt=timezone.now()).delete()
    return 1


def _key_value(request, kind: str) -> str | None:
    if kind == "ip":
        return client_ip(request)
    if kind == "user":
        user = getattr(request, "user", None)
        return str(user.pk) if user is not None and user.is_authenticated else None
    if kind.startswith("post:"):
        value = request.POST.get(kind.removeprefix("post:"), "").strip().casefold()
        return value or None
    raise ValueError(f"unknown rate-limit key {kind!r}")


def rate_setting(scope: str, kind: str) -> str:
    return f"RATELIMIT_{scope.upper()}{'_IP' if kind == 'ip' else ''}"


def check_request(request, scope: str, *, keys=("ip",)) -> Verdict | None:
    """Count the request under each key; return the refusing verdict, or None when within every limit."""
    refused = None
    for kind in keys:
        value = _key_value(request, kind)
        if value is None:
            continue
        verdict = rate_limit_hit(
            scope=f"{scope}:{kind}", key=value, rate=Rate.parse(getattr(settings, rate_setting(scope, kind)))
        )
        if not verdict.allowed and (refused is None or verdict.retry_after > refused.retry_after):
            refused = verdict
    return refused


def ratelimited_response(request, *, retry_after: int):
    response = render(request, "429.html", {"retry_minutes": max(1, math.ceil(retry_after / 60))}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def ratelimit(scope: str, *, keys=("ip",), methods=("POST",)):
    """Decorate a view: requests by `methods` over RATELIMIT_<SCOPE>[_IP] are answered with 429.

    `keys`: "ip" (client address, rate RATELIMIT_<SCOPE>_IP), "user" (the logged-in user) or
    "post:<field>" (a posted value, case-folded), both at RATELIMIT_<SCOPE>.
    """
    for kind in keys:
        if not hasattr(settings, rate_setting(scope, kind)):
            raise ValueError(f"ratelimit({scope!r}): set {rate_setting(scope, kind)}")

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods:
                refused = check_request(request, scope, keys=keys)
                if refused is not None:
                    security_log.warning("rate limited %s ip=%s path=%s", scope, client_ip(request), request.path)
                    return ratelimited_response(request, retry_after=refused.retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
