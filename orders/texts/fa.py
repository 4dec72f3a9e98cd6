"""متن‌های پیش‌فرض پیام‌های سفارش (فارسی)."""

from notifications.defaults import Text

TEXTS = {
    "order_status_changed": Text(
        subject="سفارش {{ order_number }}: {{ status_label }}",
        paragraphs=(
            "وضعیت سفارش {{ order_number }} شما: {{ status_label }}.",
            ("installation_at", "نصب: {{ installation_at|date:'SHORT_DATETIME_FORMAT' }} توسط {{ technician }}."),
            ("tracking_reference", "کد رهگیری: {{ tracking_reference }}"),
            ("comment", "توضیح: {{ comment }}"),
        ),
        actions=(("مشاهده سفارش", "url"),),
        sms="{{ site_name }}: سفارش {{ order_number }}: {{ status_label }}."
        "{% if installation_at %} نصب {{ installation_at|date:'SHORT_DATETIME_FORMAT' }}.{% endif %}"
        "{% if tracking_reference %} کد رهگیری {{ tracking_reference }}.{% endif %} {{ url }}",
    ),
    "order_payment_changed": Text(
        subject="سفارش {{ order_number }}: {{ payment_label }}",
        paragraphs=(
            "پرداخت سفارش {{ order_number }} ({{ amount }}): {{ payment_label }}.",
            ("refunded", "مبلغ بازگشتی تاکنون: {{ refunded }}"),
        ),
        actions=(("مشاهده سفارش", "url"),),
        sms="{{ site_name }}: سفارش {{ order_number }}: {{ payment_label }} ({{ amount }}). {{ url }}",
    ),
    "order_reschedule_requested": Text(
        subject="سفارش {{ order_number }}: مشتری درخواست تغییر زمان نصب دارد",
        paragraphs=("مشتری سفارش {{ order_number }} درخواست تغییر زمان نصب دارد:",),
        quote="comment",
        actions=(("باز کردن سفارش", "url"),),
        sms="{{ site_name }}: سفارش {{ order_number }}: درخواست تغییر زمان. {{ url }}",
    ),
}
