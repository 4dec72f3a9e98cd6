from django.db import migrations

from core.roles import grant_role_permissions
from notifications.defaults import seed_rows
from repairs.migrations._frozen_0002_templates import ROWS

# A frozen copy of repairs.roles.PERMISSIONS on the day of this migration.
ROLES = {
    "Administrator": "*",
    "Manager": "*",
    "Technician": ["view_repair", "add_repair", "change_repair", "view_quoteline", "view_repairphoto"],
    "Support agent": [
        "view_repair",
        "add_repair",
        "change_repair",
        "view_all_repairs",
        "view_quoteline",
        "view_repairphoto",
    ],
}


def forwards(apps, schema_editor):
    grant_role_permissions(apps, app_label="repairs", roles=ROLES)
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)


class Migration(migrations.Migration):
    dependencies = [
        ("repairs", "0001_initial"),
        ("notifications", "0005_privilege_events_and_outbox_content"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
