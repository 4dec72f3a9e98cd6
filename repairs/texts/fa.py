"""Default Persian texts of the repair messages."""

from notifications.defaults import Text

TEXTS = {
    "repair_registered": Text(
        subject="تعمیر {{ repair_number }} ثبت شد: {{ device }}",
        paragraphs=(
            "دستگاه شما {{ device }} با شماره {{ repair_number }} برای تعمیر ثبت شد.",
            "لطفاً آن را طبق توافق به شعبه {{ branch }} تحویل دهید.",
        ),
        actions=(("مشاهده تعمیر", "url"),),
        sms="{{ site_name }}: تعمیر {{ repair_number }} ثبت شد. {{ url }}",
    ),
    "repair_status_changed": Text(
        subject="تعمیر {{ repair_number }}: {{ status_label }}",
        paragraphs=(
            "وضعیت تعمیر {{ repair_number }} ({{ device }}) اکنون: {{ status_label }}.",
            ("comment", "توضیح: {{ comment }}"),
        ),
        actions=(("مشاهده تعمیر", "url"),),
        sms="{{ site_name }}: تعمیر {{ repair_number }} اکنون «{{ status_label }}» است. {{ url }}",
    ),
    "repair_quote_sent": Text(
        subject="پیش‌فاکتور تعمیر {{ repair_number }}: {{ total }}",
        paragraphs=(
            "هزینه تعمیر دستگاه {{ device }} ({{ repair_number }}) برابر {{ total }} است.",
            "این پیش‌فاکتور تا {{ valid_until }} معتبر است. لطفاً آن را در پورتال تأیید یا رد کنید.",
        ),
        actions=(("تأیید یا رد", "url"),),
        sms="{{ site_name }}: پیش‌فاکتور تعمیر {{ repair_number }}: {{ total }}، معتبر تا {{ valid_until }}. {{ url }}",
    ),
    "repair_ready": Text(
        subject="دستگاه تعمیر {{ repair_number }} آماده بازگشت است",
        paragraphs=(
            "دستگاه {{ device }} ({{ repair_number }}) آماده بازگشت به شماست.",
            ("unrepaired", "چون پیش‌فاکتور را رد کردید، دستگاه بدون تعمیر بازمی‌گردد."),
            "روش: {{ return_method }}. محل: {{ where }}.",
            "لطفاً هنگام تحویل گرفتن، مدرک شناسایی همراه داشته باشید.",
        ),
        actions=(("مشاهده تعمیر", "url"),),
        sms="{{ site_name }}: تعمیر {{ repair_number }} آماده است: {{ return_method }}، {{ where }}.",
    ),
}
