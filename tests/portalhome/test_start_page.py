"""The customer's start page: a preference in the settings, used at login and after filing a request."""

import pytest
from django.urls import reverse

from tickets.models import Queue

pytestmark = pytest.mark.django_db


def save_start_page(client, user, page):
    return client.post(
        reverse("accounts:settings"),
        {
            "form": "preferences",
            "prefs-language": user.language,
            "prefs-time_zone": user.time_zone,
            "prefs-page_size": user.page_size,
            "prefs-start_page": page,
        },
    )


def test_home_is_the_default_start_page(client, owner):
    client.force_login(owner)
    assert client.get(reverse("core:home"))["Location"] == reverse("core:portal_home")


@pytest.mark.parametrize(
    "page, url_name", [("requests", "tickets_portal:list"), ("processes", "core:portal_processes")]
)
def test_a_customer_chooses_where_they_start(client, owner, page, url_name):
    client.force_login(owner)
    save_start_page(client, owner, page)
    owner.refresh_from_db()
    assert owner.start_page == page
    assert client.get(reverse("core:home"))["Location"] == reverse(url_name)


def test_staff_have_no_start_page_choice(client, agent):
    client.force_login(agent)
    assert "prefs-start_page" not in client.get(reverse("accounts:settings")).content.decode()


def test_starting_on_the_list_returns_there_with_the_new_request_highlighted(client, owner, support_queue):
    support_queue.customer_can_choose = True
    support_queue.save()
    owner.start_page = "requests"
    owner.save()
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:new"),
        {"queue": support_queue.pk, "subject": "Slow", "text": "Very slow", "contact_name": "Alice", "priority": 2},
        follow=True,
    )
    ticket = Queue.objects.get().tickets.get()
    assert response.redirect_chain[-1][0].startswith(reverse("tickets_portal:list"))
    assert f'id="ticket-{ticket.pk}" class="table-success" data-new' in response.content.decode()
