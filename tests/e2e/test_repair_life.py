"""A repair from intake to hand-back in a real browser, the customer on a phone (issue 15).

The customer registers a device with a photo; the technician receives it noting a scratch,
diagnoses, sends a quote; the customer approves it; the device goes to ready and is returned.
Every e-mail arrives in a real SMTP server."""

import pytest
from playwright.sync_api import expect

from accounts.models import Branch, StaffProfile
from repairs.models import Repair, RepairDesk
from tests.e2e.helpers import log_in
from tests.e2e.test_ticket_life import expect_mail, png_bytes, smtp  # noqa: F401 (the fixture)
from tests.factories import TEST_PASSWORD, CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PHONE = {"width": 375, "height": 667}


def test_a_repair_from_the_phone_to_the_hand_back(live_server, new_page, smtp):  # noqa: F811
    branch = Branch.objects.create(name="Central", address="Main St 1")
    RepairDesk.objects.create(branch=branch, opening_hours="9–18")
    CustomerUserFactory(username="rita", email="rita@example.com")
    tech = StaffUserFactory(username="tom", role="Technician")
    StaffProfile.objects.filter(user=tech).update(branch=branch)

    phone = new_page("customer", viewport=PHONE)
    log_in(phone, live_server.url, "rita", TEST_PASSWORD)
    phone.goto(f"{live_server.url}/portal/repairs/new/")
    phone.fill("input[name=device_type]", "Phone")
    phone.fill("input[name=device_model]", "Pixel 8")
    phone.fill("input[name=serial_number]", "GP8-445XZ")
    phone.fill("textarea[name=problem]", "It does not charge.")
    phone.check("input[name=condition][value=scratches]")
    phone.fill("input[name=handed_over_by]", "Rita Customer")
    phone.fill("input[name=handed_over_id_number]", "AB123456")
    phone.fill("input[name=handed_over_phone]", "+74951112233")
    phone.check("input[name=return_method][value=pickup]")
    phone.set_input_files("input[name=photos]", {"name": "front.png", "mimeType": "image/png", "buffer": png_bytes()})
    with phone.expect_navigation():
        phone.click("#submit-repair")
    repair = Repair.objects.get()
    expect(phone.locator("#repair-status")).to_contain_text("Registered")
    expect(phone.locator("img.repair-photo")).to_have_count(1)
    expect_mail(smtp, "repair_registered", "rita@example.com")

    staff = new_page("technician")
    log_in(staff, live_server.url, "tom", TEST_PASSWORD)
    staff.goto(f"{live_server.url}/staff/repairs/{repair.pk}/")
    staff.click("#open-receive")
    staff.fill("textarea[name=serial_received]", "GP8-445XZ")
    staff.fill("#move-receive textarea[name=comment]", "A scratch on the back")
    with staff.expect_navigation():
        staff.click("#confirm-receive")
    expect(staff.locator("#repair-intake-notes")).to_contain_text("A scratch on the back")
    with staff.expect_navigation():
        staff.click("#action-diagnose")
    staff.fill("input[name=description_0]", "Charging port")
    staff.fill("input[name=amount_0]", "35.00")
    with staff.expect_navigation():
        staff.click("#send-quote")
    expect(staff.locator("#repair-status")).to_contain_text("quote")
    expect_mail(smtp, "repair_quote_sent", "rita@example.com")

    phone.reload()
    expect(phone.locator("#quote-total")).to_contain_text("35.00")
    with phone.expect_navigation():
        phone.click("#action-approve")
    expect(phone.locator("#repair-status")).to_contain_text("In repair")

    staff.reload()
    with staff.expect_navigation():
        staff.click("#action-finish")
    expect_mail(smtp, "repair_ready", "rita@example.com")
    staff.click("#open-hand_back")
    staff.fill("textarea[name=returned_to]", "Rita Customer")
    staff.fill("textarea[name=id_number]", "AB123456")
    with staff.expect_navigation():
        staff.click("#confirm-hand_back")
    expect(staff.locator("#repair-status")).to_contain_text("Returned")
    expect(staff.locator("#handback-link")).to_be_visible()
    # receive, diagnose, approve, hand back
    expect_mail(smtp, "repair_status_changed", "rita@example.com", count=4)
    phone.reload()
    expect(phone.locator("#repair-status")).to_contain_text("Returned")
