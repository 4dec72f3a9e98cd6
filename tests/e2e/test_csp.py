"""The Content-Security-Policy seen by a real browser: every main page (portal, staff, admin)
loads without a single violation, the scripts that are files still work, and a customer's
uploaded "image" that carries HTML runs nothing when an administrator opens it (issue 8.2)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from core.files import check_upload
from tests.e2e.helpers import log_in
from tests.factories import TEST_PASSWORD, CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets import services
from tickets.models import Area, Queue

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAYLOAD = b"<html><body><script>window.__pwned = 1; alert('owned')</script></body></html>"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 90, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def world(db):
    customer = CustomerFactory(name="Northwind Telecom")
    customer.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    owner = CustomerUserFactory(username="alice", customer=customer)
    admin = StaffUserFactory(username="root", role="Administrator", is_superuser=True)
    queue = Queue.objects.create(name="Technical support")
    queue.members.add(admin)
    ticket = services.ticket_create(
        by=owner,
        customer=customer,
        queue=queue,
        subject="Line is down",
        text="Since this morning.\nSecond line.",
        contact_name="Alice",
        channel="portal",
        files=[check_upload(SimpleUploadedFile("photo.png", png_bytes()))],
    )
    services.ticket_reply(ticket=ticket, by=admin, body="We are on it.")
    Area.objects.get_or_create(name="Moscow-Center")
    outage = services.outage_declare(by=admin, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    return {"customer": customer, "owner": owner, "admin": admin, "ticket": ticket, "queue": queue, "outage": outage}


def watch_violations(page) -> list[str]:
    """Console errors the browser prints when the policy blocks something."""
    seen = []
    page.on(
        "console",
        lambda message: (
            seen.append(message.text)
            if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return seen


def visit_all(page, base: str, paths: list[str]) -> dict[str, list[str]]:
    problems = {}
    seen = watch_violations(page)
    for path in paths:
        seen.clear()
        response = page.goto(base + path)
        assert response.status == 200, f"{path}: {response.status}"
        page.wait_for_load_state("load")
        if seen:
            problems[path] = list(seen)
    return problems


def test_portal_pages_load_without_csp_violations(live_server, new_page, world):
    page = new_page("customer")
    log_in(page, live_server.url, "alice", TEST_PASSWORD)
    ticket = world["ticket"]
    paths = [
        reverse("core:portal_home"),
        reverse("tickets_portal:list"),
        reverse("tickets_portal:new"),
        reverse("tickets_portal:detail", args=[ticket.pk]),
        reverse("accounts:portal_account"),
        reverse("accounts:settings"),
    ]
    assert visit_all(page, live_server.url, paths) == {}
    # The logo is an image from our own origin, loaded by the page.
    page.goto(live_server.url + reverse("core:portal_home"))
    expect(page.locator("img.customer-logo")).to_have_js_property("naturalWidth", 40)


def test_staff_and_admin_pages_load_without_csp_violations(live_server, new_page, world):
    page = new_page("admin")
    log_in(page, live_server.url, "root", TEST_PASSWORD)
    ticket, outage, customer = world["ticket"], world["outage"], world["customer"]
    paths = [
        reverse("core:staff_home"),
        reverse("tickets_staff:folder"),
        reverse("tickets_staff:queue", args=[world["queue"].pk]),
        reverse("tickets_staff:search") + "?q=line",
        reverse("tickets_staff:new"),
        reverse("tickets_staff:detail", args=[ticket.pk]),
        reverse("tickets_staff:interactions"),
        reverse("tickets_staff:outages"),
        reverse("tickets_staff:outage_detail", args=[outage.pk]),
        reverse("admin:index"),
        reverse("admin:accounts_customer_changelist"),
        reverse("admin:accounts_customer_change", args=[customer.pk]),
        reverse("admin:accounts_user_changelist"),
        reverse("admin:accounts_user_change", args=[world["owner"].pk]),
        reverse("admin:tickets_ticket_changelist"),
        reverse("admin:tickets_ticket_change", args=[ticket.pk]),
    ]
    assert visit_all(page, live_server.url, paths) == {}


def test_the_language_picker_still_switches_without_an_inline_handler(live_server, page):
    seen = watch_violations(page)
    page.goto(live_server.url + reverse("accounts:login"))
    with page.expect_navigation():
        page.locator("#language-picker").select_option("ru")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    assert seen == []


def test_a_polyglot_logo_runs_nothing_when_an_administrator_opens_it(live_server, new_page, world, settings):
    customer = world["customer"]
    customer_page = new_page("customer")
    log_in(customer_page, live_server.url, "alice", TEST_PASSWORD)
    customer_page.goto(live_server.url + reverse("accounts:portal_account"))
    customer_page.set_input_files(
        "input[name=logo]", files=[{"name": "brand.html", "mimeType": "text/html", "buffer": png_bytes() + PAYLOAD}]
    )
    with customer_page.expect_navigation():
        customer_page.locator("form[enctype='multipart/form-data'] [type=submit]").first.click()
    customer.refresh_from_db()
    assert customer.logo.name.endswith(".png")
    # A file stored before this fix, under the name the customer chose, with the payload intact
    # (the app has no /media/ route any more: tests/core/test_files.py; only the test server serves it).
    legacy = settings.MEDIA_ROOT / "logos" / "brand.html"
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_bytes(png_bytes() + PAYLOAD)

    admin_page = new_page("admin")
    dialogs = []
    admin_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(admin_page, live_server.url, "root", TEST_PASSWORD)

    response = admin_page.goto(live_server.url + reverse("accounts:customer_logo", args=[customer.pk]))
    assert response.headers["content-type"] == "image/png"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert admin_page.evaluate("typeof window.__pwned") == "undefined"

    type(customer).objects.filter(pk=customer.pk).update(logo="logos/brand.html")
    response = admin_page.goto(live_server.url + reverse("accounts:customer_logo", args=[customer.pk]))
    assert response.headers["content-type"] == "image/png"
    assert admin_page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
