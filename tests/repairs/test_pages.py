"""The pages, driven through the client: intake in the portal and at the counter, the staff moves,
the customer's quote decision, and the scope (another account's or branch's repair is 404)."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from repairs.models import Repair, RepairAction
from tests.repairs.conftest import quote, register

pytestmark = pytest.mark.django_db
S = Repair.Status


def png(name: str = "front.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def intake(branch, **extra) -> dict:
    return {
        "device_type": "Laptop",
        "device_model": "ThinkPad X1",
        "serial_number": "PF-2X9KQ",
        "problem": "The screen flickers",
        "charger_included": "on",
        "condition": ["scratches", "dents"],
        "condition_notes": "Sticker on the lid",
        "handed_over_by": "Alice Owner",
        "handed_over_id_number": "ab 12-3456",
        "handed_over_phone": "+74951112233",
        "branch": branch.pk,
        "return_method": "pickup",
        **extra,
    }


def test_a_customer_registers_a_device_with_a_photo(client, owner, branch):
    client.force_login(owner)
    response = client.post(reverse("repairs_portal:new"), {**intake(branch), "photos": [png()]}, follow=True)
    repair = Repair.objects.get()
    assert response.redirect_chain[-1][0] == reverse("repairs_portal:detail", args=[repair.pk])
    assert repair.number in response.content.decode()
    assert repair.customer == owner.customer and repair.handed_over_id_number == "AB123456"
    assert repair.condition == ["scratches", "dents"] and repair.charger_included
    photo = repair.photos.get()
    assert photo.content_type == "image/png"
    assert client.get(reverse("repairs_portal:photo", args=[photo.pk])).status_code == 200


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"serial_number": ""}, "Enter the serial number"),
        ({"handed_over_id_number": "12"}, "6 to 20 letters and digits"),
        ({"return_method": "courier"}, "Enter the address"),
    ],
    ids=["no-serial", "bad-id-number", "courier-without-address"],
)
def test_bad_intake_is_refused_with_a_clear_message_and_nothing_saved(client, owner, branch, change, message):
    client.force_login(owner)
    response = client.post(reverse("repairs_portal:new"), intake(branch, **change))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Repair.objects.exists()


def test_a_photo_that_is_not_an_image_is_refused(client, owner, branch):
    client.force_login(owner)
    text = SimpleUploadedFile("notes.txt", b"just some text\n", content_type="text/plain")
    response = client.post(reverse("repairs_portal:new"), {**intake(branch), "photos": [text]})
    assert "is not a photo" in response.content.decode()
    assert not Repair.objects.exists()


def test_staff_register_a_device_at_the_counter_for_a_customer_they_pick(client, agent, owner, branch):
    client.force_login(agent)
    data = {**intake(branch), "customer_0": owner.customer.pk, "customer_1": owner.customer.number}
    response = client.post(reverse("repairs_staff:new"), data)
    repair = Repair.objects.get()
    assert response.status_code == 302 and repair.customer == owner.customer and repair.created_by == agent


def test_the_staff_receive_with_a_note_and_the_customer_approves_the_quote(client, owner, technician, repair):
    client.force_login(technician)
    page = client.get(reverse("repairs_staff:detail", args=[repair.pk])).content.decode()
    assert 'id="action-receive"' in page or 'id="open-receive"' in page
    client.post(
        reverse("repairs_staff:move", args=[repair.pk]),
        {"action": "receive", "serial_received": "SN-12345", "comment": "Scratch on the back"},
    )
    client.post(reverse("repairs_staff:move", args=[repair.pk]), {"action": "diagnose"})
    valid = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    response = client.post(
        reverse("repairs_staff:quote", args=[repair.pk]),
        {"kind_0": "parts", "description_0": "Port", "amount_0": "12.30", "valid_until": valid},
    )
    assert response.status_code == 302
    repair.refresh_from_db()
    assert repair.status == S.QUOTE_SENT and str(repair.quote_total) == "12.30"
    assert repair.intake_notes == "Scratch on the back"

    client.force_login(owner)
    page = client.get(reverse("repairs_portal:detail", args=[repair.pk])).content.decode()
    assert 'id="action-approve"' in page and "12.30" in page
    client.post(reverse("repairs_portal:move", args=[repair.pk]), {"action": "approve"})
    repair.refresh_from_db()
    assert repair.status == S.IN_REPAIR


def test_a_quote_without_lines_is_refused(client, owner, technician, branch):
    repair = register(by=owner, customer=owner.customer, branch=branch)
    Repair.objects.filter(pk=repair.pk).update(status=S.DIAGNOSING)
    client.force_login(technician)
    response = client.post(reverse("repairs_staff:quote", args=[repair.pk]), {"valid_until": "2099-01-01"})
    assert response.status_code == 400 and "at least one" in response.content.decode()
    repair.refresh_from_db()
    assert repair.status == S.DIAGNOSING


def test_approving_an_expired_quote_says_so_and_changes_nothing(client, owner, technician, repair):
    Repair.objects.filter(pk=repair.pk).update(status=S.DIAGNOSING)
    quote(repair, technician)
    Repair.objects.filter(pk=repair.pk).update(quote_valid_until=timezone.localdate() - datetime.timedelta(days=2))
    client.force_login(owner)
    response = client.post(reverse("repairs_portal:move", args=[repair.pk]), {"action": "approve"}, follow=True)
    assert "expired" in response.content.decode()
    repair.refresh_from_db()
    assert repair.status == S.QUOTE_SENT


def test_returning_a_device_that_is_not_ready_says_so(client, technician, repair):
    client.force_login(technician)
    response = client.post(
        reverse("repairs_staff:move", args=[repair.pk]),
        {"action": "hand_back", "returned_to": "Alice", "id_number": "AB123456"},
        follow=True,
    )
    assert "not ready" in response.content.decode()
    repair.refresh_from_db()
    assert repair.status == S.REGISTERED


def test_a_quote_approval_from_another_account_is_404(client, outsider, owner, technician, repair):
    Repair.objects.filter(pk=repair.pk).update(status=S.DIAGNOSING)
    quote(repair, technician)
    client.force_login(outsider)
    assert client.post(reverse("repairs_portal:move", args=[repair.pk]), {"action": "approve"}).status_code == 404
    assert client.get(reverse("repairs_portal:detail", args=[repair.pk])).status_code == 404
    assert client.get(reverse("repairs_portal:receipt_pdf", args=[repair.pk])).status_code == 404
    repair.refresh_from_db()
    assert repair.status == S.QUOTE_SENT


def test_staff_cannot_approve_for_the_customer(client, technician, owner, repair):
    Repair.objects.filter(pk=repair.pk).update(status=S.DIAGNOSING)
    quote(repair, technician)
    client.force_login(technician)
    client.post(reverse("repairs_staff:move", args=[repair.pk]), {"action": "approve"})
    repair.refresh_from_db()
    assert repair.status == S.QUOTE_SENT


def test_a_technician_sees_only_the_repairs_of_their_branch(client, owner, far_technician, technician, repair):
    client.force_login(far_technician)
    assert client.get(reverse("repairs_staff:detail", args=[repair.pk])).status_code == 404
    assert repair.number not in client.get(reverse("repairs_staff:queue")).content.decode()
    client.force_login(technician)
    assert repair.number in client.get(reverse("repairs_staff:queue")).content.decode()


def test_the_customer_list_shows_status_and_only_their_repairs(client, owner, outsider, branch, repair):
    theirs = register(by=outsider, customer=outsider.customer, branch=branch)
    client.force_login(owner)
    page = client.get(reverse("repairs_portal:list")).content.decode()
    assert repair.number in page and "Registered" in page and theirs.number not in page


def test_managers_see_turnaround_by_branch(client, manager, owner, technician, repair):
    Repair.objects.filter(pk=repair.pk).update(
        status=S.RETURNED, returned_at=repair.created_at + datetime.timedelta(days=3)
    )
    client.force_login(manager)
    page = client.get(reverse("repairs_staff:turnaround")).content.decode()
    assert "Central" in page and "3.0" in page


def test_the_timeline_shows_each_step(client, owner, technician, repair):
    client.force_login(technician)
    client.post(reverse("repairs_staff:move", args=[repair.pk]), {"action": "receive", "serial_received": "SN-12345"})
    assert RepairAction.objects.filter(repair=repair).count() == 2
    client.force_login(owner)
    page = client.get(reverse("repairs_portal:detail", args=[repair.pk])).content.decode()
    assert "Received at branch" in page
