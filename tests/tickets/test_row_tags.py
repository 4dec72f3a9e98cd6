"""The row tags (tickets.templatetags.ticket_rows) write what the template rows they replaced wrote:
each is rendered here beside that template markup, in every language, for rows in each state."""

import pytest
from django.template import engines
from django.test import RequestFactory
from django.utils import timezone, translation

from tickets import selectors
from tickets.models import Ticket

STAFF_TEMPLATE_ROW = """{% load i18n rows ticket_badges %}{% for ticket in tickets %}
    <tr{% if ticket.needs_creator_action %} class="table-warning"{% endif %}>
      <td class="text-nowrap"><a class="fw-semibold" href="{% url_pk 'tickets_staff:detail' ticket.pk %}">{{ ticket.number }}</a></td>
      <td>{{ ticket.subject }}{% if ticket.needs_creator_action %} <span class="badge text-bg-warning">{% translate "Needs your action" %}</span>{% endif %}{% ticket_cues ticket %}</td>
      <td>{{ ticket.customer.name }}</td>
      <td>{{ ticket.queue.display_name }}</td>
      <td>{% status_badge ticket %}</td>
      <td>{% priority_badge ticket %}</td>
      <td>{{ ticket.owner|default:"—" }}</td>
      <td class="text-nowrap small" title="{{ ticket.created_at|date:'SHORT_DATETIME_FORMAT' }}" data-age>{{ ticket.created_at|age }}</td>
      <td class="text-nowrap small" title="{{ ticket.updated_at|date:'SHORT_DATETIME_FORMAT' }}" data-last-activity>{% blocktranslate with ago=ticket.updated_at|age %}{{ ago }} ago{% endblocktranslate %}</td>
      {% if take_buttons %}<td><form method="post" action="{% url_pk 'tickets_staff:move' ticket.pk %}">{% csrf_token %}<button class="btn btn-sm btn-outline-primary" name="action" value="take">{% translate "Take" %}</button></form></td>{% endif %}
    </tr>
  <a href="{% url_pk 'tickets_staff:detail' ticket.pk %}" class="list-group-item list-group-item-action{% if ticket.needs_creator_action %} list-group-item-warning{% endif %}">
    <div class="d-flex justify-content-between"><strong>{{ ticket.number }}</strong>{% status_badge ticket %}</div>
    <div>{{ ticket.subject }}{% ticket_cues ticket %}</div>
    <div class="small text-body-secondary">{{ ticket.customer.name }} · {{ ticket.queue.display_name }} · {% priority_badge ticket %}</div>
    <div class="small text-body-secondary">{% blocktranslate with age=ticket.created_at|age ago=ticket.updated_at|age %}Age {{ age }} · last activity {{ ago }} ago{% endblocktranslate %}</div>
  </a>{% endfor %}"""
STAFF_TAG_ROW = """{% load ticket_rows %}{% for ticket in tickets %}
    {% staff_ticket_row ticket take_buttons %}
  {% staff_ticket_card ticket %}{% endfor %}"""

PORTAL_TEMPLATE_ROW = """{% load i18n rows ticket_badges %}{% for ticket in tickets %}
      <tr id="ticket-{{ ticket.pk }}"{% if ticket.pk|stringformat:"d" == request.GET.new %} class="table-success" data-new{% endif %}>
        <td><a href="{% url_pk 'tickets_portal:detail' ticket.pk %}" class="fw-semibold text-nowrap">{{ ticket.number }}</a></td>
        <td class="text-nowrap">{{ ticket.created_at|date:"SHORT_DATETIME_FORMAT" }}</td>
        <td>{{ ticket.subject }}</td>
        <td data-stage>{{ ticket.stage_label }}</td>
        <td>{% priority_badge ticket %}</td>
        <td>{% if ticket.is_waiting_for_customer %}<span class="badge text-bg-warning">{% translate "Waiting for you" %}</span>{% elif not ticket.is_closed %}<span class="text-body-secondary small">{% translate "Waiting for us" %}</span>{% endif %}</td>
      </tr>
  <a href="{% url_pk 'tickets_portal:detail' ticket.pk %}" class="list-group-item list-group-item-action">
    <div class="d-flex flex-wrap justify-content-between gap-1"><strong>{{ ticket.number }}</strong><span class="d-flex gap-1">{% if ticket.is_waiting_for_customer %}<span class="badge text-bg-warning text-nowrap">{% translate "Waiting for you" %}</span>{% endif %}{% priority_badge ticket %}</span></div>
    <div class="text-break">{{ ticket.subject }}</div>
    <div class="small text-body-secondary">{{ ticket.created_at|date:"SHORT_DATETIME_FORMAT" }} · <span data-stage>{{ ticket.stage_label }}</span></div>
  </a>{% endfor %}"""
PORTAL_TAG_ROW = """{% load ticket_rows %}{% for ticket in tickets %}
      {% portal_ticket_row ticket %}
  {% portal_ticket_card ticket %}{% endfor %}"""

MARK = "\n=====\n"


def both(template_rows: str, tag_rows: str, *, user, query: str = "", **context) -> tuple[str, str]:
    """Both renderings in one request (one CSRF token for both)."""
    request = RequestFactory().get("/" + query)
    request.user = user
    html = engines["django"].from_string(template_rows + MARK + tag_rows).render(context, request)
    reference, ours = html.split(MARK)
    return reference, ours


@pytest.fixture
def tickets_in_every_state(portal_ticket, agent, owner):
    """Waiting in the queue, owned by the agent with news, returned to its creator, closed; a subject to escape."""
    base = {
        f.name: getattr(portal_ticket, f.name) for f in Ticket._meta.concrete_fields if f.name not in ("id", "number")
    }
    rows = [portal_ticket]
    for index, (status, owner_user, subject) in enumerate(
        [
            (Ticket.Status.OPEN, agent, 'Router <b>"blinks"</b> & stops'),
            (Ticket.Status.REJECT_RETURN, None, "Returned one"),
            (Ticket.Status.CLOSED, agent, "Closed one"),
        ]
    ):
        ticket = Ticket(**{**base, "status": status, "owner": owner_user, "subject": subject, "priority": index + 2})
        ticket.save()
        rows.append(ticket)
    Ticket.objects.filter(pk=rows[1].pk).update(owner_seen_at=timezone.now() - timezone.timedelta(days=1))
    return [t.pk for t in rows]


@pytest.mark.parametrize("language", ["en", "ru", "fa", "zh-hans"])
@pytest.mark.parametrize("take_buttons", [True, False])
def test_staff_rows_write_what_the_template_wrote(tickets_in_every_state, agent, language, take_buttons):
    rows = list(
        selectors.staff_rows(selectors.with_workspace_cues(Ticket.objects.filter(pk__in=tickets_in_every_state)))
    )
    assert len(rows) == 4
    with translation.override(language):
        reference, ours = both(STAFF_TEMPLATE_ROW, STAFF_TAG_ROW, user=agent, tickets=rows, take_buttons=take_buttons)
    assert ours == reference
    assert "table-warning" in ours and "&lt;b&gt;&quot;blinks&quot;&lt;/b&gt; &amp; stops" in ours
    assert ("csrfmiddlewaretoken" in ours) is take_buttons


@pytest.mark.parametrize("language", ["en", "ru", "fa", "zh-hans"])
def test_portal_rows_write_what_the_template_wrote(tickets_in_every_state, owner, language):
    rows = list(Ticket.objects.filter(pk__in=tickets_in_every_state).select_related("queue").order_by("pk"))
    with translation.override(language):
        reference, ours = both(
            PORTAL_TEMPLATE_ROW, PORTAL_TAG_ROW, user=owner, query=f"?new={rows[0].pk}", tickets=rows
        )
    assert ours == reference
    assert ours.count("data-new") == 1
