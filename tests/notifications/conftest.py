import pytest

from notifications.delivery import _template_cache
from notifications.sms import LocmemGateway


@pytest.fixture(autouse=True)
def _fresh_templates(settings):
    """Tests edit templates with QuerySet.update(): no process-wide template cache in between."""
    settings.NOTIFICATIONS_TEMPLATE_CACHE_SECONDS = 0
    _template_cache.clear()


@pytest.fixture
def sms_outbox(settings):
    """SMS go to a list instead of the console."""
    settings.SMS_BACKEND = "notifications.sms.LocmemGateway"
    LocmemGateway.outbox.clear()
    yield LocmemGateway.outbox
    LocmemGateway.outbox.clear()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run what notify() schedules after commit (the test's transaction never commits)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def kannel_stub(settings):
    """KannelGateway pointed at a local HTTP server; set `.status` to choose its answer."""
    from tests.notifications.stubs import SendSmsStub

    with SendSmsStub() as stub:
        settings.SMS_BACKEND = "notifications.sms.KannelGateway"
        settings.KANNEL_SENDSMS_URL = stub.url
        settings.KANNEL_USERNAME = "portal"
        settings.KANNEL_PASSWORD = "secret"
        settings.SMS_SENDER = "OMS"
        settings.SMS_TIMEOUT = 2
        yield stub


@pytest.fixture
def fast_retries(settings):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    settings.NOTIFICATIONS_RETRY_BASE_SECONDS = 0
    return settings
