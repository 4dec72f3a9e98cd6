"""订单通知的默认文本（简体中文）。"""

from notifications.defaults import Text

TEXTS = {
    "order_status_changed": Text(
        subject="订单 {{ order_number }}：{{ status_label }}",
        paragraphs=(
            "您的订单 {{ order_number }} 当前状态：{{ status_label }}。",
            (
                "installation_at",
                "安装时间：{{ installation_at|date:'SHORT_DATETIME_FORMAT' }}，技术员 {{ technician }}。",
            ),
            ("tracking_reference", "运单号：{{ tracking_reference }}"),
            ("comment", "备注：{{ comment }}"),
        ),
        actions=(("查看订单", "url"),),
        sms="{{ site_name }}：订单 {{ order_number }}：{{ status_label }}。"
        "{% if installation_at %}安装 {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}。{% endif %}"
        "{% if tracking_reference %}运单号 {{ tracking_reference }}。{% endif %}{{ url }}",
    ),
    "order_payment_changed": Text(
        subject="订单 {{ order_number }}：{{ payment_label }}",
        paragraphs=(
            "订单 {{ order_number }}（{{ amount }}）的付款：{{ payment_label }}。",
            ("refunded", "已退款：{{ refunded }}"),
        ),
        actions=(("查看订单", "url"),),
        sms="{{ site_name }}：订单 {{ order_number }}：{{ payment_label }}（{{ amount }}）。{{ url }}",
    ),
    "order_reschedule_requested": Text(
        subject="订单 {{ order_number }}：客户要求改期安装",
        paragraphs=("订单 {{ order_number }} 的客户要求更改安装时间：",),
        quote="comment",
        actions=(("打开订单", "url"),),
        sms="{{ site_name }}：订单 {{ order_number }}：客户要求改期。{{ url }}",
    ),
}
