"""The settings page in a real browser on a phone: it opens at the top, and the time zone list filters."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def test_on_a_phone_the_page_stays_at_the_top_and_the_time_zones_filter(live_server, new_page):
    CustomerUserFactory(username="farah")
    page = new_page(viewport=PHONE)
    log_in(page, live_server.url, "farah", TEST_PASSWORD)
    page.goto(f"{live_server.url}/accounts/settings/")
    assert page.evaluate("window.scrollY") == 0
    assert page.evaluate("document.activeElement === document.body")

    page.fill("input[aria-controls='id_prefs-time_zone']", "tehr")
    visible = page.locator("select[name='prefs-time_zone'] option:not([hidden])")
    expect(visible).to_have_count(1)
    expect(visible).to_have_attribute("value", "Asia/Tehran")
    page.select_option("select[name='prefs-time_zone']", "Asia/Tehran")
    with page.expect_navigation():
        page.click("form:has(input[name=form][value=preferences]) button[type=submit]")
    expect(page.locator(".alert-success")).to_be_in_viewport()
