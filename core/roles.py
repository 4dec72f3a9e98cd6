"""The roles of DESIGN §2 as Django groups, and the model permissions each holds.

How a new app uses it:

1. Declare what each role holds of the app's own permissions in `<app>/roles.py`::

       PERMISSIONS = {MANAGER: ALL, SALES: ["view_order", "add_order"]}

   and register it from the app's `AppConfig.ready()`::

       roles.register_role_permissions("orders", PERMISSIONS)

   (the registry lets tests and the admin compare the groups with the code).

2. Grant them with a data migration that keeps a *frozen copy* of that map,
   so that replaying it later applies the permissions of its own day::

       ROLES = {"Manager": ALL, "Sales": ["view_order", "add_order"]}  # copied, not imported

       def grant(apps, schema_editor):
           grant_role_permissions(apps, app_label="orders", roles=ROLES)

Administrators may change the groups in the admin afterwards; migrations only ever add.
"""

from django.utils.translation import gettext_lazy as _

ADMINISTRATOR = "Administrator"
MANAGER = "Manager"
SUPPORT_AGENT = "Support agent"
SALES = "Sales"
TECHNICIAN = "Technician"
FINANCE = "Finance"
CHANNEL_PARTNER = "Channel partner"
CUSTOMER = "Customer"

ROLE_LABELS = {
    ADMINISTRATOR: _("Administrator"),
    MANAGER: _("Manager"),
    SUPPORT_AGENT: _("Support agent"),
    SALES: _("Sales"),
    TECHNICIAN: _("Technician"),
    FINANCE: _("Finance"),
    CHANNEL_PARTNER: _("Channel partner"),
    CUSTOMER: _("Customer"),
}

ALL = "*"

# role -> {app_label: [codenames] or ALL}, filled by each app's AppConfig.ready().
ROLE_PERMISSIONS: dict[str, dict[str, list[str] | str]] = {role: {} for role in ROLE_LABELS}


def register_role_permissions(app_label: str, permissions: dict[str, list[str] | str]) -> None:
    """What each role holds of `app_label`'s permissions (codenames, or ALL)."""
    for role, wanted in permissions.items():
        if role not in ROLE_PERMISSIONS:
            raise ValueError(f"unknown role {role!r}; roles are {sorted(ROLE_PERMISSIONS)}")
        ROLE_PERMISSIONS[role][app_label] = wanted


def grant_role_permissions(apps, *, app_label: str, roles: dict[str, list[str] | str]) -> None:
    """Create the roles named in `roles` if missing and add these permissions of `app_label` (data migrations)."""
    from django.contrib.auth.management import create_permissions

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for role, wanted in roles.items():
        group, _created = group_model.objects.get_or_create(name=role)
        if not wanted:
            continue
        permissions = permission_model.objects.filter(content_type__app_label=app_label)
        if wanted != ALL:
            permissions = permissions.filter(codename__in=wanted)
        group.permissions.add(*permissions)
