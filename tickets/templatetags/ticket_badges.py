"""Status and priority badges: simple tags, because an {% include %} per row costs more than the row."""

from django import template
from django.utils.html import format_html

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
    return format_html(
        '<span class="badge rounded-pill status-{} {}" data-status="{}">{}</span>',
        ticket.status.lower(),
        STATUS_CLASSES.get(ticket.status, "text-bg-light border"),
        ticket.status,
        Ticket.Status(ticket.status).label,  # not get_status_display(): it hashes every lazy choice per call
    )


@register.simple_tag
def priority_badge(ticket: Ticket) -> str:
    if ticket.priority >= 4:
        css = "text-bg-danger"
    elif ticket.priority == 3:
        css = "text-bg-warning"
    else:
        css = "text-bg-light border"
    return format_html('<span class="badge {}">{}</span>', css, Ticket.Priority(ticket.priority).label)
