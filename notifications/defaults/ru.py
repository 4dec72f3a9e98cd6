from notifications.defaults import Text

GREETING = "Здравствуйте{% if recipient_name %}, {{ recipient_name }}{% endif %}!"
SIGNATURE = "С уважением,<br>команда {{ site_name }}"
FOOTER = "Это письмо отправлено автоматически, пожалуйста, не отвечайте на него."

TEXTS = {
    "account_created": Text(
        subject="Ваша учётная запись в {{ site_name }}",
        paragraphs=(
            "Для вас создана учётная запись в {{ site_name }}.",
            "Имя пользователя: {{ username }}<br>Временный пароль: {{ temporary_password }}",
            "При первом входе система попросит вас придумать собственный пароль.",
        ),
        actions=(("Войти", "login_url"),),
        sms="{{ site_name }}: ваш логин {{ username }}, временный пароль {{ temporary_password }}. "
        "Вход: {{ login_url }}",
    ),
    "password_reset": Text(
        subject="Восстановление пароля в {{ site_name }}",
        paragraphs=(
            "Мы получили запрос на сброс пароля вашей учётной записи в {{ site_name }}.",
            "Чтобы задать новый пароль, перейдите по ссылке ниже. "
            "Если вы не запрашивали сброс, просто проигнорируйте это письмо — пароль останется прежним.",
        ),
        actions=(("Задать новый пароль", "reset_url"),),
        sms="{{ site_name }}: для сброса пароля перейдите по ссылке {{ reset_url }}",
    ),
    "account_locked": Text(
        subject="Ваша учётная запись в {{ site_name }} временно заблокирована",
        paragraphs=(
            "Было слишком много неудачных попыток входа в вашу учётную запись, "
            "поэтому она заблокирована на {{ minutes }} мин.",
            "Если это были не вы, рекомендуем после снятия блокировки сменить пароль "
            "и сообщить об этом в службу поддержки.",
        ),
        sms="{{ site_name }}: слишком много неудачных попыток входа, учётная запись заблокирована "
        "на {{ minutes }} мин.",
    ),
    "two_factor_reset": Text(
        subject="Двухфакторный вход в {{ site_name }} сброшен",
        paragraphs=(
            "Администратор удалил приложение-аутентификатор и резервные коды вашей учётной записи.",
            "Если ваша роль требует двухфакторного входа, при следующем входе вам предложат настроить его снова. "
            "Если вы об этом не просили, немедленно сообщите в службу поддержки.",
        ),
        actions=(("Войти", "login_url"),),
        sms="{{ site_name }}: администратор сбросил двухфакторный вход вашей учётной записи.",
    ),
    "ticket_created": Text(
        subject="Обращение {{ ticket_number }} зарегистрировано: {{ subject }}",
        paragraphs=(
            "Мы зарегистрировали ваше обращение {{ ticket_number }} «{{ subject }}».",
            "Мы сообщим вам, как только появятся новости.",
        ),
        actions=(("Открыть обращение", "url"),),
        sms="{{ site_name }}: обращение {{ ticket_number }} зарегистрировано. {{ url }}",
    ),
    "ticket_reply": Text(
        subject="Новый ответ по обращению {{ ticket_number }}: {{ subject }}",
        paragraphs=("По вашему обращению {{ ticket_number }} «{{ subject }}» получен новый ответ:",),
        quote="excerpt",
        actions=(("Прочитать и ответить", "url"),),
        sms="{{ site_name }}: новый ответ по обращению {{ ticket_number }}. {{ url }}",
    ),
    "ticket_status_changed": Text(
        subject="Обращение {{ ticket_number }}: {{ status_label }}",
        paragraphs=(
            "Статус вашего обращения {{ ticket_number }} «{{ subject }}» изменён: {{ status_label }}.",
            ("comment", "Комментарий: {{ comment }}"),
        ),
        actions=(("Открыть обращение", "url"),),
        sms="{{ site_name }}: статус обращения {{ ticket_number }} — «{{ status_label }}». {{ url }}",
    ),
    "ticket_closed": Text(
        subject="Обращение {{ ticket_number }} закрыто: {{ subject }}",
        paragraphs=(
            "Ваше обращение {{ ticket_number }} «{{ subject }}» закрыто.",
            ("resolution", "Решение: {{ resolution }}"),
            "Если проблема повторится, ответьте в обращении, и мы откроем его снова. Пожалуйста, оцените нашу работу.",
        ),
        actions=(("Открыть обращение", "url"), ("Оценить работу", "rating_url")),
        sms="{{ site_name }}: обращение {{ ticket_number }} закрыто. Оцените нашу работу: {{ rating_url }}",
    ),
    "ticket_queue_new": Text(
        subject="[{{ queue_name }}] Новая заявка {{ ticket_number }}: {{ subject }}",
        paragraphs=("В очереди «{{ queue_name }}» ждёт новая заявка {{ ticket_number }} «{{ subject }}».",),
        actions=(("Открыть заявку", "url"),),
        sms="Новая заявка {{ ticket_number }} в очереди {{ queue_name }}: {{ subject }}",
    ),
    "ticket_rejected": Text(
        subject="Заявка {{ ticket_number }} возвращена вам: {{ subject }}",
        paragraphs=(
            "Заявка {{ ticket_number }} «{{ subject }}» возвращена вам.",
            "Причина: {{ reason }}",
            "Пожалуйста, исправьте заявку и отправьте её повторно.",
        ),
        actions=(("Открыть заявку", "url"),),
        sms="Заявка {{ ticket_number }} возвращена: {{ reason }}",
    ),
    "outage": Text(
        subject="Авария в районе {{ area }}",
        paragraphs=(
            "К сожалению, в районе {{ area }} произошла авария. Затронуты услуги: {{ services }}.",
            "Начало: {{ starts_at }}",
            ("expected_end", "Ожидаемое восстановление: {{ expected_end }}"),
            "Наши специалисты уже работают над устранением. Сообщать нам об этом повторно не нужно.",
        ),
        sms="{{ site_name }}: авария в районе {{ area }} ({{ services }}) с {{ starts_at|date:'SHORT_DATETIME_FORMAT' }}"
        "{% if expected_end %}, восстановление ожидается {{ expected_end|date:'SHORT_DATETIME_FORMAT' }}{% endif %}.",
    ),
    "privileges_changed": Text(
        subject="Роли вашей учётной записи в {{ site_name }} изменены",
        paragraphs=(
            "{{ changed_by }} изменил(а) роли и права вашей учётной записи в {{ site_name }}.",
            "Ваши роли теперь: {{ roles }}",
            "Если вы не ожидали этого изменения, сразу сообщите администратору.",
        ),
        sms="{{ site_name }}: {{ changed_by }} изменил(а) ваши роли. Теперь: {{ roles }}",
    ),
    "password_set_by_admin": Text(
        subject="Администратор задал пароль вашей учётной записи в {{ site_name }}",
        paragraphs=(
            "{{ changed_by }} задал(а) новый пароль для вашей учётной записи в {{ site_name }}.",
            "При следующем входе вас попросят выбрать собственный пароль. "
            "Если вы об этом не просили, сразу сообщите администратору.",
        ),
        actions=(("Войти", "login_url"),),
        sms="{{ site_name }}: {{ changed_by }} задал(а) новый пароль вашей учётной записи.",
    ),
}
