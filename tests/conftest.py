"""Test configuration: speed-ups live here, not in a second settings tree."""

import uuid

import pytest
from django.conf import settings

from omsportal.celery import app as celery_app
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory


def pytest_configure(config):
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
