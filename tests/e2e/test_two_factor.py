"""Two-factor login through a real browser: a manager enrols from the QR page, then logs in with codes."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.e2e.helpers import log_in, log_out
from tests.factories import TEST_PASSWORD, StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _enforced(settings):
    settings.TWO_FACTOR_ENFORCED = True
    settings.TWO_FACTOR_REQUIRED_ROLES = ["Administrator", "Manager"]


def path_is(path: str) -> re.Pattern:
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def app_code(secret: str, *, steps_ahead: int = 0) -> str:
    """What an authenticator app shows for the secret typed by hand from the page."""
    totp = TOTP(b32decode(secret.replace(" ", "")))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def submit_code(page, code: str) -> None:
    page.fill("input[name=code]", code)
    with page.expect_navigation():
        page.click("form:has(input[name=code]) button[type=submit]")


def test_a_manager_enrols_from_the_qr_page_then_logs_in_with_a_code_and_a_recovery_code(live_server, page):
    StaffUserFactory(username="maxine", role="Manager")

    # The role requires two-factor login: the first login ends on the enrolment page.
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/accounts/two-factor/enrol/"))
    page.goto(f"{live_server.url}/staff/")
    expect(page).to_have_url(path_is("/accounts/two-factor/enrol/"))
    expect(page.locator("#two-factor-required")).to_be_visible()
    # The QR code is an image our own server drew.
    qr = page.locator("#totp-qr")
    expect(qr).to_have_attribute("src", "/accounts/two-factor/enrol/qr.svg")
    page.wait_for_function("document.querySelector('#totp-qr').naturalWidth > 0")

    secret = page.locator("#totp-secret").inner_text()
    submit_code(page, app_code(secret))
    expect(page).to_have_url(path_is("/accounts/two-factor/recovery-codes/"))
    codes = page.locator("#recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    with page.expect_navigation():
        page.click("text=I have saved them, continue")
    expect(page).to_have_url(path_is("/staff/"))

    # Next login: the password, then a code from the app.
    log_out(page)
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/accounts/login/verify/"))
    page.goto(f"{live_server.url}/staff/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    # The enrolment code may not be used again: the app shows the next one 30 seconds later.
    submit_code(page, app_code(secret, steps_ahead=1))
    expect(page).to_have_url(path_is("/staff/"))

    # A lost phone: a recovery code works once...
    log_out(page)
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    submit_code(page, codes[0])
    expect(page).to_have_url(path_is("/staff/"))
    expect(page.locator(".alert-warning")).to_contain_text("9 are left")

    # ...and not twice.
    log_out(page)
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    submit_code(page, codes[0])
    expect(page).to_have_url(path_is("/accounts/login/verify/"))
    expect(page.locator("form#two-factor-verify")).to_contain_text("not right")
    page.goto(f"{live_server.url}/staff/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
