"""The customer's own notes in their timeline (see core.timeline)."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from core.timeline import Entry, Process, dated, entry_rows, url_for_pk
from portalhome.models import Note

KINDS = {"note": _("My notes")}


def _entries_query(*, limit: int, customer_id: int, since, until) -> QuerySet:
    notes = dated(Note.objects.filter(customer_id=customer_id), since, until)
    return notes.order_by("-created_at", "-pk").values_list("pk", "title", "text", "file", "created_at")[:limit]


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    """The customer's notes, newest first: one query, compiled once per shape (core.compiled)."""
    rows = entry_rows(
        "portalhome.timeline",
        _entries_query,
        offered=KINDS,
        kinds=kinds,
        customer_id=customer_id,
        since=since,
        until=until,
        limit=limit,
    )
    file_url, edit_url = url_for_pk("portalhome:note_file"), url_for_pk("portalhome:note_edit")
    return [
        Entry(
            kind="note",
            at=at,
            title=title,
            text=text,
            url=file_url(pk) if file else "",
            icon="journal-text",
            tone="info",
            edit_url=edit_url(pk),
        )
        for pk, title, text, file, at in rows
    ]


def processes(*, customer_id: int, limit: int) -> list[Process]:
    return []
