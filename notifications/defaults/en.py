from notifications.defaults import Text

GREETING = "Hello{% if recipient_name %} {{ recipient_name }}{% endif %},"
SIGNATURE = "Best regards,<br>the {{ site_name }} team"
FOOTER = "This message was sent automatically; please do not reply to it."

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
    "two_factor_reset": Text(
        subject="Two-factor login was reset on your {{ site_name }} account",
        paragraphs=(
            "An administrator removed the authenticator app and the recovery codes of your account.",
            "If your role requires two-factor login, you will be asked to set it up again when you next log in. "
            "If you did not ask for this, tell our support team at once.",
        ),
        actions=(("Log in", "login_url"),),
        sms="{{ site_name }}: an administrator reset the two-factor login of your account.",
    ),
    "ticket_created": Text(
        subject="Request {{ ticket_number }} registered: {{ subject }}",
        paragraphs=(
            "We have registered your request {{ ticket_number }} “{{ subject }}”.",
            "We will let you know as soon as there is news.",
        ),
        actions=(("View the request", "url"),),
        sms="{{ site_name }}: request {{ ticket_number }} registered. {{ url }}",
    ),
    "ticket_reply": Text(
        subject="New reply to request {{ ticket_number }}: {{ subject }}",
        paragraphs=("There is a new reply to your request {{ ticket_number }} “{{ subject }}”:",),
        quote="excerpt",
        actions=(("Read and reply", "url"),),
        sms="{{ site_name }}: new reply to request {{ ticket_number }}. {{ url }}",
    ),
    "ticket_status_changed": Text(
        subject="Request {{ ticket_number }}: {{ status_label }}",
        paragraphs=(
            "The status of your request {{ ticket_number }} “{{ subject }}” is now: {{ status_label }}.",
            ("comment", "Comment: {{ comment }}"),
        ),
        actions=(("View the request", "url"),),
        sms="{{ site_name }}: request {{ ticket_number }} is now “{{ status_label }}”. {{ url }}",
    ),
    "ticket_closed": Text(
        subject="Request {{ ticket_number }} closed: {{ subject }}",
        paragraphs=(
            "Your request {{ ticket_number }} “{{ subject }}” has been closed.",
            ("resolution", "Resolution: {{ resolution }}"),
            "If the problem comes back, reply to the request and we will reopen it. "
            "Please tell us how satisfied you are with our work.",
        ),
        actions=(("View the request", "url"), ("Rate our work", "rating_url")),
        sms="{{ site_name }}: request {{ ticket_number }} closed. Rate our work: {{ rating_url }}",
    ),
    "ticket_queue_new": Text(
        subject="[{{ queue_name }}] New ticket {{ ticket_number }}: {{ subject }}",
        paragraphs=("A new ticket {{ ticket_number }} “{{ subject }}” is waiting in the queue {{ queue_name }}.",),
        actions=(("Open the ticket", "url"),),
        sms="New ticket {{ ticket_number }} in {{ queue_name }}: {{ subject }}",
    ),
    "ticket_rejected": Text(
        subject="Ticket {{ ticket_number }} returned to you: {{ subject }}",
        paragraphs=(
            "Ticket {{ ticket_number }} “{{ subject }}” has been returned to you.",
            "Reason: {{ reason }}",
            "Please correct the ticket and send it again.",
        ),
        actions=(("Open the ticket", "url"),),
        sms="Ticket {{ ticket_number }} returned: {{ reason }}",
    ),
    "outage": Text(
        subject="Service outage in {{ area }}",
        paragraphs=(
            "We are sorry to tell you about an outage in {{ area }} affecting: {{ services }}.",
            "Start: {{ starts_at }}",
            ("expected_end", "Expected end: {{ expected_end }}"),
            "Our engineers are working on it. You do not need to report it to us again.",
        ),
        sms="{{ site_name }}: outage in {{ area }} ({{ services }}) since {{ starts_at|date:'j M Y, H:i' }}"
        "{% if expected_end %}, expected end {{ expected_end|date:'j M Y, H:i' }}{% endif %}",
    ),
    "privileges_changed": Text(
        subject="The roles of your {{ site_name }} account changed",
        paragraphs=(
            "{{ changed_by }} changed the roles and permissions of your {{ site_name }} account.",
            "Your roles now: {{ roles }}",
            "If you did not expect this change, please tell your administrator at once.",
        ),
        sms="{{ site_name }}: {{ changed_by }} changed your roles. Now: {{ roles }}",
    ),
    "password_set_by_admin": Text(
        subject="Your {{ site_name }} password was set by an administrator",
        paragraphs=(
            "{{ changed_by }} set a new password for your {{ site_name }} account.",
            "You will be asked to choose your own password when you next log in. "
            "If you did not ask for this, please tell your administrator at once.",
        ),
        actions=(("Log in", "login_url"),),
        sms="{{ site_name }}: {{ changed_by }} set a new password for your account.",
    ),
}
