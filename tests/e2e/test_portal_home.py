"""The customer's processes and history in a real browser (issue 17).

A customer with a request in flight sees it in "my processes" at the right stage; as staff move
it on, the step bar and the history follow; the customer adds a note with a file, edits it, and
finds no way to edit a company entry. A customer with a ticket, an order, a repair and a
payment in flight sees all four at the right stage, and the step bars and the history follow
as staff move each one on.
"""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from accounts.models import Branch, StaffProfile
from billing import services as billing_services
from billing.models import Payment
from billing.workflow import PAYMENT_FLOW
from core.files import check_upload
from orders import services as order_services
from orders.models import Order, Product
from portalhome.models import Note
from repairs import services as repair_services
from repairs.models import RepairDesk
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


def current_step(page, kind: str, text: str):
    card = page.locator(f'#processes section[data-kind="{kind}"]', has_text=text)
    return card, card.locator('[aria-current="step"]')


def test_a_ticket_an_order_a_repair_and_a_payment_follow_staff_in_my_processes(live_server, page):
    erin = CustomerUserFactory(username="erin", email="erin@example.com")
    customer = erin.customer
    queue = Queue.objects.create(name="Technical support")
    agent = StaffUserFactory(username="agnes", role="Support agent")
    queue.members.add(agent)
    sales = StaffUserFactory(username="sally", role="Sales")
    finance = StaffUserFactory(username="fiona", role="Finance")
    branch = Branch.objects.create(name="Central", address="Main St 1")
    RepairDesk.objects.create(branch=branch, opening_hours="9–18")
    tech = StaffUserFactory(username="tom", role="Technician")
    StaffProfile.objects.filter(user=tech).update(branch=branch)

    ticket = services.ticket_create(
        by=erin,
        customer=customer,
        queue=queue,
        subject="Fibre line down",
        text="Red light",
        contact_name="Erin",
        channel=Ticket.Channel.PORTAL,
    )
    router = Product.objects.create(name="Router AX", sku="RT-AX", price=Decimal("50.00"))
    order = order_services.order_create(
        by=erin, customer=customer, type=Order.Type.EQUIPMENT, items=[order_services.Item(router, 1)], branch=branch
    )
    repair = repair_services.repair_register(
        by=erin,
        customer=customer,
        branch=branch,
        device_type="Phone",
        device_model="Pixel 8",
        serial_number="GP8-1",
        problem="Does not charge",
        handed_over_by="Erin",
        handed_over_id_number="ID-SECRET-77",
        handed_over_phone="+74951112233",
    )
    receipt = SimpleUploadedFile("r.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    payment = billing_services.payment_record(
        by=erin,
        customer=customer,
        amount=Decimal("25.00"),
        method=Payment.Method.BANK_TRANSFER,
        paid_on=timezone.localdate(),
        receipt=check_upload(receipt),
    )

    log_in(page, live_server.url, "erin", TEST_PASSWORD)
    page.goto(f"{live_server.url}/portal/processes/")
    _card, step = current_step(page, "ticket", "Fibre line down")
    expect(step).to_have_text("Received")
    _card, step = current_step(page, "order", order.number)
    expect(step).to_contain_text("Received, waiting for review")
    _card, step = current_step(page, "repair", repair.number)
    expect(step).to_contain_text("Registered")
    card, step = current_step(page, "payment", payment.number)
    expect(step).to_contain_text("Under review")
    expect(card.locator(".step-done")).to_have_count(1)

    workflow.ticket_take(ticket=ticket, by=agent)
    order_services.order_move(order=order, by=sales, move="approve")
    repair_services.repair_move(repair=repair, by=tech, name="receive", values={"serial_received": "GP8-1"})
    PAYMENT_FLOW.run(Payment.objects.get(pk=payment.pk), "accept", by=finance)

    page.reload()
    _card, step = current_step(page, "ticket", "Fibre line down")
    expect(step).to_have_text("In progress")
    card, step = current_step(page, "order", order.number)
    expect(step).to_contain_text("Approved")
    expect(card.locator(".step-done")).to_have_count(1)
    card, step = current_step(page, "repair", repair.number)
    expect(step).to_contain_text("Received at branch")
    expect(card.locator(".step-done")).to_have_count(1)
    expect(page.locator('#processes section[data-kind="payment"]')).to_have_count(0)

    page.goto(f"{live_server.url}/portal/history/")
    history = page.locator("#history")
    expect(history).to_contain_text(f"Order {order.number}: Approved")
    expect(history).to_contain_text(f"Repair {repair.number} (Pixel 8): Received at branch")
    expect(page.locator("#history li", has_text=payment.number).first).to_contain_text("Accepted")
    expect(history).not_to_contain_text("ID-SECRET-77")
    for company in (order.number, repair.number, payment.number):
        expect(page.locator("#history li", has_text=company).first.locator(".entry-edit")).to_have_count(0)
