from django.db import migrations

from notifications.defaults import seed_rows
from tickets.migrations._frozen_0015_templates import ROWS


def forwards(apps, schema_editor):
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0014_ticket_action_reopened_index"),
        ("notifications", "0005_privilege_events_and_outbox_content"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
