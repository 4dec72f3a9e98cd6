"""The user of each request comes with what every page checks: one query for the permissions
(own and the groups'), none for whether a role needs two-factor login."""

import pytest
from django.contrib.auth import get_user
from django.contrib.auth.models import Permission
from django.test import RequestFactory

from accounts.two_factor import two_factor_required
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def request_user(client, user):
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    return get_user(request)


def test_permissions_of_the_user_and_of_their_groups_in_one_query(client, django_assert_num_queries):
    user = StaffUserFactory(role="Support agent")
    user.user_permissions.add(Permission.objects.get(codename="declare_outage"))
    loaded = request_user(client, user)
    with django_assert_num_queries(1):
        assert loaded.has_perm("tickets.view_ticket")  # from the group
        assert loaded.has_perm("tickets.declare_outage")  # the user's own
        assert not loaded.has_perm("tickets.view_all_tickets")


def test_whether_a_role_needs_two_factor_comes_with_the_user(client, settings, django_assert_num_queries):
    settings.TWO_FACTOR_ENFORCED = True
    agent = request_user(client, StaffUserFactory(role="Support agent"))
    manager = request_user(client, StaffUserFactory(role="Manager"))
    with django_assert_num_queries(0):
        assert two_factor_required(user=agent) is False
        assert two_factor_required(user=manager) is True
