"""Test configuration: speed-ups live here, not in a second settings tree."""

import os
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

from omsportal.celery import app as celery_app
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory

HERE = Path(__file__).resolve().parent
# Tests that start real services (Celery workers, Kannel, SMTP sinks, private redis-servers) run one
# after another on one xdist worker: they are timing-sensitive and would fight for the two cores.
SERVICES = HERE / "integration"
# Each browser test module stays on one worker: its Chromium (tests/e2e/conftest.py) starts once.
E2E = HERE / "e2e"


# The longest runs start first, so that neither worker is left with one of them at the end while the
# other waits: the access matrix is one test of several minutes, the services group is the next.
# pytest-django then sorts (stably) the transactional tests after the others, as Django does (they
# end by emptying the database), so the services and the browsers lead only among those.
FIRST = (HERE / "test_access_matrix.py", SERVICES, E2E)


def _start_rank(path: Path) -> int:
    for rank, first in enumerate(FIRST):
        if path == first or first in path.parents:
            return rank
    return len(FIRST)


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (--dist loadgroup)
def pytest_collection_modifyitems(items):
    for item in items:
        path = Path(str(item.path)).resolve()
        if SERVICES in path.parents:
            item.add_marker(pytest.mark.xdist_group("services"))
        elif E2E in path.parents:
            item.add_marker(pytest.mark.xdist_group(f"e2e-{path.stem}"))
    # A stable sort: the order inside each module (and of the other modules) stays as collected.
    items.sort(key=lambda item: _start_rank(Path(str(item.path)).resolve()))


def worker_redis_url(url: str, worker: str) -> str:
    """The Redis URL for one pytest-xdist worker ("gw0", "gw1", …; "" without xdist).

    Tests clear the cache (FLUSHDB) and real Celery workers keep their queues in Redis, so two
    workers must never share a database: gw0 keeps the database of REDIS_URL, gwN (N >= 1) takes
    the one 8 + N - 1 above it (mod 16), away from the neighbouring numbers other checkouts use.
    """
    if not url or not worker.startswith("gw"):
        return url
    index = int(worker[2:] or 0)
    if index == 0:
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(base + 8 + index - 1) % 16}"))


def _isolate_redis_per_worker():
    """Point the cache, Celery and tests.notifications.live.require_redis at this worker's database."""
    url = os.environ.get("REDIS_URL", "")
    mine = worker_redis_url(url, os.environ.get("PYTEST_XDIST_WORKER", ""))
    if mine == url:
        return
    from django.test.signals import setting_changed

    os.environ["REDIS_URL"] = mine
    settings.REDIS_URL = mine
    settings.CACHES = {**settings.CACHES, "default": {**settings.CACHES["default"], "LOCATION": mine}}
    if url == settings.CELERY_BROKER_URL:
        settings.CELERY_BROKER_URL = mine
        celery_app.conf.broker_url = mine
    # What override_settings would do: the cache handler forgets the CACHES it has read.
    setting_changed.send(sender=type(settings._wrapped), setting="CACHES", value=settings.CACHES, enter=True)


def pytest_configure(config):
    _isolate_redis_per_worker()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
    # Tasks run in-process unless a test starts a real worker (tests/integration).
    settings.CELERY_TASK_ALWAYS_EAGER = True
    celery_app.conf.task_always_eager = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SMS_BACKEND = "notifications.sms.ConsoleGateway"
    # Tests that force_login a manager would otherwise land on the two-factor enrolment page;
    # tests/accounts/test_two_factor.py and tests/e2e/test_two_factor.py turn it back on.
    settings.TWO_FACTOR_ENFORCED = False


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**settings.STORAGES["private"], "OPTIONS": {"location": tmp_path / "private", "base_url": None}},
    }


@pytest.fixture(autouse=True)
def _fresh_cached_counts():
    """Counts cached by core.counts start afresh in each test (ids repeat after a rollback)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a view or service that activated another one
    (a customer's Persian, say) in an earlier test must not translate this test's messages."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _isolated_rate_limits(settings):
    """Each test counts from zero, also when the counters live in a shared Redis."""
    settings.RATELIMIT_KEY_PREFIX = f"rl-test-{uuid.uuid4().hex}"


@pytest.fixture
def account_a(db):
    return CustomerFactory(name="Account A")


@pytest.fixture
def account_b(db):
    return CustomerFactory(name="Account B")


@pytest.fixture
def owner(account_a):
    """A customer user of account A."""
    return CustomerUserFactory(customer=account_a, username="alice")


@pytest.fixture
def outsider(account_b):
    """A customer user of another account."""
    return CustomerUserFactory(customer=account_b, username="charlie")


@pytest.fixture
def manager(db):
    return StaffUserFactory(username="bob", role="Manager")


@pytest.fixture
def agent(db):
    return StaffUserFactory(username="agnes", role="Support agent")
