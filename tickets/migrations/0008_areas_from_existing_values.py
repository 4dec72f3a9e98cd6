"""Known service areas from the free-text values customers and outages already carry.

Values that differ only in case or surrounding spaces become one area; customers and
outages are rewritten to the area's name, so matching by name reaches them all."""

from django.db import migrations


def forwards(apps, schema_editor):
    Area = apps.get_model("tickets", "Area")
    Customer = apps.get_model("accounts", "Customer")
    Outage = apps.get_model("tickets", "Outage")
    names: dict[str, str] = {}
    for model in (Customer, Outage):
        for value in model.objects.exclude(area="").values_list("area", flat=True).distinct():
            cleaned = " ".join(value.split())
            if cleaned:
                names.setdefault(cleaned.casefold(), cleaned)
    for name in names.values():
        Area.objects.get_or_create(name=name)
    for model in (Customer, Outage):
        for row in model.objects.exclude(area="").only("pk", "area").iterator():
            canonical = names.get(" ".join(row.area.split()).casefold())
            if canonical and canonical != row.area:
                row.area = canonical
                row.save(update_fields=["area"])
    for outage in Outage.objects.all():
        outage.updated_at = outage.customers_notified_at or outage.created_at
        outage.save(update_fields=["updated_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("tickets", "0007_area_and_outage_sms_once"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
