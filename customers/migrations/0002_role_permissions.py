"""Grant the roles their service permissions. A frozen copy of customers/roles.py as it was when written."""

from django.db import migrations

from core.roles import grant_role_permissions

ROLES = {
    "Administrator": "*",
    "Manager": "*",
    "Support agent": ["view_subscriberservice", "change_subscriberservice", "view_activationjob"],
    "Sales": ["view_subscriberservice", "change_subscriberservice", "view_activationjob", "change_activationjob"],
    "Technician": ["view_subscriberservice", "view_activationjob", "change_activationjob"],
}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="customers", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [("customers", "0001_services_activation"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
