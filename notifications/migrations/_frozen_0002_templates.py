"""The default templates as migration 0002 seeded them, frozen: the texts of that day, not of today's code."""

ROWS = [
    {
        "event": "account_created",
        "language": "en",
        "channel": "email",
        "subject": "Your {{ site_name }} account",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "An account has been created for you in {{ site_name }}.\n"
        "\n"
        "Username: {{ username }}\n"
        "Temporary password: {{ temporary_password }}\n"
        "\n"
        "You will be asked to choose your own password when you log in for the first time.\n"
        "\n"
        "Log in: {{ login_url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>An account has been created for you in {{ site_name }}.</p>\n"
        "<p>Username: {{ username }}<br>Temporary password: {{ temporary_password }}</p>\n"
        "<p>You will be asked to choose your own password when you log in for the first time.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Log '
        "in</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "account_created",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: your username is {{ username }}, temporary password {{ temporary_password }}. Log in "
        "at {{ login_url }}",
        "body_html": "",
    },
    {
        "event": "password_reset",
        "language": "en",
        "channel": "email",
        "subject": "Resetting your {{ site_name }} password",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "We received a request to reset the password of your {{ site_name }} account.\n"
        "\n"
        "To choose a new password, open the link below. If you did not ask for this, simply ignore this "
        "message: your password stays the same.\n"
        "\n"
        "Choose a new password: {{ reset_url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>We received a request to reset the password of your {{ site_name }} account.</p>\n"
        "<p>To choose a new password, open the link below. If you did not ask for this, simply ignore this "
        "message: your password stays the same.</p>\n"
        '<p><a href="{{ reset_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Choose '
        "a new password</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "password_reset",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: to reset your password open {{ reset_url }}",
        "body_html": "",
    },
    {
        "event": "account_locked",
        "language": "en",
        "channel": "email",
        "subject": "Your {{ site_name }} account is temporarily locked",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "There were too many unsuccessful attempts to log in to your account, so it is locked for {{ minutes }} "
        "minutes.\n"
        "\n"
        "If it was not you, we recommend changing your password once the lock expires and telling our support "
        "team.\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>There were too many unsuccessful attempts to log in to your account, so it is locked for {{ minutes "
        "}} minutes.</p>\n"
        "<p>If it was not you, we recommend changing your password once the lock expires and telling our "
        "support team.</p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "account_locked",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: too many failed logins, your account is locked for {{ minutes }} min.",
        "body_html": "",
    },
    {
        "event": "ticket_created",
        "language": "en",
        "channel": "email",
        "subject": "Request {{ ticket_number }} registered: {{ subject }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "We have registered your request {{ ticket_number }} “{{ subject }}”.\n"
        "\n"
        "We will let you know as soon as there is news.\n"
        "\n"
        "View the request: {{ url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>We have registered your request {{ ticket_number }} “{{ subject }}”.</p>\n"
        "<p>We will let you know as soon as there is news.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
        "the request</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_created",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: request {{ ticket_number }} registered. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_reply",
        "language": "en",
        "channel": "email",
        "subject": "New reply to request {{ ticket_number }}: {{ subject }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "There is a new reply to your request {{ ticket_number }} “{{ subject }}”:\n"
        "\n"
        "{{ excerpt }}\n"
        "\n"
        "Read and reply: {{ url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>There is a new reply to your request {{ ticket_number }} “{{ subject }}”:</p>\n"
        '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
        '#d0d7de;color:#4b5563;">{{ excerpt|linebreaksbr }}</blockquote>\n'
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Read '
        "and reply</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_reply",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: new reply to request {{ ticket_number }}. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_status_changed",
        "language": "en",
        "channel": "email",
        "subject": "Request {{ ticket_number }}: {{ status_label }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "The status of your request {{ ticket_number }} “{{ subject }}” is now: {{ status_label }}.\n"
        "\n"
        "{% if comment %}Comment: {{ comment }}\n"
        "\n"
        "{% endif %}View the request: {{ url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>The status of your request {{ ticket_number }} “{{ subject }}” is now: {{ status_label }}.</p>\n"
        "{% if comment %}<p>Comment: {{ comment }}</p>\n"
        '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
        "the request</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_status_changed",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: request {{ ticket_number }} is now “{{ status_label }}”. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_closed",
        "language": "en",
        "channel": "email",
        "subject": "Request {{ ticket_number }} closed: {{ subject }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "Your request {{ ticket_number }} “{{ subject }}” has been closed.\n"
        "\n"
        "{% if resolution %}Resolution: {{ resolution }}\n"
        "\n"
        "{% endif %}If the problem comes back, reply to the request and we will reopen it. Please tell us how "
        "satisfied you are with our work.\n"
        "\n"
        "View the request: {{ url }}\n"
        "Rate our work: {{ rating_url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>Your request {{ ticket_number }} “{{ subject }}” has been closed.</p>\n"
        "{% if resolution %}<p>Resolution: {{ resolution }}</p>\n"
        "{% endif %}<p>If the problem comes back, reply to the request and we will reopen it. Please tell us "
        "how satisfied you are with our work.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">View '
        "the request</a></p>\n"
        '<p><a href="{{ rating_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Rate '
        "our work</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_closed",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: request {{ ticket_number }} closed. Rate our work: {{ rating_url }}",
        "body_html": "",
    },
    {
        "event": "ticket_queue_new",
        "language": "en",
        "channel": "email",
        "subject": "[{{ queue_name }}] New ticket {{ ticket_number }}: {{ subject }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "A new ticket {{ ticket_number }} “{{ subject }}” is waiting in the queue {{ queue_name }}.\n"
        "\n"
        "Open the ticket: {{ url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>A new ticket {{ ticket_number }} “{{ subject }}” is waiting in the queue {{ queue_name }}.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Open '
        "the ticket</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_queue_new",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "New ticket {{ ticket_number }} in {{ queue_name }}: {{ subject }}",
        "body_html": "",
    },
    {
        "event": "ticket_rejected",
        "language": "en",
        "channel": "email",
        "subject": "Ticket {{ ticket_number }} returned to you: {{ subject }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "Ticket {{ ticket_number }} “{{ subject }}” has been returned to you.\n"
        "\n"
        "Reason: {{ reason }}\n"
        "\n"
        "Please correct the ticket and send it again.\n"
        "\n"
        "Open the ticket: {{ url }}\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>Ticket {{ ticket_number }} “{{ subject }}” has been returned to you.</p>\n"
        "<p>Reason: {{ reason }}</p>\n"
        "<p>Please correct the ticket and send it again.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Open '
        "the ticket</a></p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "ticket_rejected",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "Ticket {{ ticket_number }} returned: {{ reason }}",
        "body_html": "",
    },
    {
        "event": "outage",
        "language": "en",
        "channel": "email",
        "subject": "Service outage in {{ area }}",
        "body_text": "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},\n"
        "\n"
        "We are sorry to tell you about an outage in {{ area }} affecting: {{ services }}.\n"
        "\n"
        "Start: {{ starts_at }}\n"
        "\n"
        "{% if expected_end %}Expected end: {{ expected_end }}\n"
        "\n"
        "{% endif %}Our engineers are working on it. You do not need to report it to us again.\n"
        "\n"
        "Best regards,\n"
        "the {{ site_name }} team\n"
        "\n"
        "This message was sent automatically; please do not reply to it.\n",
        "body_html": "<p>Hello{% if recipient_name %} {{ recipient_name }}{% endif %},</p>\n"
        "<p>We are sorry to tell you about an outage in {{ area }} affecting: {{ services }}.</p>\n"
        "<p>Start: {{ starts_at }}</p>\n"
        "{% if expected_end %}<p>Expected end: {{ expected_end }}</p>\n"
        "{% endif %}<p>Our engineers are working on it. You do not need to report it to us again.</p>\n"
        "<p>Best regards,<br>the {{ site_name }} team</p>\n"
        '<p style="color:#6b7280;font-size:12px;">This message was sent automatically; please do not reply to '
        "it.</p>\n",
    },
    {
        "event": "outage",
        "language": "en",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: outage in {{ area }} ({{ services }}) since {{ starts_at|date:'SHORT_DATETIME_FORMAT' "
        "}}{% if expected_end %}, expected end {{ expected_end|date:'SHORT_DATETIME_FORMAT' }}{% endif %}.",
        "body_html": "",
    },
    {
        "event": "account_created",
        "language": "ru",
        "channel": "email",
        "subject": "Ваша учётная запись в {{ site_name }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Для вас создана учётная запись в {{ site_name }}.\n"
        "\n"
        "Имя пользователя: {{ username }}\n"
        "Временный пароль: {{ temporary_password }}\n"
        "\n"
        "При первом входе система попросит вас придумать собственный пароль.\n"
        "\n"
        "Войти: {{ login_url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Для вас создана учётная запись в {{ site_name }}.</p>\n"
        "<p>Имя пользователя: {{ username }}<br>Временный пароль: {{ temporary_password }}</p>\n"
        "<p>При первом входе система попросит вас придумать собственный пароль.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Войти</a></p>\n'
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "account_created",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: ваш логин {{ username }}, временный пароль {{ temporary_password }}. Вход: {{ "
        "login_url }}",
        "body_html": "",
    },
    {
        "event": "password_reset",
        "language": "ru",
        "channel": "email",
        "subject": "Восстановление пароля в {{ site_name }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Мы получили запрос на сброс пароля вашей учётной записи в {{ site_name }}.\n"
        "\n"
        "Чтобы задать новый пароль, перейдите по ссылке ниже. Если вы не запрашивали сброс, просто "
        "проигнорируйте это письмо — пароль останется прежним.\n"
        "\n"
        "Задать новый пароль: {{ reset_url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Мы получили запрос на сброс пароля вашей учётной записи в {{ site_name }}.</p>\n"
        "<p>Чтобы задать новый пароль, перейдите по ссылке ниже. Если вы не запрашивали сброс, просто "
        "проигнорируйте это письмо — пароль останется прежним.</p>\n"
        '<p><a href="{{ reset_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Задать '
        "новый пароль</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "password_reset",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: для сброса пароля перейдите по ссылке {{ reset_url }}",
        "body_html": "",
    },
    {
        "event": "account_locked",
        "language": "ru",
        "channel": "email",
        "subject": "Ваша учётная запись в {{ site_name }} временно заблокирована",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Было слишком много неудачных попыток входа в вашу учётную запись, поэтому она заблокирована на {{ "
        "minutes }} мин.\n"
        "\n"
        "Если это были не вы, рекомендуем после снятия блокировки сменить пароль и сообщить об этом в службу "
        "поддержки.\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Было слишком много неудачных попыток входа в вашу учётную запись, поэтому она заблокирована на {{ "
        "minutes }} мин.</p>\n"
        "<p>Если это были не вы, рекомендуем после снятия блокировки сменить пароль и сообщить об этом в службу "
        "поддержки.</p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "account_locked",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: слишком много неудачных попыток входа, учётная запись заблокирована на {{ minutes }} "
        "мин.",
        "body_html": "",
    },
    {
        "event": "ticket_created",
        "language": "ru",
        "channel": "email",
        "subject": "Обращение {{ ticket_number }} зарегистрировано: {{ subject }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Мы зарегистрировали ваше обращение {{ ticket_number }} «{{ subject }}».\n"
        "\n"
        "Мы сообщим вам, как только появятся новости.\n"
        "\n"
        "Открыть обращение: {{ url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Мы зарегистрировали ваше обращение {{ ticket_number }} «{{ subject }}».</p>\n"
        "<p>Мы сообщим вам, как только появятся новости.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
        "обращение</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_created",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: обращение {{ ticket_number }} зарегистрировано. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_reply",
        "language": "ru",
        "channel": "email",
        "subject": "Новый ответ по обращению {{ ticket_number }}: {{ subject }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "По вашему обращению {{ ticket_number }} «{{ subject }}» получен новый ответ:\n"
        "\n"
        "{{ excerpt }}\n"
        "\n"
        "Прочитать и ответить: {{ url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>По вашему обращению {{ ticket_number }} «{{ subject }}» получен новый ответ:</p>\n"
        '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
        '#d0d7de;color:#4b5563;">{{ excerpt|linebreaksbr }}</blockquote>\n'
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Прочитать '
        "и ответить</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_reply",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: новый ответ по обращению {{ ticket_number }}. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_status_changed",
        "language": "ru",
        "channel": "email",
        "subject": "Обращение {{ ticket_number }}: {{ status_label }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Статус вашего обращения {{ ticket_number }} «{{ subject }}» изменён: {{ status_label }}.\n"
        "\n"
        "{% if comment %}Комментарий: {{ comment }}\n"
        "\n"
        "{% endif %}Открыть обращение: {{ url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Статус вашего обращения {{ ticket_number }} «{{ subject }}» изменён: {{ status_label }}.</p>\n"
        "{% if comment %}<p>Комментарий: {{ comment }}</p>\n"
        '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
        "обращение</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_status_changed",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: статус обращения {{ ticket_number }} — «{{ status_label }}». {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_closed",
        "language": "ru",
        "channel": "email",
        "subject": "Обращение {{ ticket_number }} закрыто: {{ subject }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Ваше обращение {{ ticket_number }} «{{ subject }}» закрыто.\n"
        "\n"
        "{% if resolution %}Решение: {{ resolution }}\n"
        "\n"
        "{% endif %}Если проблема повторится, ответьте в обращении, и мы откроем его снова. Пожалуйста, оцените "
        "нашу работу.\n"
        "\n"
        "Открыть обращение: {{ url }}\n"
        "Оценить работу: {{ rating_url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Ваше обращение {{ ticket_number }} «{{ subject }}» закрыто.</p>\n"
        "{% if resolution %}<p>Решение: {{ resolution }}</p>\n"
        "{% endif %}<p>Если проблема повторится, ответьте в обращении, и мы откроем его снова. Пожалуйста, "
        "оцените нашу работу.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
        "обращение</a></p>\n"
        '<p><a href="{{ rating_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Оценить '
        "работу</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_closed",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: обращение {{ ticket_number }} закрыто. Оцените нашу работу: {{ rating_url }}",
        "body_html": "",
    },
    {
        "event": "ticket_queue_new",
        "language": "ru",
        "channel": "email",
        "subject": "[{{ queue_name }}] Новая заявка {{ ticket_number }}: {{ subject }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "В очереди «{{ queue_name }}» ждёт новая заявка {{ ticket_number }} «{{ subject }}».\n"
        "\n"
        "Открыть заявку: {{ url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>В очереди «{{ queue_name }}» ждёт новая заявка {{ ticket_number }} «{{ subject }}».</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
        "заявку</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_queue_new",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "Новая заявка {{ ticket_number }} в очереди {{ queue_name }}: {{ subject }}",
        "body_html": "",
    },
    {
        "event": "ticket_rejected",
        "language": "ru",
        "channel": "email",
        "subject": "Заявка {{ ticket_number }} возвращена вам: {{ subject }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "Заявка {{ ticket_number }} «{{ subject }}» возвращена вам.\n"
        "\n"
        "Причина: {{ reason }}\n"
        "\n"
        "Пожалуйста, исправьте заявку и отправьте её повторно.\n"
        "\n"
        "Открыть заявку: {{ url }}\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>Заявка {{ ticket_number }} «{{ subject }}» возвращена вам.</p>\n"
        "<p>Причина: {{ reason }}</p>\n"
        "<p>Пожалуйста, исправьте заявку и отправьте её повторно.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">Открыть '
        "заявку</a></p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "ticket_rejected",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "Заявка {{ ticket_number }} возвращена: {{ reason }}",
        "body_html": "",
    },
    {
        "event": "outage",
        "language": "ru",
        "channel": "email",
        "subject": "Авария в районе {{ area }}",
        "body_text": "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!\n"
        "\n"
        "К сожалению, в районе {{ area }} произошла авария. Затронуты услуги: {{ services }}.\n"
        "\n"
        "Начало: {{ starts_at }}\n"
        "\n"
        "{% if expected_end %}Ожидаемое восстановление: {{ expected_end }}\n"
        "\n"
        "{% endif %}Наши специалисты уже работают над устранением. Сообщать нам об этом повторно не нужно.\n"
        "\n"
        "С уважением,\n"
        "команда {{ site_name }}\n"
        "\n"
        "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него.\n",
        "body_html": "<p>Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!</p>\n"
        "<p>К сожалению, в районе {{ area }} произошла авария. Затронуты услуги: {{ services }}.</p>\n"
        "<p>Начало: {{ starts_at }}</p>\n"
        "{% if expected_end %}<p>Ожидаемое восстановление: {{ expected_end }}</p>\n"
        "{% endif %}<p>Наши специалисты уже работают над устранением. Сообщать нам об этом повторно не "
        "нужно.</p>\n"
        "<p>С уважением,<br>команда {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">Это письмо отправлено автоматически, пожалуйста, не отвечайте '
        "на него.</p>\n",
    },
    {
        "event": "outage",
        "language": "ru",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: авария в районе {{ area }} ({{ services }}) с {{ "
        "starts_at|date:'SHORT_DATETIME_FORMAT' }}{% if expected_end %}, восстановление ожидается {{ "
        "expected_end|date:'SHORT_DATETIME_FORMAT' }}{% endif %}.",
        "body_html": "",
    },
    {
        "event": "account_created",
        "language": "fa",
        "channel": "email",
        "subject": "حساب کاربری شما در {{ site_name }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "یک حساب کاربری برای شما در {{ site_name }} ایجاد شده است.\n"
        "\n"
        "نام کاربری: {{ username }}\n"
        "رمز عبور موقت: {{ temporary_password }}\n"
        "\n"
        "هنگام نخستین ورود از شما خواسته می\u200cشود رمز عبور دلخواه خود را تعیین کنید.\n"
        "\n"
        "ورود: {{ login_url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>یک حساب کاربری برای شما در {{ site_name }} ایجاد شده است.</p>\n"
        "<p>نام کاربری: {{ username }}<br>رمز عبور موقت: {{ temporary_password }}</p>\n"
        "<p>هنگام نخستین ورود از شما خواسته می\u200cشود رمز عبور دلخواه خود را تعیین کنید.</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">ورود</a></p>\n'
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "account_created",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: نام کاربری شما {{ username }} و رمز عبور موقت {{ temporary_password }} است. ورود: {{ "
        "login_url }}",
        "body_html": "",
    },
    {
        "event": "password_reset",
        "language": "fa",
        "channel": "email",
        "subject": "بازنشانی رمز عبور {{ site_name }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "درخواستی برای بازنشانی رمز عبور حساب شما در {{ site_name }} دریافت کردیم.\n"
        "\n"
        "برای تعیین رمز عبور جدید، پیوند زیر را باز کنید. اگر این درخواست را شما نداده\u200cاید، این پیام را "
        "نادیده بگیرید؛ رمز عبور شما تغییری نمی\u200cکند.\n"
        "\n"
        "تعیین رمز عبور جدید: {{ reset_url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>درخواستی برای بازنشانی رمز عبور حساب شما در {{ site_name }} دریافت کردیم.</p>\n"
        "<p>برای تعیین رمز عبور جدید، پیوند زیر را باز کنید. اگر این درخواست را شما نداده\u200cاید، این پیام را "
        "نادیده بگیرید؛ رمز عبور شما تغییری نمی\u200cکند.</p>\n"
        '<p><a href="{{ reset_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">تعیین '
        "رمز عبور جدید</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "password_reset",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: برای بازنشانی رمز عبور این پیوند را باز کنید: {{ reset_url }}",
        "body_html": "",
    },
    {
        "event": "account_locked",
        "language": "fa",
        "channel": "email",
        "subject": "حساب شما در {{ site_name }} موقتاً قفل شد",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "به دلیل تلاش\u200cهای ناموفق متعدد برای ورود، حساب شما به مدت {{ minutes }} دقیقه قفل شده است.\n"
        "\n"
        "اگر این تلاش\u200cها از سوی شما نبوده، پیشنهاد می\u200cکنیم پس از باز شدن قفل، رمز عبور خود را تغییر "
        "دهید و به پشتیبانی اطلاع دهید.\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>به دلیل تلاش\u200cهای ناموفق متعدد برای ورود، حساب شما به مدت {{ minutes }} دقیقه قفل شده است.</p>\n"
        "<p>اگر این تلاش\u200cها از سوی شما نبوده، پیشنهاد می\u200cکنیم پس از باز شدن قفل، رمز عبور خود را "
        "تغییر دهید و به پشتیبانی اطلاع دهید.</p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "account_locked",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: به دلیل تلاش\u200cهای ناموفق ورود، حساب شما {{ minutes }} دقیقه قفل شد.",
        "body_html": "",
    },
    {
        "event": "ticket_created",
        "language": "fa",
        "channel": "email",
        "subject": "درخواست {{ ticket_number }} ثبت شد: {{ subject }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "درخواست شما با شماره {{ ticket_number }} و عنوان «{{ subject }}» ثبت شد.\n"
        "\n"
        "به محض اینکه خبر تازه\u200cای باشد، به شما اطلاع می\u200cدهیم.\n"
        "\n"
        "مشاهده درخواست: {{ url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>درخواست شما با شماره {{ ticket_number }} و عنوان «{{ subject }}» ثبت شد.</p>\n"
        "<p>به محض اینکه خبر تازه\u200cای باشد، به شما اطلاع می\u200cدهیم.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
        "درخواست</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_created",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: درخواست {{ ticket_number }} ثبت شد. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_reply",
        "language": "fa",
        "channel": "email",
        "subject": "پاسخ جدید به درخواست {{ ticket_number }}: {{ subject }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "پاسخ جدیدی به درخواست {{ ticket_number }} با عنوان «{{ subject }}» داده شده است:\n"
        "\n"
        "{{ excerpt }}\n"
        "\n"
        "خواندن و پاسخ دادن: {{ url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>پاسخ جدیدی به درخواست {{ ticket_number }} با عنوان «{{ subject }}» داده شده است:</p>\n"
        '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
        '#d0d7de;color:#4b5563;">{{ excerpt|linebreaksbr }}</blockquote>\n'
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">خواندن '
        "و پاسخ دادن</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_reply",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: پاسخ جدید به درخواست {{ ticket_number }}. {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_status_changed",
        "language": "fa",
        "channel": "email",
        "subject": "درخواست {{ ticket_number }}: {{ status_label }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "وضعیت درخواست {{ ticket_number }} با عنوان «{{ subject }}» به «{{ status_label }}» تغییر کرد.\n"
        "\n"
        "{% if comment %}توضیح: {{ comment }}\n"
        "\n"
        "{% endif %}مشاهده درخواست: {{ url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>وضعیت درخواست {{ ticket_number }} با عنوان «{{ subject }}» به «{{ status_label }}» تغییر کرد.</p>\n"
        "{% if comment %}<p>توضیح: {{ comment }}</p>\n"
        '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
        "درخواست</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_status_changed",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: وضعیت درخواست {{ ticket_number }}: «{{ status_label }}». {{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_closed",
        "language": "fa",
        "channel": "email",
        "subject": "درخواست {{ ticket_number }} بسته شد: {{ subject }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "درخواست {{ ticket_number }} با عنوان «{{ subject }}» بسته شد.\n"
        "\n"
        "{% if resolution %}نتیجه: {{ resolution }}\n"
        "\n"
        "{% endif %}اگر مشکل دوباره پیش آمد، در همین درخواست پاسخ دهید تا دوباره به آن رسیدگی کنیم. لطفاً میزان "
        "رضایت خود را از کار ما اعلام کنید.\n"
        "\n"
        "مشاهده درخواست: {{ url }}\n"
        "امتیاز دادن به کار ما: {{ rating_url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>درخواست {{ ticket_number }} با عنوان «{{ subject }}» بسته شد.</p>\n"
        "{% if resolution %}<p>نتیجه: {{ resolution }}</p>\n"
        "{% endif %}<p>اگر مشکل دوباره پیش آمد، در همین درخواست پاسخ دهید تا دوباره به آن رسیدگی کنیم. لطفاً "
        "میزان رضایت خود را از کار ما اعلام کنید.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">مشاهده '
        "درخواست</a></p>\n"
        '<p><a href="{{ rating_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">امتیاز '
        "دادن به کار ما</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_closed",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: درخواست {{ ticket_number }} بسته شد. به کار ما امتیاز دهید: {{ rating_url }}",
        "body_html": "",
    },
    {
        "event": "ticket_queue_new",
        "language": "fa",
        "channel": "email",
        "subject": "[{{ queue_name }}] تیکت جدید {{ ticket_number }}: {{ subject }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "تیکت جدید {{ ticket_number }} با عنوان «{{ subject }}» در صف «{{ queue_name }}» منتظر رسیدگی است.\n"
        "\n"
        "باز کردن تیکت: {{ url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>تیکت جدید {{ ticket_number }} با عنوان «{{ subject }}» در صف «{{ queue_name }}» منتظر رسیدگی "
        "است.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">باز '
        "کردن تیکت</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_queue_new",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "تیکت جدید {{ ticket_number }} در صف {{ queue_name }}: {{ subject }}",
        "body_html": "",
    },
    {
        "event": "ticket_rejected",
        "language": "fa",
        "channel": "email",
        "subject": "تیکت {{ ticket_number }} به شما برگشت داده شد: {{ subject }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "تیکت {{ ticket_number }} با عنوان «{{ subject }}» به شما برگشت داده شد.\n"
        "\n"
        "دلیل: {{ reason }}\n"
        "\n"
        "لطفاً تیکت را اصلاح و دوباره ارسال کنید.\n"
        "\n"
        "باز کردن تیکت: {{ url }}\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>تیکت {{ ticket_number }} با عنوان «{{ subject }}» به شما برگشت داده شد.</p>\n"
        "<p>دلیل: {{ reason }}</p>\n"
        "<p>لطفاً تیکت را اصلاح و دوباره ارسال کنید.</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">باز '
        "کردن تیکت</a></p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "ticket_rejected",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "تیکت {{ ticket_number }} برگشت داده شد: {{ reason }}",
        "body_html": "",
    },
    {
        "event": "outage",
        "language": "fa",
        "channel": "email",
        "subject": "قطعی سرویس در {{ area }}",
        "body_text": "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،\n"
        "\n"
        "متأسفانه در منطقه {{ area }} قطعی رخ داده است. سرویس\u200cهای متأثر: {{ services }}.\n"
        "\n"
        "زمان شروع: {{ starts_at }}\n"
        "\n"
        "{% if expected_end %}زمان پیش\u200cبینی\u200cشده برای رفع: {{ expected_end }}\n"
        "\n"
        "{% endif %}کارشناسان ما در حال رفع مشکل هستند و نیازی به گزارش دوباره نیست.\n"
        "\n"
        "با احترام،\n"
        "تیم {{ site_name }}\n"
        "\n"
        "این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n",
        "body_html": "<p>سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،</p>\n"
        "<p>متأسفانه در منطقه {{ area }} قطعی رخ داده است. سرویس\u200cهای متأثر: {{ services }}.</p>\n"
        "<p>زمان شروع: {{ starts_at }}</p>\n"
        "{% if expected_end %}<p>زمان پیش\u200cبینی\u200cشده برای رفع: {{ expected_end }}</p>\n"
        "{% endif %}<p>کارشناسان ما در حال رفع مشکل هستند و نیازی به گزارش دوباره نیست.</p>\n"
        "<p>با احترام،<br>تیم {{ site_name }}</p>\n"
        '<p style="color:#6b7280;font-size:12px;">این پیام به\u200cصورت خودکار ارسال شده است؛ لطفاً به آن پاسخ '
        "ندهید.</p>\n",
    },
    {
        "event": "outage",
        "language": "fa",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}: قطعی در {{ area }} ({{ services }}) از {{ starts_at|date:'SHORT_DATETIME_FORMAT' }}{% "
        "if expected_end %}، رفع تا {{ expected_end|date:'SHORT_DATETIME_FORMAT' }}{% endif %}.",
        "body_html": "",
    },
    {
        "event": "account_created",
        "language": "zh-hans",
        "channel": "email",
        "subject": "您的 {{ site_name }} 账户",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "我们已在 {{ site_name }} 为您创建了账户。\n"
        "\n"
        "用户名：{{ username }}\n"
        "临时密码：{{ temporary_password }}\n"
        "\n"
        "首次登录时，系统会要求您设置自己的密码。\n"
        "\n"
        "登录: {{ login_url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>我们已在 {{ site_name }} 为您创建了账户。</p>\n"
        "<p>用户名：{{ username }}<br>临时密码：{{ temporary_password }}</p>\n"
        "<p>首次登录时，系统会要求您设置自己的密码。</p>\n"
        '<p><a href="{{ login_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">登录</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "account_created",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：您的用户名为 {{ username }}，临时密码为 {{ temporary_password }}。登录地址：{{ login_url }}",
        "body_html": "",
    },
    {
        "event": "password_reset",
        "language": "zh-hans",
        "channel": "email",
        "subject": "重置您的 {{ site_name }} 密码",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "我们收到了重置您 {{ site_name }} 账户密码的请求。\n"
        "\n"
        "请点击下面的链接设置新密码。如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。\n"
        "\n"
        "设置新密码: {{ reset_url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>我们收到了重置您 {{ site_name }} 账户密码的请求。</p>\n"
        "<p>请点击下面的链接设置新密码。如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。</p>\n"
        '<p><a href="{{ reset_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">设置新密码</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "password_reset",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：请打开以下链接重置密码：{{ reset_url }}",
        "body_html": "",
    },
    {
        "event": "account_locked",
        "language": "zh-hans",
        "channel": "email",
        "subject": "您的 {{ site_name }} 账户已被暂时锁定",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "由于登录失败次数过多，您的账户已被锁定 {{ minutes }} 分钟。\n"
        "\n"
        "如果这些登录尝试并非您本人所为，建议您在锁定解除后修改密码，并告知我们的客服团队。\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>由于登录失败次数过多，您的账户已被锁定 {{ minutes }} 分钟。</p>\n"
        "<p>如果这些登录尝试并非您本人所为，建议您在锁定解除后修改密码，并告知我们的客服团队。</p>\n"
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "account_locked",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：登录失败次数过多，您的账户已被锁定 {{ minutes }} 分钟。",
        "body_html": "",
    },
    {
        "event": "ticket_created",
        "language": "zh-hans",
        "channel": "email",
        "subject": "工单 {{ ticket_number }} 已受理：{{ subject }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "我们已受理您的工单 {{ ticket_number }}“{{ subject }}”。\n"
        "\n"
        "一有进展，我们会立即通知您。\n"
        "\n"
        "查看工单: {{ url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>我们已受理您的工单 {{ ticket_number }}“{{ subject }}”。</p>\n"
        "<p>一有进展，我们会立即通知您。</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看工单</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_created",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：工单 {{ ticket_number }} 已受理。{{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_reply",
        "language": "zh-hans",
        "channel": "email",
        "subject": "工单 {{ ticket_number }} 有新回复：{{ subject }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "您的工单 {{ ticket_number }}“{{ subject }}”有一条新回复：\n"
        "\n"
        "{{ excerpt }}\n"
        "\n"
        "查看并回复: {{ url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>您的工单 {{ ticket_number }}“{{ subject }}”有一条新回复：</p>\n"
        '<blockquote style="margin:12px 0;padding:8px 14px;border-inline-start:4px solid '
        '#d0d7de;color:#4b5563;">{{ excerpt|linebreaksbr }}</blockquote>\n'
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看并回复</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_reply",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：工单 {{ ticket_number }} 有新回复。{{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_status_changed",
        "language": "zh-hans",
        "channel": "email",
        "subject": "工单 {{ ticket_number }}：{{ status_label }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "您的工单 {{ ticket_number }}“{{ subject }}”的状态已变更为：{{ status_label }}。\n"
        "\n"
        "{% if comment %}备注：{{ comment }}\n"
        "\n"
        "{% endif %}查看工单: {{ url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>您的工单 {{ ticket_number }}“{{ subject }}”的状态已变更为：{{ status_label }}。</p>\n"
        "{% if comment %}<p>备注：{{ comment }}</p>\n"
        '{% endif %}<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看工单</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_status_changed",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：工单 {{ ticket_number }} 当前状态为“{{ status_label }}”。{{ url }}",
        "body_html": "",
    },
    {
        "event": "ticket_closed",
        "language": "zh-hans",
        "channel": "email",
        "subject": "工单 {{ ticket_number }} 已关闭：{{ subject }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "您的工单 {{ ticket_number }}“{{ subject }}”已关闭。\n"
        "\n"
        "{% if resolution %}处理结果：{{ resolution }}\n"
        "\n"
        "{% endif %}如果问题再次出现，请直接在工单中回复，我们会重新处理。欢迎您对我们的服务进行评价。\n"
        "\n"
        "查看工单: {{ url }}\n"
        "评价服务: {{ rating_url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>您的工单 {{ ticket_number }}“{{ subject }}”已关闭。</p>\n"
        "{% if resolution %}<p>处理结果：{{ resolution }}</p>\n"
        "{% endif %}<p>如果问题再次出现，请直接在工单中回复，我们会重新处理。欢迎您对我们的服务进行评价。</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">查看工单</a></p>\n'
        '<p><a href="{{ rating_url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">评价服务</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_closed",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：工单 {{ ticket_number }} 已关闭。欢迎评价我们的服务：{{ rating_url }}",
        "body_html": "",
    },
    {
        "event": "ticket_queue_new",
        "language": "zh-hans",
        "channel": "email",
        "subject": "[{{ queue_name }}] 新工单 {{ ticket_number }}：{{ subject }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "队列“{{ queue_name }}”中有一张新工单 {{ ticket_number }}“{{ subject }}”等待处理。\n"
        "\n"
        "打开工单: {{ url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>队列“{{ queue_name }}”中有一张新工单 {{ ticket_number }}“{{ subject }}”等待处理。</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">打开工单</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_queue_new",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "队列 {{ queue_name }} 有新工单 {{ ticket_number }}：{{ subject }}",
        "body_html": "",
    },
    {
        "event": "ticket_rejected",
        "language": "zh-hans",
        "channel": "email",
        "subject": "工单 {{ ticket_number }} 已退回给您：{{ subject }}",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "工单 {{ ticket_number }}“{{ subject }}”已退回给您。\n"
        "\n"
        "原因：{{ reason }}\n"
        "\n"
        "请修改工单后重新提交。\n"
        "\n"
        "打开工单: {{ url }}\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>工单 {{ ticket_number }}“{{ subject }}”已退回给您。</p>\n"
        "<p>原因：{{ reason }}</p>\n"
        "<p>请修改工单后重新提交。</p>\n"
        '<p><a href="{{ url }}" style="display:inline-block;padding:10px '
        '18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">打开工单</a></p>\n'
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "ticket_rejected",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "工单 {{ ticket_number }} 已被退回：{{ reason }}",
        "body_html": "",
    },
    {
        "event": "outage",
        "language": "zh-hans",
        "channel": "email",
        "subject": "{{ area }} 服务中断通知",
        "body_text": "{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！\n"
        "\n"
        "很抱歉地通知您，{{ area }} 地区发生服务中断，受影响的服务：{{ services }}。\n"
        "\n"
        "开始时间：{{ starts_at }}\n"
        "\n"
        "{% if expected_end %}预计恢复时间：{{ expected_end }}\n"
        "\n"
        "{% endif %}我们的工程师正在全力抢修，您无需重复报修。\n"
        "\n"
        "此致\n"
        "{{ site_name }} 团队\n"
        "\n"
        "此邮件由系统自动发送，请勿直接回复。\n",
        "body_html": "<p>{% if recipient_name %}{{ recipient_name }}，{% endif %}您好！</p>\n"
        "<p>很抱歉地通知您，{{ area }} 地区发生服务中断，受影响的服务：{{ services }}。</p>\n"
        "<p>开始时间：{{ starts_at }}</p>\n"
        "{% if expected_end %}<p>预计恢复时间：{{ expected_end }}</p>\n"
        "{% endif %}<p>我们的工程师正在全力抢修，您无需重复报修。</p>\n"
        "<p>此致<br>{{ site_name }} 团队</p>\n"
        '<p style="color:#6b7280;font-size:12px;">此邮件由系统自动发送，请勿直接回复。</p>\n',
    },
    {
        "event": "outage",
        "language": "zh-hans",
        "channel": "sms",
        "subject": "",
        "body_text": "{{ site_name }}：{{ area }} 服务中断（{{ services }}），开始于 {{ starts_at|date:'SHORT_DATETIME_FORMAT' }}{% if "
        "expected_end %}，预计 {{ expected_end|date:'SHORT_DATETIME_FORMAT' }} 恢复{% endif %}。",
        "body_html": "",
    },
]
