"""The foundation seen through a real browser: first login, lockout, Persian, the two sides."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from accounts.services import user_create
from core.roles import CUSTOMER
from tests.e2e.helpers import LOGIN_SUBMIT, log_in
from tests.factories import TEST_PASSWORD, CustomerFactory, CustomerUserFactory, StaffUserFactory

# The live server runs in another thread, so data must be committed; serialized_rollback
# restores the roles that the data migrations created after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_PASSWORD = "Quiet-Harbour-7351-lantern"


def path_is(path: str) -> re.Pattern:
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def test_a_new_customer_user_must_change_the_temporary_password_first(live_server, page):
    customer = CustomerFactory(name="Northwind Telecom")
    user, temporary = user_create(
        username="newcomer",
        email="newcomer@example.com",
        customer=customer,
        groups=[Group.objects.get(name=CUSTOMER)],
    )

    log_in(page, live_server.url, "newcomer", temporary)
    expect(page).to_have_url(path_is("/accounts/password/change-required/"))
    expect(page.locator("h1")).to_contain_text("Choose a new password")

    page.goto(f"{live_server.url}/portal/")
    expect(page).to_have_url(path_is("/accounts/password/change-required/"))

    page.fill("input[name=new_password1]", NEW_PASSWORD)
    page.fill("input[name=new_password2]", NEW_PASSWORD)
    with page.expect_navigation():
        page.click("form [type=submit][name=submit]")
    expect(page).to_have_url(path_is("/portal/"))
    expect(page.locator("#customer-name")).to_have_text("Northwind Telecom")

    user.refresh_from_db()
    assert not user.must_change_password
    assert user.check_password(NEW_PASSWORD)


def test_five_wrong_passwords_lock_the_account_and_say_so(live_server, page):
    CustomerUserFactory(username="dora")
    error = page.locator("#login-error")

    for attempt in range(1, 5):
        log_in(page, live_server.url, "dora", f"wrong-password-{attempt}")
        expect(page).to_have_url(path_is("/accounts/login/"))
        expect(error).not_to_contain_text("locked")

    # The fifth failure locks the account: the user is told so at once.
    log_in(page, live_server.url, "dora", "wrong-password-5")
    expect(error).to_contain_text("locked")

    # And the right password is refused while the lock lasts.
    log_in(page, live_server.url, "dora", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/accounts/login/"))
    expect(error).to_contain_text("locked")
    page.goto(f"{live_server.url}/portal/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))


def expect_persian(page) -> None:
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("link[rel=stylesheet][href*='bootstrap.rtl']")).to_have_count(1)
    # The stylesheet was served and applied, not only linked.
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate(
        "[...document.styleSheets].some(s => s.href && s.href.includes('bootstrap.rtl') && s.cssRules.length > 0)"
    )


def test_persian_on_the_login_page_renders_right_to_left(live_server, page):
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    with page.expect_navigation():
        page.select_option("select#language-picker", "fa")
    expect(page).to_have_url(path_is("/accounts/login/"))
    expect_persian(page)
    expect(page.locator(LOGIN_SUBMIT)).not_to_have_text("Log in")


def test_persian_chosen_in_settings_renders_right_to_left(live_server, page):
    CustomerUserFactory(username="farah", customer=CustomerFactory(name="Pars Online"))
    log_in(page, live_server.url, "farah", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/portal/"))
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.goto(f"{live_server.url}/accounts/settings/")
    page.select_option("select[name='prefs-language']", "fa")
    with page.expect_navigation():
        page.click("form:has(input[name=form][value=preferences]) button[type=submit]")
    expect(page).to_have_url(path_is("/accounts/settings/"))
    expect_persian(page)

    page.goto(f"{live_server.url}/portal/")
    expect_persian(page)
    expect(page.locator("#customer-name")).to_have_text("Pars Online")


def test_a_customer_opening_staff_is_sent_to_the_portal(live_server, page):
    CustomerUserFactory(username="carol")
    log_in(page, live_server.url, "carol", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/portal/"))

    page.goto(f"{live_server.url}/staff/")
    expect(page).to_have_url(path_is("/portal/"))


def test_staff_opening_the_portal_are_sent_to_the_workspace(live_server, page):
    StaffUserFactory(username="maxine", role="Manager")
    log_in(page, live_server.url, "maxine", TEST_PASSWORD)
    expect(page).to_have_url(path_is("/staff/"))

    page.goto(f"{live_server.url}/portal/")
    expect(page).to_have_url(path_is("/staff/"))
