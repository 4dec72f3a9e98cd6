"""The customer home's "what waits for you": every provider's counts, the customer's own only, one query."""

import re
from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from billing.models import Payment
from home import timeline
from home.management.commands.bench_portal import add_events
from home.workspace import portal_summary
from orders.models import Order

pytestmark = pytest.mark.django_db
BADGE = re.compile(r'id="waiting-([a-z-]+)">\s*<a href="([^"]+)">[^<]+</a><span class="badge[^"]*">(\d+)\+?</span>')


def _world(owner, outsider, agent):
    """add_events gives, per 40 events: 4 tickets (3 open), 4 orders (submitted, approved equipment, completed,
    cancelled), 4 repairs (diagnosing, quote sent, returned, ready), 4 payments (one rejected)."""
    with transaction.atomic():
        for user in (owner, outsider):
            add_events(customer=user.customer, user=user, agent=agent, events=40)
    orders = Order.objects.filter(customer=owner.customer, status=Order.Status.SUBMITTED)
    Order.objects.filter(pk=orders.first().pk).update(status=Order.Status.DRAFT)
    # Approved equipment needs no installation (add_events made one); an approved new connection does.
    Order.objects.filter(customer=owner.customer, status=Order.Status.COMPLETED).update(
        status=Order.Status.APPROVED, type=Order.Type.NEW_CONNECTION
    )


def _badges(client) -> dict[str, tuple[str, int]]:
    page = client.get(reverse("core:portal_home")).content.decode()
    return {key: (url, int(count)) for key, url, count in BADGE.findall(page)}


def test_the_home_counts_what_waits_in_every_app(client, owner, outsider, agent):
    _world(owner, outsider, agent)
    client.force_login(owner)
    badges = _badges(client)
    assert {key: count for key, (_url, count) in badges.items()} == {
        "tickets-open": 3,
        "orders-draft": 1,
        "orders-installation": 1,
        "repairs-quote": 1,
        "repairs-ready": 1,
        "payments-rejected": 1,
    }
    assert badges["payments-rejected"][0] == reverse("billing_portal:rejected")
    assert badges["repairs-quote"][0] == reverse("repairs_portal:list")
    assert badges["orders-draft"][0].startswith(reverse("orders_portal:list"))


def test_the_counts_agree_with_my_processes(client, owner, outsider, agent):
    _world(owner, outsider, agent)
    client.force_login(owner)
    badges = _badges(client)
    waiting = [p for p in timeline.processes(customer_id=owner.customer_id).shown if p.waiting_for_customer]
    by_kind = {kind: sum(1 for p in waiting if p.kind == kind) for kind in ("order", "repair")}
    assert by_kind["order"] == badges["orders-draft"][1] + badges["orders-installation"][1]
    assert by_kind["repair"] == badges["repairs-quote"][1] + badges["repairs-ready"][1]


def test_an_old_rejected_payment_no_longer_waits(client, owner, outsider, agent):
    _world(owner, outsider, agent)
    Payment.objects.filter(customer=owner.customer, status=Payment.Status.REJECTED).update(
        created_at=timezone.now() - timedelta(days=45)
    )
    client.force_login(owner)
    assert "payments-rejected" not in _badges(client)


def test_nothing_waiting_says_so(client, owner):
    client.force_login(owner)
    page = client.get(reverse("core:portal_home")).content.decode()
    assert 'id="waiting-' not in page and "Nothing is waiting" in page


@pytest.mark.parametrize("events", [40, 400])
def test_every_count_comes_from_one_query(owner, agent, events, django_assert_num_queries):
    with transaction.atomic():
        add_events(customer=owner.customer, user=owner, agent=agent, events=events)
    owner.customer.refresh_from_db()
    # One query for every provider's counts, one for the outage banners.
    with django_assert_num_queries(2):
        summary = portal_summary(customer=owner.customer)
    assert {item["id"] for item in summary["open_items"]} >= {"tickets-open", "repairs-quote", "payments-rejected"}
