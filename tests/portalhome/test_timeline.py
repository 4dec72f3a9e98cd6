"""History at a glance and my processes: scope, filters, paging, no internal content, fixed queries."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from billing.models import Invoice, Payment
from home import timeline
from home.management.commands.bench_portal import add_events
from orders.models import Order
from portalhome.models import Note
from portalhome.services import note_create
from repairs.models import Repair
from tickets import services as ticket_services
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
# Session, user, customer, then one query per provider (tickets: one UNION ALL); home: plus the waiting
# counts (one query for every app) and the outages;
# the same at 5 and at 150 rows of every kind.
BUDGET = {"core:portal_history": 9, "core:portal_processes": 7, "core:portal_home": 9}


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


@pytest.mark.parametrize("events", [20, 600])
def test_the_pages_run_a_fixed_number_of_queries(client, owner, agent, events, django_assert_max_num_queries):
    """Every kind of entry (tickets, replies, orders, repairs, contracts, invoices, payments, notes, outages)."""
    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=events)
    client.force_login(owner)
    for name in ("core:portal_history", "core:portal_processes", "core:portal_home"):
        with django_assert_max_num_queries(BUDGET[name]):
            assert client.get(reverse(name)).status_code == 200
    page = client.get(reverse("core:portal_processes")).content.decode()
    assert all(f'data-kind="{kind}"' in page for kind in ("ticket", "order", "repair", "payment"))


def test_every_kind_reaches_the_history_without_internal_remarks_or_masked_data(client, owner, agent, outsider):
    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=60)
        add_events(customer=outsider.customer, user=outsider, agent=agent, events=60)
    note_create(customer=owner.customer, by=owner, title="Bench own note", text="")
    client.force_login(owner)
    mine = f"B{owner.customer.pk}-"
    theirs = f"B{outsider.customer.pk}-"
    seen = set()
    for kind in timeline.kinds():
        page = client.get(reverse("core:portal_history"), {"kind": kind}).content.decode()
        assert theirs not in page, kind
        for secret in ("INTERNAL", "SECRET-ID-123", "internal 0"):
            assert secret not in page, (kind, secret)
        if mine in page or "Bench" in page:
            seen.add(kind)
    assert {"ticket", "order", "repair", "contract", "invoice", "payment", "note"} <= seen
    # Each entry links to its object in the portal.
    links = {
        "order": Order.objects.filter(customer=owner.customer).first().get_portal_url(),
        "repair": Repair.objects.filter(customer=owner.customer).first().get_portal_url(),
        "invoice": reverse("billing_portal:invoice", args=[Invoice.objects.filter(customer=owner.customer).first().pk]),
        "payment": reverse("billing_portal:payment", args=[Payment.objects.filter(customer=owner.customer).first().pk]),
    }
    for kind, url in links.items():
        assert f'href="{url}"' in client.get(reverse("core:portal_history"), {"kind": kind}).content.decode(), kind
    for name in ("core:portal_processes", "core:portal_home"):
        page = client.get(reverse(name)).content.decode()
        assert theirs not in page and "INTERNAL" not in page and "SECRET-ID" not in page


def test_my_processes_show_the_latest_and_point_to_the_rest(client, owner, make_ticket, monkeypatch):
    for i in range(3):
        make_ticket(owner, subject=f"Open {i}")
    monkeypatch.setattr(timeline.processes, "__kwdefaults__", {"limit": 2})
    client.force_login(owner)
    page = client.get(reverse("core:portal_processes")).content.decode()
    assert "Open 2" in page and "Open 1" in page and "Open 0" not in page
    assert 'id="processes-more"' in page
