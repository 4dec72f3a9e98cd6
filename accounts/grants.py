"""Who may grant which role, and whose account they may manage: the one place these rules live.

A role (a group) is grantable by a user who holds every permission the role
carries — nobody hands out more than they have. Superusers grant every role;
holders of `accounts.manage_privileges` grant any role within their own
permissions; everyone else with `accounts.change_user` (managers) only the
roles of their own side: staff below them, channel partners and customers.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.models import User
from core import roles

DELEGATED_ROLES = (
    roles.SUPPORT_AGENT,
    roles.SALES,
    roles.TECHNICIAN,
    roles.FINANCE,
    roles.CHANNEL_PARTNER,
    roles.CUSTOMER,
)


def may_manage_privileges(user: User) -> bool:
    """Staff status, any role within one's own permissions, direct permissions, other people's passwords."""
    return user.is_active and (user.is_superuser or user.has_perm("accounts.manage_privileges"))


def permissions_held(user: User) -> QuerySet[Permission]:
    if user.is_superuser:
        return Permission.objects.all()
    return Permission.objects.filter(Q(user=user) | Q(group__user=user)).distinct()


def grantable_roles(user: User) -> QuerySet[Group]:
    groups = Group.objects.order_by("name")
    if not user.is_active or not user.has_perm("accounts.change_user"):
        return groups.none()
    if user.is_superuser:
        return groups
    if not may_manage_privileges(user):
        groups = groups.filter(name__in=DELEGATED_ROLES)
    held = permissions_held(user).values("pk")
    beyond = Group.permissions.through.objects.filter(group_id=OuterRef("pk")).exclude(permission_id__in=held)
    return groups.exclude(Exists(beyond))


def users_manageable_by(user: User) -> QuerySet[User]:
    """Accounts whose every role the user may grant and who hold no permission beyond the user's."""
    users = User.objects.all()
    if user.is_superuser:
        return users
    if not user.is_active:
        return users.none()
    grantable = grantable_roles(user).values("pk")
    foreign_role = User.groups.through.objects.filter(user_id=OuterRef("pk")).exclude(group_id__in=grantable)
    held = permissions_held(user).values("pk")
    foreign_permission = User.user_permissions.through.objects.filter(user_id=OuterRef("pk")).exclude(
        permission_id__in=held
    )
    return users.filter(is_superuser=False).exclude(Exists(foreign_role)).exclude(Exists(foreign_permission))
