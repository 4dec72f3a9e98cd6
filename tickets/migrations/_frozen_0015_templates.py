"""The templates migration 0015 seeded, frozen: the texts of that day, not of today's code."""

ROWS = [{'body_html': '<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n'
               '<p>{{ assigned_by }} assigned ticket {{ ticket_number }} “{{ subject }}” in the queue {{ '
               'queue_name }} to you.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Open '
               'the ticket</a></p>\n'
               '<p>Best regards,<br>the {{ site_name }} team</p>\n'
               '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not '
               'reply to it.</p>\n',
  'body_text': 'Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n'
               '\n'
               '{{ assigned_by }} assigned ticket {{ ticket_number }} “{{ subject }}” in the queue {{ '
               'queue_name }} to you.\n'
               '\n'
               'Open the ticket: {{ url }}\n'
               '\n'
               'Best regards,\n'
               'the {{ site_name }} team\n'
               '\n'
               'This message was sent automatically; please do not reply to it.\n',
  'channel': 'email',
  'event': 'ticket_assigned',
  'language': 'en',
  'subject': '[{{ queue_name }}] Ticket {{ ticket_number }} assigned to you: {{ subject }}'},
 {'body_html': '',
  'body_text': 'Ticket {{ ticket_number }} assigned to you by {{ assigned_by }}: {{ subject }}',
  'channel': 'sms',
  'event': 'ticket_assigned',
  'language': 'en',
  'subject': ''},
 {'body_html': '<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n'
               '<p>{{ assigned_by }} назначил(а) вам заявку {{ ticket_number }} «{{ subject }}» в очереди '
               '«{{ queue_name }}».</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
               'заявку</a></p>\n'
               '<p>С уважением,<br>команда {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не '
               'отвечайте на него.</p>\n',
  'body_text': 'Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n'
               '\n'
               '{{ assigned_by }} назначил(а) вам заявку {{ ticket_number }} «{{ subject }}» в очереди «{{ '
               'queue_name }}».\n'
               '\n'
               'Открыть заявку: {{ url }}\n'
               '\n'
               'С уважением,\n'
               'команда {{ site_name }}\n'
               '\n'
               'Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n',
  'channel': 'email',
  'event': 'ticket_assigned',
  'language': 'ru',
  'subject': '[{{ queue_name }}] Вам назначена заявка {{ ticket_number }}: {{ subject }}'},
 {'body_html': '',
  'body_text': 'Вам назначена заявка {{ ticket_number }} ({{ assigned_by }}): {{ subject }}',
  'channel': 'sms',
  'event': 'ticket_assigned',
  'language': 'ru',
  'subject': ''},
 {'body_html': '<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n'
               '<p>{{ assigned_by }} تیکت {{ ticket_number }} با عنوان «{{ subject }}» در صف «{{ queue_name '
               '}}» را به شما واگذار کرد.</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">باز '
               'کردن تیکت</a></p>\n'
               '<p>با احترام،<br>تیم {{ site_name }}</p>\n'
               '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً '
               'به آن پاسخ ندهید.</p>\n',
  'body_text': 'سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n'
               '\n'
               '{{ assigned_by }} تیکت {{ ticket_number }} با عنوان «{{ subject }}» در صف «{{ queue_name }}» '
               'را به شما واگذار کرد.\n'
               '\n'
               'باز کردن تیکت: {{ url }}\n'
               '\n'
               'با احترام،\n'
               'تیم {{ site_name }}\n'
               '\n'
               'این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n',
  'channel': 'email',
  'event': 'ticket_assigned',
  'language': 'fa',
  'subject': '[{{ queue_name }}] تیکت {{ ticket_number }} به شما واگذار شد: {{ subject }}'},
 {'body_html': '',
  'body_text': 'تیکت {{ ticket_number }} توسط {{ assigned_by }} به شما واگذار شد: {{ subject }}',
  'channel': 'sms',
  'event': 'ticket_assigned',
  'language': 'fa',
  'subject': ''},
 {'body_html': '<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n'
               '<p>{{ assigned_by }} 将队列“{{ queue_name }}”中的工单 {{ ticket_number }}“{{ subject }}”分配给了您。</p>\n'
               '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
               '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">打开工单</a></p>\n'
               '<p>此致<br>{{ site_name }} 团队</p>\n'
               '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
  'body_text': '{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n'
               '\n'
               '{{ assigned_by }} 将队列“{{ queue_name }}”中的工单 {{ ticket_number }}“{{ subject }}”分配给了您。\n'
               '\n'
               '打开工单: {{ url }}\n'
               '\n'
               '此致\n'
               '{{ site_name }} 团队\n'
               '\n'
               '此邮件由系统自动发送，请勿直接回复。\n',
  'channel': 'email',
  'event': 'ticket_assigned',
  'language': 'zh-hans',
  'subject': '[{{ queue_name }}] 工单 {{ ticket_number }} 已分配给您：{{ subject }}'},
 {'body_html': '',
  'body_text': '{{ assigned_by }} 将工单 {{ ticket_number }} 分配给了您：{{ subject }}',
  'channel': 'sms',
  'event': 'ticket_assigned',
  'language': 'zh-hans',
  'subject': ''}]
