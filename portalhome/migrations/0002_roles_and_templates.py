"""Roles and default message templates of the portal home (frozen copies of the day)."""

from django.db import migrations

from core.roles import grant_role_permissions

ROLES = {
    "Administrator": "*",
    "Manager": "*",
    "Support agent": ["view_notice", "view_registration", "review_registration"],
    "Sales": ["view_notice", "view_registration", "review_registration"],
}

# Frozen copy of notifications.defaults.template_rows() for the registration events.
ROWS = \
[{'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Hello {{ name }}, please confirm your e-mail address and choose your password.</p>\n'
               '<p>The link is valid for {{ hours }} hours. If you did not sign up, ignore this message.</p>\n'
               '<p><a href="{{ confirm_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Confirm '
               'and set a password</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Hello {{ name }}, please confirm your e-mail address and choose your password.\n'
               '\n'
               'The link is valid for {{ hours }} hours. If you did not sign up, ignore this message.\n'
               '\n'
               'Confirm and set a password: {{ confirm_url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'registration_link',
  'language': 'en',
  'subject': 'Confirm your registration'},
 {'body_html': '',
  'body_text': '{{ site_name }}: confirm your registration: {{ confirm_url }}',
  'channel': 'sms',
  'event': 'registration_link',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Hello {{ name }}, your customer account is open. You can log in now.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Log '
               'in</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Hello {{ name }}, your customer account is open. You can log in now.\n'
               '\n'
               'Log in: {{ login_url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'registration_approved',
  'language': 'en',
  'subject': 'Your registration is approved'},
 {'body_html': '',
  'body_text': '{{ site_name }}: your registration is approved. {{ login_url }}',
  'channel': 'sms',
  'event': 'registration_approved',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Hello {{ name }}, we could not open your customer account.</p>\n'
               '{% if reason %}<p>{{ reason }}</p>\n'
               '{% endif %}<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Hello {{ name }}, we could not open your customer account.\n'
               '\n'
               '{% if reason %}{{ reason }}\n'
               '\n'
               '{% endif %}Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'registration_rejected',
  'language': 'en',
  'subject': 'Your registration'},
 {'body_html': '',
  'body_text': '{{ site_name }}: we could not open your customer account.',
  'channel': 'sms',
  'event': 'registration_rejected',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Здравствуйте, {{ name }}! Подтвердите адрес электронной почты и задайте пароль.</p>\n'
               '<p>Ссылка действует {{ hours }} ч. Если вы не регистрировались, просто проигнорируйте это письмо.</p>\n'
               '<p><a href="{{ confirm_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Подтвердить '
               'и задать пароль</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
               'на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Здравствуйте, {{ name }}! Подтвердите адрес электронной почты и задайте пароль.\n'
               '\n'
               'Ссылка действует {{ hours }} ч. Если вы не регистрировались, просто проигнорируйте это письмо.\n'
               '\n'
               'Подтвердить и задать пароль: {{ confirm_url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'registration_link',
  'language': 'ru',
  'subject': 'Подтвердите регистрацию'},
 {'body_html': '',
  'body_text': '{{ site_name }}: подтвердите регистрацию: {{ confirm_url }}',
  'channel': 'sms',
  'event': 'registration_link',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Здравствуйте, {{ name }}! Ваша учётная запись клиента открыта. Теперь вы можете войти.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Войти</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
               'на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Здравствуйте, {{ name }}! Ваша учётная запись клиента открыта. Теперь вы можете войти.\n'
               '\n'
               'Войти: {{ login_url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'registration_approved',
  'language': 'ru',
  'subject': 'Ваша регистрация одобрена'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ваша регистрация одобрена. {{ login_url }}',
  'channel': 'sms',
  'event': 'registration_approved',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Здравствуйте, {{ name }}! Мы не смогли открыть вашу учётную запись клиента.</p>\n'
               '{% if reason %}<p>{{ reason }}</p>\n'
               '{% endif %}<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
               'на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Здравствуйте, {{ name }}! Мы не смогли открыть вашу учётную запись клиента.\n'
               '\n'
               '{% if reason %}{{ reason }}\n'
               '\n'
               '{% endif %}С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'registration_rejected',
  'language': 'ru',
  'subject': 'Ваша регистрация'},
 {'body_html': '',
  'body_text': '{{ site_name }}: мы не смогли открыть вашу учётную запись клиента.',
  'channel': 'sms',
  'event': 'registration_rejected',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ name }} گرامی، لطفاً نشانی ایمیل خود را تأیید کنید و گذرواژه\u200cای برگزینید.</p>\n'
               '<p>این پیوند {{ hours }} ساعت معتبر است. اگر ثبت\u200cنام نکرده\u200cاید، این پیام را نادیده '
               'بگیرید.</p>\n'
               '<p><a href="{{ confirm_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">تأیید و '
               'تعیین گذرواژه</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
               'ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ name }} گرامی، لطفاً نشانی ایمیل خود را تأیید کنید و گذرواژه\u200cای برگزینید.\n'
               '\n'
               'این پیوند {{ hours }} ساعت معتبر است. اگر ثبت\u200cنام نکرده\u200cاید، این پیام را نادیده بگیرید.\n'
               '\n'
               'تأیید و تعیین گذرواژه: {{ confirm_url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'registration_link',
  'language': 'fa',
  'subject': 'ثبت\u200cنام خود را تأیید کنید'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ثبت\u200cنام خود را تأیید کنید: {{ confirm_url }}',
  'channel': 'sms',
  'event': 'registration_link',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ name }} گرامی، حساب مشتری شما باز شد. اکنون می\u200cتوانید وارد شوید.</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">ورود</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
               'ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ name }} گرامی، حساب مشتری شما باز شد. اکنون می\u200cتوانید وارد شوید.\n'
               '\n'
               'ورود: {{ login_url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'registration_approved',
  'language': 'fa',
  'subject': 'ثبت\u200cنام شما تأیید شد'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ثبت\u200cنام شما تأیید شد. {{ login_url }}',
  'channel': 'sms',
  'event': 'registration_approved',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ name }} گرامی، نتوانستیم حساب مشتری شما را باز کنیم.</p>\n'
               '{% if reason %}<p>{{ reason }}</p>\n'
               '{% endif %}<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
               'ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ name }} گرامی، نتوانستیم حساب مشتری شما را باز کنیم.\n'
               '\n'
               '{% if reason %}{{ reason }}\n'
               '\n'
               '{% endif %}با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'registration_rejected',
  'language': 'fa',
  'subject': 'ثبت\u200cنام شما'},
 {'body_html': '',
  'body_text': '{{ site_name }}: نتوانستیم حساب مشتری شما را باز کنیم.',
  'channel': 'sms',
  'event': 'registration_rejected',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>{{ name }}，您好！请确认您的电子邮件地址并设置密码。</p>\n'
               '<p>该链接 {{ hours }} 小时内有效。如果您没有注册，请忽略此邮件。</p>\n'
               '<p><a href="{{ confirm_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">确认并设置密码</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '{{ name }}，您好！请确认您的电子邮件地址并设置密码。\n'
               '\n'
               '该链接 {{ hours }} 小时内有效。如果您没有注册，请忽略此邮件。\n'
               '\n'
               '确认并设置密码: {{ confirm_url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'registration_link',
  'language': 'zh-hans',
  'subject': '请确认您的注册'},
 {'body_html': '',
  'body_text': '{{ site_name }}：请确认您的注册：{{ confirm_url }}',
  'channel': 'sms',
  'event': 'registration_link',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>{{ name }}，您好！您的客户账户已开通，现在可以登录。</p>\n'
               '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">登录</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '{{ name }}，您好！您的客户账户已开通，现在可以登录。\n'
               '\n'
               '登录: {{ login_url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'registration_approved',
  'language': 'zh-hans',
  'subject': '您的注册已获批准'},
 {'body_html': '',
  'body_text': '{{ site_name }}：您的注册已获批准。{{ login_url }}',
  'channel': 'sms',
  'event': 'registration_approved',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>{{ name }}，您好！我们无法为您开通客户账户。</p>\n'
               '{% if reason %}<p>{{ reason }}</p>\n'
               '{% endif %}<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '{{ name }}，您好！我们无法为您开通客户账户。\n'
               '\n'
               '{% if reason %}{{ reason }}\n'
               '\n'
               '{% endif %}此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'registration_rejected',
  'language': 'zh-hans',
  'subject': '您的注册'},
 {'body_html': '',
  'body_text': '{{ site_name }}：我们无法为您开通客户账户。',
  'channel': 'sms',
  'event': 'registration_rejected',
  'language': 'zh-hans',
  'subject': ''}]


def forwards(apps, schema_editor):
    grant_role_permissions(apps, app_label="portalhome", roles=ROLES)
    model = apps.get_model("notifications", "NotificationTemplate")
    existing = set(model.objects.values_list("event", "channel", "language"))
    model.objects.bulk_create(
        [model(**row) for row in ROWS if (row["event"], row["channel"], row["language"]) not in existing]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("portalhome", "0001_notes_notices_registrations"),
        ("notifications", "0005_privilege_events_and_outbox_content"),
        ("accounts", "0011_customer_lookup_indexes"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
