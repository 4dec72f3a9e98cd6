"""Demo data: one user per role, two customer accounts, and whatever each app's
`demo.seed()` adds on top. Running it again creates no duplicates; it only
resets the demo users' passwords."""

import secrets
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import Branch, Customer, StaffProfile, User
from core import roles
from core.discovery import app_modules

STAFF = [
    # username, first, last, role, department, superuser, language
    ("admin", "Alex", "Admin", roles.ADMINISTRATOR, StaffProfile.Department.MANAGEMENT, True, "en"),
    ("manager", "Maria", "Ivanova", roles.MANAGER, StaffProfile.Department.MANAGEMENT, False, "ru"),
    ("agent", "Reza", "Karimi", roles.SUPPORT_AGENT, StaffProfile.Department.SUPPORT, False, "fa"),
    ("sales", "Li", "Wei", roles.SALES, StaffProfile.Department.SALES, False, "zh-hans"),
    ("tech", "Ivan", "Petrov", roles.TECHNICIAN, StaffProfile.Department.TECHNICAL, False, "ru"),
    ("finance", "Fatima", "Ahmadi", roles.FINANCE, StaffProfile.Department.FINANCE, False, "en"),
    ("partner", "Pavel", "Distributor", roles.CHANNEL_PARTNER, StaffProfile.Department.PARTNERS, False, "ru"),
]

CUSTOMERS = [
    # username, customer fields, user first/last
    (
        "customer",
        {
            "kind": Customer.Kind.ORGANISATION,
            "name": "Nordwind Logistics LLC",
            "email": "it@nordwind.example",
            "phone": "+74951234567",
            "address": "Tverskaya 12, Moscow",
            "area": "Moscow-Center",
            "tax_number": "7701234567",
            "credit_balance": Decimal("15250.00"),
        },
        ("Olga", "Smirnova", "ru"),
    ),
    (
        "customer2",
        {
            "kind": Customer.Kind.PERSON,
            "name": "Sara Rahimi",
            "email": "sara.rahimi@mail.example",
            "phone": "+989121234567",
            "address": "Vali-e Asr 100, Tehran",
            "area": "Tehran-North",
            "passport_number": "P12345678",
            "passport_issued_by": "Tehran passport office",
            "credit_balance": Decimal("320.50"),
        },
        ("Sara", "Rahimi", "fa"),
    ),
]


class Command(BaseCommand):
    help = "Create or refresh the demo users (one per role) and demo customer accounts."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="password for every demo user (generated and printed if omitted)")

    def handle(self, *args, password=None, **options):
        password = password or secrets.token_urlsafe(9)
        # Commit first, so the logins print after the demo's notifications are handed over.
        with transaction.atomic():
            users = self._seed(password)
        self.stdout.write(self.style.SUCCESS("Demo users (all with the same password):"))
        for username, user in users.items():
            role = ", ".join(user.groups.values_list("name", flat=True))
            self.stdout.write(f"  {username:<10} {password}   {role}")

    def _seed(self, password: str) -> dict[str, User]:
        branches = [
            Branch.objects.get_or_create(name=name, defaults={"address": address, "phone": phone})[0]
            for name, address, phone in [
                ("Moscow Central", "Tverskaya 1, Moscow", "+74950000001"),
                ("Tehran North", "Vali-e Asr 200, Tehran", "+982100000001"),
            ]
        ]
        users: dict[str, User] = {}
        for username, first, last, role, department, superuser, language in STAFF:
            user = self._user(
                username,
                password,
                first_name=first,
                last_name=last,
                language=language,
                is_staff=role != roles.CHANNEL_PARTNER,
                is_superuser=superuser,
            )
            user.groups.set([Group.objects.get(name=role)])
            StaffProfile.objects.update_or_create(
                user=user, defaults={"department": department, "branch": branches[0], "job_title": role}
            )
            users[username] = user
        customers: dict[str, Customer] = {}
        for username, fields, (first, last, language) in CUSTOMERS:
            customer = Customer.objects.filter(email=fields["email"]).first() or Customer(**fields)
            customer.save()
            user = self._user(
                username, password, first_name=first, last_name=last, language=language, customer=customer
            )
            user.groups.set([Group.objects.get(name=roles.CUSTOMER)])
            customers[username] = customer
            users[username] = user
        # accounts' own demo data is what this command creates above.
        for module in app_modules("demo", exclude=("accounts",)):
            module.seed(users=users, customers=customers, stdout=self.stdout)
        return users

    def _user(self, username: str, password: str, **fields) -> User:
        user = User.objects.filter(username=username).first() or User(username=username)
        for name, value in fields.items():
            setattr(user, name, value)
        user.email = user.email or f"{username}@omsportal.example"
        user.set_password(password)
        user.must_change_password = False
        user.password_changed_at = timezone.now()
        user.is_active = True
        user.save()
        return user
