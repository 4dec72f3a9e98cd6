"""Default Persian texts of the registration messages."""

from notifications.defaults import Text

TEXTS = {
    "registration_link": Text(
        subject="ثبت‌نام خود را تأیید کنید",
        paragraphs=(
            "{{ name }} گرامی، لطفاً نشانی ایمیل خود را تأیید کنید و گذرواژه‌ای برگزینید.",
            "این پیوند {{ hours }} ساعت معتبر است. اگر ثبت‌نام نکرده‌اید، این پیام را نادیده بگیرید.",
        ),
        actions=(("تأیید و تعیین گذرواژه", "confirm_url"),),
        sms="{{ site_name }}: ثبت‌نام خود را تأیید کنید: {{ confirm_url }}",
    ),
    "registration_approved": Text(
        subject="ثبت‌نام شما تأیید شد",
        paragraphs=("{{ name }} گرامی، حساب مشتری شما باز شد. اکنون می‌توانید وارد شوید.",),
        actions=(("ورود", "login_url"),),
        sms="{{ site_name }}: ثبت‌نام شما تأیید شد. {{ login_url }}",
    ),
    "registration_rejected": Text(
        subject="ثبت‌نام شما",
        paragraphs=("{{ name }} گرامی، نتوانستیم حساب مشتری شما را باز کنیم.", ("reason", "{{ reason }}")),
        sms="{{ site_name }}: نتوانستیم حساب مشتری شما را باز کنیم.",
    ),
}
