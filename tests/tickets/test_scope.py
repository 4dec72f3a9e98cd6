"""Every ticket URL asked by everyone: anonymous, customer A, customer B, an agent
of another queue, the queue's agent and a manager; nothing of A's leaks."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tickets import services

pytestmark = pytest.mark.django_db
SECRET = "No internet since morning"


@pytest.fixture
def world(portal_ticket, owner, outsider, agent, billing_agent, manager):
    outage = services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    attachment = portal_ticket.attachments.get()
    return {"ticket": portal_ticket, "attachment": attachment, "outage": outage}


PORTAL = [
    ("get", "tickets_portal:list", None),
    ("get", "tickets_portal:new", None),
    ("get", "tickets_portal:detail", "ticket"),
    ("post", "tickets_portal:reply", "ticket"),
    ("post", "tickets_portal:rate", "ticket"),
    ("post", "tickets_portal:resend", "ticket"),
    ("get", "tickets_portal:attachment", "attachment"),
]
STAFF = [
    ("get", "tickets_staff:folder", None),
    ("get", "tickets_staff:search", None),
    ("get", "tickets_staff:new", None),
    ("get", "tickets_staff:detail", "ticket"),
    ("post", "tickets_staff:move", "ticket"),
    ("post", "tickets_staff:reply", "ticket"),
    ("post", "tickets_staff:comment", "ticket"),
    ("post", "tickets_staff:link_outage", "ticket"),
    ("get", "tickets_staff:attachment", "attachment"),
    ("get", "tickets_staff:interactions", None),
    ("get", "tickets_staff:interaction_new", None),
    ("get", "tickets_staff:outages", None),
    ("get", "tickets_staff:outage_new", None),
    ("get", "tickets_staff:outage_detail", "outage"),
    ("post", "tickets_staff:outage_notify", "outage"),
    ("post", "tickets_staff:outage_status", "outage"),
]

# Expected status per persona for the object URLs; list pages answer 200 (or redirect) to all of their side.
EXPECTED_PORTAL_OBJECT = {
    "anonymous": 302,
    "owner": {200, 302, 400},
    "outsider": 404,
    "billing_agent": 302,
    "manager": 302,
}
EXPECTED_STAFF_OBJECT = {
    "anonymous": 302,
    "owner": 302,
    "outsider": 302,
    "billing_agent": {200, 302},  # reads every ticket; working on it is refused with a message
    "manager": {200, 302, 400},
}


def _url(name, key, world):
    return reverse(name, args=[world[key].pk]) if key else reverse(name)


def _ask(client, method, url):
    return client.post(url, {}) if method == "post" else client.get(url)


@pytest.mark.parametrize("persona", ["anonymous", "owner", "outsider", "billing_agent", "manager"])
def test_portal_urls(client, world, persona, request):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for method, name, key in PORTAL:
        response = _ask(client, method, _url(name, key, world))
        if key:
            expected = EXPECTED_PORTAL_OBJECT[persona]
            assert response.status_code in (expected if isinstance(expected, set) else {expected}), (name, persona)
        if persona in ("outsider", "anonymous", "billing_agent", "manager") and response.status_code == 200:
            assert SECRET not in response.content.decode(), (name, persona)


@pytest.mark.parametrize("persona", ["anonymous", "owner", "outsider", "billing_agent", "manager"])
def test_staff_urls(client, world, persona, request):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for method, name, key in STAFF:
        response = _ask(client, method, _url(name, key, world))
        if key == "outage":
            continue
        if key:
            expected = EXPECTED_STAFF_OBJECT[persona]
            assert response.status_code in (expected if isinstance(expected, set) else {expected}), (name, persona)
        if persona not in ("manager", "billing_agent") and response.status_code == 200:
            assert SECRET not in response.content.decode(), (name, persona)


def test_staff_read_every_ticket_but_only_its_queue_works_on_it(client, world, agent, billing_agent):
    url = reverse("tickets_staff:detail", args=[world["ticket"].pk])
    client.force_login(agent)
    assert client.get(url).context["can_work"]
    client.force_login(billing_agent)
    response = client.get(url)
    assert SECRET in response.content.decode() and not response.context["can_work"]
    search = client.get(reverse("tickets_staff:search"), {"q": "internet"})
    assert SECRET in search.content.decode()


def test_queue_pages_are_for_their_members(client, support_queue, billing_agent, agent, manager):
    url = reverse("tickets_staff:queue", args=[support_queue.pk])
    client.force_login(billing_agent)
    assert client.get(url).status_code == 404
    client.force_login(agent)
    assert client.get(url).status_code == 200
    client.force_login(manager)
    assert client.get(url).status_code == 200


def test_outage_declaration_needs_the_permission(client, world, agent, manager):
    client.force_login(agent)
    assert client.get(reverse("tickets_staff:outage_new")).status_code == 403
    assert client.post(reverse("tickets_staff:outage_notify", args=[world["outage"].pk])).status_code == 403
    client.force_login(manager)
    assert client.get(reverse("tickets_staff:outage_new")).status_code == 200
