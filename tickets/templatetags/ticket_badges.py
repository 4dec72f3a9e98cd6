"""Status and priority badges and the workspace cues: simple tags, because an {% include %} per
row costs more than the row. Labels are translated once per language, not once per row."""

import functools

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tickets.models import Ticket

register = template.Library()

STATUS_CLASSES = {
    Ticket.Status.CLOSED: "text-bg-secondary",
    Ticket.Status.OPEN: "text-bg-primary",
    Ticket.Status.REJECT_RETURN: "text-bg-warning",
    Ticket.Status.FORWARDED: "text-bg-info",
}


@register.simple_tag
def status_badge(ticket: Ticket) -> str:
    return _status_badge(ticket.status, get_language())


@register.simple_tag
def priority_badge(ticket: Ticket) -> str:
    return _priority_badge(ticket.priority, get_language())


@functools.cache
def _status_badge(status: str, language: str) -> str:
    """A list shows a dozen statuses in a few languages: each badge is written once per process."""
    return format_html(
        '<span class="badge rounded-pill status-{} {}" data-status="{}">{}</span>',
        status.lower(),
        STATUS_CLASSES.get(status, "text-bg-light border"),
        status,
        _label(Ticket.Status, status, language),
    )


@functools.cache
def _priority_badge(priority: int, language: str) -> str:
    if priority >= 4:
        css = "text-bg-danger"
    elif priority == 3:
        css = "text-bg-warning"
    else:
        css = "text-bg-light border"
    return format_html('<span class="badge {}">{}</span>', css, _label(Ticket.Priority, priority, language))


@functools.cache
def _label(choices, value, language: str) -> str:
    """The choice's label in `language` (not get_status_display(): it hashes every lazy choice per call)."""
    return str(choices(value).label)


@register.simple_tag(takes_context=True)
def ticket_cues(context, ticket: Ticket) -> str:
    """Badges for what changed since the owner looked, and for a ticket that was ever reopened."""
    reopened = getattr(ticket, "was_reopened", False)
    if not reopened and (ticket.owner_id is None or ticket.owner_id != context["user"].pk):
        return ""  # most rows
    cues = []
    if ticket.owner_id is not None and ticket.owner_id == context["user"].pk and ticket.has_news_for_owner:
        cues.append(("info", "news", _("Updated since you last looked")))
    if reopened:
        cues.append(("danger", "reopened", _("Reopened")))
    return format_html_join("", ' <span class="badge text-bg-{}" data-cue="{}">{}</span>', cues)
