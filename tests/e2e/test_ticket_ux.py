"""Issue 9 in a real browser: a reply survives an expired session, the error summary takes
focus on a phone, and the outage SMS is previewed and sent once."""

from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from playwright.sync_api import expect

from notifications.models import OutboxMessage
from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets import services
from tickets.models import Area, Queue, TicketMessage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
REPLY = "The router still blinks red after the restart you suggested."


@pytest.fixture
def request_of_olga(db):
    queue = Queue.objects.create(name="Technical support")
    olga = CustomerUserFactory(customer=CustomerFactory(name="Olga Ltd"), username="olga")
    ticket = services.ticket_create(
        by=olga, customer=olga.customer, queue=queue, subject="No internet", text="Red light", contact_name="Olga"
    )
    return olga, ticket


def test_a_reply_typed_when_the_session_expired_is_kept_and_sent_once(live_server, new_page, request_of_olga):
    olga, ticket = request_of_olga
    page = new_page("customer", viewport=PHONE)
    log_in(page, live_server.url, "olga", TEST_PASSWORD)
    page.goto(f"{live_server.url}/portal/tickets/{ticket.pk}/")
    page.fill("#reply-form textarea[name=body]", REPLY)

    # The session ends while the text is being typed (through the engine: it may be cached too).
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in Session.objects.values_list("session_key", flat=True):
        store(session_key=key).delete()
    with page.expect_navigation():
        page.click("#send-reply")
    assert "/accounts/login/" in page.url
    expect(page.locator(".alert-warning")).to_contain_text("session expired")

    page.fill("input[name=username]", "olga")
    page.fill("input[name=password]", TEST_PASSWORD)
    with page.expect_navigation():
        page.click("form:has(input[name=password]) button[type=submit]")
    assert page.url.endswith(f"/portal/tickets/{ticket.pk}/")
    expect(page.locator("#reply-form textarea[name=body]")).to_have_value(REPLY)
    expect(page.locator("#reply-form [data-draft-restored]")).to_be_visible()

    with page.expect_navigation():
        page.click("#send-reply")
    expect(page.locator(".alert-success")).to_be_visible()
    assert TicketMessage.objects.filter(ticket=ticket, body=REPLY).count() == 1
    page.reload()
    expect(page.locator("#reply-form textarea[name=body]")).to_have_value("")  # sent: the draft is forgotten


def test_on_a_phone_the_error_summary_takes_focus_and_big_files_are_refused_before_upload(
    live_server, new_page, request_of_olga, tmp_path, settings
):
    settings.ATTACHMENT_MAX_BYTES = 1024
    page = new_page("customer", viewport=PHONE)
    log_in(page, live_server.url, "olga", TEST_PASSWORD)
    page.goto(f"{live_server.url}/portal/tickets/new/")
    page.select_option("select[name=queue]", label="Technical support")
    page.fill("textarea[name=text]", "Nothing works since the storm.")

    big = tmp_path / "photo.png"
    big.write_bytes(b"\x89PNG" + b"0" * 4096)
    page.set_input_files("input[name=attachments]", str(big))
    problem = page.locator("[data-file-problems]")
    expect(problem).to_contain_text("photo.png")
    page.click("#submit-request")  # refused in the browser: no request is sent
    expect(problem).to_be_focused()
    assert page.url.endswith("/portal/tickets/new/")

    page.set_input_files("input[name=attachments]", [])
    with page.expect_navigation():
        page.click("#submit-request")  # the subject is missing: the server refuses
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary.locator("a[href='#id_subject']")).to_be_visible()
    assert page.evaluate("document.querySelector('[data-error-summary]').getBoundingClientRect().top") < PHONE["height"]
    expect(page.locator("textarea[name=text]")).to_have_value("Nothing works since the storm.")


def test_the_outage_sms_is_previewed_and_sent_once(live_server, new_page, db):
    manager = StaffUserFactory(username="mona", role="Manager")
    Area.objects.create(name="Moscow-Center")
    for n in range(3):
        CustomerFactory(name=f"Customer {n}", area="Moscow-Center", phone=f"+7495111220{n}")
    outage = services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    page = new_page("manager")
    log_in(page, live_server.url, "mona", TEST_PASSWORD)
    page.goto(f"{live_server.url}/staff/tickets/outages/{outage.pk}/")
    with page.expect_navigation():
        page.click("#notify-customers")
    expect(page.locator("#recipient-count")).to_contain_text("3 customers")
    expect(page.locator("#recipient-sample li")).to_have_count(3)
    assert not OutboxMessage.objects.filter(event="outage").exists()  # the preview sends nothing

    preview_url = page.url
    button = page.locator("#confirm-send")
    with page.expect_navigation():
        button.dblclick()
    expect(page.locator(".alert-success")).to_contain_text("SMS sent to 3 customers")
    expect(page.locator("#sms-already-sent")).to_be_visible()
    assert OutboxMessage.objects.filter(event="outage").count() == 3

    page.goto(preview_url)  # back to the confirm page, e.g. from the history
    expect(page.locator("#sms-already-sent")).to_be_visible()
    expect(page.locator("#confirm-send")).to_have_count(0)
    assert OutboxMessage.objects.filter(event="outage").count() == 3
