"""The admin: notes are read-only, registrations decided only in the review queue, notices managed by managers."""

import pytest
from django.urls import reverse

from portalhome.models import Notice, Registration
from portalhome.services import note_create

pytestmark = pytest.mark.django_db


def test_manager_manages_notices_and_reads_notes_and_registrations(client, manager, owner):
    note = note_create(customer=owner.customer, by=owner, title="Mine", text="")
    registration = Registration.objects.create(name="Dana", email="dana@example.com")
    client.force_login(manager)
    response = client.post(
        reverse("admin:portalhome_notice_add"), {"title": "Drill", "text": "", "starts_on": "2026-01-01"}
    )
    assert response.status_code == 302 and Notice.objects.get().created_by == manager
    for name, obj in (("note", note), ("registration", registration)):
        assert client.get(reverse(f"admin:portalhome_{name}_changelist")).status_code == 200
        page = client.get(reverse(f"admin:portalhome_{name}_change", args=[obj.pk]))
        assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
        assert client.get(reverse(f"admin:portalhome_{name}_history", args=[obj.pk])).status_code == 200


def test_the_login_page_offers_sign_up_only_when_open(client, settings):
    assert 'id="sign-up"' in client.get(reverse("accounts:login")).content.decode()
    settings.REGISTRATION_OPEN = False
    assert 'id="sign-up"' not in client.get(reverse("accounts:login")).content.decode()
