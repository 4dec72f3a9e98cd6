"""متن‌های پیش‌فرض پیام‌های سرویس (فارسی)."""

from notifications.defaults import Text

TEXTS = {
    "service_status_changed": Text(
        subject="شماره {{ phone_number }}: {{ status_label }}",
        paragraphs=("وضعیت سرویس شماره {{ phone_number }}: {{ status_label }}.", ("comment", "دلیل: {{ comment }}")),
        actions=(("سرویس‌های شما", "url"),),
        sms="{{ site_name }}: {{ phone_number }}: {{ status_label }}. {{ comment }}",
    ),
    "service_welcome": Text(
        subject="خوش آمدید: شماره {{ phone_number }} فعال شد",
        paragraphs=("شماره {{ phone_number }} با طرح {{ plan }} فعال شد (سفارش {{ order_number }}).",),
        actions=(("سرویس‌های شما", "url"),),
        sms="{{ site_name }}: خوش آمدید! {{ phone_number }} ({{ plan }}) فعال شد.",
    ),
    "activation_failed": Text(
        subject="سفارش {{ order_number }}: فعال‌سازی هنوز انجام نشد",
        paragraphs=("فعال‌سازی سرویس سفارش {{ order_number }} انجام نشد. همکاران ما در حال پیگیری هستند.",),
        actions=(("مشاهده سفارش", "url"),),
        sms="{{ site_name }}: سفارش {{ order_number }}: فعال‌سازی با تأخیر؛ در حال پیگیری هستیم.",
    ),
    "customer_status_changed": Text(
        subject="حساب {{ customer_number }}: {{ status_label }}",
        paragraphs=("وضعیت حساب {{ customer_number }}: {{ status_label }}.", ("comment", "دلیل: {{ comment }}")),
        sms="{{ site_name }}: حساب {{ customer_number }}: {{ status_label }}. {{ comment }}",
    ),
}
