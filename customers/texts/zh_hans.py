"""服务通知的默认文本（简体中文）。"""

from notifications.defaults import Text

TEXTS = {
    "service_status_changed": Text(
        subject="您的号码 {{ phone_number }}：{{ status_label }}",
        paragraphs=("号码 {{ phone_number }} 的服务状态：{{ status_label }}。", ("comment", "原因：{{ comment }}")),
        actions=(("您的服务", "url"),),
        sms="{{ site_name }}：{{ phone_number }}：{{ status_label }}。{{ comment }}",
    ),
    "service_welcome": Text(
        subject="欢迎：号码 {{ phone_number }} 已开通",
        paragraphs=("您的号码 {{ phone_number }}（套餐 {{ plan }}）已开通（订单 {{ order_number }}）。",),
        actions=(("您的服务", "url"),),
        sms="{{ site_name }}：欢迎！{{ phone_number }}（{{ plan }}）已开通。",
    ),
    "activation_failed": Text(
        subject="订单 {{ order_number }}：服务暂未开通",
        paragraphs=("订单 {{ order_number }} 的服务开通未成功，我们的工作人员正在处理。",),
        actions=(("查看订单", "url"),),
        sms="{{ site_name }}：订单 {{ order_number }}：开通延迟，我们正在处理。",
    ),
    "customer_status_changed": Text(
        subject="账户 {{ customer_number }}：{{ status_label }}",
        paragraphs=("您的账户 {{ customer_number }} 状态：{{ status_label }}。", ("comment", "原因：{{ comment }}")),
        sms="{{ site_name }}：账户 {{ customer_number }}：{{ status_label }}。{{ comment }}",
    ),
}
