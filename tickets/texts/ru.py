"""Default Russian texts of the ticket and outage messages."""

from notifications.defaults import Text

TEXTS = {
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
    "ticket_assigned": Text(
        subject="[{{ queue_name }}] Вам назначена заявка {{ ticket_number }}: {{ subject }}",
        paragraphs=(
            "{{ assigned_by }} назначил(а) вам заявку {{ ticket_number }} «{{ subject }}» "
            "в очереди «{{ queue_name }}».",
        ),
        actions=(("Открыть заявку", "url"),),
        sms="Вам назначена заявка {{ ticket_number }} ({{ assigned_by }}): {{ subject }}",
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
}
