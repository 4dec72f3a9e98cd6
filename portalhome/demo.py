"""Demo data for seed_demo: the customer's own notes, notices on the staff workspace and
sign-ups in the review queue. Idempotent: each row is keyed on its title or e-mail."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Customer, User
from accounts.services import generate_temporary_password
from portalhome import services
from portalhome.models import Note, Notice, Registration

NOTES = [
    ("Router moved to the hall", "The technician suggested it: the signal in the office is better now."),
    ("Contract copy", "The signed contract is in the accounting folder, shelf 3."),
]
NOTICES = [
    (
        "Network maintenance on Saturday night",
        "Expect calls about short outages in Moscow-Center between 01:00 and 04:00.",
        0,
        7,
    ),
    ("New tariff plans from next month", "Sales: the new price list is in the shared folder.", -3, 30),
]
SIGN_UPS = [
    ("Pavel Orlov", "pavel.orlov@example.com", "+79161112233"),
    ("Sara Karimi", "sara.karimi@example.com", "+989121112233"),
]


def seed(*, users: dict[str, User], customers: dict[str, Customer], stdout) -> None:
    today = timezone.localdate()
    for title, text, starts, days in NOTICES:
        Notice.objects.get_or_create(
            title=title,
            defaults={
                "text": text,
                "starts_on": today + timedelta(days=starts),
                "ends_on": today + timedelta(days=days),
                "created_by": users["manager"],
            },
        )
    customer_user = users["customer"]
    for title, text in NOTES:
        if not Note.objects.filter(customer=customer_user.customer, title=title).exists():
            services.note_create(customer=customer_user.customer, by=customer_user, title=title, text=text)
    for name, email, phone in SIGN_UPS:
        if Registration.objects.filter(email=email).exists():
            continue
        registration = services.registration_request(name=name, email=email, phone=phone)
        if registration is not None:
            services.registration_confirm(registration=registration, password=generate_temporary_password())
    stdout.write("Portal home: notes, notices and sign-ups waiting for review.")
