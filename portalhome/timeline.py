"""The customer's own notes in their timeline (see core.timeline)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.timeline import Entry, Process
from portalhome.models import Note

KINDS = {"note": _("My notes")}


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    if kinds is not None and "note" not in kinds:
        return []
    notes = Note.objects.filter(customer_id=customer_id)
    if since:
        notes = notes.filter(created_at__gte=since)
    if until:
        notes = notes.filter(created_at__lt=until)
    return [
        Entry(
            kind="note",
            at=note.created_at,
            title=note.title,
            text=note.text,
            url=reverse("portalhome:note_file", args=[note.pk]) if note.file else "",
            icon="journal-text",
            tone="info",
            edit_url=reverse("portalhome:note_edit", args=[note.pk]),
        )
        for note in notes.order_by("-created_at", "-pk").only("id", "title", "text", "file", "created_at")[:limit]
    ]


def processes(*, customer_id: int, limit: int) -> list[Process]:
    return []
