"""Self-registration in a real browser (issue 17): the link arrives in a real SMTP server, the link
sets the password, the pending customer appears in staff's review queue and, once approved, logs in.
A second use of the link is refused."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Customer
from portalhome.models import Registration
from tests.e2e.helpers import LOGIN_SUBMIT, log_in
from tests.e2e.test_ticket_life import body, expect_mail, smtp  # noqa: F401 (the fixture)
from tests.factories import TEST_PASSWORD, StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "Correct-Horse-Battery-9"


def test_sign_up_by_mail_link_then_staff_review(live_server, new_page, smtp):  # noqa: F811
    StaffUserFactory(username="agnes", role="Support agent")
    visitor = new_page("visitor")
    visitor.goto(f"{live_server.url}/accounts/login/")
    with visitor.expect_navigation():
        visitor.click("#sign-up")
    visitor.fill("input[name=name]", "Dana Scully")
    visitor.fill("input[name=email]", "dana@example.com")
    visitor.fill("input[name=phone]", "+74951234567")
    with visitor.expect_navigation():
        visitor.click("#register-submit")
    expect(visitor.locator("#register-sent")).to_be_visible()

    message = expect_mail(smtp, "registration_link", "dana@example.com")
    link = re.search(r"https?://\S+/accounts/register/confirm/\S+/", body(message)).group(0)
    assert link.startswith(live_server.url)
    visitor.goto(link)
    visitor.fill("input[name=password1]", PASSWORD)
    visitor.fill("input[name=password2]", PASSWORD)
    with visitor.expect_navigation():
        visitor.click("#register-confirm")
    expect(visitor.locator("#register-pending")).to_be_visible()
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.PENDING
    assert registration.customer.status == Customer.Status.SUSPENDED

    visitor.goto(link)
    expect(visitor.locator("#register-refused")).to_contain_text("already been used")
    log_in(visitor, live_server.url, "dana@example.com", PASSWORD)
    expect(visitor.locator(LOGIN_SUBMIT)).to_be_visible()  # not let in before the review

    staff = new_page("staff")
    log_in(staff, live_server.url, "agnes", TEST_PASSWORD)
    staff.goto(f"{live_server.url}/staff/")
    with staff.expect_navigation():
        staff.click("#pending-registrations a")
    row = staff.locator(f"#registration-{registration.pk}")
    expect(row).to_contain_text("dana@example.com")
    with staff.expect_navigation():
        row.locator(f"#approve-{registration.pk}").click()
    expect_mail(smtp, "registration_approved", "dana@example.com")

    log_in(visitor, live_server.url, "dana@example.com", PASSWORD)
    expect(visitor).to_have_url(re.compile(r"/portal/$"))
