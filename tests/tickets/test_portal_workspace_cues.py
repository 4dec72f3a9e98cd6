"""Issue 9, item 11: the staff workspace gives cues (outages, news since I looked, age, reopened)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tickets import services, workflow
from tickets.models import Outage

pytestmark = pytest.mark.django_db


def test_the_workspace_shows_current_outages_only(client, agent, manager):
    current = services.outage_declare(by=manager, area="Moscow-Center", services="Internet", starts_at=timezone.now())
    over = services.outage_declare(
        by=manager, area="Kazan", services="TV", starts_at=timezone.now(), status=Outage.Status.RESOLVED
    )
    client.force_login(agent)
    page = client.get(reverse("core:staff_home")).content.decode()
    assert 'id="active-outages"' in page
    assert f'data-outage="{current.pk}"' in page and f'data-outage="{over.pk}"' not in page


def test_a_customer_reply_is_news_for_the_owner_until_they_open_the_ticket(client, owner, agent, portal_ticket):
    client.force_login(agent)
    client.post(reverse("tickets_staff:move", args=[portal_ticket.pk]), {"action": "take"}, follow=True)
    folder = client.get(reverse("tickets_staff:folder")).content.decode()
    assert 'data-cue="news"' not in folder  # their own move, followed by a look
    services.ticket_reply(ticket=portal_ticket, by=owner, body="Still red")
    folder = client.get(reverse("tickets_staff:folder")).content.decode()
    assert 'data-cue="news"' in folder
    assert 'data-cue="news"' in client.get(reverse("core:staff_home")).content.decode()
    client.get(reverse("tickets_staff:detail", args=[portal_ticket.pk]))
    assert 'data-cue="news"' not in client.get(reverse("tickets_staff:folder")).content.decode()


def test_a_thanks_that_reopens_a_ticket_is_flagged(client, owner, agent, portal_ticket):
    workflow.ticket_take(ticket=portal_ticket, by=agent)
    workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="Replaced the router")
    services.ticket_reply(ticket=portal_ticket, by=owner, body="Thanks!")
    client.force_login(agent)
    folder = client.get(reverse("tickets_staff:folder")).content.decode()
    assert 'data-cue="reopened"' in folder and 'data-cue="news"' in folder


def test_folders_and_queues_show_age_and_last_activity(client, agent, support_queue, portal_ticket):
    client.force_login(agent)
    page = client.get(reverse("tickets_staff:queue", args=[support_queue.pk])).content.decode()
    assert "data-age" in page and "data-last-activity" in page


def test_the_cues_keep_the_folder_at_a_fixed_query_count(
    client, owner, agent, support_queue, django_assert_max_num_queries
):
    client.force_login(agent)
    for n in range(30):
        ticket = services.ticket_create(
            by=owner, customer=owner.customer, queue=support_queue, subject=f"S{n}", text="x", contact_name="A"
        )
        workflow.ticket_take(ticket=ticket, by=agent)
    client.get(reverse("tickets_staff:folder"))
    with django_assert_max_num_queries(10):
        client.get(reverse("tickets_staff:folder"))
    with django_assert_max_num_queries(10):
        client.get(reverse("core:staff_home"))
