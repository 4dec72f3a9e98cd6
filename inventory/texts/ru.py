"""Default Russian texts of the stock messages."""

from notifications.defaults import Text

TEXTS = {
    "stock_allocated": Text(
        subject="{{ channel_name }}: выделено {{ count }} ({{ item_label }})",
        paragraphs=("Каналу {{ channel_name }} выделено {{ count }} ({{ item_label }}).",),
        actions=(("Открыть склад", "url"),),
        sms="{{ site_name }}: каналу {{ channel_name }} выделено {{ count }} ({{ item_label }}). {{ url }}",
    ),
}
