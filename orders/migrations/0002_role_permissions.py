"""Grant the roles their order permissions. A frozen copy of orders/roles.py as it was when written."""

from django.db import migrations

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
    from django.contrib.auth.management import create_permissions

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config("orders")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for role, wanted in ROLES.items():
        group, _created = group_model.objects.get_or_create(name=role)
        if not wanted:
            continue
        permissions = permission_model.objects.filter(content_type__app_label="orders")
        if wanted != "*":
            permissions = permissions.filter(codename__in=wanted)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("orders", "0001_catalogue_orders_slots"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
