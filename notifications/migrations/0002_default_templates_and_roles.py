from django.db import migrations

from core.roles import grant_role_permissions
from notifications.defaults import seed_templates


def forwards(apps, schema_editor):
    seed_templates(apps.get_model("notifications", "NotificationTemplate"))
    grant_role_permissions(apps, app_label="notifications")


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
