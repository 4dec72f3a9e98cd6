from notifications.defaults import Text

GREETING = "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！"
SIGNATURE = "此致<br>{{ site_name }} 团队"
FOOTER = "此邮件由系统自动发送，请勿直接回复。"

TEXTS = {
    "account_created": Text(
        subject="您的 {{ site_name }} 账户",
        paragraphs=(
            "我们已在 {{ site_name }} 为您创建了账户。",
            "用户名：{{ username }}<br>临时密码：{{ temporary_password }}",
            "首次登录时，系统会要求您设置自己的密码。",
        ),
        actions=(("登录", "login_url"),),
        sms="{{ site_name }}：您的用户名为 {{ username }}，临时密码为 {{ temporary_password }}。"
        "登录地址：{{ login_url }}",
    ),
    "password_reset": Text(
        subject="重置您的 {{ site_name }} 密码",
        paragraphs=(
            "我们收到了重置您 {{ site_name }} 账户密码的请求。",
            "请点击下面的链接设置新密码。如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。",
        ),
        actions=(("设置新密码", "reset_url"),),
        sms="{{ site_name }}：请打开以下链接重置密码：{{ reset_url }}",
    ),
    "account_locked": Text(
        subject="您的 {{ site_name }} 账户已被暂时锁定",
        paragraphs=(
            "由于登录失败次数过多，您的账户已被锁定 {{ minutes }} 分钟。",
            "如果这些登录尝试并非您本人所为，建议您在锁定解除后修改密码，并告知我们的客服团队。",
        ),
        sms="{{ site_name }}：登录失败次数过多，您的账户已被锁定 {{ minutes }} 分钟。",
    ),
    "two_factor_reset": Text(
        subject="您的 {{ site_name }} 账户的两步验证已被重置",
        paragraphs=(
            "管理员已删除您账户的身份验证器应用和恢复码。",
            "如果您的角色要求两步验证，下次登录时系统会要求您重新设置。如果这不是您的请求，请立即告知我们的客服团队。",
        ),
        actions=(("登录", "login_url"),),
        sms="{{ site_name }}：管理员已重置您账户的两步验证。",
    ),
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
    "privileges_changed": Text(
        subject="您的 {{ site_name }} 账户角色已变更",
        paragraphs=(
            "{{ changed_by }} 变更了您在 {{ site_name }} 的账户角色和权限。",
            "您现在的角色：{{ roles }}",
            "如果您没有预料到此变更，请立即告知管理员。",
        ),
        sms="{{ site_name }}：{{ changed_by }} 变更了您的角色。现在：{{ roles }}",
    ),
    "password_set_by_admin": Text(
        subject="管理员为您的 {{ site_name }} 账户设置了密码",
        paragraphs=(
            "{{ changed_by }} 为您的 {{ site_name }} 账户设置了新密码。",
            "下次登录时，系统会要求您设置自己的密码。如果这不是您的请求，请立即告知管理员。",
        ),
        actions=(("登录", "login_url"),),
        sms="{{ site_name }}：{{ changed_by }} 为您的账户设置了新密码。",
    ),
}
