from django.db import migrations

from core.roles import ALL, grant_role_permissions

# A frozen copy of the roles' ticket permissions on the day of this migration.
ROLES = {
    "Administrator": ALL,
    "Manager": ALL,
    "Support agent": [
        "view_ticket",
        "add_ticket",
        "change_ticket",
        "view_queue",
        "view_ticketmessage",
        "add_ticketmessage",
        "view_interaction",
        "add_interaction",
        "view_outage",
        "view_internal_notes",
    ],
    "Sales": [
        "view_ticket",
        "add_ticket",
        "change_ticket",
        "view_interaction",
        "add_interaction",
        "view_outage",
        "view_internal_notes",
    ],
    "Technician": ["view_ticket", "add_ticket", "change_ticket", "view_outage", "view_internal_notes"],
    "Finance": ["view_ticket", "add_ticket", "change_ticket", "view_internal_notes"],
}


def grant(apps, schema_editor):
    grant_role_permissions(apps, app_label="tickets", roles=ROLES)


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS ticket_search_gin ON tickets_ticket USING gin (search_vector)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS ticket_search_gin")


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [
        migrations.RunPython(create_search_index, drop_search_index),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
