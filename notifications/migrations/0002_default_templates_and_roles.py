from django.db import migrations

from core.roles import ALL, grant_role_permissions
from notifications.defaults import seed_rows
from notifications.migrations._frozen_0002_templates import ROWS

# Frozen copies of what this migration applies (a later change of the code does not change its past).
ROLES = {
    "Administrator": ALL,
    "Manager": ["view_outboxmessage", "resend_outboxmessage", "view_notificationtemplate"],
    "Support agent": ["view_outboxmessage"],
}


def forwards(apps, schema_editor):
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)
    grant_role_permissions(apps, app_label="notifications", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
