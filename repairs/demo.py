"""Demo repairs for seed_demo: every branch takes repairs; the tech's branch has a repair in each
status (a warranty repair, an accepted quote, a declined one, a cancelled one, a returned one).

Idempotent: runs its story once per database (keyed on the demo serial numbers)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from accounts.models import Branch, Customer, User
from repairs import services
from repairs.models import Repair, RepairDesk

HOURS = "Mon–Fri 9:00–19:00, Sat 10:00–16:00"

# customer key, device type, model, serial, problem, condition, the moves to make
STORIES = [
    ("customer", "Laptop", "ThinkPad T14", "DEMO-PF3X1", "Does not switch on.", ["scratches"], []),
    ("customer2", "Phone", "Galaxy S23", "DEMO-R58T2", "Cracked screen after a fall.", ["cracked_screen"], ["receive"]),
    ("customer", "Router", "Keenetic Giga", "DEMO-KN443", "Reboots every hour.", [], ["receive", "diagnose"]),
    (
        "customer",
        "Tablet",
        "iPad Air",
        "DEMO-DMP91",
        "Battery drains fast.",
        ["dents"],
        ["receive", "diagnose", "quote"],
    ),
    ("customer2", "Phone", "Pixel 8", "DEMO-GP8W5", "No sound.", [], ["receive", "diagnose", "quote", "approve"]),
    (
        "customer",
        "Laptop",
        "MacBook Air",
        "DEMO-C02Z7",
        "Keyboard keys stick.",
        ["liquid_damage"],
        ["receive", "diagnose", "quote", "approve", "finish"],
    ),
    (
        "customer2",
        "Phone",
        "iPhone 13",
        "DEMO-F17Q2",
        "Charging port loose.",
        ["scratches"],
        ["receive", "diagnose", "quote", "approve", "finish", "hand_back"],
    ),
    (
        "customer",
        "Phone",
        "Redmi Note 12",
        "DEMO-XM129",
        "Camera blurry.",
        [],
        ["receive", "diagnose", "quote", "decline"],
    ),
    ("customer2", "Laptop", "Vivobook 15", "DEMO-AS150", "Fan noise.", [], ["receive", "cancel"]),
    (
        "customer",
        "Printer",
        "LaserJet M110",
        "DEMO-HP110",
        "Paper jams.",
        [],
        ["receive", "diagnose", "not_repairable"],
    ),
]


def seed(*, users: dict[str, User], customers: dict[str, Customer], stdout) -> None:
    for branch in Branch.objects.all():
        RepairDesk.objects.get_or_create(branch=branch, defaults={"opening_hours": HOURS})
    if Repair.objects.filter(serial_number__startswith="DEMO-").exists():
        return
    tech = users["tech"]
    branch = tech.staff_profile.branch or Branch.objects.order_by("pk").first()
    for key, kind, model, serial, problem, condition, moves in STORIES:
        owner = users[key]
        repair = services.repair_register(
            by=owner,
            customer=customers[key],
            branch=branch,
            device_type=kind,
            device_model=model,
            serial_number=serial,
            problem=problem,
            condition=condition,
            charger_included=kind == "Laptop",
            handed_over_by=owner.get_full_name(),
            handed_over_id_number="AB1234567",
            handed_over_phone=str(customers[key].phone),
        )
        for move in moves:
            repair = _move(repair, move, tech=tech, owner=owner)
    services.repair_register(
        by=users["agent"],
        customer=customers["customer"],
        branch=branch,
        device_type="Phone",
        device_model="Pixel 9",
        serial_number="DEMO-WARR1",
        purchase_date=timezone.localdate() - datetime.timedelta(days=60),
        problem="Touch screen dead zone; bought two months ago.",
        handed_over_by="Olga Smirnova",
        handed_over_id_number="AB1234567",
        handed_over_phone=str(customers["customer"].phone),
        return_method=Repair.ReturnMethod.COURIER,
        return_address=customers["customer"].address,
    )
    stdout.write(f"  repairs: {len(STORIES) + 1} demo repairs at {branch}")


def _move(repair: Repair, move: str, *, tech: User, owner: User) -> Repair:
    if move == "quote":
        return services.repair_quote_send(
            repair=repair,
            by=tech,
            lines=[
                {"kind": "parts", "description": "Replacement part", "amount": Decimal("45.00")},
                {"kind": "labour", "description": "Labour, 1 hour", "amount": Decimal("25.00")},
            ],
            valid_until=timezone.localdate() + datetime.timedelta(days=14),
        )
    values = {
        "receive": {"serial_received": repair.serial_number, "comment": "Small scratch on the lid."},
        "hand_back": {"returned_to": owner.get_full_name(), "id_number": "AB1234567"},
        "cancel": {"comment": "The customer took the device back."},
        "not_repairable": {"comment": "No spare parts are made any more."},
    }.get(move)
    by = owner if move in ("approve", "decline") else tech
    return services.repair_move(repair=repair, by=by, name=move, values=values)
