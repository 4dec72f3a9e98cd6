from django.db import migrations

ROLE = "Administrator"
APP_LABEL = "otp_totp"
CODENAME = "delete_totpdevice"


def grant(apps, schema_editor):
    """Administrators may reset a user's second factor (the admin action checks otp_totp.delete_totpdevice)."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(APP_LABEL)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=ROLE)
    permission = apps.get_model("auth", "Permission").objects.get(content_type__app_label=APP_LABEL, codename=CODENAME)
    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_security_event_two_factor_kinds"),
        ("otp_totp", "0003_add_timestamps"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
