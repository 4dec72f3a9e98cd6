from django.contrib.auth.management import create_permissions
from django.db import migrations

from notifications.defaults import seed_rows
from notifications.migrations._frozen_0005_templates import ROWS


def forwards(apps, schema_editor):
    """Templates for the two new security events; who may read what the outbox says."""
    seed_rows(apps.get_model("notifications", "NotificationTemplate"), ROWS)
    app_config = apps.get_app_config("notifications")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="notifications", codename="view_outbox_content"
    )
    for role in ("Administrator", "Manager"):
        group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=role)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0004_outbox_content_permission"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
