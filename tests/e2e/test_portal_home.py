"""The customer's processes and history in a real browser (issue 17).

A customer with a request in flight sees it in "my processes" at the right stage; as staff move
it on, the step bar and the history follow; the customer adds a note with a file, edits it, and
finds no way to edit a company entry. (Orders, repairs and payments join through their own
timeline providers when those apps land.)
"""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from portalhome.models import Note
from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerUserFactory, StaffUserFactory
from tickets import services, workflow
from tickets.models import Queue, Ticket

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_processes_follow_staff_and_the_customer_keeps_notes(live_server, page, tmp_path):
    customer = CustomerUserFactory(username="erin")
    queue = Queue.objects.create(name="Technical support")
    agent = StaffUserFactory(username="agnes", role="Support agent")
    queue.members.add(agent)
    ticket = services.ticket_create(
        by=customer,
        customer=customer.customer,
        queue=queue,
        subject="Fibre line down",
        text="Red light",
        contact_name="Erin",
        channel=Ticket.Channel.PORTAL,
    )
    log_in(page, live_server.url, "erin", TEST_PASSWORD)
    page.goto(f"{live_server.url}/portal/processes/")
    card = page.locator('#processes section[data-kind="ticket"]', has_text="Fibre line down")
    expect(card.locator('[aria-current="step"]')).to_have_text("Received")

    workflow.ticket_take(ticket=ticket, by=agent)
    page.reload()
    expect(card.locator('[aria-current="step"]')).to_have_text("In progress")
    expect(card.locator(".step-done")).to_have_count(1)

    services.ticket_reply(ticket=Ticket.objects.get(pk=ticket.pk), by=agent, body="Is the ONT light red or off?")
    page.reload()
    expect(card.locator(".expected")).to_contain_text("Waiting for you")
    page.goto(f"{live_server.url}/portal/history/")
    expect(page.locator("#history")).to_contain_text("Is the ONT light red or off?")
    company_entry = page.locator("#history li", has_text="Request " + ticket.number).first
    expect(company_entry.locator(".entry-edit")).to_have_count(0)

    photo = tmp_path / "router.png"
    photo.write_bytes(png_bytes())
    page.click("#add-note")
    page.fill("input[name=title]", "Router photo")
    page.fill("textarea[name=text]", "Lights after the storm")
    page.set_input_files("input[name=file]", str(photo))
    page.click("#note-save")
    note_entry = page.locator("#history li", has_text="Router photo")
    expect(note_entry).to_be_visible()
    note_entry.locator(".entry-edit").click()
    page.fill("input[name=title]", "Router photo, after the storm")
    page.click("#note-save")
    expect(page.locator("#history")).to_contain_text("Router photo, after the storm")
    note = Note.objects.get()
    assert note.file_name == "router.png" and note.title == "Router photo, after the storm"
