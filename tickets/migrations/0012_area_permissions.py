from django.db import migrations

from core.roles import grant_role_permissions

# A frozen copy: who manages the known service areas on the day of this migration.
AREA_PERMISSIONS = [
    "add_area",
    "change_area",
    "delete_area",
    "view_area",
    "add_historicalarea",
    "change_historicalarea",
    "delete_historicalarea",
    "view_historicalarea",
]
ROLES = {"Administrator": AREA_PERMISSIONS, "Manager": AREA_PERMISSIONS}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="tickets", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [("tickets", "0011_assign_ticket_role")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
