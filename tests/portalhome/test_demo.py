"""The demo data shows every feature of the portal home and the workspace, and can be seeded twice."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from portalhome.models import Note, Notice, Registration

pytestmark = pytest.mark.django_db


def test_the_demo_shows_notes_processes_notices_and_sign_ups(client):
    call_command("seed_demo", password="first-pass-123", stdout=io.StringIO())
    counts = (Note.objects.count(), Notice.objects.count(), Registration.objects.count())
    call_command("seed_demo", password="first-pass-123", stdout=io.StringIO())
    assert (Note.objects.count(), Notice.objects.count(), Registration.objects.count()) == counts
    client.force_login(User.objects.get(username="customer"))
    history = reverse("core:portal_history")
    assert "Router moved to the hall" in client.get(history, {"kind": "note"}).content.decode()
    # The other apps' demo data reach the customer's history and processes through their providers.
    for kind in ("order", "repair", "invoice", "payment"):
        assert f'data-kind="{kind}"' in client.get(history, {"kind": kind}).content.decode(), kind
    processes = client.get(reverse("core:portal_processes")).content.decode()
    assert 'class="steps' in processes
    client.force_login(User.objects.get(username="agent"))
    workspace = client.get(reverse("core:staff_home")).content.decode()
    assert "Network maintenance on Saturday night" in workspace and 'id="pending-registrations"' in workspace
    assert "pavel.orlov@example.com" in client.get(reverse("portalhome:registrations")).content.decode()
