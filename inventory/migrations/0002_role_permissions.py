from django.db import migrations

from core.roles import grant_role_permissions

# A frozen copy of inventory/roles.py on the day of this migration.
_STAFF_ALL = [
    f"{verb}_{model}"
    for model in ("number", "sim", "channel", "channeluser", "numberaction", "simaction")
    for verb in ("add", "change", "delete", "view")
] + ["allocate_stock", "load_stock", "reserve_stock", "operate_stock", "view_sim_codes", "use_partner_portal"]

ROLES = {
    "Administrator": _STAFF_ALL,
    "Manager": _STAFF_ALL,
    "Sales": ["view_number", "view_sim", "view_channel", "allocate_stock", "reserve_stock"],
    "Support agent": ["view_number", "view_sim", "view_channel"],
    "Channel partner": ["use_partner_portal", "allocate_stock", "reserve_stock"],
}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="inventory", roles=ROLES)


class Migration(migrations.Migration):
    dependencies = [("inventory", "0001_stock_and_channels"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
