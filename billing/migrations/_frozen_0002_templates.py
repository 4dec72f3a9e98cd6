"""A frozen copy of the billing notification templates on the day of migration 0002."""

ROWS = [{'event': 'invoice_issued',
  'language': 'en',
  'channel': 'email',
  'subject': 'Invoice {{ number }}: {{ amount }}',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'We have issued invoice {{ number }} for {{ amount }}, due on {{ due_date }}.\n'
               '\n'
               'View the invoice: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>We have issued invoice {{ number }} for {{ amount }}, due on {{ due_date }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the invoice</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'invoice_issued',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: invoice {{ number }} for {{ amount }}, due {{ due_date }}. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_overdue',
  'language': 'en',
  'channel': 'email',
  'subject': 'Invoice {{ number }} is overdue',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Invoice {{ number }} ({{ amount }} open) was due on {{ due_date }}. Please pay it.\n'
               '\n'
               'View the invoice: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Invoice {{ number }} ({{ amount }} open) was due on {{ due_date }}. Please pay it.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the invoice</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'invoice_overdue',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: invoice {{ number }} is overdue ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'payment_under_review',
  'language': 'en',
  'channel': 'email',
  'subject': 'Payment {{ number }} to review: {{ customer_name }}',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               '{{ customer_name }} recorded payment {{ number }} of {{ amount }}.\n'
               '\n'
               'Review it: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>{{ customer_name }} recorded payment {{ number }} of {{ amount }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Review '
               'it</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'payment_under_review',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: payment {{ number }} of {{ amount }} to review. {{ url }}',
  'body_html': ''},
 {'event': 'payment_accepted',
  'language': 'en',
  'channel': 'email',
  'subject': 'Payment {{ number }} accepted',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'We have accepted your payment {{ number }} of {{ amount }}.\n'
               '\n'
               '{% if credit %}{{ credit }} was added to your credit.\n'
               '\n'
               '{% endif %}View the payment: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>We have accepted your payment {{ number }} of {{ amount }}.</p>\n'
               '{% if credit %}<p>{{ credit }} was added to your credit.</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the payment</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'payment_accepted',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: payment {{ number }} of {{ amount }} accepted. {{ url }}',
  'body_html': ''},
 {'event': 'payment_rejected',
  'language': 'en',
  'channel': 'email',
  'subject': 'Payment {{ number }} rejected',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'We could not accept your payment {{ number }} of {{ amount }}.\n'
               '\n'
               'Reason: {{ reason }}\n'
               '\n'
               'You can submit a corrected payment from the page below.\n'
               '\n'
               'View the payment: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>We could not accept your payment {{ number }} of {{ amount }}.</p>\n'
               '<p>Reason: {{ reason }}</p>\n'
               '<p>You can submit a corrected payment from the page below.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the payment</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'payment_rejected',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: payment {{ number }} rejected: {{ reason }} {{ url }}',
  'body_html': ''},
 {'event': 'contract_ending',
  'language': 'en',
  'channel': 'email',
  'subject': 'Contract {{ number }} ends on {{ end_date }}',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               'Contract {{ number }} “{{ name }}” ends on {{ end_date }}.\n'
               '\n'
               'View the contracts: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>Contract {{ number }} “{{ name }}” ends on {{ end_date }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
               'the contracts</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n'},
 {'event': 'contract_ending',
  'language': 'en',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: contract {{ number }} ends on {{ end_date }}. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_issued',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Счёт {{ number }}: {{ amount }}',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Мы выставили счёт {{ number }} на сумму {{ amount }}, срок оплаты — {{ due_date }}.\n'
               '\n'
               'Открыть счёт: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Мы выставили счёт {{ number }} на сумму {{ amount }}, срок оплаты — {{ due_date }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'счёт</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'invoice_issued',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: счёт {{ number }} на {{ amount }}, оплатить до {{ due_date }}. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_overdue',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Счёт {{ number }} просрочен',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Срок оплаты счёта {{ number }} (к оплате {{ amount }}) истёк {{ due_date }}. Пожалуйста, оплатите '
               'его.\n'
               '\n'
               'Открыть счёт: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Срок оплаты счёта {{ number }} (к оплате {{ amount }}) истёк {{ due_date }}. Пожалуйста, оплатите '
               'его.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'счёт</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'invoice_overdue',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: счёт {{ number }} просрочен ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'payment_under_review',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Платёж {{ number }} на проверку: {{ customer_name }}',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               '{{ customer_name }} внёс платёж {{ number }} на сумму {{ amount }}.\n'
               '\n'
               'Проверить: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>{{ customer_name }} внёс платёж {{ number }} на сумму {{ amount }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Проверить</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'payment_under_review',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: платёж {{ number }} на {{ amount }} ждёт проверки. {{ url }}',
  'body_html': ''},
 {'event': 'payment_accepted',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Платёж {{ number }} принят',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Мы приняли ваш платёж {{ number }} на сумму {{ amount }}.\n'
               '\n'
               '{% if credit %}{{ credit }} зачислено на ваш баланс.\n'
               '\n'
               '{% endif %}Открыть платёж: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Мы приняли ваш платёж {{ number }} на сумму {{ amount }}.</p>\n'
               '{% if credit %}<p>{{ credit }} зачислено на ваш баланс.</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'платёж</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'payment_accepted',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: платёж {{ number }} на {{ amount }} принят. {{ url }}',
  'body_html': ''},
 {'event': 'payment_rejected',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Платёж {{ number }} отклонён',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Мы не смогли принять ваш платёж {{ number }} на сумму {{ amount }}.\n'
               '\n'
               'Причина: {{ reason }}\n'
               '\n'
               'Вы можете отправить исправленный платёж на странице ниже.\n'
               '\n'
               'Открыть платёж: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Мы не смогли принять ваш платёж {{ number }} на сумму {{ amount }}.</p>\n'
               '<p>Причина: {{ reason }}</p>\n'
               '<p>Вы можете отправить исправленный платёж на странице ниже.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'платёж</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'payment_rejected',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: платёж {{ number }} отклонён: {{ reason }} {{ url }}',
  'body_html': ''},
 {'event': 'contract_ending',
  'language': 'ru',
  'channel': 'email',
  'subject': 'Договор {{ number }} заканчивается {{ end_date }}',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Договор {{ number }} «{{ name }}» заканчивается {{ end_date }}.\n'
               '\n'
               'Открыть договоры: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Договор {{ number }} «{{ name }}» заканчивается {{ end_date }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'договоры</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n'},
 {'event': 'contract_ending',
  'language': 'ru',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: договор {{ number }} заканчивается {{ end_date }}. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_issued',
  'language': 'fa',
  'channel': 'email',
  'subject': 'صورتحساب {{ number }}: {{ amount }}',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'صورتحساب {{ number }} به مبلغ {{ amount }} صادر شد؛ مهلت پرداخت {{ due_date }} است.\n'
               '\n'
               'مشاهده صورتحساب: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>صورتحساب {{ number }} به مبلغ {{ amount }} صادر شد؛ مهلت پرداخت {{ due_date }} است.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'صورتحساب</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'invoice_issued',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: صورتحساب {{ number }} به مبلغ {{ amount }}، مهلت {{ due_date }}. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_overdue',
  'language': 'fa',
  'channel': 'email',
  'subject': 'مهلت پرداخت صورتحساب {{ number }} گذشته است',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'مهلت پرداخت صورتحساب {{ number }} (مانده {{ amount }}) در {{ due_date }} به پایان رسید. لطفاً آن را '
               'بپردازید.\n'
               '\n'
               'مشاهده صورتحساب: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>مهلت پرداخت صورتحساب {{ number }} (مانده {{ amount }}) در {{ due_date }} به پایان رسید. لطفاً آن '
               'را بپردازید.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'صورتحساب</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'invoice_overdue',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: مهلت صورتحساب {{ number }} گذشته است ({{ amount }}). {{ url }}',
  'body_html': ''},
 {'event': 'payment_under_review',
  'language': 'fa',
  'channel': 'email',
  'subject': 'پرداخت {{ number }} برای بررسی: {{ customer_name }}',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ customer_name }} پرداخت {{ number }} به مبلغ {{ amount }} را ثبت کرد.\n'
               '\n'
               'بررسی: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ customer_name }} پرداخت {{ number }} به مبلغ {{ amount }} را ثبت کرد.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">بررسی</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'payment_under_review',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: پرداخت {{ number }} به مبلغ {{ amount }} منتظر بررسی است. {{ url }}',
  'body_html': ''},
 {'event': 'payment_accepted',
  'language': 'fa',
  'channel': 'email',
  'subject': 'پرداخت {{ number }} پذیرفته شد',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته شد.\n'
               '\n'
               '{% if credit %}{{ credit }} به اعتبار شما افزوده شد.\n'
               '\n'
               '{% endif %}مشاهده پرداخت: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته شد.</p>\n'
               '{% if credit %}<p>{{ credit }} به اعتبار شما افزوده شد.</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'پرداخت</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'payment_accepted',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: پرداخت {{ number }} به مبلغ {{ amount }} پذیرفته شد. {{ url }}',
  'body_html': ''},
 {'event': 'payment_rejected',
  'language': 'fa',
  'channel': 'email',
  'subject': 'پرداخت {{ number }} رد شد',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته نشد.\n'
               '\n'
               'دلیل: {{ reason }}\n'
               '\n'
               'می\u200cتوانید از صفحه زیر پرداخت اصلاح\u200cشده\u200cای ثبت کنید.\n'
               '\n'
               'مشاهده پرداخت: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته نشد.</p>\n'
               '<p>دلیل: {{ reason }}</p>\n'
               '<p>می\u200cتوانید از صفحه زیر پرداخت اصلاح\u200cشده\u200cای ثبت کنید.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'پرداخت</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'payment_rejected',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: پرداخت {{ number }} رد شد: {{ reason }} {{ url }}',
  'body_html': ''},
 {'event': 'contract_ending',
  'language': 'fa',
  'channel': 'email',
  'subject': 'قرارداد {{ number }} در {{ end_date }} به پایان می\u200cرسد',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               'قرارداد {{ number }} «{{ name }}» در {{ end_date }} به پایان می\u200cرسد.\n'
               '\n'
               'مشاهده قراردادها: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>قرارداد {{ number }} «{{ name }}» در {{ end_date }} به پایان می\u200cرسد.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'قراردادها</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن '
               'پاسخ ندهید.</p>\n'},
 {'event': 'contract_ending',
  'language': 'fa',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}: قرارداد {{ number }} در {{ end_date }} به پایان می\u200cرسد. {{ url }}',
  'body_html': ''},
 {'event': 'invoice_issued',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '发票 {{ number }}：{{ amount }}',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '我们已开具发票 {{ number }}，金额 {{ amount }}，付款截止日期 {{ due_date }}。\n'
               '\n'
               '查看发票: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>我们已开具发票 {{ number }}，金额 {{ amount }}，付款截止日期 {{ due_date }}。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看发票</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'invoice_issued',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：发票 {{ number }}，金额 {{ amount }}，截止 {{ due_date }}。{{ url }}',
  'body_html': ''},
 {'event': 'invoice_overdue',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '发票 {{ number }} 已逾期',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '发票 {{ number }}（未付 {{ amount }}）已于 {{ due_date }} 到期，请尽快付款。\n'
               '\n'
               '查看发票: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>发票 {{ number }}（未付 {{ amount }}）已于 {{ due_date }} 到期，请尽快付款。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看发票</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'invoice_overdue',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：发票 {{ number }} 已逾期（{{ amount }}）。{{ url }}',
  'body_html': ''},
 {'event': 'payment_under_review',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '待审核付款 {{ number }}：{{ customer_name }}',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '{{ customer_name }} 登记了付款 {{ number }}，金额 {{ amount }}。\n'
               '\n'
               '审核: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>{{ customer_name }} 登记了付款 {{ number }}，金额 {{ amount }}。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">审核</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'payment_under_review',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：付款 {{ number }}（{{ amount }}）待审核。{{ url }}',
  'body_html': ''},
 {'event': 'payment_accepted',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '付款 {{ number }} 已确认',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '我们已确认您的付款 {{ number }}，金额 {{ amount }}。\n'
               '\n'
               '{% if credit %}{{ credit }} 已计入您的余额。\n'
               '\n'
               '{% endif %}查看付款: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>我们已确认您的付款 {{ number }}，金额 {{ amount }}。</p>\n'
               '{% if credit %}<p>{{ credit }} 已计入您的余额。</p>\n'
               '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看付款</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'payment_accepted',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：付款 {{ number }}（{{ amount }}）已确认。{{ url }}',
  'body_html': ''},
 {'event': 'payment_rejected',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '付款 {{ number }} 被拒绝',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '我们无法确认您的付款 {{ number }}，金额 {{ amount }}。\n'
               '\n'
               '原因：{{ reason }}\n'
               '\n'
               '您可以在下方页面提交更正后的付款。\n'
               '\n'
               '查看付款: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>我们无法确认您的付款 {{ number }}，金额 {{ amount }}。</p>\n'
               '<p>原因：{{ reason }}</p>\n'
               '<p>您可以在下方页面提交更正后的付款。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看付款</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'payment_rejected',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：付款 {{ number }} 被拒绝：{{ reason }} {{ url }}',
  'body_html': ''},
 {'event': 'contract_ending',
  'language': 'zh-hans',
  'channel': 'email',
  'subject': '合同 {{ number }} 将于 {{ end_date }} 到期',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '合同 {{ number }}“{{ name }}”将于 {{ end_date }} 到期。\n'
               '\n'
               '查看合同: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>合同 {{ number }}“{{ name }}”将于 {{ end_date }} 到期。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看合同</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n'},
 {'event': 'contract_ending',
  'language': 'zh-hans',
  'channel': 'sms',
  'subject': '',
  'body_text': '{{ site_name }}：合同 {{ number }} 将于 {{ end_date }} 到期。{{ url }}',
  'body_html': ''}]
