"""The default order templates as migration 0003 seeded them, frozen: the texts of that day."""

ROWS = [{'event': 'order_status_changed',
  'language': 'en',
  'channel': 'email',
  'subject': 'Order {{ order_number }}: {{ status_label }}',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Your order {{ order_number }} is now: {{ status_label }}.\n'
               '\n'
               "{% if installation_at %}Installation: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} "
               'with {{ technician }}.\n'
               '\n'
               '{% endif %}{% if tracking_reference %}Tracking reference: {{ tracking_reference }}\n'
               '\n'
               '{% endif %}{% if comment %}Comment: {{ comment }}\n'
               '\n'
               '{% endif %}View the order: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Your order {{ order_number }} is now: {{ status_label }}.</p>\n'
               "{% if installation_at %}<p>Installation: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} "
               'with {{ technician }}.</p>\n'
               '{% endif %}{% if tracking_reference %}<p>Tracking reference: {{ tracking_reference }}</p>\n'
               '{% endif %}{% if comment %}<p>Comment: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the order</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n'},
 {'event': 'order_status_changed',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: order {{ order_number }}: {{ status_label }}.{% if installation_at %} '
               "Installation {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}{% if "
               'tracking_reference %} Tracking {{ tracking_reference }}.{% endif %} {{ url }}',
  'body_html': ''},
 {'event': 'order_payment_changed',
  'language': 'en',
  'channel': 'email',
  'subject': 'Order {{ order_number }}: {{ payment_label }}',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Payment of your order {{ order_number }} ({{ amount }}): {{ payment_label }}.\n'
               '\n'
               '{% if refunded %}Refunded so far: {{ refunded }}\n'
               '\n'
               '{% endif %}View the order: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Payment of your order {{ order_number }} ({{ amount }}): {{ payment_label }}.</p>\n'
               '{% if refunded %}<p>Refunded so far: {{ refunded }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the order</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n'},
 {'event': 'order_payment_changed',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: order {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'order_reschedule_requested',
  'language': 'en',
  'channel': 'email',
  'subject': 'Order {{ order_number }}: the customer asks to reschedule',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'The customer of order {{ order_number }} asks to move the installation:\n'
               '\n'
               '{{ comment }}\n'
               '\n'
               'Open the order: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>The customer of order {{ order_number }} asks to move the installation:</p>\n'
               '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
               '#d0d7de;color:#4b5563;">{{ comment|linebreaksbr }}</blockquote>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Open '
               'the order</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n'},
 {'event': 'order_reschedule_requested',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: order {{ order_number }}: reschedule requested. {{ url }}',
  'body_html': ''},
 {'event': 'order_status_changed',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Заказ {{ order_number }}: {{ status_label }}',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Статус вашего заказа {{ order_number }}: {{ status_label }}.\n'
               '\n'
               "{% if installation_at %}Монтаж: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}, мастер "
               '{{ technician }}.\n'
               '\n'
               '{% endif %}{% if tracking_reference %}Номер отправления: {{ tracking_reference }}\n'
               '\n'
               '{% endif %}{% if comment %}Комментарий: {{ comment }}\n'
               '\n'
               '{% endif %}Открыть заказ: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Статус вашего заказа {{ order_number }}: {{ status_label }}.</p>\n'
               "{% if installation_at %}<p>Монтаж: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}, "
               'мастер {{ technician }}.</p>\n'
               '{% endif %}{% if tracking_reference %}<p>Номер отправления: {{ tracking_reference }}</p>\n'
               '{% endif %}{% if comment %}<p>Комментарий: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'заказ</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'order_status_changed',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: заказ {{ order_number }}: {{ status_label }}.{% if installation_at %} '
               "Монтаж {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}{% if "
               'tracking_reference %} Отправление {{ tracking_reference }}.{% endif %} {{ url }}',
  'body_html': ''},
 {'event': 'order_payment_changed',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Заказ {{ order_number }}: {{ payment_label }}',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Оплата заказа {{ order_number }} ({{ amount }}): {{ payment_label }}.\n'
               '\n'
               '{% if refunded %}Возвращено: {{ refunded }}\n'
               '\n'
               '{% endif %}Открыть заказ: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Оплата заказа {{ order_number }} ({{ amount }}): {{ payment_label }}.</p>\n'
               '{% if refunded %}<p>Возвращено: {{ refunded }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'заказ</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'order_payment_changed',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: заказ {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'order_reschedule_requested',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Заказ {{ order_number }}: клиент просит перенести монтаж',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Клиент по заказу {{ order_number }} просит перенести монтаж:\n'
               '\n'
               '{{ comment }}\n'
               '\n'
               'Открыть заказ: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Клиент по заказу {{ order_number }} просит перенести монтаж:</p>\n'
               '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
               '#d0d7de;color:#4b5563;">{{ comment|linebreaksbr }}</blockquote>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'заказ</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'order_reschedule_requested',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: заказ {{ order_number }}: просьба о переносе. {{ url }}',
  'body_html': ''},
 {'event': 'order_status_changed',
  'language': 'fa',
  'channel': 'email',
  'subject': 'سفارش {{ order_number }}: {{ status_label }}',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'وضعیت سفارش {{ order_number }} شما: {{ status_label }}.\n'
               '\n'
               "{% if installation_at %}نصب: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} توسط {{ "
               'technician }}.\n'
               '\n'
               '{% endif %}{% if tracking_reference %}کد رهگیری: {{ tracking_reference }}\n'
               '\n'
               '{% endif %}{% if comment %}توضیح: {{ comment }}\n'
               '\n'
               '{% endif %}مشاهده سفارش: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>وضعیت سفارش {{ order_number }} شما: {{ status_label }}.</p>\n'
               "{% if installation_at %}<p>نصب: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} توسط {{ "
               'technician }}.</p>\n'
               '{% endif %}{% if tracking_reference %}<p>کد رهگیری: {{ tracking_reference }}</p>\n'
               '{% endif %}{% if comment %}<p>توضیح: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'سفارش</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n'},
 {'event': 'order_status_changed',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: سفارش {{ order_number }}: {{ status_label }}.{% if installation_at %} نصب '
               "{{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}{% if tracking_reference %} کد "
               'رهگیری {{ tracking_reference }}.{% endif %} {{ url }}',
  'body_html': ''},
 {'event': 'order_payment_changed',
  'language': 'fa',
  'channel': 'email',
  'subject': 'سفارش {{ order_number }}: {{ payment_label }}',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'پرداخت سفارش {{ order_number }} ({{ amount }}): {{ payment_label }}.\n'
               '\n'
               '{% if refunded %}مبلغ بازگشتی تاکنون: {{ refunded }}\n'
               '\n'
               '{% endif %}مشاهده سفارش: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>پرداخت سفارش {{ order_number }} ({{ amount }}): {{ payment_label }}.</p>\n'
               '{% if refunded %}<p>مبلغ بازگشتی تاکنون: {{ refunded }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'سفارش</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n'},
 {'event': 'order_payment_changed',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: سفارش {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'order_reschedule_requested',
  'language': 'fa',
  'channel': 'email',
  'subject': 'سفارش {{ order_number }}: مشتری درخواست تغییر زمان نصب دارد',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'مشتری سفارش {{ order_number }} درخواست تغییر زمان نصب دارد:\n'
               '\n'
               '{{ comment }}\n'
               '\n'
               'باز کردن سفارش: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>مشتری سفارش {{ order_number }} درخواست تغییر زمان نصب دارد:</p>\n'
               '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
               '#d0d7de;color:#4b5563;">{{ comment|linebreaksbr }}</blockquote>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">باز '
               'کردن سفارش</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n'},
 {'event': 'order_reschedule_requested',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: سفارش {{ order_number }}: درخواست تغییر زمان. {{ url }}',
  'body_html': ''},
 {'event': 'order_status_changed',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '订单 {{ order_number }}：{{ status_label }}',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的订单 {{ order_number }} 当前状态：{{ status_label }}。\n'
               '\n'
               "{% if installation_at %}安装时间：{{ installation_at|date:'SHORT_DATETIME_FORMAT' }}，技术员 {{ "
               'technician }}。\n'
               '\n'
               '{% endif %}{% if tracking_reference %}运单号：{{ tracking_reference }}\n'
               '\n'
               '{% endif %}{% if comment %}备注：{{ comment }}\n'
               '\n'
               '{% endif %}查看订单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的订单 {{ order_number }} 当前状态：{{ status_label }}。</p>\n'
               "{% if installation_at %}<p>安装时间：{{ installation_at|date:'SHORT_DATETIME_FORMAT' }}，技术员 {{ "
               'technician }}。</p>\n'
               '{% endif %}{% if tracking_reference %}<p>运单号：{{ tracking_reference }}</p>\n'
               '{% endif %}{% if comment %}<p>备注：{{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看订单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'order_status_changed',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：订单 {{ order_number }}：{{ status_label }}。{% if installation_at %}安装 {{ '
               "installation_at|date:'SHORT_DATETIME_FORMAT' }}。{% endif %}{% if tracking_reference %}运单号 {{ "
               'tracking_reference }}。{% endif %}{{ url }}',
  'body_html': ''},
 {'event': 'order_payment_changed',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '订单 {{ order_number }}：{{ payment_label }}',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '订单 {{ order_number }}（{{ amount }}）的付款：{{ payment_label }}。\n'
               '\n'
               '{% if refunded %}已退款：{{ refunded }}\n'
               '\n'
               '{% endif %}查看订单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>订单 {{ order_number }}（{{ amount }}）的付款：{{ payment_label }}。</p>\n'
               '{% if refunded %}<p>已退款：{{ refunded }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看订单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'order_payment_changed',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：订单 {{ order_number }}：{{ payment_label }}（{{ amount }}）。{{ url }}',
  'body_html': ''},
 {'event': 'order_reschedule_requested',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '订单 {{ order_number }}：客户要求改期安装',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '订单 {{ order_number }} 的客户要求更改安装时间：\n'
               '\n'
               '{{ comment }}\n'
               '\n'
               '打开订单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>订单 {{ order_number }} 的客户要求更改安装时间：</p>\n'
               '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
               '#d0d7de;color:#4b5563;">{{ comment|linebreaksbr }}</blockquote>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">打开订单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'order_reschedule_requested',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：订单 {{ order_number }}：客户要求改期。{{ url }}',
  'body_html': ''}]
