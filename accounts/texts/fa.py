"""Default Persian texts of the account messages."""

from notifications.defaults import Text

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
}
