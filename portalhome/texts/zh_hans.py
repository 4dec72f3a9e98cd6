"""Default Simplified Chinese texts of the registration messages."""

from notifications.defaults import Text

TEXTS = {
    "registration_link": Text(
        subject="请确认您的注册",
        paragraphs=(
            "{{ name }}，您好！请确认您的电子邮件地址并设置密码。",
            "该链接 {{ hours }} 小时内有效。如果您没有注册，请忽略此邮件。",
        ),
        actions=(("确认并设置密码", "confirm_url"),),
        sms="{{ site_name }}：请确认您的注册：{{ confirm_url }}",
    ),
    "registration_approved": Text(
        subject="您的注册已获批准",
        paragraphs=("{{ name }}，您好！您的客户账户已开通，现在可以登录。",),
        actions=(("登录", "login_url"),),
        sms="{{ site_name }}：您的注册已获批准。{{ login_url }}",
    ),
    "registration_rejected": Text(
        subject="您的注册",
        paragraphs=("{{ name }}，您好！我们无法为您开通客户账户。", ("reason", "{{ reason }}")),
        sms="{{ site_name }}：我们无法为您开通客户账户。",
    ),
}
