"""Default Russian texts of the billing messages."""

from notifications.defaults import Text

TEXTS = {
    "invoice_issued": Text(
        subject="Счёт {{ number }}: {{ amount }}",
        paragraphs=("Мы выставили счёт {{ number }} на сумму {{ amount }}, срок оплаты — {{ due_date }}.",),
        actions=(("Открыть счёт", "url"),),
        sms="{{ site_name }}: счёт {{ number }} на {{ amount }}, оплатить до {{ due_date }}. {{ url }}",
    ),
    "invoice_overdue": Text(
        subject="Счёт {{ number }} просрочен",
        paragraphs=(
            "Срок оплаты счёта {{ number }} (к оплате {{ amount }}) истёк {{ due_date }}. Пожалуйста, оплатите его.",
        ),
        actions=(("Открыть счёт", "url"),),
        sms="{{ site_name }}: счёт {{ number }} просрочен ({{ amount }}). {{ url }}",
    ),
    "payment_under_review": Text(
        subject="Платёж {{ number }} на проверку: {{ customer_name }}",
        paragraphs=("{{ customer_name }} внёс платёж {{ number }} на сумму {{ amount }}.",),
        actions=(("Проверить", "url"),),
        sms="{{ site_name }}: платёж {{ number }} на {{ amount }} ждёт проверки. {{ url }}",
    ),
    "payment_accepted": Text(
        subject="Платёж {{ number }} принят",
        paragraphs=(
            "Мы приняли ваш платёж {{ number }} на сумму {{ amount }}.",
            ("credit", "{{ credit }} зачислено на ваш баланс."),
        ),
        actions=(("Открыть платёж", "url"),),
        sms="{{ site_name }}: платёж {{ number }} на {{ amount }} принят. {{ url }}",
    ),
    "payment_rejected": Text(
        subject="Платёж {{ number }} отклонён",
        paragraphs=(
            "Мы не смогли принять ваш платёж {{ number }} на сумму {{ amount }}.",
            "Причина: {{ reason }}",
            "Вы можете отправить исправленный платёж на странице ниже.",
        ),
        actions=(("Открыть платёж", "url"),),
        sms="{{ site_name }}: платёж {{ number }} отклонён: {{ reason }} {{ url }}",
    ),
    "contract_ending": Text(
        subject="Договор {{ number }} заканчивается {{ end_date }}",
        paragraphs=("Договор {{ number }} «{{ name }}» заканчивается {{ end_date }}.",),
        actions=(("Открыть договоры", "url"),),
        sms="{{ site_name }}: договор {{ number }} заканчивается {{ end_date }}. {{ url }}",
    ),
}
