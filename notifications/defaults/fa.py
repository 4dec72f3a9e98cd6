from notifications.defaults import Text

GREETING = "سلام{% if recipient_name %} {{ recipient_name }} عزیز{% endif %}،"
SIGNATURE = "با احترام،<br>تیم {{ site_name }}"
FOOTER = "این پیام به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید."

TEXTS = {
    "account_created": Text(
        subject="حساب کاربری شما در {{ site_name }}",
        paragraphs=(
            "یک حساب کاربری برای شما در {{ site_name }} ایجاد شده است.",
            "نام کاربری: {{ username }}<br>رمز عبور موقت: {{ temporary_password }}",
            "هنگام نخستین ورود از شما خواسته می‌شود رمز عبور دلخواه خود را تعیین کنید.",
        ),
        actions=(("ورود", "login_url"),),
        sms="{{ site_name }}: نام کاربری شما {{ username }} و رمز عبور موقت {{ temporary_password }} است. "
        "ورود: {{ login_url }}",
    ),
    "password_reset": Text(
        subject="بازنشانی رمز عبور {{ site_name }}",
        paragraphs=(
            "درخواستی برای بازنشانی رمز عبور حساب شما در {{ site_name }} دریافت کردیم.",
            "برای تعیین رمز عبور جدید، پیوند زیر را باز کنید. "
            "اگر این درخواست را شما نداده‌اید، این پیام را نادیده بگیرید؛ رمز عبور شما تغییری نمی‌کند.",
        ),
        actions=(("تعیین رمز عبور جدید", "reset_url"),),
        sms="{{ site_name }}: برای بازنشانی رمز عبور این پیوند را باز کنید: {{ reset_url }}",
    ),
    "account_locked": Text(
        subject="حساب شما در {{ site_name }} موقتاً قفل شد",
        paragraphs=(
            "به دلیل تلاش‌های ناموفق متعدد برای ورود، حساب شما به مدت {{ minutes }} دقیقه قفل شده است.",
            "اگر این تلاش‌ها از سوی شما نبوده، پیشنهاد می‌کنیم پس از باز شدن قفل، رمز عبور خود را تغییر دهید "
            "و به پشتیبانی اطلاع دهید.",
        ),
        sms="{{ site_name }}: به دلیل تلاش‌های ناموفق ورود، حساب شما {{ minutes }} دقیقه قفل شد.",
    ),
    "two_factor_reset": Text(
        subject="ورود دومرحله‌ای حساب شما در {{ site_name }} بازنشانی شد",
        paragraphs=(
            "یک مدیر، برنامهٔ احراز هویت و کدهای بازیابی حساب شما را حذف کرد.",
            "اگر نقش شما ورود دومرحله‌ای را الزامی می‌کند، در ورود بعدی از شما خواسته می‌شود دوباره آن را راه‌اندازی کنید. "
            "اگر چنین درخواستی نداده‌اید، فوراً به پشتیبانی اطلاع دهید.",
        ),
        actions=(("ورود", "login_url"),),
        sms="{{ site_name }}: یک مدیر ورود دومرحله‌ای حساب شما را بازنشانی کرد.",
    ),
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
    "privileges_changed": Text(
        subject="نقش‌های حساب شما در {{ site_name }} تغییر کرد",
        paragraphs=(
            "{{ changed_by }} نقش‌ها و دسترسی‌های حساب شما در {{ site_name }} را تغییر داد.",
            "نقش‌های فعلی شما: {{ roles }}",
            "اگر انتظار این تغییر را نداشتید، فوراً به مدیر سیستم اطلاع دهید.",
        ),
        sms="{{ site_name }}: {{ changed_by }} نقش‌های شما را تغییر داد. اکنون: {{ roles }}",
    ),
    "password_set_by_admin": Text(
        subject="مدیر سیستم برای حساب {{ site_name }} شما رمز عبور تعیین کرد",
        paragraphs=(
            "{{ changed_by }} برای حساب شما در {{ site_name }} رمز عبور جدیدی تعیین کرد.",
            "در ورود بعدی از شما خواسته می‌شود رمز عبور خودتان را انتخاب کنید. "
            "اگر چنین درخواستی نداده‌اید، فوراً به مدیر سیستم اطلاع دهید.",
        ),
        actions=(("ورود", "login_url"),),
        sms="{{ site_name }}: {{ changed_by }} برای حساب شما رمز عبور جدیدی تعیین کرد.",
    ),
}
