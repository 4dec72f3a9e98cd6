from django.db import migrations

from core.roles import grant_role_permissions

# A frozen copy: who may assign tickets to a colleague on the day of this migration.
ROLES = {
    "Administrator": ["assign_ticket"],
    "Manager": ["assign_ticket"],
    "Support agent": ["assign_ticket"],
}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="tickets", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [("tickets", "0006_queue_default_type_and_reclassify")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
