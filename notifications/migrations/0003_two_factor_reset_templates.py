from django.db import migrations

# Frozen copy of notifications.defaults for the event "two_factor_reset" (accounts.two_factor.two_factor_reset).
ROWS = [{'event': 'two_factor_reset',
  'language': 'en',
  'channel': 'email',
  'subject': 'Two-factor login was reset on your {{ site_name }} account',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'An administrator removed the authenticator app and the recovery codes of your account.\n'
               '\n'
               'If your role requires two-factor login, you will be asked to set it up again when you next log in. '
               'If you did not ask for this, tell our support team at once.\n'
               '\n'
               'Log in: {{ login_url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>An administrator removed the authenticator app and the recovery codes of your account.</p>\n'
               '<p>If your role requires two-factor login, you will be asked to set it up again when you next log '
               'in. If you did not ask for this, tell our support team at once.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Log '
               'in</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'two_factor_reset',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: an administrator reset the two-factor login of your account.',
  'body_html': ''},
 {'event': 'two_factor_reset',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Двухфакторный вход в {{ site_name }} сброшен',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Администратор удалил приложение-аутентификатор и резервные коды вашей учётной записи.\n'
               '\n'
               'Если ваша роль требует двухфакторного входа, при следующем входе вам предложат настроить его снова. '
               'Если вы об этом не просили, немедленно сообщите в службу поддержки.\n'
               '\n'
               'Войти: {{ login_url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Администратор удалил приложение-аутентификатор и резервные коды вашей учётной записи.</p>\n'
               '<p>Если ваша роль требует двухфакторного входа, при следующем входе вам предложат настроить его '
               'снова. Если вы об этом не просили, немедленно сообщите в службу поддержки.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Войти</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'two_factor_reset',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: администратор сбросил двухфакторный вход вашей учётной записи.',
  'body_html': ''},
 {'event': 'two_factor_reset',
  'language': 'fa',
  'channel': 'email',
  'subject': 'ورود دومرحله\u200cای حساب شما در {{ site_name }} بازنشانی شد',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'یک مدیر، برنامهٔ احراز هویت و کدهای بازیابی حساب شما را حذف کرد.\n'
               '\n'
               'اگر نقش شما ورود دومرحله\u200cای را الزامی می\u200cکند، در ورود بعدی از شما خواسته می\u200cشود '
               'دوباره آن را راه\u200cاندازی کنید. اگر چنین درخواستی نداده\u200cاید، فوراً به پشتیبانی اطلاع دهید.\n'
               '\n'
               'ورود: {{ login_url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>یک مدیر، برنامهٔ احراز هویت و کدهای بازیابی حساب شما را حذف کرد.</p>\n'
               '<p>اگر نقش شما ورود دومرحله\u200cای را الزامی می\u200cکند، در ورود بعدی از شما خواسته می\u200cشود '
               'دوباره آن را راه\u200cاندازی کنید. اگر چنین درخواستی نداده\u200cاید، فوراً به پشتیبانی اطلاع '
               'دهید.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">ورود</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'two_factor_reset',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: یک مدیر ورود دومرحله\u200cای حساب شما را بازنشانی کرد.',
  'body_html': ''},
 {'event': 'two_factor_reset',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '您的 {{ site_name }} 账户的两步验证已被重置',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '管理员已删除您账户的身份验证器应用和恢复码。\n'
               '\n'
               '如果您的角色要求两步验证，下次登录时系统会要求您重新设置。如果这不是您的请求，请立即告知我们的客服团队。\n'
               '\n'
               '登录: {{ login_url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>管理员已删除您账户的身份验证器应用和恢复码。</p>\n'
               '<p>如果您的角色要求两步验证，下次登录时系统会要求您重新设置。如果这不是您的请求，请立即告知我们的客服团队。</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">登录</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'two_factor_reset',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：管理员已重置您账户的两步验证。',
  'body_html': ''}]


def forwards(apps, schema_editor):
    model = apps.get_model("notifications", "NotificationTemplate")
    existing = set(model.objects.filter(event="two_factor_reset").values_list("event", "channel", "language"))
    model.objects.bulk_create(
        [model(**row) for row in ROWS if (row["event"], row["channel"], row["language"]) not in existing]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0002_default_templates_and_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
