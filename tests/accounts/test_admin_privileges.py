"""Who may grant what in the admin: managers manage their own side with the roles they may give;
superuser and staff status, direct permissions and other people's passwords belong to administrators.
Every privilege change and every password set by someone else is recorded and announced."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.grants import grantable_roles, users_manageable_by
from accounts.models import SecurityEvent, User
from accounts.services import PrivilegeRefused, user_privileges_update
from core import roles
from notifications.models import OutboxMessage
from tests.factories import CustomerUserFactory, StaffUserFactory
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(db):
    return StaffUserFactory(username="ada", role=roles.ADMINISTRATOR)


@pytest.fixture
def superuser(db):
    return StaffUserFactory(username="root", is_superuser=True)


def change_url(user):
    return reverse("admin:accounts_user_change", args=[user.pk])


def post_change(client, user, **changes):
    """Post the user's admin change form as the browser shows it, with `changes` applied."""
    page = client.get(change_url(user))
    assert page.status_code == 200
    data = form_data(page.content, form_id="user_form")
    data.update(changes)
    return client.post(change_url(user), data)


def group(name):
    return Group.objects.get(name=name)


def test_a_manager_may_give_only_the_roles_of_its_own_side(manager):
    names = set(grantable_roles(manager).values_list("name", flat=True))
    assert names == {
        roles.SUPPORT_AGENT,
        roles.SALES,
        roles.TECHNICIAN,
        roles.FINANCE,
        roles.CHANNEL_PARTNER,
        roles.CUSTOMER,
    }


def test_nobody_grants_a_role_carrying_a_permission_they_lack(manager):
    group(roles.SALES).permissions.add(Permission.objects.get(codename="manage_privileges"))
    assert roles.SALES not in set(grantable_roles(manager).values_list("name", flat=True))


def test_a_manager_manages_customers_and_agents_but_not_managers_or_administrators(
    manager, agent, owner, administrator, superuser
):
    peer = StaffUserFactory(username="peer", role=roles.MANAGER)
    assert set(users_manageable_by(manager)) == {agent, owner}
    assert peer not in users_manageable_by(manager)


def test_manager_posting_superuser_status_to_the_admin_is_refused_and_nothing_changes(client, manager, agent):
    client.force_login(manager)
    response = post_change(client, agent, is_superuser="on")
    assert response.status_code == 403
    agent.refresh_from_db()
    assert not agent.is_superuser
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.PRIVILEGES_REFUSED, user=manager).exists()


def test_manager_cannot_make_itself_superuser(client, manager):
    client.force_login(manager)
    response = client.post(change_url(manager), {"username": manager.username, "is_superuser": "on"})
    assert response.status_code in (302, 403, 404)
    manager.refresh_from_db()
    assert not manager.is_superuser
    # Its own account is outside its reach: the change page answers 404.
    assert client.get(change_url(manager)).status_code == 404


def test_manager_posting_staff_status_or_permissions_is_refused(client, manager, owner):
    client.force_login(manager)
    permission = Permission.objects.get(codename="change_user")
    assert post_change(client, owner, is_staff="on").status_code == 403
    assert post_change(client, owner, user_permissions=str(permission.pk)).status_code == 403
    owner.refresh_from_db()
    assert not owner.is_staff
    assert not owner.user_permissions.exists()


def test_manager_cannot_give_a_role_it_may_not_grant(client, manager, agent):
    client.force_login(manager)
    response = post_change(client, agent, groups=[str(group(roles.ADMINISTRATOR).pk)])
    assert response.status_code == 200
    assert "groups" in response.context["adminform"].form.errors
    assert list(agent.groups.values_list("name", flat=True)) == [roles.SUPPORT_AGENT]


def test_manager_cannot_open_or_post_the_set_password_page(client, manager, agent, superuser):
    client.force_login(manager)
    before = User.objects.get(pk=agent.pk).password
    url = reverse("admin:auth_user_password_change", args=[agent.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, {"password1": "Brand-new-pass-4821", "password2": "Brand-new-pass-4821"})
    assert response.status_code == 403
    assert User.objects.get(pk=agent.pk).password == before
    # An administrator's password is not even in its scope.
    admin_url = reverse("admin:auth_user_password_change", args=[superuser.pk])
    assert client.post(admin_url, {"password1": "x", "password2": "x"}).status_code == 404


def test_manager_gives_a_grantable_role_and_the_user_is_told(client, manager, agent, mailoutbox):
    client.force_login(manager)
    response = post_change(client, agent, groups=[str(group(roles.SUPPORT_AGENT).pk), str(group(roles.SALES).pk)])
    assert response.status_code == 302
    assert set(agent.groups.values_list("name", flat=True)) == {roles.SUPPORT_AGENT, roles.SALES}
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PRIVILEGES_CHANGED, user=agent)
    assert "+Sales" in event.detail and manager.username in event.detail
    message = OutboxMessage.objects.get(event="privileges_changed", user=agent, channel="email")
    assert "Sales" in message.context["roles"]


def test_saving_without_privilege_changes_records_nothing(client, manager, agent):
    client.force_login(manager)
    assert post_change(client, agent, first_name="Renamed").status_code == 302
    agent.refresh_from_db()
    assert agent.first_name == "Renamed"
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.PRIVILEGES_CHANGED).exists()


def test_superuser_changes_superuser_and_staff_status_and_it_is_recorded(client, superuser, agent):
    client.force_login(superuser)
    response = post_change(client, agent, is_superuser="on")
    assert response.status_code == 302
    agent.refresh_from_db()
    assert agent.is_superuser
    assert SecurityEvent.objects.filter(
        kind=SecurityEvent.Kind.PRIVILEGES_CHANGED, user=agent, detail__contains="superuser=True"
    ).exists()
    assert OutboxMessage.objects.filter(event="privileges_changed", user=agent).exists()


def test_an_administrator_may_not_make_anyone_superuser(client, administrator, agent):
    client.force_login(administrator)
    assert post_change(client, agent, is_superuser="on").status_code == 403
    agent.refresh_from_db()
    assert not agent.is_superuser


def test_administrator_sets_a_password_recorded_announced_and_to_be_changed(client, administrator, owner):
    client.force_login(administrator)
    url = reverse("admin:auth_user_password_change", args=[owner.pk])
    response = client.post(
        url, {"set_usable_password": "true", "password1": "Brand-new-pass-4821", "password2": "Brand-new-pass-4821"}
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("Brand-new-pass-4821")
    assert owner.must_change_password
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PASSWORD_SET, user=owner)
    assert administrator.username in event.detail
    assert OutboxMessage.objects.filter(event="password_set_by_admin", user=owner).exists()


def test_only_privileged_users_edit_roles_permissions(client, manager):
    client.force_login(manager)
    sales = group(roles.SALES)
    url = reverse("admin:auth_group_change", args=[sales.pk])
    assert client.post(url, {"name": roles.SALES, "permissions": []}).status_code == 403
    assert sales.permissions.exists()


def test_user_list_has_a_query_budget(client, manager, django_assert_max_num_queries):
    for _n in range(30):
        CustomerUserFactory()
    client.force_login(manager)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == 30


def test_the_service_refuses_what_the_form_would_not_offer(manager, agent, superuser):
    with pytest.raises(PrivilegeRefused):
        user_privileges_update(user=agent, by=manager, groups=[group(roles.MANAGER)])
    with pytest.raises(PrivilegeRefused):
        user_privileges_update(user=agent, by=manager, is_staff=False)
    with pytest.raises(PrivilegeRefused):
        user_privileges_update(user=superuser, by=manager, groups=[])
    assert list(agent.groups.values_list("name", flat=True)) == [roles.SUPPORT_AGENT]
    assert agent.is_staff
