"""Default Simplified Chinese texts of the ticket and outage messages."""

from notifications.defaults import Text

TEXTS = {
    "ticket_created": Text(
        subject="工单 {{ ticket_number }} 已受理：{{ subject }}",
        paragraphs=(
            "我们已受理您的工单 {{ ticket_number }}“{{ subject }}”。",
            "一有进展，我们会立即通知您。",
        ),
        actions=(("查看工单", "url"),),
        sms="{{ site_name }}：工单 {{ ticket_number }} 已受理。{{ url }}",
    ),
    "ticket_reply": Text(
        subject="工单 {{ ticket_number }} 有新回复：{{ subject }}",
        paragraphs=("您的工单 {{ ticket_number }}“{{ subject }}”有一条新回复：",),
        quote="excerpt",
        actions=(("查看并回复", "url"),),
        sms="{{ site_name }}：工单 {{ ticket_number }} 有新回复。{{ url }}",
    ),
    "ticket_status_changed": Text(
        subject="工单 {{ ticket_number }}：{{ status_label }}",
        paragraphs=(
            "您的工单 {{ ticket_number }}“{{ subject }}”的状态已变更为：{{ status_label }}。",
            ("comment", "备注：{{ comment }}"),
        ),
        actions=(("查看工单", "url"),),
        sms="{{ site_name }}：工单 {{ ticket_number }} 当前状态为“{{ status_label }}”。{{ url }}",
    ),
    "ticket_closed": Text(
        subject="工单 {{ ticket_number }} 已关闭：{{ subject }}",
        paragraphs=(
            "您的工单 {{ ticket_number }}“{{ subject }}”已关闭。",
            ("resolution", "处理结果：{{ resolution }}"),
            "如果问题再次出现，请直接在工单中回复，我们会重新处理。欢迎您对我们的服务进行评价。",
        ),
        actions=(("查看工单", "url"), ("评价服务", "rating_url")),
        sms="{{ site_name }}：工单 {{ ticket_number }} 已关闭。欢迎评价我们的服务：{{ rating_url }}",
    ),
    "ticket_queue_new": Text(
        subject="[{{ queue_name }}] 新工单 {{ ticket_number }}：{{ subject }}",
        paragraphs=("队列“{{ queue_name }}”中有一张新工单 {{ ticket_number }}“{{ subject }}”等待处理。",),
        actions=(("打开工单", "url"),),
        sms="队列 {{ queue_name }} 有新工单 {{ ticket_number }}：{{ subject }}",
    ),
    "ticket_assigned": Text(
        subject="[{{ queue_name }}] 工单 {{ ticket_number }} 已分配给您：{{ subject }}",
        paragraphs=(
            "{{ assigned_by }} 将队列“{{ queue_name }}”中的工单 {{ ticket_number }}“{{ subject }}”分配给了您。",
        ),
        actions=(("打开工单", "url"),),
        sms="{{ assigned_by }} 将工单 {{ ticket_number }} 分配给了您：{{ subject }}",
    ),
    "ticket_rejected": Text(
        subject="工单 {{ ticket_number }} 已退回给您：{{ subject }}",
        paragraphs=(
            "工单 {{ ticket_number }}“{{ subject }}”已退回给您。",
            "原因：{{ reason }}",
            "请修改工单后重新提交。",
        ),
        actions=(("打开工单", "url"),),
        sms="工单 {{ ticket_number }} 已被退回：{{ reason }}",
    ),
    "outage": Text(
        subject="{{ area }} 服务中断通知",
        paragraphs=(
            "很抱歉地通知您，{{ area }} 地区发生服务中断，受影响的服务：{{ services }}。",
            "开始时间：{{ starts_at }}",
            ("expected_end", "预计恢复时间：{{ expected_end }}"),
            "我们的工程师正在全力抢修，您无需重复报修。",
        ),
        sms="{{ site_name }}：{{ area }} 服务中断（{{ services }}），开始于 {{ starts_at|date:'SHORT_DATETIME_FORMAT' }}"
        "{% if expected_end %}，预计 {{ expected_end|date:'SHORT_DATETIME_FORMAT' }} 恢复{% endif %}。",
    ),
}
