"""Indexes for the staff customer list's sort (name, id) under each filter it offers, on the accounts
table (PostgreSQL; SQLite lists are small). Kept here because the list is this app's page."""

from django.db import migrations

INDEXES = {
    "customer_list_name": "(name, id)",
    "customer_list_kind_status_name": "(kind, status, name, id)",
    "customer_list_status_name": "(status, name, id)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON accounts_customer {columns}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("customers", "0003_default_templates"), ("accounts", "0011_customer_lookup_indexes")]

    operations = [migrations.RunPython(create, drop)]
