"""Тексты уведомлений о заказах по умолчанию (русский)."""

from notifications.defaults import Text

TEXTS = {
    "order_status_changed": Text(
        subject="Заказ {{ order_number }}: {{ status_label }}",
        paragraphs=(
            "Статус вашего заказа {{ order_number }}: {{ status_label }}.",
            ("installation_at", "Монтаж: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}, мастер {{ technician }}."),
            ("tracking_reference", "Номер отправления: {{ tracking_reference }}"),
            ("comment", "Комментарий: {{ comment }}"),
        ),
        actions=(("Открыть заказ", "url"),),
        sms="{{ site_name }}: заказ {{ order_number }}: {{ status_label }}."
        "{% if installation_at %} Монтаж {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}"
        "{% if tracking_reference %} Отправление {{ tracking_reference }}.{% endif %} {{ url }}",
    ),
    "order_payment_changed": Text(
        subject="Заказ {{ order_number }}: {{ payment_label }}",
        paragraphs=(
            "Оплата заказа {{ order_number }} ({{ amount }}): {{ payment_label }}.",
            ("refunded", "Возвращено: {{ refunded }}"),
        ),
        actions=(("Открыть заказ", "url"),),
        sms="{{ site_name }}: заказ {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}",
    ),
    "order_reschedule_requested": Text(
        subject="Заказ {{ order_number }}: клиент просит перенести монтаж",
        paragraphs=("Клиент по заказу {{ order_number }} просит перенести монтаж:",),
        quote="comment",
        actions=(("Открыть заказ", "url"),),
        sms="{{ site_name }}: заказ {{ order_number }}: просьба о переносе. {{ url }}",
    ),
}
