"""Тексты уведомлений об услугах по умолчанию (русский)."""

from notifications.defaults import Text

TEXTS = {
    "service_status_changed": Text(
        subject="Ваш номер {{ phone_number }}: {{ status_label }}",
        paragraphs=("Услуга на номере {{ phone_number }}: {{ status_label }}.", ("comment", "Причина: {{ comment }}")),
        actions=(("Ваши услуги", "url"),),
        sms="{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}",
    ),
    "service_welcome": Text(
        subject="Добро пожаловать: номер {{ phone_number }} подключён",
        paragraphs=("Ваш номер {{ phone_number }} на тарифе {{ plan }} подключён (заказ {{ order_number }}).",),
        actions=(("Ваши услуги", "url"),),
        sms="{{ site_name }}: добро пожаловать! {{ phone_number }} ({{ plan }}) подключён.",
    ),
    "activation_failed": Text(
        subject="Заказ {{ order_number }}: подключение пока не удалось",
        paragraphs=("Не удалось подключить услугу по заказу {{ order_number }}. Сотрудники уже занимаются этим.",),
        actions=(("Открыть заказ", "url"),),
        sms="{{ site_name }}: заказ {{ order_number }}: подключение задерживается, мы этим занимаемся.",
    ),
    "customer_status_changed": Text(
        subject="Счёт {{ customer_number }}: {{ status_label }}",
        paragraphs=("Ваш счёт {{ customer_number }}: {{ status_label }}.", ("comment", "Причина: {{ comment }}")),
        sms="{{ site_name }}: счёт {{ customer_number }}: {{ status_label }}. {{ comment }}",
    ),
}
