"""The admin site itself: customers and partners are sent home instead of looping through the login
page, and a NUL character in any admin request answers 400 rather than a 500 from the database."""

import pytest
from django.db import connection
from django.urls import reverse

from core import roles
from tests.factories import UserFactory
from tests.services import require_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(db):
    return UserFactory(username="pavel", role=roles.CHANNEL_PARTNER)


def test_a_customer_opening_the_admin_goes_to_the_portal_with_a_message(client, owner):
    client.force_login(owner)
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain == [(reverse("core:portal_home"), 302)]
    assert response.status_code == 200
    assert any("staff only" in str(message) for message in response.context["messages"])


def test_a_customer_opening_an_admin_page_goes_home_too(client, owner):
    client.force_login(owner)
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 302
    assert response.url == reverse("core:portal_home")


def test_a_partner_opening_the_admin_goes_to_its_home(client, partner):
    client.force_login(partner)
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain == [(reverse("core:staff_home"), 302)]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("accounts:login"))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("url_name", "query"),
    [
        ("admin:accounts_customer_changelist", "q=%00"),
        ("admin:accounts_customer_changelist", "status__exact=%00"),
        ("admin:tickets_ticket_changelist", "status__exact=ab%00c"),
        ("admin:notifications_outboxmessage_changelist", "q=x%00"),
        ("admin:accounts_user_changelist", "%00=1"),
    ],
)
def test_a_nul_byte_in_an_admin_query_string_answers_400(client, manager, url_name, query):
    client.force_login(manager)
    response = client.get(f"{reverse(url_name)}?{query}")
    assert response.status_code == 400
    assert b"NUL character" in response.content


def test_a_nul_byte_in_an_admin_post_answers_400(client, manager, owner):
    client.force_login(manager)
    url = reverse("admin:accounts_user_change", args=[owner.pk])
    response = client.post(url, {"username": owner.username, "first_name": "a\x00b"})
    assert response.status_code == 400
    owner.refresh_from_db()
    assert owner.first_name != "a\x00b"


def test_on_postgresql_a_nul_filter_is_400_not_500(client, manager):
    require_service(
        "PostgreSQL", connection.vendor == "postgresql", "only PostgreSQL refuses NUL: set DATABASE_URL=postgres://…"
    )
    client.force_login(manager)
    for query in ("q=%00", "status__exact=%00", "area=%00"):
        response = client.get(f"{reverse('admin:accounts_customer_changelist')}?{query}")
        assert response.status_code == 400
