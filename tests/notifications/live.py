"""The real services of notifications.bench.live, and the skips for when PostgreSQL or Redis is missing."""

import os

from django.db import connection

from notifications.bench.live import (  # noqa: F401 - the integration tests import them from here
    ROOT,
    RedisServer,
    SmtpSink,
    Worker,
    free_port,
    redis_available,
    wait_until,
)


def require_postgres() -> None:
    from tests.services import require_service

    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "set DATABASE_URL=postgres://… so that the worker process sees the rows the test commits",
    )


def require_redis() -> str:
    from tests.services import require_service

    url = os.environ.get("REDIS_URL", "")
    require_service("Redis", redis_available(url), f"set REDIS_URL to a running Redis (now {url!r})")
    return url
