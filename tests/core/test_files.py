"""Uploaded files (issue 8.2, 8.5, issue 10): checked by content, stored under server names,
images re-encoded, served only by scoped views with the detected type, nosniff and a sandbox."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import Resolver404, resolve, reverse
from PIL import Image

from accounts.models import Customer
from core.files import UPLOAD_CSP, check_upload, reencode_image, safe_name
from tests.factories import CustomerUserFactory, StaffUserFactory
from tickets.models import Queue, Ticket
from tickets.services import ticket_create

PAYLOAD = b"<html><script>window.__pwned = 1; alert(document.cookie)</script></html>"


def png(size=(24, 24), color="navy") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def upload_logo(client, user, upload):
    client.force_login(user)
    customer = user.customer
    return client.post(
        reverse("accounts:portal_account"),
        {
            "name": customer.name,
            "email": customer.email,
            "phone": "",
            "address": "",
            "country": customer.country,
            "logo": upload,
        },
    )


def test_a_png_uploaded_as_html_is_stored_as_png_and_served_as_png_with_nosniff(client, owner):
    response = upload_logo(client, owner, SimpleUploadedFile("brand.html", png(), content_type="text/html"))
    assert response.status_code == 302

    customer = Customer.objects.get(pk=owner.customer_id)
    stored = customer.logo.name
    assert stored.startswith("logos/") and stored.endswith(".png")
    assert "brand" not in stored

    served = client.get(reverse("accounts:customer_logo", args=[customer.pk]))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == UPLOAD_CSP == "default-src 'none'; sandbox"
    assert served["Cache-Control"] == "private, no-store"
    assert served["Content-Disposition"].startswith("inline")
    assert b"".join(served.streaming_content).startswith(b"\x89PNG")


def test_a_payload_appended_after_the_image_is_gone_after_re_encoding(client, owner):
    polyglot = png() + PAYLOAD
    upload_logo(client, owner, SimpleUploadedFile("logo.png", polyglot, content_type="image/png"))

    customer = Customer.objects.get(pk=owner.customer_id)
    with customer.logo.open("rb") as stored:
        content = stored.read()
    assert content.startswith(b"\x89PNG")
    assert b"script" not in content and b"__pwned" not in content
    assert Image.open(io.BytesIO(content)).size == (24, 24)


def test_re_encoding_keeps_the_format_and_chooses_the_name():
    buffer = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(buffer, "WEBP")
    result = reencode_image(ContentFile(buffer.getvalue() + PAYLOAD, name="../../x.php"), max_bytes=10_000)
    stem, _, extension = result.name.partition(".")
    assert extension == "webp" and len(stem) == 32 and stem.isalnum()
    assert PAYLOAD not in result.read()


def test_an_image_too_big_to_decode_safely_is_refused(client, owner):
    buffer = io.BytesIO()
    Image.new("1", (5000, 4000)).save(buffer, "PNG")  # a few kilobytes, 20 megapixels
    response = upload_logo(client, owner, SimpleUploadedFile("huge.png", buffer.getvalue()))
    assert "5000 × 4000 pixels" in str(response.context["form"].errors["logo"])
    assert not Customer.objects.get(pk=owner.customer_id).logo


def test_html_that_is_not_an_image_is_refused(client, owner):
    response = upload_logo(client, owner, SimpleUploadedFile("logo.png", PAYLOAD, content_type="image/png"))
    assert response.status_code == 200
    assert "valid image" in str(response.context["form"].errors["logo"])
    assert not Customer.objects.get(pk=owner.customer_id).logo


@pytest.fixture
def logo_of_a(owner):
    customer = owner.customer
    customer.logo.save("logo.png", ContentFile(png()), save=True)
    return customer


@pytest.mark.parametrize(
    "persona, expected",
    [("owner", 200), ("teammate", 200), ("outsider", 404), ("agent", 200), ("partner", 404), ("anonymous", 302)],
)
def test_only_the_account_and_staff_who_may_view_customers_read_a_logo(
    client, logo_of_a, owner, outsider, agent, persona, expected
):
    people = {
        "owner": owner,
        "teammate": CustomerUserFactory(customer=logo_of_a, username="tess"),
        "outsider": outsider,
        "agent": agent,
        "partner": StaffUserFactory(username="pat", role="Channel partner"),
    }
    if persona != "anonymous":
        client.force_login(people[persona])
    response = client.get(reverse("accounts:customer_logo", args=[logo_of_a.pk]))
    assert response.status_code == expected
    if expected == 302:
        assert response.url.startswith(reverse("accounts:login"))


def test_a_legacy_file_that_is_not_an_image_is_never_served(client, owner):
    customer = owner.customer
    customer.logo.save("brand.html", ContentFile(PAYLOAD), save=True)
    client.force_login(owner)
    assert client.get(reverse("accounts:customer_logo", args=[customer.pk])).status_code == 404


def test_a_legacy_png_named_html_is_served_as_png(client, owner):
    customer = owner.customer
    customer.logo.save("brand.html", ContentFile(png() + PAYLOAD), save=True)
    client.force_login(owner)
    response = client.get(reverse("accounts:customer_logo", args=[customer.pk]))
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_there_is_no_raw_media_route(client, logo_of_a, owner):
    client.force_login(owner)
    with pytest.raises(Resolver404):
        resolve("/" + "media/" + logo_of_a.logo.name)
    assert client.get("/media/" + logo_of_a.logo.name).status_code == 404


def test_the_customer_card_shows_the_logo_through_the_view(client, logo_of_a, owner):
    client.force_login(owner)
    page = client.get(reverse("core:portal_home")).content.decode()
    assert reverse("accounts:customer_logo", args=[logo_of_a.pk]) in page
    assert "/media/" not in page


# --- attachments (shared by every app) ---


def test_an_attachment_is_checked_by_content_and_renamed_to_its_type():
    checked = check_upload(SimpleUploadedFile("report.html", png(), content_type="text/html"))
    assert checked.name == "report.png" and checked.content_type == "image/png"
    with pytest.raises(ValidationError):
        check_upload(SimpleUploadedFile("page.txt.html", PAYLOAD, content_type="text/html"))


def test_safe_name_drops_paths_and_odd_characters():
    assert safe_name("../../etc/pass<wd>.txt") == "pass_wd_.txt"
    assert safe_name("C:\\Users\\x\\photo.JPG") == "photo.JPG"


@pytest.mark.parametrize("filename, content, disposition", [("scan.pdf", b"%PDF-1.4\n%%EOF\n", "attachment")])
def test_attachment_downloads_carry_the_stored_type_nosniff_and_the_sandbox(
    client, owner, filename, content, disposition
):
    queue = Queue.objects.create(name="Support")
    ticket = ticket_create(
        by=owner,
        customer=owner.customer,
        queue=queue,
        subject="Files",
        text="See the file",
        contact_name="Alice",
        channel=Ticket.Channel.PORTAL,
        files=[check_upload(SimpleUploadedFile(filename, content))],
    )
    attachment = ticket.attachments.get()
    assert attachment.original_name == filename
    assert attachment.file.name.endswith(".pdf") and filename not in attachment.file.name
    client.force_login(owner)
    response = client.get(reverse("tickets_portal:attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'{disposition}; filename="{filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == UPLOAD_CSP
    assert response["Cache-Control"] == "private, no-store"
