"""Default Russian texts of the repair messages."""

from notifications.defaults import Text

TEXTS = {
    "repair_registered": Text(
        subject="Ремонт {{ repair_number }} зарегистрирован: {{ device }}",
        paragraphs=(
            "Мы зарегистрировали ваше устройство {{ device }} для ремонта под номером {{ repair_number }}.",
            "Пожалуйста, передайте его в отделение {{ branch }}, как договорились.",
        ),
        actions=(("Открыть ремонт", "url"),),
        sms="{{ site_name }}: ремонт {{ repair_number }} зарегистрирован. {{ url }}",
    ),
    "repair_status_changed": Text(
        subject="Ремонт {{ repair_number }}: {{ status_label }}",
        paragraphs=(
            "Статус вашего ремонта {{ repair_number }} ({{ device }}): {{ status_label }}.",
            ("comment", "Комментарий: {{ comment }}"),
        ),
        actions=(("Открыть ремонт", "url"),),
        sms="{{ site_name }}: ремонт {{ repair_number }} — «{{ status_label }}». {{ url }}",
    ),
    "repair_quote_sent": Text(
        subject="Смета на ремонт {{ repair_number }}: {{ total }}",
        paragraphs=(
            "Смета на ремонт вашего устройства {{ device }} ({{ repair_number }}): {{ total }}.",
            "Она действительна до {{ valid_until }}. Пожалуйста, примите или отклоните её на портале.",
        ),
        actions=(("Принять или отклонить", "url"),),
        sms="{{ site_name }}: смета на ремонт {{ repair_number }}: {{ total }}, до {{ valid_until }}. {{ url }}",
    ),
    "repair_ready": Text(
        subject="Ремонт {{ repair_number }}: устройство готово к возврату",
        paragraphs=(
            "Ваше устройство {{ device }} ({{ repair_number }}) готово к возврату.",
            ("unrepaired", "Вы отклонили смету, поэтому оно возвращается без ремонта."),
            "Способ: {{ return_method }}. Где: {{ where }}.",
            "Пожалуйста, возьмите с собой документ, удостоверяющий личность.",
        ),
        actions=(("Открыть ремонт", "url"),),
        sms="{{ site_name }}: ремонт {{ repair_number }} готов: {{ return_method }}, {{ where }}.",
    ),
}
