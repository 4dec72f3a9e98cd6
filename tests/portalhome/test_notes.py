"""A customer's own notes: add with a file, edit, delete; never another account's, never a company entry."""

import pytest
from django.urls import reverse

from portalhome.models import Note
from portalhome.services import note_create
from tests.portalhome.conftest import png_upload

pytestmark = pytest.mark.django_db


def test_owner_adds_a_note_with_a_file_and_sees_it_in_the_history(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("portalhome:note_new"), {"title": "Router moved", "text": "To the hall", "file": png_upload()}
    )
    assert response.status_code == 302
    note = Note.objects.get()
    assert note.customer == owner.customer and note.file_name == "photo.png" and note.file_type == "image/png"
    page = client.get(reverse("core:portal_history")).content.decode()
    assert "Router moved" in page and reverse("portalhome:note_edit", args=[note.pk]) in page
    download = client.get(reverse("portalhome:note_file", args=[note.pk]))
    assert download.status_code == 200 and download["Content-Security-Policy"]


def test_a_note_without_a_title_is_refused_with_a_message(client, owner):
    client.force_login(owner)
    response = client.post(reverse("portalhome:note_new"), {"title": "", "text": "x"})
    assert response.status_code == 200
    assert "Give the note a title." in response.content.decode()
    assert not Note.objects.exists()


def test_an_oversized_file_is_refused_and_nothing_is_saved(client, owner, settings):
    settings.ATTACHMENT_MAX_BYTES = 50
    client.force_login(owner)
    response = client.post(reverse("portalhome:note_new"), {"title": "Big", "file": png_upload()})
    assert response.status_code == 200
    assert "is too large" in response.content.decode()
    assert not Note.objects.exists()


def test_owner_edits_and_deletes_their_note(client, owner):
    note = note_create(customer=owner.customer, by=owner, title="Old", text="")
    client.force_login(owner)
    client.post(reverse("portalhome:note_edit", args=[note.pk]), {"title": "New", "text": "Better"})
    note.refresh_from_db()
    assert (note.title, note.text) == ("New", "Better")
    assert note.history.count() == 2
    client.post(reverse("portalhome:note_delete", args=[note.pk]))
    assert not Note.objects.exists()


def test_another_accounts_note_answers_404(client, owner, outsider):
    note = note_create(customer=owner.customer, by=owner, title="Private", text="secret")
    client.force_login(outsider)
    assert client.get(reverse("portalhome:note_edit", args=[note.pk])).status_code == 404
    assert client.post(reverse("portalhome:note_edit", args=[note.pk]), {"title": "Hacked"}).status_code == 404
    assert client.post(reverse("portalhome:note_delete", args=[note.pk])).status_code == 404
    assert client.get(reverse("portalhome:note_file", args=[note.pk])).status_code == 404
    note.refresh_from_db()
    assert note.title == "Private"


def test_company_entries_have_no_edit_link(client, owner, make_ticket):
    make_ticket(owner)
    client.force_login(owner)
    page = client.get(reverse("core:portal_history")).content.decode()
    assert "No internet" in page
    assert "entry-edit" not in page
