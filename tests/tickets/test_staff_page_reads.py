"""The staff ticket page reads its history, the customer's other open tickets, latest interactions
and contracts and the open outages in the ticket's own SELECT (tickets.selectors, `staff_page=True`).
The page must show exactly what the separate queries showed: rendered both ways, in every language."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tickets import selectors
from tickets.models import Interaction, Outage, Queue, Ticket, TicketAction

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "fa", "zh-hans")


def _normalised(html: str) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "csrf", html)
    return re.sub(r'nonce="[^"]+"', "nonce", html)


@pytest.fixture
def busy_ticket(owner, agent, support_queue, billing_queue):
    billing_queue.name_ru, billing_queue.name_fa, billing_queue.name_zh_hans = "Биллинг", "صورتحساب", "账单"
    billing_queue.save()
    now = timezone.now()

    def ticket(number, **fields):
        values = {
            "queue": support_queue,
            "customer": owner.customer,
            "creator": owner,
            "subject": f"Subject {number} <b>",
            "text": "router",
            "contact_name": "A",
            "status": Ticket.Status.OPEN,
            "owner": agent,
        }
        return Ticket.objects.create(number=number, **{**values, **fields})

    busy = ticket("T-100001", contract_number="C-7")
    for i, status in enumerate([Ticket.Status.DISPATCH, Ticket.Status.FORWARDED, Ticket.Status.CLOSED] * 3):
        ticket(f"T-2000{i:02d}", status=status, contract_number=f"C-{i % 4}", created_at=now - timedelta(hours=i))
    TicketAction.objects.create(ticket=busy, kind="created", actor=owner, to_status=Ticket.Status.DISPATCH)
    TicketAction.objects.create(
        ticket=busy,
        kind="forward",
        actor=agent,
        from_status=Ticket.Status.OPEN,
        to_status=Ticket.Status.FORWARDED,
        from_queue=billing_queue,
        to_queue=support_queue,
        comment="over to you <i>",
    )
    TicketAction.objects.create(
        ticket=busy, kind="take", actor=agent, from_status=Ticket.Status.FORWARDED, to_status=Ticket.Status.OPEN
    )
    for i in range(7):
        Interaction.objects.create(
            customer=owner.customer,
            staff=agent,
            kind=[Interaction.Kind.CALL, Interaction.Kind.VISIT][i % 2],
            summary="x" * (70 + i * 5),
            occurred_at=now - timedelta(days=i),
        )
    for i, status in enumerate([Outage.Status.ACTIVE, Outage.Status.PLANNED, Outage.Status.RESOLVED]):
        Outage.objects.create(
            area="Kazan", services=f"Internet {i}", starts_at=now - timedelta(hours=i), status=status, declared_by=agent
        )
    return busy


@pytest.mark.parametrize("language", LANGUAGES)
def test_folded_reads_show_what_the_separate_queries_showed(busy_ticket, agent, language, monkeypatch):
    agent.language = language  # core.middleware activates the user's language
    agent.save(update_fields=["language"])
    client = Client()
    client.force_login(agent)
    url = reverse("tickets_staff:detail", args=[busy_ticket.pk])
    folded = client.get(url)
    assert folded.status_code == 200
    assert f'lang="{language}"' in folded.content.decode().lower()
    assert hasattr(folded.context["ticket"], "page_actions")

    plain_read = selectors.ticket_for_user
    monkeypatch.setattr(selectors, "ticket_for_user", lambda user, pk, **kwargs: plain_read(user, pk))
    separate = client.get(url)
    assert not hasattr(separate.context["ticket"], "page_actions")

    html = _normalised(folded.content.decode())
    assert html == _normalised(separate.content.decode())
    # What the folded reads carry is on the page: 3 history rows, 5 of 6 other open tickets,
    # 5 of 7 interactions, the contracts on file and the 2 outages not resolved.
    assert html.count('<li class="list-group-item d-flex') == 3
    assert len(folded.context["other_tickets"]) == 5
    assert len(folded.context["interactions"]) == 5
    assert folded.context["contracts"] == ["C-0", "C-1", "C-2", "C-3", "C-7"]
    assert [o.services for o in folded.context["outages"]] == ["Internet 0", "Internet 1"]
    assert Queue.objects.get(name="Billing").name_in(language) in html
