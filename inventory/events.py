"""The stock messages (registered in InventoryConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

EVENTS = (
    Event(
        "stock_allocated",
        Kind.ORDERS,
        _("Stock allocated to a channel"),
        ("channel_name", "count", "item_label", "url"),
        translated=("item_label",),
        sample={"channel_name": "North Shops", "count": "50", "item_label": "numbers", "url": "https://x/partner/"},
    ),
)
