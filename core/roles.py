"""The roles of DESIGN §2 as Django groups, and the model permissions each holds.

Each app's data migration calls `grant_role_permissions(apps, app_label=...)`
for its own models, so a role gets a new app's permissions when that app is
installed. Administrators may change the groups in the admin afterwards;
migrations only ever add.
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

# role -> {app_label: [codenames] or ALL}
ROLE_PERMISSIONS: dict[str, dict[str, list[str] | str]] = {
    ADMINISTRATOR: {
        "accounts": ALL,
        "auth": ALL,
        "notifications": ALL,
        "tickets": ALL,
    },
    MANAGER: {
        "accounts": [
            "view_user",
            "add_user",
            "change_user",
            "view_customer",
            "change_customer",
            "add_customer",
            "view_branch",
            "view_staffprofile",
            "view_customer_identity",
            "view_securityevent",
        ],
        "notifications": [
            "view_outboxmessage",
            "resend_outboxmessage",
            "view_outbox_content",
            "view_notificationtemplate",
        ],
        "tickets": ALL,
    },
    SUPPORT_AGENT: {
        "accounts": ["view_customer"],
        "tickets": [
            "view_ticket",
            "add_ticket",
            "change_ticket",
            "view_queue",
            "view_ticketmessage",
            "add_ticketmessage",
            "view_interaction",
            "add_interaction",
            "view_outage",
            "view_internal_notes",
        ],
        "notifications": ["view_outboxmessage"],
    },
    SALES: {
        "accounts": ["view_customer", "add_customer", "change_customer"],
        "tickets": [
            "view_ticket",
            "add_ticket",
            "change_ticket",
            "view_interaction",
            "add_interaction",
            "view_outage",
            "view_internal_notes",
        ],
    },
    TECHNICIAN: {
        "accounts": ["view_customer", "view_branch"],
        "tickets": ["view_ticket", "add_ticket", "change_ticket", "view_outage", "view_internal_notes"],
    },
    FINANCE: {
        "accounts": ["view_customer", "view_customer_identity"],
        "tickets": ["view_ticket", "add_ticket", "change_ticket", "view_internal_notes"],
    },
    CHANNEL_PARTNER: {},
    CUSTOMER: {},
}


def grant_role_permissions(apps, *, app_label: str) -> None:
    """Create the roles if missing and add this app's permissions to them (data migrations only)."""
    from django.contrib.auth.management import create_permissions

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for role, per_app in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        wanted = per_app.get(app_label)
        if not wanted:
            continue
        permissions = permission_model.objects.filter(content_type__app_label=app_label)
        if wanted != ALL:
            permissions = permissions.filter(codename__in=wanted)
        group.permissions.add(*permissions)
