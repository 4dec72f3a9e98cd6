"""The templates migration 0002 seeded, frozen: the texts of that day, not of today's code."""

ROWS = [{'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>We have registered your device {{ device }} for repair under the number {{ repair_number '
               '}}.</p>\n'
               '<p>Please bring it to the branch {{ branch }}, or hand it over there as agreed.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the repair</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'We have registered your device {{ device }} for repair under the number {{ repair_number '
               '}}.\n'
               '\n'
               'Please bring it to the branch {{ branch }}, or hand it over there as agreed.\n'
               '\n'
               'View the repair: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'repair_registered',
  'language': 'en',
  'subject': 'Repair {{ repair_number }} registered: {{ device }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: repair {{ repair_number }} registered. {{ url }}',
  'channel': 'sms',
  'event': 'repair_registered',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>The status of your repair {{ repair_number }} ({{ device }}) is now: {{ status_label '
               '}}.</p>\n'
               '{% if comment %}<p>Comment: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the repair</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'The status of your repair {{ repair_number }} ({{ device }}) is now: {{ status_label }}.\n'
               '\n'
               '{% if comment %}Comment: {{ comment }}\n'
               '\n'
               '{% endif %}View the repair: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'repair_status_changed',
  'language': 'en',
  'subject': 'Repair {{ repair_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: repair {{ repair_number }} is now “{{ status_label }}”. {{ url }}',
  'channel': 'sms',
  'event': 'repair_status_changed',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>The quote for repairing your {{ device }} ({{ repair_number }}) comes to {{ total '
               '}}.</p>\n'
               '<p>It is valid until {{ valid_until }}. Please approve or decline it in the portal.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Approve '
               'or decline</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'The quote for repairing your {{ device }} ({{ repair_number }}) comes to {{ total }}.\n'
               '\n'
               'It is valid until {{ valid_until }}. Please approve or decline it in the portal.\n'
               '\n'
               'Approve or decline: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'repair_quote_sent',
  'language': 'en',
  'subject': 'Quote for repair {{ repair_number }}: {{ total }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: quote for repair {{ repair_number }}: {{ total }}, valid until {{ '
               'valid_until }}. {{ url }}',
  'channel': 'sms',
  'event': 'repair_quote_sent',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Your {{ device }} ({{ repair_number }}) is ready to come back to you.</p>\n'
               '{% if unrepaired %}<p>As you declined the quote, it comes back unrepaired.</p>\n'
               '{% endif %}<p>How: {{ return_method }}. Where: {{ where }}.</p>\n'
               '<p>Please bring an identity document when you collect it.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the repair</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Your {{ device }} ({{ repair_number }}) is ready to come back to you.\n'
               '\n'
               '{% if unrepaired %}As you declined the quote, it comes back unrepaired.\n'
               '\n'
               '{% endif %}How: {{ return_method }}. Where: {{ where }}.\n'
               '\n'
               'Please bring an identity document when you collect it.\n'
               '\n'
               'View the repair: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'repair_ready',
  'language': 'en',
  'subject': 'Repair {{ repair_number }} is ready to come back'},
 {'body_html': '',
  'body_text': '{{ site_name }}: repair {{ repair_number }} is ready: {{ return_method }}, {{ where }}.',
  'channel': 'sms',
  'event': 'repair_ready',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Мы зарегистрировали ваше устройство {{ device }} для ремонта под номером {{ repair_number '
               '}}.</p>\n'
               '<p>Пожалуйста, передайте его в отделение {{ branch }}, как договорились.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'ремонт</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Мы зарегистрировали ваше устройство {{ device }} для ремонта под номером {{ repair_number '
               '}}.\n'
               '\n'
               'Пожалуйста, передайте его в отделение {{ branch }}, как договорились.\n'
               '\n'
               'Открыть ремонт: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'repair_registered',
  'language': 'ru',
  'subject': 'Ремонт {{ repair_number }} зарегистрирован: {{ device }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ремонт {{ repair_number }} зарегистрирован. {{ url }}',
  'channel': 'sms',
  'event': 'repair_registered',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Статус вашего ремонта {{ repair_number }} ({{ device }}): {{ status_label }}.</p>\n'
               '{% if comment %}<p>Комментарий: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'ремонт</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Статус вашего ремонта {{ repair_number }} ({{ device }}): {{ status_label }}.\n'
               '\n'
               '{% if comment %}Комментарий: {{ comment }}\n'
               '\n'
               '{% endif %}Открыть ремонт: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'repair_status_changed',
  'language': 'ru',
  'subject': 'Ремонт {{ repair_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ремонт {{ repair_number }} — «{{ status_label }}». {{ url }}',
  'channel': 'sms',
  'event': 'repair_status_changed',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Смета на ремонт вашего устройства {{ device }} ({{ repair_number }}): {{ total }}.</p>\n'
               '<p>Она действительна до {{ valid_until }}. Пожалуйста, примите или отклоните её на '
               'портале.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Принять '
               'или отклонить</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Смета на ремонт вашего устройства {{ device }} ({{ repair_number }}): {{ total }}.\n'
               '\n'
               'Она действительна до {{ valid_until }}. Пожалуйста, примите или отклоните её на портале.\n'
               '\n'
               'Принять или отклонить: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'repair_quote_sent',
  'language': 'ru',
  'subject': 'Смета на ремонт {{ repair_number }}: {{ total }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: смета на ремонт {{ repair_number }}: {{ total }}, до {{ valid_until }}. {{ '
               'url }}',
  'channel': 'sms',
  'event': 'repair_quote_sent',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Ваше устройство {{ device }} ({{ repair_number }}) готово к возврату.</p>\n'
               '{% if unrepaired %}<p>Вы отклонили смету, поэтому оно возвращается без ремонта.</p>\n'
               '{% endif %}<p>Способ: {{ return_method }}. Где: {{ where }}.</p>\n'
               '<p>Пожалуйста, возьмите с собой документ, удостоверяющий личность.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'ремонт</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Ваше устройство {{ device }} ({{ repair_number }}) готово к возврату.\n'
               '\n'
               '{% if unrepaired %}Вы отклонили смету, поэтому оно возвращается без ремонта.\n'
               '\n'
               '{% endif %}Способ: {{ return_method }}. Где: {{ where }}.\n'
               '\n'
               'Пожалуйста, возьмите с собой документ, удостоверяющий личность.\n'
               '\n'
               'Открыть ремонт: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'repair_ready',
  'language': 'ru',
  'subject': 'Ремонт {{ repair_number }}: устройство готово к возврату'},
 {'body_html': '',
  'body_text': '{{ site_name }}: ремонт {{ repair_number }} готов: {{ return_method }}, {{ where }}.',
  'channel': 'sms',
  'event': 'repair_ready',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>دستگاه شما {{ device }} با شماره {{ repair_number }} برای تعمیر ثبت شد.</p>\n'
               '<p>لطفاً آن را طبق توافق به شعبه {{ branch }} تحویل دهید.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'تعمیر</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'دستگاه شما {{ device }} با شماره {{ repair_number }} برای تعمیر ثبت شد.\n'
               '\n'
               'لطفاً آن را طبق توافق به شعبه {{ branch }} تحویل دهید.\n'
               '\n'
               'مشاهده تعمیر: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'repair_registered',
  'language': 'fa',
  'subject': 'تعمیر {{ repair_number }} ثبت شد: {{ device }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: تعمیر {{ repair_number }} ثبت شد. {{ url }}',
  'channel': 'sms',
  'event': 'repair_registered',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>وضعیت تعمیر {{ repair_number }} ({{ device }}) اکنون: {{ status_label }}.</p>\n'
               '{% if comment %}<p>توضیح: {{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'تعمیر</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'وضعیت تعمیر {{ repair_number }} ({{ device }}) اکنون: {{ status_label }}.\n'
               '\n'
               '{% if comment %}توضیح: {{ comment }}\n'
               '\n'
               '{% endif %}مشاهده تعمیر: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'repair_status_changed',
  'language': 'fa',
  'subject': 'تعمیر {{ repair_number }}: {{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: تعمیر {{ repair_number }} اکنون «{{ status_label }}» است. {{ url }}',
  'channel': 'sms',
  'event': 'repair_status_changed',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>هزینه تعمیر دستگاه {{ device }} ({{ repair_number }}) برابر {{ total }} است.</p>\n'
               '<p>این پیش\u200cفاکتور تا {{ valid_until }} معتبر است. لطفاً آن را در پورتال تأیید یا رد '
               'کنید.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">تأیید '
               'یا رد</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'هزینه تعمیر دستگاه {{ device }} ({{ repair_number }}) برابر {{ total }} است.\n'
               '\n'
               'این پیش\u200cفاکتور تا {{ valid_until }} معتبر است. لطفاً آن را در پورتال تأیید یا رد کنید.\n'
               '\n'
               'تأیید یا رد: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'repair_quote_sent',
  'language': 'fa',
  'subject': 'پیش\u200cفاکتور تعمیر {{ repair_number }}: {{ total }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: پیش\u200cفاکتور تعمیر {{ repair_number }}: {{ total }}، معتبر تا {{ '
               'valid_until }}. {{ url }}',
  'channel': 'sms',
  'event': 'repair_quote_sent',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>دستگاه {{ device }} ({{ repair_number }}) آماده بازگشت به شماست.</p>\n'
               '{% if unrepaired %}<p>چون پیش\u200cفاکتور را رد کردید، دستگاه بدون تعمیر '
               'بازمی\u200cگردد.</p>\n'
               '{% endif %}<p>روش: {{ return_method }}. محل: {{ where }}.</p>\n'
               '<p>لطفاً هنگام تحویل گرفتن، مدرک شناسایی همراه داشته باشید.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'تعمیر</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'دستگاه {{ device }} ({{ repair_number }}) آماده بازگشت به شماست.\n'
               '\n'
               '{% if unrepaired %}چون پیش\u200cفاکتور را رد کردید، دستگاه بدون تعمیر بازمی\u200cگردد.\n'
               '\n'
               '{% endif %}روش: {{ return_method }}. محل: {{ where }}.\n'
               '\n'
               'لطفاً هنگام تحویل گرفتن، مدرک شناسایی همراه داشته باشید.\n'
               '\n'
               'مشاهده تعمیر: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'repair_ready',
  'language': 'fa',
  'subject': 'دستگاه تعمیر {{ repair_number }} آماده بازگشت است'},
 {'body_html': '',
  'body_text': '{{ site_name }}: تعمیر {{ repair_number }} آماده است: {{ return_method }}، {{ where }}.',
  'channel': 'sms',
  'event': 'repair_ready',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的设备 {{ device }} 已登记维修，编号 {{ repair_number }}。</p>\n'
               '<p>请按约定将设备送至 {{ branch }} 网点。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看维修单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的设备 {{ device }} 已登记维修，编号 {{ repair_number }}。\n'
               '\n'
               '请按约定将设备送至 {{ branch }} 网点。\n'
               '\n'
               '查看维修单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'repair_registered',
  'language': 'zh-hans',
  'subject': '维修单 {{ repair_number }} 已登记：{{ device }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：维修单 {{ repair_number }} 已登记。{{ url }}',
  'channel': 'sms',
  'event': 'repair_registered',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的维修单 {{ repair_number }}（{{ device }}）当前状态：{{ status_label }}。</p>\n'
               '{% if comment %}<p>备注：{{ comment }}</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看维修单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的维修单 {{ repair_number }}（{{ device }}）当前状态：{{ status_label }}。\n'
               '\n'
               '{% if comment %}备注：{{ comment }}\n'
               '\n'
               '{% endif %}查看维修单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'repair_status_changed',
  'language': 'zh-hans',
  'subject': '维修单 {{ repair_number }}：{{ status_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：维修单 {{ repair_number }} 当前状态“{{ status_label }}”。{{ url }}',
  'channel': 'sms',
  'event': 'repair_status_changed',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的设备 {{ device }}（{{ repair_number }}）维修报价为 {{ total }}。</p>\n'
               '<p>报价有效期至 {{ valid_until }}。请在门户中同意或拒绝。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">同意或拒绝</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的设备 {{ device }}（{{ repair_number }}）维修报价为 {{ total }}。\n'
               '\n'
               '报价有效期至 {{ valid_until }}。请在门户中同意或拒绝。\n'
               '\n'
               '同意或拒绝: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'repair_quote_sent',
  'language': 'zh-hans',
  'subject': '维修单 {{ repair_number }} 报价：{{ total }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：维修单 {{ repair_number }} 报价 {{ total }}，有效期至 {{ valid_until }}。{{ url }}',
  'channel': 'sms',
  'event': 'repair_quote_sent',
  'language': 'zh-hans',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>您的设备 {{ device }}（{{ repair_number }}）已可以返还。</p>\n'
               '{% if unrepaired %}<p>由于您拒绝了报价，设备将不经维修返还。</p>\n'
               '{% endif %}<p>方式：{{ return_method }}。地点：{{ where }}。</p>\n'
               '<p>取回时请携带身份证件。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看维修单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '您的设备 {{ device }}（{{ repair_number }}）已可以返还。\n'
               '\n'
               '{% if unrepaired %}由于您拒绝了报价，设备将不经维修返还。\n'
               '\n'
               '{% endif %}方式：{{ return_method }}。地点：{{ where }}。\n'
               '\n'
               '取回时请携带身份证件。\n'
               '\n'
               '查看维修单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'repair_ready',
  'language': 'zh-hans',
  'subject': '维修单 {{ repair_number }} 的设备可以取回了'},
 {'body_html': '',
  'body_text': '{{ site_name }}：维修单 {{ repair_number }} 已就绪：{{ return_method }}，{{ where }}。',
  'channel': 'sms',
  'event': 'repair_ready',
  'language': 'zh-hans',
  'subject': ''}]
