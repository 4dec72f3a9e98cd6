"""Default Persian texts of the ticket and outage messages."""

from notifications.defaults import Text

TEXTS = {
    "ticket_created": Text(
        subject="درخواست {{ ticket_number }} ثبت شد: {{ subject }}",
        paragraphs=(
            "درخواست شما با شماره {{ ticket_number }} و عنوان «{{ subject }}» ثبت شد.",
            "به محض اینکه خبر تازه‌ای باشد، به شما اطلاع می‌دهیم.",
        ),
        actions=(("مشاهده درخواست", "url"),),
        sms="{{ site_name }}: درخواست {{ ticket_number }} ثبت شد. {{ url }}",
    ),
    "ticket_reply": Text(
        subject="پاسخ جدید به درخواست {{ ticket_number }}: {{ subject }}",
        paragraphs=("پاسخ جدیدی به درخواست {{ ticket_number }} با عنوان «{{ subject }}» داده شده است:",),
        quote="excerpt",
        actions=(("خواندن و پاسخ دادن", "url"),),
        sms="{{ site_name }}: پاسخ جدید به درخواست {{ ticket_number }}. {{ url }}",
    ),
    "ticket_status_changed": Text(
        subject="درخواست {{ ticket_number }}: {{ status_label }}",
        paragraphs=(
            "وضعیت درخواست {{ ticket_number }} با عنوان «{{ subject }}» به «{{ status_label }}» تغییر کرد.",
            ("comment", "توضیح: {{ comment }}"),
        ),
        actions=(("مشاهده درخواست", "url"),),
        sms="{{ site_name }}: وضعیت درخواست {{ ticket_number }}: «{{ status_label }}». {{ url }}",
    ),
    "ticket_closed": Text(
        subject="درخواست {{ ticket_number }} بسته شد: {{ subject }}",
        paragraphs=(
            "درخواست {{ ticket_number }} با عنوان «{{ subject }}» بسته شد.",
            ("resolution", "نتیجه: {{ resolution }}"),
            "اگر مشکل دوباره پیش آمد، در همین درخواست پاسخ دهید تا دوباره به آن رسیدگی کنیم. "
            "لطفاً میزان رضایت خود را از کار ما اعلام کنید.",
        ),
        actions=(("مشاهده درخواست", "url"), ("امتیاز دادن به کار ما", "rating_url")),
        sms="{{ site_name }}: درخواست {{ ticket_number }} بسته شد. به کار ما امتیاز دهید: {{ rating_url }}",
    ),
    "ticket_queue_new": Text(
        subject="[{{ queue_name }}] تیکت جدید {{ ticket_number }}: {{ subject }}",
        paragraphs=(
            "تیکت جدید {{ ticket_number }} با عنوان «{{ subject }}» در صف «{{ queue_name }}» منتظر رسیدگی است.",
        ),
        actions=(("باز کردن تیکت", "url"),),
        sms="تیکت جدید {{ ticket_number }} در صف {{ queue_name }}: {{ subject }}",
    ),
    "ticket_assigned": Text(
        subject="[{{ queue_name }}] تیکت {{ ticket_number }} به شما واگذار شد: {{ subject }}",
        paragraphs=(
            "{{ assigned_by }} تیکت {{ ticket_number }} با عنوان «{{ subject }}» "
            "در صف «{{ queue_name }}» را به شما واگذار کرد.",
        ),
        actions=(("باز کردن تیکت", "url"),),
        sms="تیکت {{ ticket_number }} توسط {{ assigned_by }} به شما واگذار شد: {{ subject }}",
    ),
    "ticket_rejected": Text(
        subject="تیکت {{ ticket_number }} به شما برگشت داده شد: {{ subject }}",
        paragraphs=(
            "تیکت {{ ticket_number }} با عنوان «{{ subject }}» به شما برگشت داده شد.",
            "دلیل: {{ reason }}",
            "لطفاً تیکت را اصلاح و دوباره ارسال کنید.",
        ),
        actions=(("باز کردن تیکت", "url"),),
        sms="تیکت {{ ticket_number }} برگشت داده شد: {{ reason }}",
    ),
    "outage": Text(
        subject="قطعی سرویس در {{ area }}",
        paragraphs=(
            "متأسفانه در منطقه {{ area }} قطعی رخ داده است. سرویس‌های متأثر: {{ services }}.",
            "زمان شروع: {{ starts_at }}",
            ("expected_end", "زمان پیش‌بینی‌شده برای رفع: {{ expected_end }}"),
            "کارشناسان ما در حال رفع مشکل هستند و نیازی به گزارش دوباره نیست.",
        ),
        sms="{{ site_name }}: قطعی در {{ area }} ({{ services }}) از {{ starts_at|date:'SHORT_DATETIME_FORMAT' }}"
        "{% if expected_end %}، رفع تا {{ expected_end|date:'SHORT_DATETIME_FORMAT' }}{% endif %}.",
    ),
}
