from django.db import migrations

from core.roles import ALL, grant_role_permissions

# Frozen copies of the roles' permissions on the day of this migration; every role is created here.
ACCOUNTS = {
    "Administrator": ALL,
    "Manager": [
        "view_user",
        "add_user",
        "change_user",
        "view_customer",
        "change_customer",
        "add_customer",
        "view_branch",
        "view_staffprofile",
        "view_customer_identity",
        "view_securityevent",
    ],
    "Support agent": ["view_customer"],
    "Sales": ["view_customer", "add_customer", "change_customer"],
    "Technician": ["view_customer", "view_branch"],
    "Finance": ["view_customer", "view_customer_identity"],
    "Channel partner": [],
    "Customer": [],
}
AUTH = {"Administrator": ALL}


def create_roles(apps, schema_editor):
    grant_role_permissions(apps, app_label="accounts", roles=ACCOUNTS)
    grant_role_permissions(apps, app_label="auth", roles=AUTH)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
