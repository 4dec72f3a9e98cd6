"""The templates migration 0005 seeded, frozen: the texts of that day, not of today's code."""

ROWS = [
    {
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>{{ changed_by }} changed the roles and permissions of your {{ site_name }} account.</p>\n"
        "<p>Your roles now: {{ roles }}</p>\n"
        "<p>If you did not expect this change, please tell your administrator at once.</p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
        "reply to it.</p>\n",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "{{ changed_by }} changed the roles and permissions of your {{ site_name }} account.\n"
        "\n"
        "Your roles now: {{ roles }}\n"
        "\n"
        "If you did not expect this change, please tell your administrator at once.\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "channel": "email",
        "event": "privileges_changed",
        "language": "en",
        "subject": "The roles of your {{ site_name }} account changed",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} changed your roles. Now: {{ roles }}",
        "channel": "sms",
        "event": "privileges_changed",
        "language": "en",
        "subject": "",
    },
    {
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>{{ changed_by }} set a new password for your {{ site_name }} account.</p>\n"
        "<p>You will be asked to choose your own password when you next log in. If you did not ask "
        "for this, please tell your administrator at once.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Log '
        "in</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
        "reply to it.</p>\n",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "{{ changed_by }} set a new password for your {{ site_name }} account.\n"
        "\n"
        "You will be asked to choose your own password when you next log in. If you did not ask for "
        "this, please tell your administrator at once.\n"
        "\n"
        "Log in: {{ login_url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "channel": "email",
        "event": "password_set_by_admin",
        "language": "en",
        "subject": "Your {{ site_name }} password was set by an administrator",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} set a new password for your account.",
        "channel": "sms",
        "event": "password_set_by_admin",
        "language": "en",
        "subject": "",
    },
    {
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>{{ changed_by }} изменил(а) роли и права вашей учётной записи в {{ site_name }}.</p>\n"
        "<p>Ваши роли теперь: {{ roles }}</p>\n"
        "<p>Если вы не ожидали этого изменения, сразу сообщите администратору.</p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
        "отвечайте на него.</p>\n",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "{{ changed_by }} изменил(а) роли и права вашей учётной записи в {{ site_name }}.\n"
        "\n"
        "Ваши роли теперь: {{ roles }}\n"
        "\n"
        "Если вы не ожидали этого изменения, сразу сообщите администратору.\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "channel": "email",
        "event": "privileges_changed",
        "language": "ru",
        "subject": "Роли вашей учётной записи в {{ site_name }} изменены",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} изменил(а) ваши роли. Теперь: {{ roles }}",
        "channel": "sms",
        "event": "privileges_changed",
        "language": "ru",
        "subject": "",
    },
    {
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>{{ changed_by }} задал(а) новый пароль для вашей учётной записи в {{ site_name }}.</p>\n"
        "<p>При следующем входе вас попросят выбрать собственный пароль. Если вы об этом не просили, "
        "сразу сообщите администратору.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Войти</a></p>\n'
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
        "отвечайте на него.</p>\n",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "{{ changed_by }} задал(а) новый пароль для вашей учётной записи в {{ site_name }}.\n"
        "\n"
        "При следующем входе вас попросят выбрать собственный пароль. Если вы об этом не просили, "
        "сразу сообщите администратору.\n"
        "\n"
        "Войти: {{ login_url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "channel": "email",
        "event": "password_set_by_admin",
        "language": "ru",
        "subject": "Администратор задал пароль вашей учётной записи в {{ site_name }}",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} задал(а) новый пароль вашей учётной записи.",
        "channel": "sms",
        "event": "password_set_by_admin",
        "language": "ru",
        "subject": "",
    },
    {
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>{{ changed_by }} نقش\u200cها و دسترسی\u200cهای حساب شما در {{ site_name }} را تغییر "
        "داد.</p>\n"
        "<p>نقش\u200cهای فعلی شما: {{ roles }}</p>\n"
        "<p>اگر انتظار این تغییر را نداشتید، فوراً به مدیر سیستم اطلاع دهید.</p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
        "به آن پاسخ ندهید.</p>\n",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "{{ changed_by }} نقش\u200cها و دسترسی\u200cهای حساب شما در {{ site_name }} را تغییر داد.\n"
        "\n"
        "نقش\u200cهای فعلی شما: {{ roles }}\n"
        "\n"
        "اگر انتظار این تغییر را نداشتید، فوراً به مدیر سیستم اطلاع دهید.\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "channel": "email",
        "event": "privileges_changed",
        "language": "fa",
        "subject": "نقش\u200cهای حساب شما در {{ site_name }} تغییر کرد",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} نقش\u200cهای شما را تغییر داد. اکنون: {{ roles }}",
        "channel": "sms",
        "event": "privileges_changed",
        "language": "fa",
        "subject": "",
    },
    {
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>{{ changed_by }} برای حساب شما در {{ site_name }} رمز عبور جدیدی تعیین کرد.</p>\n"
        "<p>در ورود بعدی از شما خواسته می\u200cشود رمز عبور خودتان را انتخاب کنید. اگر چنین درخواستی "
        "نداده\u200cاید، فوراً به مدیر سیستم اطلاع دهید.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">ورود</a></p>\n'
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
        "به آن پاسخ ندهید.</p>\n",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "{{ changed_by }} برای حساب شما در {{ site_name }} رمز عبور جدیدی تعیین کرد.\n"
        "\n"
        "در ورود بعدی از شما خواسته می\u200cشود رمز عبور خودتان را انتخاب کنید. اگر چنین درخواستی "
        "نداده\u200cاید، فوراً به مدیر سیستم اطلاع دهید.\n"
        "\n"
        "ورود: {{ login_url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "channel": "email",
        "event": "password_set_by_admin",
        "language": "fa",
        "subject": "مدیر سیستم برای حساب {{ site_name }} شما رمز عبور تعیین کرد",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}: {{ changed_by }} برای حساب شما رمز عبور جدیدی تعیین کرد.",
        "channel": "sms",
        "event": "password_set_by_admin",
        "language": "fa",
        "subject": "",
    },
    {
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>{{ changed_by }} 变更了您在 {{ site_name }} 的账户角色和权限。</p>\n"
        "<p>您现在的角色：{{ roles }}</p>\n"
        "<p>如果您没有预料到此变更，请立即告知管理员。</p>\n"
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "{{ changed_by }} 变更了您在 {{ site_name }} 的账户角色和权限。\n"
        "\n"
        "您现在的角色：{{ roles }}\n"
        "\n"
        "如果您没有预料到此变更，请立即告知管理员。\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "channel": "email",
        "event": "privileges_changed",
        "language": "zh-hans",
        "subject": "您的 {{ site_name }} 账户角色已变更",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}：{{ changed_by }} 变更了您的角色。现在：{{ roles }}",
        "channel": "sms",
        "event": "privileges_changed",
        "language": "zh-hans",
        "subject": "",
    },
    {
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>{{ changed_by }} 为您的 {{ site_name }} 账户设置了新密码。</p>\n"
        "<p>下次登录时，系统会要求您设置自己的密码。如果这不是您的请求，请立即告知管理员。</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">登录</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "{{ changed_by }} 为您的 {{ site_name }} 账户设置了新密码。\n"
        "\n"
        "下次登录时，系统会要求您设置自己的密码。如果这不是您的请求，请立即告知管理员。\n"
        "\n"
        "登录: {{ login_url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "channel": "email",
        "event": "password_set_by_admin",
        "language": "zh-hans",
        "subject": "管理员为您的 {{ site_name }} 账户设置了密码",
    },
    {
        "body_html": "",
        "body_text": "{{ site_name }}：{{ changed_by }} 为您的账户设置了新密码。",
        "channel": "sms",
        "event": "password_set_by_admin",
        "language": "zh-hans",
        "subject": "",
    },
]
