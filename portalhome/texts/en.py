"""Default English texts of the registration messages."""

from notifications.defaults import Text

TEXTS = {
    "registration_link": Text(
        subject="Confirm your registration",
        paragraphs=(
            "Hello {{ name }}, please confirm your e-mail address and choose your password.",
            "The link is valid for {{ hours }} hours. If you did not sign up, ignore this message.",
        ),
        actions=(("Confirm and set a password", "confirm_url"),),
        sms="{{ site_name }}: confirm your registration: {{ confirm_url }}",
    ),
    "registration_approved": Text(
        subject="Your registration is approved",
        paragraphs=("Hello {{ name }}, your customer account is open. You can log in now.",),
        actions=(("Log in", "login_url"),),
        sms="{{ site_name }}: your registration is approved. {{ login_url }}",
    ),
    "registration_rejected": Text(
        subject="Your registration",
        paragraphs=("Hello {{ name }}, we could not open your customer account.", ("reason", "{{ reason }}")),
        sms="{{ site_name }}: we could not open your customer account.",
    ),
}
