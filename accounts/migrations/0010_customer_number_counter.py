from django.db import migrations


def start_counter(apps, schema_editor):
    """Customer numbers now come from core.Counter("customer"): continue after the highest one given out."""
    customer_model = apps.get_model("accounts", "Customer")
    counter_model = apps.get_model("core", "Counter")
    highest = 0
    for number in customer_model.objects.filter(number__startswith="C-").values_list("number", flat=True):
        digits = number.removeprefix("C-")
        if digits.isdigit():
            highest = max(highest, int(digits))
    counter, _created = counter_model.objects.get_or_create(key="customer")
    if counter.value < highest:
        counter.value = highest
        counter.save(update_fields=["value"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0009_security_event_unlocked"),
        ("core", "0001_counter"),
    ]

    operations = [migrations.RunPython(start_counter, migrations.RunPython.noop)]
