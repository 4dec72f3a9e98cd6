"""Channel paths with fixed-width ids ("/0000000009/0000000010/"): ordering by path is tree order."""

from django.db import migrations

WIDTH = 10


def widen(apps, schema_editor):
    Channel = apps.get_model("inventory", "Channel")
    channels = list(Channel.objects.order_by("depth", "pk"))
    paths: dict[int, str] = {}
    for channel in channels:  # parents first: depth is the number of ancestors
        channel.path = f"{paths.get(channel.parent_id, '/')}{channel.pk:0{WIDTH}d}/"
        paths[channel.pk] = channel.path
    Channel.objects.bulk_update(channels, ["path"], batch_size=1000)


def narrow(apps, schema_editor):
    Channel = apps.get_model("inventory", "Channel")
    channels = list(Channel.objects.all())
    for channel in channels:
        channel.path = "/" + "".join(f"{int(part)}/" for part in channel.path.strip("/").split("/") if part)
    Channel.objects.bulk_update(channels, ["path"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("inventory", "0005_order_reservations")]

    operations = [migrations.RunPython(widen, narrow)]
