"""Default Simplified Chinese texts of the repair messages."""

from notifications.defaults import Text

TEXTS = {
    "repair_registered": Text(
        subject="维修单 {{ repair_number }} 已登记：{{ device }}",
        paragraphs=(
            "您的设备 {{ device }} 已登记维修，编号 {{ repair_number }}。",
            "请按约定将设备送至 {{ branch }} 网点。",
        ),
        actions=(("查看维修单", "url"),),
        sms="{{ site_name }}：维修单 {{ repair_number }} 已登记。{{ url }}",
    ),
    "repair_status_changed": Text(
        subject="维修单 {{ repair_number }}：{{ status_label }}",
        paragraphs=(
            "您的维修单 {{ repair_number }}（{{ device }}）当前状态：{{ status_label }}。",
            ("comment", "备注：{{ comment }}"),
        ),
        actions=(("查看维修单", "url"),),
        sms="{{ site_name }}：维修单 {{ repair_number }} 当前状态“{{ status_label }}”。{{ url }}",
    ),
    "repair_quote_sent": Text(
        subject="维修单 {{ repair_number }} 报价：{{ total }}",
        paragraphs=(
            "您的设备 {{ device }}（{{ repair_number }}）维修报价为 {{ total }}。",
            "报价有效期至 {{ valid_until }}。请在门户中同意或拒绝。",
        ),
        actions=(("同意或拒绝", "url"),),
        sms="{{ site_name }}：维修单 {{ repair_number }} 报价 {{ total }}，有效期至 {{ valid_until }}。{{ url }}",
    ),
    "repair_ready": Text(
        subject="维修单 {{ repair_number }} 的设备可以取回了",
        paragraphs=(
            "您的设备 {{ device }}（{{ repair_number }}）已可以返还。",
            ("unrepaired", "由于您拒绝了报价，设备将不经维修返还。"),
            "方式：{{ return_method }}。地点：{{ where }}。",
            "取回时请携带身份证件。",
        ),
        actions=(("查看维修单", "url"),),
        sms="{{ site_name }}：维修单 {{ repair_number }} 已就绪：{{ return_method }}，{{ where }}。",
    ),
}
