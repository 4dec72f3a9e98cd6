from django.db import migrations

# Prefix searches of the customer picker (accounts.selectors.customer_lookup) on PostgreSQL:
# istartswith compares UPPER(col::text) LIKE 'X%', startswith compares col::text LIKE 'x%'.
INDEXES = {
    "customer_name_prefix": "(UPPER(name::text) text_pattern_ops)",
    "customer_number_prefix": "(UPPER(number::text) text_pattern_ops)",
    "customer_tax_number_prefix": "(tax_number varchar_pattern_ops)",
    "customer_phone_prefix": "(phone varchar_pattern_ops)",
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
    dependencies = [("accounts", "0003_customer_number_counter")]

    operations = [migrations.RunPython(create, drop)]
