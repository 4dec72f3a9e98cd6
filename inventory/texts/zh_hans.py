"""Default Simplified Chinese texts of the stock messages."""

from notifications.defaults import Text

TEXTS = {
    "stock_allocated": Text(
        subject="已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}",
        paragraphs=("已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}。",),
        actions=(("查看库存", "url"),),
        sms="{{ site_name }}：已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}。{{ url }}",
    ),
}
