"""Keep Ticket.search_vector current inside PostgreSQL, so bulk inserts and every
update are searchable without a second pass (SQLite searches with LIKE)."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION tickets_ticket_search_update() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple', coalesce(NEW.subject, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW.text, '') || ' ' || coalesce(NEW.contact_name, '') || ' ' ||
                                    coalesce(NEW.contract_number, '')), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS tickets_ticket_search ON tickets_ticket;
CREATE TRIGGER tickets_ticket_search BEFORE INSERT OR UPDATE OF subject, text, contact_name, contract_number
  ON tickets_ticket FOR EACH ROW EXECUTE FUNCTION tickets_ticket_search_update();
UPDATE tickets_ticket SET subject = subject;
"""
DROP = """
DROP TRIGGER IF EXISTS tickets_ticket_search ON tickets_ticket;
DROP FUNCTION IF EXISTS tickets_ticket_search_update();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("tickets", "0002_search_index_and_roles")]

    operations = [migrations.RunPython(create, drop)]
