"""Outages move through their own table; a transition added to a table brings its button, view and refusal."""

import pytest
from django.urls import reverse
from django.utils import timezone

from core.workflow import Input, Transition
from tickets import services, workflow
from tickets.models import Outage

pytestmark = pytest.mark.django_db
OS = Outage.Status


@pytest.fixture
def outage(manager):
    return services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())


def post(client, outage, **data):
    return client.post(reverse("tickets_staff:outage_status", args=[outage.pk]), data, follow=True)


def shown(response) -> list[tuple[str, str]]:
    return [(message.level_tag, str(message)) for message in response.context["messages"]]


def test_an_outage_no_longer_jumps_from_any_status_to_any_other(client, manager, outage):
    """Before the table, any status could be set directly (a resolved outage back to planned)."""
    client.force_login(manager)
    post(client, outage, action="resolve")
    outage.refresh_from_db()
    assert outage.status == OS.RESOLVED
    response = post(client, outage, action="resolve")
    assert shown(response) == [("error", "“Resolved” is not possible in the status “Resolved”.")]
    assert post(client, outage, status=OS.PLANNED).status_code == 200
    outage.refresh_from_db()
    assert outage.status == OS.RESOLVED
    assert outage.history.first().history_change_reason == f"resolved by {manager.username}"


def test_only_those_who_declare_outages_move_them(client, agent, outage):
    client.force_login(agent)
    page = client.get(reverse("tickets_staff:outage_detail", args=[outage.pk])).content.decode()
    assert 'id="action-resolve"' not in page
    assert shown(post(client, outage, action="resolve")) == [("error", "You may not do this.")]
    outage.refresh_from_db()
    assert outage.status == OS.ACTIVE


@pytest.mark.parametrize("move, target", [("start", OS.ACTIVE), ("resolve", OS.RESOLVED)])
def test_each_move_of_the_outage_table_from_each_status(manager, move, target):
    for status in OS.values:
        outage = services.outage_declare(
            by=manager, area="Kazan", services="TV", starts_at=timezone.now(), status=status
        )
        allowed = status in workflow.OUTAGE_FLOW[move].sources
        assert (workflow.OUTAGE_FLOW.refusal(outage, manager, move) is None) is allowed
        if allowed:
            assert services.outage_move(outage=outage, move=move, by=manager).status == target


def test_a_transition_added_to_the_table_brings_its_button_view_and_refusal(client, manager, outage, monkeypatch):
    postpone = Transition(
        "postpone",
        "Postpone",
        sources={OS.ACTIVE},
        target=OS.PLANNED,
        permission="tickets.declare_outage",
        inputs=[Input("comment", "Why?", required="Say why it is postponed.")],
    )
    monkeypatch.setitem(workflow.OUTAGE_FLOW.by_name, "postpone", postpone)
    client.force_login(manager)
    page = client.get(reverse("tickets_staff:outage_detail", args=[outage.pk])).content.decode()
    assert 'id="open-postpone"' in page and 'id="move-postpone"' in page and 'placeholder="Why?"' in page
    assert shown(post(client, outage, action="postpone", comment=" ")) == [("error", "Say why it is postponed.")]
    response = post(client, outage, action="postpone", comment="Crew delayed")
    assert shown(response) == [("success", "Outage: Planned.")]
    outage.refresh_from_db()
    assert outage.status == OS.PLANNED
    assert outage.history.first().history_change_reason == "postpone: Crew delayed"
    assert (
        'id="open-postpone"'
        not in client.get(reverse("tickets_staff:outage_detail", args=[outage.pk])).content.decode()
    )
    response = post(client, outage, action="postpone", comment="Again")
    assert shown(response) == [("error", "“Postpone” is not possible in the status “Planned”.")]
