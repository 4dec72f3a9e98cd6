"""Default English texts of the ticket and outage messages."""

from notifications.defaults import Text

TEXTS = {
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
    "ticket_assigned": Text(
        subject="[{{ queue_name }}] Ticket {{ ticket_number }} assigned to you: {{ subject }}",
        paragraphs=(
            "{{ assigned_by }} assigned ticket {{ ticket_number }} “{{ subject }}” "
            "in the queue {{ queue_name }} to you.",
        ),
        actions=(("Open the ticket", "url"),),
        sms="Ticket {{ ticket_number }} assigned to you by {{ assigned_by }}: {{ subject }}",
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
}
