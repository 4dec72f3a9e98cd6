from django.db import migrations

from customers.migrations._frozen_0003_templates import ROWS
from notifications.defaults import seed_rows


def forwards(apps, schema_editor):
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)


class Migration(migrations.Migration):
    dependencies = [("customers", "0002_role_permissions"), ("notifications", "0002_default_templates_and_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
