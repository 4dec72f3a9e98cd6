"""A frozen copy of the stock_allocated templates (template_rows() on the day of migration 0004)."""

ROWS = [{'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>{{ count }} {{ item_label }} have been allocated to {{ channel_name }}.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Open '
               'the stock</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
               'it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               '{{ count }} {{ item_label }} have been allocated to {{ channel_name }}.\n'
               '\n'
               'Open the stock: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'stock_allocated',
  'language': 'en',
  'subject': '{{ count }} {{ item_label }} allocated to {{ channel_name }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}: {{ count }} {{ item_label }} allocated to {{ channel_name }}. {{ url }}',
  'channel': 'sms',
  'event': 'stock_allocated',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>Каналу {{ channel_name }} выделено {{ count }} ({{ item_label }}).</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'склад</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
               'на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               'Каналу {{ channel_name }} выделено {{ count }} ({{ item_label }}).\n'
               '\n'
               'Открыть склад: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'stock_allocated',
  'language': 'ru',
  'subject': '{{ channel_name }}: выделено {{ count }} ({{ item_label }})'},
 {'body_html': '',
  'body_text': '{{ site_name }}: каналу {{ channel_name }} выделено {{ count }} ({{ item_label }}). {{ url }}',
  'channel': 'sms',
  'event': 'stock_allocated',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
               'موجودی</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
               'ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت.\n'
               '\n'
               'مشاهده موجودی: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'stock_allocated',
  'language': 'fa',
  'subject': '{{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت'},
 {'body_html': '',
  'body_text': '{{ site_name }}: {{ count }} {{ item_label }} به {{ channel_name }} تخصیص یافت. {{ url }}',
  'channel': 'sms',
  'event': 'stock_allocated',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看库存</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}。\n'
               '\n'
               '查看库存: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'stock_allocated',
  'language': 'zh-hans',
  'subject': '已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}'},
 {'body_html': '',
  'body_text': '{{ site_name }}：已向 {{ channel_name }} 分配 {{ count }} 个{{ item_label }}。{{ url }}',
  'channel': 'sms',
  'event': 'stock_allocated',
  'language': 'zh-hans',
  'subject': ''}]
