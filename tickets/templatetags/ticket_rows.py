"""The rows of the ticket lists (the staff folder, queues and search; the customer's list), written in Python.

A list page renders 25 tickets twice (the table and the phone list); through the template
language each row cost about as much as the rest of the page together (a variable lookup,
a filter, an autoescape per cell). These tags write the same HTML as the template they
replace, with the same translations (the message ids of the template's `{% translate %}`
and `{% blocktranslate %}`), escaping each value once. The layout stays in
`tickets/_staff_ticket_table.html` and `tickets/portal_list.html`; a change of a row's markup is made here.
"""

from html import escape

from django import template
from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.templatetags.rows import age, short_datetime, url_pk
from tickets.templatetags.ticket_badges import priority_badge, status_badge, ticket_cues

register = template.Library()


def _when(value) -> str:
    """`{{ value|date:'SHORT_DATETIME_FORMAT' }}`, escaped."""
    return escape(short_datetime(value))


def _csrf_input(context) -> str:
    """The hidden CSRF field, rendered once per page (the token is the same for every row)."""
    cached = context.render_context.get("ticket_rows_csrf")
    if cached is None:
        cached = context.render_context["ticket_rows_csrf"] = CsrfTokenNode().render(context)
    return cached


def _staff_parts(context, ticket) -> dict:
    """What the table row and the phone entry of one ticket both write, worked out once per page."""
    cache = context.render_context.setdefault("staff_ticket_parts", {})
    parts = cache.get(ticket.pk)
    if parts is None:
        parts = cache[ticket.pk] = {
            "detail": url_pk("tickets_staff:detail", ticket.pk),
            "number": escape(str(ticket.number)),
            "subject": escape(ticket.subject),
            "cues": ticket_cues(context, ticket),
            "customer": escape(ticket.customer.name),
            "queue": escape(ticket.queue.display_name),
            "status": status_badge(ticket),
            "priority": priority_badge(ticket),
            "age": escape(age(ticket.created_at)),
            "ago": escape(age(ticket.updated_at)),
        }
    return parts


@register.simple_tag(takes_context=True)
def staff_ticket_row(context, ticket, take_buttons=False) -> str:
    """One `<tr>` of the staff table, indented as in the template."""
    parts = _staff_parts(context, ticket)
    warn = ticket.needs_creator_action
    take = "\n      "  # the template's line for the button's cell, left blank without it
    if take_buttons:
        label = escape(_("Take"))
        take += (
            f'<td><form method="post" action="{url_pk("tickets_staff:move", ticket.pk)}">{_csrf_input(context)}'
            f'<button class="btn btn-sm btn-outline-primary" name="action" value="take">{label}</button>'
            "</form></td>"
        )
    needs = ""
    if warn:
        needs = ' <span class="badge text-bg-warning">{}</span>'.format(escape(_("Needs your action")))
    owner = ticket.owner
    last_activity = _("%(ago)s ago") % {"ago": parts["ago"]}
    row_class = ' class="table-warning"' if warn else ""
    return mark_safe(  # nosec B308 B703: every value above is escaped
        f"<tr{row_class}>\n"
        f'      <td class="text-nowrap"><a class="fw-semibold" href="{parts["detail"]}">{parts["number"]}</a></td>\n'
        f"      <td>{parts['subject']}{needs}{parts['cues']}</td>\n"
        f"      <td>{parts['customer']}</td>\n"
        f"      <td>{parts['queue']}</td>\n"
        f"      <td>{parts['status']}</td>\n"
        f"      <td>{parts['priority']}</td>\n"
        f"      <td>{escape(str(owner)) if owner else '—'}</td>\n"
        f'      <td class="text-nowrap small" title="{_when(ticket.created_at)}" data-age>'
        f"{parts['age']}</td>\n"
        f'      <td class="text-nowrap small" title="{_when(ticket.updated_at)}" data-last-activity>'
        f"{last_activity}</td>"
        f"{take}\n"
        "    </tr>"
    )


@register.simple_tag(takes_context=True)
def staff_ticket_card(context, ticket) -> str:
    """One entry of the phone list, indented as in the template."""
    parts = _staff_parts(context, ticket)
    warn = " list-group-item-warning" if ticket.needs_creator_action else ""
    info = _("Age %(age)s · last activity %(ago)s ago") % {"age": parts["age"], "ago": parts["ago"]}
    return mark_safe(  # nosec B308 B703: every value above is escaped
        f'<a href="{parts["detail"]}" class="list-group-item list-group-item-action{warn}">\n'
        f'    <div class="d-flex justify-content-between"><strong>{parts["number"]}</strong>'
        f"{parts['status']}</div>\n"
        f"    <div>{parts['subject']}{parts['cues']}</div>\n"
        f'    <div class="small text-body-secondary">{parts["customer"]} · '
        f"{parts['queue']} · {parts['priority']}</div>\n"
        f'    <div class="small text-body-secondary">{info}</div>\n'
        "  </a>"
    )


@register.simple_tag(takes_context=True)
def portal_ticket_row(context, ticket) -> str:
    """One `<tr>` of the customer's list (tickets/portal_list.html), indented as in the template."""
    new = context["request"].GET.get("new", "")
    highlight = ' class="table-success" data-new' if f"{ticket.pk:d}" == new else ""
    if ticket.is_waiting_for_customer:
        waiting = '<span class="badge text-bg-warning">{}</span>'.format(escape(_("Waiting for you")))
    elif not ticket.is_closed:
        waiting = '<span class="text-body-secondary small">{}</span>'.format(escape(_("Waiting for us")))
    else:
        waiting = ""
    return mark_safe(  # nosec B308 B703: every value above is escaped
        f'<tr id="ticket-{ticket.pk}"{highlight}>\n'
        f'        <td><a href="{url_pk("tickets_portal:detail", ticket.pk)}" class="fw-semibold text-nowrap">'
        f"{escape(str(ticket.number))}</a></td>\n"
        f'        <td class="text-nowrap">{_when(ticket.created_at)}</td>\n'
        f"        <td>{escape(ticket.subject)}</td>\n"
        f"        <td data-stage>{escape(str(ticket.stage_label))}</td>\n"
        f"        <td>{priority_badge(ticket)}</td>\n"
        f"        <td>{waiting}</td>\n"
        "      </tr>"
    )


@register.simple_tag
def portal_ticket_card(ticket) -> str:
    """One entry of the customer's phone list, indented as in the template."""
    waiting = ""
    if ticket.is_waiting_for_customer:
        waiting = '<span class="badge text-bg-warning text-nowrap">{}</span>'.format(escape(_("Waiting for you")))
    return mark_safe(  # nosec B308 B703: every value above is escaped
        f'<a href="{url_pk("tickets_portal:detail", ticket.pk)}" class="list-group-item list-group-item-action">\n'
        f'    <div class="d-flex flex-wrap justify-content-between gap-1"><strong>{escape(str(ticket.number))}</strong>'
        f'<span class="d-flex gap-1">{waiting}{priority_badge(ticket)}</span></div>\n'
        f'    <div class="text-break">{escape(ticket.subject)}</div>\n'
        f'    <div class="small text-body-secondary">{_when(ticket.created_at)} · '
        f"<span data-stage>{escape(str(ticket.stage_label))}</span></div>\n"
        "  </a>"
    )
