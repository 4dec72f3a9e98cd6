"""History at a glance and my processes: scope, filters, paging, no internal content, fixed queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portalhome.models import Note
from portalhome.services import note_create
from tickets import services as ticket_services
from tickets.models import Ticket, TicketMessage

pytestmark = pytest.mark.django_db
# Session, user, customer, the providers' few queries each; the same at 5 and at 150 rows of every kind.
BUDGET = {"core:portal_history": 9, "core:portal_processes": 3, "core:portal_home": 8}


def test_the_timeline_shows_nothing_of_another_account(client, owner, outsider, make_ticket):
    make_ticket(owner, subject="Alice's router")
    note_create(customer=owner.customer, by=owner, title="Alice's note", text="")
    make_ticket(outsider, subject="Charlie's router")
    note_create(customer=outsider.customer, by=outsider, title="Charlie's note", text="")
    client.force_login(owner)
    for name in ("core:portal_history", "core:portal_processes", "core:portal_home"):
        page = client.get(reverse(name)).content.decode()
        assert "Charlie" not in page, name
    history = client.get(reverse("core:portal_history")).content.decode()
    assert "Alice&#x27;s router" in history and "Alice&#x27;s note" in history


def test_internal_comments_never_reach_the_timeline(client, owner, agent, make_ticket):
    ticket = make_ticket(owner)
    ticket_services.ticket_comment(ticket=ticket, by=agent, body="INTERNAL-ONLY remark")
    ticket_services.ticket_reply(ticket=ticket, by=agent, body="Please restart the router")
    client.force_login(owner)
    page = client.get(reverse("core:portal_history")).content.decode()
    assert "Please restart the router" in page
    assert "INTERNAL-ONLY" not in page


def test_filter_by_kind_and_dates(client, owner, make_ticket):
    make_ticket(owner, subject="Ticket entry")
    old = note_create(customer=owner.customer, by=owner, title="Old note", text="")
    Note.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    note_create(customer=owner.customer, by=owner, title="New note", text="")
    client.force_login(owner)
    page = client.get(reverse("core:portal_history"), {"kind": "note"}).content.decode()
    assert "New note" in page and "Old note" in page and "Ticket entry" not in page
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    page = client.get(reverse("core:portal_history"), {"since": since}).content.decode()
    assert "New note" in page and "Ticket entry" in page and "Old note" not in page


def test_bad_filter_values_are_ignored_not_an_error(client, owner):
    client.force_login(owner)
    response = client.get(reverse("core:portal_history"), {"kind": "<script>", "since": "yesterday", "page": "-3"})
    assert response.status_code == 200


def test_the_timeline_pages_newest_first(client, owner):
    owner.page_size = 5
    owner.save()
    now = timezone.now()
    Note.objects.bulk_create(
        Note(customer=owner.customer, author=owner, title=f"Note {i:02d}", created_at=now - timedelta(minutes=i))
        for i in range(12)
    )
    client.force_login(owner)
    first = client.get(reverse("core:portal_history")).content.decode()
    assert first.index("Note 00") < first.index("Note 04") and "Note 05" not in first
    third = client.get(reverse("core:portal_history"), {"page": 3}).content.decode()
    assert "Note 10" in third and "Note 11" in third and "Note 09" not in third


def test_my_processes_show_open_tickets_with_their_stage(client, owner, agent, make_ticket):
    ticket = make_ticket(owner, subject="Slow line")
    closed = make_ticket(owner, subject="Closed one")
    Ticket.objects.filter(pk=closed.pk).update(status=Ticket.Status.CLOSED)
    client.force_login(owner)
    page = client.get(reverse("core:portal_processes")).content.decode()
    assert "Slow line" in page and "Closed one" not in page
    assert 'step-current badge text-bg-primary" aria-current="step"' in page
    ticket_services.ticket_reply(ticket=ticket, by=agent, body="Which router?")
    page = client.get(reverse("core:portal_processes")).content.decode()
    assert "Waiting for you" in page


@pytest.mark.parametrize("count", [5, 150])
def test_the_pages_run_a_fixed_number_of_queries(
    client, owner, agent, support_queue, count, django_assert_max_num_queries
):
    tickets = Ticket.objects.bulk_create(
        Ticket(
            number=f"T-8{i:05d}",
            queue=support_queue,
            customer=owner.customer,
            creator=owner,
            subject=f"Problem {i}",
            text="x",
            contact_name="A",
            status=Ticket.Status.DISPATCH,
        )
        for i in range(count)
    )
    TicketMessage.objects.bulk_create(
        TicketMessage(ticket=t, author=agent, body="hello", kind=kind)
        for t in tickets
        for kind in ("public", "internal")
    )
    Note.objects.bulk_create(Note(customer=owner.customer, author=owner, title=f"N{i}") for i in range(count))
    client.force_login(owner)
    for name in ("core:portal_history", "core:portal_processes", "core:portal_home"):
        with django_assert_max_num_queries(BUDGET[name]):
            assert client.get(reverse(name)).status_code == 200


def test_my_processes_show_the_latest_and_point_to_the_rest(client, owner, make_ticket, monkeypatch):
    from home import timeline

    for i in range(3):
        make_ticket(owner, subject=f"Open {i}")
    monkeypatch.setattr(timeline.processes, "__kwdefaults__", {"limit": 2})
    client.force_login(owner)
    page = client.get(reverse("core:portal_processes")).content.decode()
    assert "Open 2" in page and "Open 1" in page and "Open 0" not in page
    assert 'id="processes-more"' in page
