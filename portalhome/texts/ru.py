"""Default Russian texts of the registration messages."""

from notifications.defaults import Text

TEXTS = {
    "registration_link": Text(
        subject="Подтвердите регистрацию",
        paragraphs=(
            "Здравствуйте, {{ name }}! Подтвердите адрес электронной почты и задайте пароль.",
            "Ссылка действует {{ hours }} ч. Если вы не регистрировались, просто проигнорируйте это письмо.",
        ),
        actions=(("Подтвердить и задать пароль", "confirm_url"),),
        sms="{{ site_name }}: подтвердите регистрацию: {{ confirm_url }}",
    ),
    "registration_approved": Text(
        subject="Ваша регистрация одобрена",
        paragraphs=("Здравствуйте, {{ name }}! Ваша учётная запись клиента открыта. Теперь вы можете войти.",),
        actions=(("Войти", "login_url"),),
        sms="{{ site_name }}: ваша регистрация одобрена. {{ login_url }}",
    ),
    "registration_rejected": Text(
        subject="Ваша регистрация",
        paragraphs=(
            "Здравствуйте, {{ name }}! Мы не смогли открыть вашу учётную запись клиента.",
            ("reason", "{{ reason }}"),
        ),
        sms="{{ site_name }}: мы не смогли открыть вашу учётную запись клиента.",
    ),
}
