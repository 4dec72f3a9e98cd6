"""Default Simplified Chinese texts of the account messages."""

from notifications.defaults import Text

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
}
