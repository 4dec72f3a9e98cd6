"""The whole life of a ticket in a real browser (issue 5), with the e-mails it sends.

A customer files a request with an attachment; an agent of the first queue takes it and
returns it with a reason; the customer corrects it and sends it again; the agent forwards
it to a second queue, where another agent replies and closes it; the customer sees every
state, reads the reply and rates the ticket from the link in the closing e-mail. Every
notification travels through the outbox and Celery (in-process) to a real SMTP server.
"""

import io
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerFactory, CustomerUserFactory, StaffUserFactory, contract_numbered
from tests.notifications.live import SmtpSink, wait_until
from tickets.models import Queue, Ticket

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REASON = "Please give the contract number of the line that is down."
CORRECTION = "The line on contract CN-2024-0117 has been down since this morning."
FORWARD_NOTE = "The port on the street cabinet looks dead: field work needed."
REPLY = "An engineer replaced the card in the street cabinet. Your line is back."
RESOLUTION = "Line card replaced in cabinet 14."


@pytest.fixture
def smtp(settings, live_server):
    """A real SMTP server on a free port; the app sends to it and links to the live server."""
    with SmtpSink() as sink:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = sink.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.SITE_URL = live_server.url
        yield sink


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def mails(sink: SmtpSink, event: str, to: str) -> list[EmailMessage]:
    return [m for m in sink.messages if m["X-Omsportal-Event"] == event and to in m["To"]]


def expect_mail(sink: SmtpSink, event: str, to: str, *, count: int = 1) -> EmailMessage:
    """The count-th `event` e-mail to `to` (delivery runs after commit, usually before the page loads)."""
    wait_until(lambda: len(mails(sink, event, to)) >= count, timeout=5)
    found = mails(sink, event, to)
    if len(found) < count:
        received = [(m["X-Omsportal-Event"], m["To"]) for m in sink.messages]
        raise AssertionError(f"no {event!r} e-mail #{count} to {to}; received {received}")
    return found[count - 1]


def body(message: EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def expect_status(page, status: str) -> None:
    page.reload()
    expect(page.locator("#ticket-status [data-status]")).to_have_attribute("data-status", status)


def expect_stage(page, stage: str) -> None:
    """Customers see one customer-facing stage, never the staff status (issue 9)."""
    page.reload()
    expect(page.locator("#ticket-stage")).to_have_attribute("data-stage", stage)
    expect(page.locator("[data-status]")).to_have_count(0)


def move(page, name: str, *, comment: str = "", queue: str | None = None) -> None:
    """One of the action buttons of the staff ticket page (they open a small form)."""
    page.click(f"#open-{name}")
    form = page.locator(f"#move-{name}")
    expect(form).to_be_visible()
    if queue is not None:
        form.locator("select[name=queue]").select_option(label=queue)
    form.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        page.click(f"#confirm-{name}")


def test_a_ticket_lives_from_the_portal_to_a_rating(live_server, new_page, smtp, tmp_path):
    account = CustomerFactory(name="Nordwind Logistics")
    # Their paper contract (ended, so no list to pick from): the number the customer types below is checked
    # against the account's own contracts.
    contract_numbered(account, "CN-2024-0117")
    olga = CustomerUserFactory(username="olga", email="olga@nordwind.example", customer=account)
    agnes = StaffUserFactory(username="agnes", email="agnes@omsportal.example", role="Support agent")
    igor = StaffUserFactory(username="igor", email="igor@omsportal.example", role="Support agent")
    first_line = Queue.objects.create(name="Internet access")
    first_line.members.add(agnes)
    field = Queue.objects.create(name="Field engineers")
    field.members.add(igor)
    photo = tmp_path / "router-lights.png"
    photo.write_bytes(png_bytes())

    customer = new_page("customer")
    agent = new_page("agent")
    engineer = new_page("engineer")
    log_in(customer, live_server.url, "olga", TEST_PASSWORD)
    log_in(agent, live_server.url, "agnes", TEST_PASSWORD)
    log_in(engineer, live_server.url, "igor", TEST_PASSWORD)

    # The customer files a request with a photo; it goes straight to the queue.
    customer.goto(f"{live_server.url}/portal/tickets/new/")
    form = customer.locator("#new-request-form")
    form.locator("select[name=queue]").select_option(label="Internet access")
    form.locator("[name=subject]").fill("No internet since this morning")
    form.locator("[name=text]").fill("All lights on the router are red.")
    form.locator("[name=contact_name]").fill("Olga Smirnova")
    form.locator("input[name=attachments]").set_input_files(str(photo))
    with customer.expect_navigation():
        customer.click("#submit-request")
    ticket = Ticket.objects.get(customer=account)
    expect(customer).to_have_url(re.compile(rf"/portal/tickets/{ticket.pk}/$"))
    expect(customer.locator("#ticket-number")).to_have_text(ticket.number)
    expect_stage(customer, "received")
    expect(customer.get_by_role("link", name=re.compile("router-lights.png"))).to_be_visible()
    assert ticket.number in expect_mail(smtp, "ticket_created", olga.email)["Subject"]
    assert ticket.number in body(expect_mail(smtp, "ticket_queue_new", agnes.email))

    # The agent finds it in the queue, opens the photo and takes the ticket.
    agent.goto(f"{live_server.url}/staff/tickets/queues/{first_line.pk}/")
    with agent.expect_navigation():
        agent.get_by_role("link", name=re.compile(ticket.number)).first.click()
    expect(agent.locator("#ticket-number")).to_have_text(ticket.number)
    with agent.expect_download() as download:
        agent.get_by_role("link", name=re.compile("router-lights.png")).first.click()
    assert download.value.suggested_filename == "router-lights.png"
    assert Path(download.value.path()).read_bytes() == photo.read_bytes()
    with agent.expect_navigation():
        agent.click("#action-take")
    expect(agent.locator("#ticket-owner")).to_have_text(str(agnes))
    expect_stage(customer, "in_progress")
    expect_mail(smtp, "ticket_status_changed", olga.email)

    # It was filed without the contract: the agent returns it to its creator, saying why.
    move(agent, "return", comment=REASON)
    expect(agent.locator("#ticket-status [data-status]")).to_have_attribute("data-status", "REJECT-RETURN")
    assert REASON in body(expect_mail(smtp, "ticket_rejected", olga.email))

    # The customer sees why, corrects the request and sends it again.
    expect_stage(customer, "needs_correction")
    expect(customer.locator("#return-reason")).to_contain_text(REASON)
    resend = customer.locator("#correction-form")
    resend.locator("[name=contract_number]").fill("CN-2024-0117")
    resend.locator("[name=text]").fill(CORRECTION)
    with customer.expect_navigation():
        customer.click("#resend")
    expect_stage(customer, "received")
    ticket.refresh_from_db()
    assert (ticket.contract_number, ticket.text, ticket.queue) == ("CN-2024-0117", CORRECTION, first_line)
    expect_mail(smtp, "ticket_queue_new", agnes.email, count=2)

    # Back in the queue: the agent forwards it to the field engineers with a note.
    agent.reload()
    move(agent, "forward", comment=FORWARD_NOTE, queue="Field engineers")
    # Out of her queues now: she stays on the ticket, read-only, told where it went (issue 9.9).
    expect(agent).to_have_url(re.compile(rf"/staff/tickets/{ticket.pk}/$"))
    expect(agent.locator(".alert-success")).to_contain_text(ticket.number)
    expect(agent.locator(".alert-info")).to_contain_text("Field engineers")
    expect(agent.locator("#read-only-note")).to_be_visible()
    expect_stage(customer, "received")
    assert ticket.number in body(expect_mail(smtp, "ticket_queue_new", igor.email))

    # An engineer of that queue replies to the customer and closes the ticket.
    engineer.goto(f"{live_server.url}/staff/tickets/queues/{field.pk}/")
    with engineer.expect_navigation():
        engineer.get_by_role("link", name=re.compile(ticket.number)).first.click()
    expect(engineer.locator("#history")).to_contain_text(FORWARD_NOTE)
    engineer.locator("#reply-form textarea").fill(REPLY)
    with engineer.expect_navigation():
        engineer.click("#send-reply")
    expect(engineer.locator("#conversation")).to_contain_text(REPLY)
    assert REPLY in body(expect_mail(smtp, "ticket_reply", olga.email))
    move(engineer, "close", comment=RESOLUTION)
    expect(engineer.locator("#ticket-status [data-status]")).to_have_attribute("data-status", "CLOSED")

    # The customer reads the reply and the resolution, and rates the ticket from the e-mail's link.
    expect_stage(customer, "resolved")
    expect(customer.locator("#conversation")).to_contain_text(REPLY)
    expect(customer.locator("#ticket-resolution")).to_contain_text(RESOLUTION)
    closed = body(expect_mail(smtp, "ticket_closed", olga.email))
    rating_url = re.search(rf"{re.escape(live_server.url)}/\S+", closed).group(0)
    customer.goto(rating_url)
    rating = customer.locator("#rating-form")
    rating.locator("input[name=rating][value='5']").check()
    rating.locator("[name=comment]").fill("Fast and friendly.")
    with customer.expect_navigation():
        rating.locator("[type=submit]").click()
    expect(customer.locator("#ticket-rating")).to_be_visible()
    expect(customer.locator("#rating-form")).to_have_count(0)

    ticket.refresh_from_db()
    assert (ticket.status, ticket.rating, ticket.queue) == (Ticket.Status.CLOSED, 5, field)
    # The customer never got the agents' queue notices, and the agents got none of hers.
    assert not mails(smtp, "ticket_queue_new", olga.email)
    assert not mails(smtp, "ticket_closed", agnes.email) and not mails(smtp, "ticket_closed", igor.email)
