"""The admin seen through a real browser: an administrator adds a staff user with the admin's own
add form; a customer who opens /admin/ lands on the portal instead of looping through the login."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from core import roles
from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_an_administrator_adds_a_staff_user_in_the_admin(live_server, page):
    StaffUserFactory(username="ada", role=roles.ADMINISTRATOR)
    log_in(page, live_server.url, "ada", TEST_PASSWORD)

    page.goto(f"{live_server.url}/admin/accounts/user/add/")
    page.fill("input[name=username]", "newstaff")
    page.fill("input[name=email]", "newstaff@example.com")
    page.fill("input[name=first_name]", "Nina")
    page.check("input[name=is_staff]")
    with page.expect_navigation():
        page.click("#user_form input[name=_save]")

    expect(page.locator(".messagelist")).to_contain_text("temporary password was sent to newstaff@example.com")
    expect(page).to_have_url(re.compile(r"/admin/accounts/user/\d+/change/$"))
    user = User.objects.get(username="newstaff")
    assert user.is_staff
    assert user.must_change_password


def test_a_customer_opening_the_admin_lands_on_the_portal(live_server, page):
    CustomerUserFactory(username="olga")
    log_in(page, live_server.url, "olga", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/")
    expect(page).to_have_url(re.compile(r"/portal/$"))
    expect(page.locator("body")).to_contain_text("staff only")
