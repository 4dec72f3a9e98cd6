"""The default service templates as migration 0003 seeded them, frozen: the texts of that day."""

ROWS = [{'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>The service on {{ phone_number }} is now: {{ status_label }}.</p>\n'
               '{% if comment %}<p>Reason: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Your '
               'services</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'The service on {{ phone_number }} is now: {{ status_label }}.\n'
               '\n'
               '{% if comment %}Reason: {{ comment }}\n'
               '\n'
               '{% endif %}Your services: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'service_status_changed',
  'language': 'en',
  'subject': 'Your number {{ phone_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'service_status_changed',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Your number {{ phone_number }} on the plan {{ plan }} is switched on (order {{ '
               'order_number }}).</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Your '
               'services</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Your number {{ phone_number }} on the plan {{ plan }} is switched on (order {{ order_number '
               '}}).\n'
               '\n'
               'Your services: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'service_welcome',
  'language': 'en',
  'subject': 'Welcome: {{ phone_number }} is switched on'},
 {'body_html': '',
  'body_text': '{{ site_name }}: welcome! {{ phone_number }} ({{ plan }}) is switched on.',
  'channel': 'sms',
  'event': 'service_welcome',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>We could not switch on the service of order {{ order_number }}. Our staff are on it.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the order</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'We could not switch on the service of order {{ order_number }}. Our staff are on it.\n'
               '\n'
               'View the order: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'activation_failed',
  'language': 'en',
  'subject': 'Order {{ order_number }}: we could not switch the service on yet'},
 {'body_html': '',
  'body_text': '{{ site_name }}: order {{ order_number }}: activation delayed, our staff are on it.',
  'channel': 'sms',
  'event': 'activation_failed',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Your account {{ customer_number }} is now: {{ status_label }}.</p>\n'
               '{% if comment %}<p>Reason: {{ comment }}</p>\n'
               '{% endif %}<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Your account {{ customer_number }} is now: {{ status_label }}.\n'
               '\n'
               '{% if comment %}Reason: {{ comment }}\n'
               '\n'
               '{% endif %}Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'customer_status_changed',
  'language': 'en',
  'subject': 'Account {{ customer_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: account {{ customer_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'customer_status_changed',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Услуга на номере {{ phone_number }}: {{ status_label }}.</p>\n'
               '{% if comment %}<p>Причина: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Ваши '
               'услуги</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Услуга на номере {{ phone_number }}: {{ status_label }}.\n'
               '\n'
               '{% if comment %}Причина: {{ comment }}\n'
               '\n'
               '{% endif %}Ваши услуги: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'service_status_changed',
  'language': 'ru',
  'subject': 'Ваш номер {{ phone_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'service_status_changed',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Ваш номер {{ phone_number }} на тарифе {{ plan }} подключён (заказ {{ order_number '
               '}}).</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Ваши '
               'услуги</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Ваш номер {{ phone_number }} на тарифе {{ plan }} подключён (заказ {{ order_number }}).\n'
               '\n'
               'Ваши услуги: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'service_welcome',
  'language': 'ru',
  'subject': 'Добро пожаловать: номер {{ phone_number }} подключён'},
 {'body_html': '',
  'body_text': '{{ site_name }}: добро пожаловать! {{ phone_number }} ({{ plan }}) подключён.',
  'channel': 'sms',
  'event': 'service_welcome',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Не удалось подключить услугу по заказу {{ order_number }}. Сотрудники уже занимаются '
               'этим.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'заказ</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Не удалось подключить услугу по заказу {{ order_number }}. Сотрудники уже занимаются этим.\n'
               '\n'
               'Открыть заказ: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'activation_failed',
  'language': 'ru',
  'subject': 'Заказ {{ order_number }}: подключение пока не удалось'},
 {'body_html': '',
  'body_text': '{{ site_name }}: заказ {{ order_number }}: подключение задерживается, мы этим занимаемся.',
  'channel': 'sms',
  'event': 'activation_failed',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Ваш счёт {{ customer_number }}: {{ status_label }}.</p>\n'
               '{% if comment %}<p>Причина: {{ comment }}</p>\n'
               '{% endif %}<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Ваш счёт {{ customer_number }}: {{ status_label }}.\n'
               '\n'
               '{% if comment %}Причина: {{ comment }}\n'
               '\n'
               '{% endif %}С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'customer_status_changed',
  'language': 'ru',
  'subject': 'Счёт {{ customer_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: счёт {{ customer_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'customer_status_changed',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>وضعیت سرویس شماره {{ phone_number }}: {{ status_label }}.</p>\n'
               '{% if comment %}<p>دلیل: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">سرویس\u200cهای '
               'شما</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'وضعیت سرویس شماره {{ phone_number }}: {{ status_label }}.\n'
               '\n'
               '{% if comment %}دلیل: {{ comment }}\n'
               '\n'
               '{% endif %}سرویس\u200cهای شما: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'service_status_changed',
  'language': 'fa',
  'subject': 'شماره {{ phone_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'service_status_changed',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>شماره {{ phone_number }} با طرح {{ plan }} فعال شد (سفارش {{ order_number }}).</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">سرویس\u200cهای '
               'شما</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'شماره {{ phone_number }} با طرح {{ plan }} فعال شد (سفارش {{ order_number }}).\n'
               '\n'
               'سرویس\u200cهای شما: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'service_welcome',
  'language': 'fa',
  'subject': 'خوش آمدید: شماره {{ phone_number }} فعال شد'},
 {'body_html': '',
  'body_text': '{{ site_name }}: خوش آمدید! {{ phone_number }} ({{ plan }}) فعال شد.',
  'channel': 'sms',
  'event': 'service_welcome',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>فعال\u200cسازی سرویس سفارش {{ order_number }} انجام نشد. همکاران ما در حال پیگیری '
               'هستند.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'سفارش</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'فعال\u200cسازی سرویس سفارش {{ order_number }} انجام نشد. همکاران ما در حال پیگیری هستند.\n'
               '\n'
               'مشاهده سفارش: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'activation_failed',
  'language': 'fa',
  'subject': 'سفارش {{ order_number }}: فعال\u200cسازی هنوز انجام نشد'},
 {'body_html': '',
  'body_text': '{{ site_name }}: سفارش {{ order_number }}: فعال\u200cسازی با تأخیر؛ در حال پیگیری هستیم.',
  'channel': 'sms',
  'event': 'activation_failed',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>وضعیت حساب {{ customer_number }}: {{ status_label }}.</p>\n'
               '{% if comment %}<p>دلیل: {{ comment }}</p>\n'
               '{% endif %}<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'وضعیت حساب {{ customer_number }}: {{ status_label }}.\n'
               '\n'
               '{% if comment %}دلیل: {{ comment }}\n'
               '\n'
               '{% endif %}با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'customer_status_changed',
  'language': 'fa',
  'subject': 'حساب {{ customer_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: حساب {{ customer_number }}: {{ status_label }}. {{ comment }}',
  'channel': 'sms',
  'event': 'customer_status_changed',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>号码 {{ phone_number }} 的服务状态：{{ status_label }}。</p>\n'
               '{% if comment %}<p>原因：{{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">您的服务</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '号码 {{ phone_number }} 的服务状态：{{ status_label }}。\n'
               '\n'
               '{% if comment %}原因：{{ comment }}\n'
               '\n'
               '{% endif %}您的服务: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'service_status_changed',
  'language': 'zh-hans',
  'subject': '您的号码 {{ phone_number }}：{{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：{{ phone_number }}：{{ status_label }}。{{ comment }}',
  'channel': 'sms',
  'event': 'service_status_changed',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的号码 {{ phone_number }}（套餐 {{ plan }}）已开通（订单 {{ order_number }}）。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">您的服务</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的号码 {{ phone_number }}（套餐 {{ plan }}）已开通（订单 {{ order_number }}）。\n'
               '\n'
               '您的服务: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'service_welcome',
  'language': 'zh-hans',
  'subject': '欢迎：号码 {{ phone_number }} 已开通'},
 {'body_html': '',
  'body_text': '{{ site_name }}：欢迎！{{ phone_number }}（{{ plan }}）已开通。',
  'channel': 'sms',
  'event': 'service_welcome',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>订单 {{ order_number }} 的服务开通未成功，我们的工作人员正在处理。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看订单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '订单 {{ order_number }} 的服务开通未成功，我们的工作人员正在处理。\n'
               '\n'
               '查看订单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'activation_failed',
  'language': 'zh-hans',
  'subject': '订单 {{ order_number }}：服务暂未开通'},
 {'body_html': '',
  'body_text': '{{ site_name }}：订单 {{ order_number }}：开通延迟，我们正在处理。',
  'channel': 'sms',
  'event': 'activation_failed',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的账户 {{ customer_number }} 状态：{{ status_label }}。</p>\n'
               '{% if comment %}<p>原因：{{ comment }}</p>\n'
               '{% endif %}<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的账户 {{ customer_number }} 状态：{{ status_label }}。\n'
               '\n'
               '{% if comment %}原因：{{ comment }}\n'
               '\n'
               '{% endif %}此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'customer_status_changed',
  'language': 'zh-hans',
  'subject': '账户 {{ customer_number }}：{{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：账户 {{ customer_number }}：{{ status_label }}。{{ comment }}',
  'channel': 'sms',
  'event': 'customer_status_changed',
  'language': 'zh-hans',
  'subject': ''}]
