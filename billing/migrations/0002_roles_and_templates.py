from django.db import migrations

from billing.migrations._frozen_0002_templates import ROWS
from core.roles import grant_role_permissions
from notifications.defaults import seed_rows

# A frozen copy of billing.roles.PERMISSIONS on the day of this migration.
ROLES = {
    "Administrator": "*",
    "Manager": "*",
    "Finance": [
        "view_contract",
        "add_contract",
        "change_contract",
        "view_invoice",
        "add_invoice",
        "change_invoice",
        "issue_invoice",
        "view_payment",
        "add_payment",
        "review_payment",
    ],
    "Sales": ["view_contract", "add_contract", "change_contract", "view_invoice"],
}


def forwards(apps, schema_editor):
    grant_role_permissions(apps, app_label="billing", roles=ROLES)
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)


class Migration(migrations.Migration):
    dependencies = [
        ("billing", "0001_initial"),
        ("notifications", "0005_privilege_events_and_outbox_content"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
