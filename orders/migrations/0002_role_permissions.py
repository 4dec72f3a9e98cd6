"""Grant the roles their order permissions. A frozen copy of orders/roles.py as it was when written."""

from django.db import migrations

from core.roles import grant_role_permissions

READ = ["view_order", "view_orderline", "view_orderaction", "view_product", "view_tariffplan"]
ROLES = {
    "Administrator": "*",
    "Manager": "*",
    "Sales": [
        *READ,
        "add_order",
        "change_order",
        "delete_order",
        "review_order",
        "schedule_installation",
        "ship_order",
        "activate_order",
        "complete_order",
        "cancel_order",
        "export_orders",
        "add_product",
        "change_product",
        "add_tariffplan",
        "change_tariffplan",
        "view_installationslot",
    ],
    "Technician": [
        *READ,
        "schedule_installation",
        "activate_order",
        "complete_order",
        "view_installationslot",
        "add_installationslot",
        "change_installationslot",
    ],
    "Finance": [*READ, "manage_payment", "export_orders"],
    "Support agent": READ,
    "Channel partner": [],
    "Customer": [],
}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="orders", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [("orders", "0001_catalogue_orders_slots"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
