"""The portal and the counter share one intake and one move handler (repairs/views/common.py):
what each side says and where it goes stays as it was, photos included."""

import pytest
from django.urls import reverse

from repairs.models import Repair
from tests.repairs.conftest import quote
from tests.repairs.test_pages import intake, png

pytestmark = pytest.mark.django_db
S = Repair.Status


def said(response) -> list[tuple[str, str]]:
    return [(message.level_tag, str(message)) for message in response.context["messages"]]


def test_the_portal_intake_says_to_print_the_receipt_and_opens_the_portal_page(client, owner, branch):
    client.force_login(owner)
    response = client.post(reverse("repairs_portal:new"), {**intake(branch), "photos": [png()]}, follow=True)
    repair = Repair.objects.get()
    assert response.redirect_chain == [(repair.get_portal_url(), 302)]
    assert said(response) == [
        ("success", f"Repair {repair.number} registered. Print the receipt and bring it with the device.")
    ]
    assert (repair.customer, repair.created_by, repair.photos.count()) == (owner.customer, owner, 1)


def test_the_counter_intake_registers_for_the_picked_customer_with_photos(client, agent, owner, branch):
    client.force_login(agent)
    data = {**intake(branch), "customer_0": owner.customer.pk, "customer_1": owner.customer.number}
    response = client.post(reverse("repairs_staff:new"), {**data, "photos": [png("a.png"), png("b.png")]}, follow=True)
    repair = Repair.objects.get()
    assert response.redirect_chain == [(repair.get_absolute_url(), 302)]
    assert said(response) == [("success", f"Repair {repair.number} registered.")]
    assert (repair.customer, repair.created_by, repair.photos.count()) == (owner.customer, agent, 2)
    assert repair.handed_over_id_number == "AB123456" and repair.serial_number == "PF-2X9KQ"


def test_a_counter_intake_without_a_customer_is_shown_again_and_saves_nothing(client, agent, branch):
    client.force_login(agent)
    response = client.post(reverse("repairs_staff:new"), intake(branch))
    assert response.status_code == 200 and response.context["form"].errors["customer"]
    assert not Repair.objects.exists()


def test_each_side_moves_only_its_own_moves_and_says_so(client, owner, technician, repair):
    client.force_login(technician)
    response = client.post(reverse("repairs_staff:move", args=[repair.pk]), {"action": "approve"}, follow=True)
    assert said(response) == [("error", "That action is not possible.")]
    response = client.post(
        reverse("repairs_staff:move", args=[repair.pk]), {"action": "receive", "serial_received": "SN-1"}, follow=True
    )
    assert response.redirect_chain == [(repair.get_absolute_url(), 302)]
    assert said(response) == [("success", f"Done: {Repair.objects.get(pk=repair.pk).get_status_display()}.")]

    client.post(reverse("repairs_staff:move", args=[repair.pk]), {"action": "diagnose"}, follow=True)
    quote(Repair.objects.get(pk=repair.pk), technician)
    client.force_login(owner)
    response = client.post(reverse("repairs_portal:move", args=[repair.pk]), {"action": "diagnose"}, follow=True)
    assert said(response) == [("error", "That action is not possible.")]
    response = client.post(reverse("repairs_portal:move", args=[repair.pk]), {"action": "approve"}, follow=True)
    assert response.redirect_chain == [(repair.get_portal_url(), 302)]
    assert said(response) == [("success", "Thank you. Your repair is now: In repair.")]
    assert Repair.objects.get(pk=repair.pk).status == S.IN_REPAIR
