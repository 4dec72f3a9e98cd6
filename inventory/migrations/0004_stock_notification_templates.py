from django.db import migrations

from inventory.migrations._frozen_0004_templates import ROWS
from notifications.defaults import seed_rows


def forwards(apps, schema_editor):
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)


class Migration(migrations.Migration):
    dependencies = [("inventory", "0003_import_jobs"), ("notifications", "0005_privilege_events_and_outbox_content")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
