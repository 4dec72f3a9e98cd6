"""Default English texts of the stock messages."""

from notifications.defaults import Text

TEXTS = {
    "stock_allocated": Text(
        subject="{{ count }} {{ item_label }} allocated to {{ channel_name }}",
        paragraphs=("{{ count }} {{ item_label }} have been allocated to {{ channel_name }}.",),
        actions=(("Open the stock", "url"),),
        sms="{{ site_name }}: {{ count }} {{ item_label }} allocated to {{ channel_name }}. {{ url }}",
    ),
}
