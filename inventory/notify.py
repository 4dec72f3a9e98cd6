"""Who hears about stock moves: the users of the channel that receives stock."""

from django.urls import reverse
from django.utils.translation import gettext_noop

from core.urls import absolute_url
from inventory.models import Channel, Number
from notifications.services import notify


def notify_channel_allocation(*, channel: Channel, model, count: int, by) -> None:
    """Called inside the allocating transaction: the outbox rows commit with the move."""
    users = [link.user for link in channel.members.select_related("user").exclude(user=by)]
    if not users:
        return
    notify(
        event="stock_allocated",
        recipients=users,
        context={
            "channel_name": channel.name,
            "count": str(count),
            # Translated at delivery, in each recipient's language.
            "item_label": gettext_noop("numbers") if model is Number else gettext_noop("SIM cards"),
            "url": absolute_url(reverse("inventory_partner:stock")),
        },
    )
