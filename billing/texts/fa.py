"""Default Persian texts of the billing messages."""

from notifications.defaults import Text

TEXTS = {
    "invoice_issued": Text(
        subject="صورتحساب {{ number }}: {{ amount }}",
        paragraphs=("صورتحساب {{ number }} به مبلغ {{ amount }} صادر شد؛ مهلت پرداخت {{ due_date }} است.",),
        actions=(("مشاهده صورتحساب", "url"),),
        sms="{{ site_name }}: صورتحساب {{ number }} به مبلغ {{ amount }}، مهلت {{ due_date }}. {{ url }}",
    ),
    "invoice_overdue": Text(
        subject="مهلت پرداخت صورتحساب {{ number }} گذشته است",
        paragraphs=(
            "مهلت پرداخت صورتحساب {{ number }} (مانده {{ amount }}) در {{ due_date }} به پایان رسید. لطفاً آن را بپردازید.",
        ),
        actions=(("مشاهده صورتحساب", "url"),),
        sms="{{ site_name }}: مهلت صورتحساب {{ number }} گذشته است ({{ amount }}). {{ url }}",
    ),
    "payment_under_review": Text(
        subject="پرداخت {{ number }} برای بررسی: {{ customer_name }}",
        paragraphs=("{{ customer_name }} پرداخت {{ number }} به مبلغ {{ amount }} را ثبت کرد.",),
        actions=(("بررسی", "url"),),
        sms="{{ site_name }}: پرداخت {{ number }} به مبلغ {{ amount }} منتظر بررسی است. {{ url }}",
    ),
    "payment_accepted": Text(
        subject="پرداخت {{ number }} پذیرفته شد",
        paragraphs=(
            "پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته شد.",
            ("credit", "{{ credit }} به اعتبار شما افزوده شد."),
        ),
        actions=(("مشاهده پرداخت", "url"),),
        sms="{{ site_name }}: پرداخت {{ number }} به مبلغ {{ amount }} پذیرفته شد. {{ url }}",
    ),
    "payment_rejected": Text(
        subject="پرداخت {{ number }} رد شد",
        paragraphs=(
            "پرداخت {{ number }} شما به مبلغ {{ amount }} پذیرفته نشد.",
            "دلیل: {{ reason }}",
            "می‌توانید از صفحه زیر پرداخت اصلاح‌شده‌ای ثبت کنید.",
        ),
        actions=(("مشاهده پرداخت", "url"),),
        sms="{{ site_name }}: پرداخت {{ number }} رد شد: {{ reason }} {{ url }}",
    ),
    "contract_ending": Text(
        subject="قرارداد {{ number }} در {{ end_date }} به پایان می‌رسد",
        paragraphs=("قرارداد {{ number }} «{{ name }}» در {{ end_date }} به پایان می‌رسد.",),
        actions=(("مشاهده قراردادها", "url"),),
        sms="{{ site_name }}: قرارداد {{ number }} در {{ end_date }} به پایان می‌رسد. {{ url }}",
    ),
}
