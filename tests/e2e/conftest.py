"""Real-browser tests: the system's Chromium driven by Playwright against pytest-django's live server.

Playwright never downloads a browser here; without /usr/bin/chromium these tests skip
locally and fail on CI (tests.services.require_service).
"""

import os
import re
from pathlib import Path

import pytest

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS
from tests.services import require_service

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"_e2e_report_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def browser(django_db_setup, django_db_blocker):
    """Chromium for one test module.

    Per module rather than per session so that what it needs stays inside the e2e tests:
    the sync Playwright API runs an event loop in the main thread, so the ORM calls made
    by the tests themselves (factories, refresh_from_db) need DJANGO_ALLOW_ASYNC_UNSAFE,
    which must not leak into other tests (check --deploy refuses it).
    """
    require_service("Chromium", os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is missing (apt-get install chromium)")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Django keeps its connections in context variables, and the sync Playwright API runs
    # the rest of the module in another context: the tests get new connection objects.
    # Hand them what pytest-django put on the old ones (the data that serialized_rollback
    # restores after each flush), and close them when done.
    serialized = {
        conn.alias: conn._test_serialized_contents
        for conn in connections.all()
        if hasattr(conn, "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
        with django_db_blocker.unblock():
            connections.close_all()


@pytest.fixture
def new_page(browser, request):
    """Open a page in a fresh browser context (its own cookies: one per person in a story).

    On failure every page opened is saved to test-artifacts/<test>-<name>.png.
    """
    opened = []

    def open_page(name: str = "page", *, locale: str = "en-US", viewport: dict | None = None):
        context = browser.new_context(locale=locale, viewport=viewport or {"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        opened.append((name, context, page))
        return page

    yield open_page
    report = getattr(request.node, "_e2e_report_call", None)
    for name, context, page in opened:
        if report is not None and report.failed and not page.is_closed():
            ARTIFACTS.mkdir(exist_ok=True)
            test = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
            page.screenshot(path=str(ARTIFACTS / f"{test}-{name}.png"), full_page=True)
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
