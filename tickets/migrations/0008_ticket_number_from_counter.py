from django.db import migrations, models


def backfill(apps, schema_editor):
    """Tickets were numbered from their primary key; they keep that number and the counter continues after it."""
    ticket_model = apps.get_model("tickets", "Ticket")
    historical_model = apps.get_model("tickets", "HistoricalTicket")
    counter_model = apps.get_model("core", "Counter")
    highest = 0
    for pk in ticket_model.objects.values_list("pk", flat=True).iterator():
        ticket_model.objects.filter(pk=pk).update(number=f"T-{pk:06d}")
        highest = max(highest, pk)
    for pk in historical_model.objects.values_list("id", flat=True).distinct().iterator():
        historical_model.objects.filter(id=pk).update(number=f"T-{pk:06d}")
    counter, _created = counter_model.objects.get_or_create(key="ticket")
    if counter.value < highest:
        counter.value = highest
        counter.save(update_fields=["value"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_counter"),
        ("tickets", "0007_assign_ticket_role"),
    ]

    operations = [
        migrations.AddField(
            model_name="ticket",
            name="number",
            field=models.CharField(editable=False, max_length=20, null=True, verbose_name="number"),
        ),
        migrations.AddField(
            model_name="historicalticket",
            name="number",
            field=models.CharField(editable=False, max_length=20, null=True, verbose_name="number"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="ticket",
            name="number",
            field=models.CharField(editable=False, max_length=20, unique=True, verbose_name="number"),
        ),
        migrations.AlterField(
            model_name="historicalticket",
            name="number",
            field=models.CharField(db_index=True, editable=False, max_length=20, verbose_name="number"),
        ),
    ]
