"""Default Persian texts of the stock messages."""

from notifications.defaults import Text

TEXTS = {
    "stock_allocated": Text(
        subject="{{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت",
        paragraphs=("{{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت.",),
        actions=(("مشاهده موجودی", "url"),),
        sms="{{ site_name }}: {{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت. {{ url }}",
    ),
}
