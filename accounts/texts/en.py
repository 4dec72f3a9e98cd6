"""Default English texts of the account messages."""

from notifications.defaults import Text

TEXTS = {
    "account_created": Text(
        subject="Your {{ site_name }} account",
        paragraphs=(
            "An account has been created for you in {{ site_name }}.",
            "Username: {{ username }}<br>Temporary password: {{ temporary_password }}",
            "You will be asked to choose your own password when you log in for the first time.",
        ),
        actions=(("Log in", "login_url"),),
        sms="{{ site_name }}: your username is {{ username }}, temporary password {{ temporary_password }}. "
        "Log in at {{ login_url }}",
    ),
    "password_reset": Text(
        subject="Resetting your {{ site_name }} password",
        paragraphs=(
            "We received a request to reset the password of your {{ site_name }} account.",
            "To choose a new password, open the link below. "
            "If you did not ask for this, simply ignore this message: your password stays the same.",
        ),
        actions=(("Choose a new password", "reset_url"),),
        sms="{{ site_name }}: to reset your password open {{ reset_url }}",
    ),
    "account_locked": Text(
        subject="Your {{ site_name }} account is temporarily locked",
        paragraphs=(
            "There were too many unsuccessful attempts to log in to your account, "
            "so it is locked for {{ minutes }} minutes.",
            "If it was not you, we recommend changing your password once the lock expires "
            "and telling our support team.",
        ),
        sms="{{ site_name }}: too many failed logins, your account is locked for {{ minutes }} min.",
    ),
}
