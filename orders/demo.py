"""Demo orders for seed_demo: a catalogue of plans, routers, SIM cards and
services (one no longer sold), the technician's installation slots, and orders
of every type in every status, each moved there through the workflow so its
timeline and notifications are real.

Idempotent: runs once per database (keyed on the demo catalogue).
"""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import Branch
from orders import services
from orders.models import InstallationSlot, Order, Product, TariffPlan
from orders.services import Item

S, T = Order.Status, Order.Type

PLANS = [
    ("Home 100", "demo-home-100", "450.00", "0.00", "100 Mbit/s, unlimited traffic, IPTV basic"),
    ("Fibre 500", "demo-fibre-500", "650.00", "1000.00", "500 Mbit/s, static IP on request, IPTV 150 channels"),
    ("Business 1G", "demo-business-1g", "2490.90", "4999.99", "1 Gbit/s symmetric, SLA 99.9 %, 8 static IPs"),
    ("Mobile 20 GB", "demo-mobile-20", "399.00", "0.00", "20 GB, 600 minutes, unlimited messengers"),
]
PRODUCTS = [
    ("Wi-Fi router AX3000", "DEMO-RT-AX3000", Product.Kind.EQUIPMENT, "4990.00", "20"),
    ("Mesh node", "DEMO-MESH", Product.Kind.EQUIPMENT, "3333.33", "20"),
    ("TV set-top box", "DEMO-STB", Product.Kind.EQUIPMENT, "2999.99", "20"),
    ("SIM card", "DEMO-SIM", Product.Kind.SIM, "100.00", "20"),
    ("Golden number", "DEMO-GOLD", Product.Kind.SIM, "1500.00", "20"),
    ("Installation visit", "DEMO-VISIT", Product.Kind.SERVICE, "0.10", "10"),
]


def seed(*, users, customers, stdout) -> None:
    if TariffPlan.objects.filter(technical_name="demo-home-100").exists():
        return
    plans = {
        name: TariffPlan.objects.create(
            name=name, technical_name=technical, monthly_fee=Decimal(fee), one_off_fee=Decimal(one_off), includes=text
        )
        for name, technical, fee, one_off, text in PLANS
    }
    products = {
        name: Product.objects.create(name=name, sku=sku, kind=kind, price=Decimal(price), tax_rate=Decimal(tax))
        for name, sku, kind, price, tax in PRODUCTS
    }
    TariffPlan.objects.create(
        name="ADSL 8 (archive)",
        technical_name="demo-adsl-8",
        monthly_fee=Decimal("300.00"),
        is_active=False,
        includes="No longer sold; kept on the orders that used it.",
    )
    branch = Branch.objects.order_by("pk").first()
    tech, sales, finance = users["tech"], users["sales"], users["finance"]
    start = timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    slots = [
        InstallationSlot.objects.create(
            branch=branch,
            technician=tech,
            starts_at=start.replace(hour=9) + timedelta(days=day, hours=2 * part),
            ends_at=start.replace(hour=9) + timedelta(days=day, hours=2 * part + 2),
        )
        for day in range(5)
        for part in range(4)
    ]
    free = iter(slots)
    customer, customer2 = users["customer"], users["customer2"]

    def place(by, account, order_type, items, *, submit=True, method="courier", address="Tverskaya 10, flat 5"):
        return services.order_create(
            by=by,
            customer=account,
            type=order_type,
            items=items,
            delivery_method=method,
            delivery_address=address,
            branch=branch,
            submit=submit,
        )

    router, sim = products["Wi-Fi router AX3000"], products["SIM card"]
    fibre, mobile = plans["Fibre 500"], plans["Mobile 20 GB"]
    stories = [
        # who places, account, type, items, the moves after submission (mover, move, values)
        (sales, customers["customer"], T.NEW_CONNECTION, [Item(fibre, 1), Item(router, 1)], None),
        (customer, customers["customer"], T.NEW_CONNECTION, [Item(fibre, 1), Item(router, 1)], []),
        (customer2, customers["customer2"], T.EQUIPMENT, [Item(products["Mesh node"], 2)], [(sales, "review", {})]),
        (customer, customers["customer"], T.SIM_PURCHASE, [Item(sim, 5), Item(mobile, 5)], [(sales, "approve", {})]),
        (
            customer2,
            customers["customer2"],
            T.UPGRADE,
            [Item(plans["Business 1G"], 1)],
            [(sales, "reject", {"comment": "The building has no fibre yet."})],
        ),
        (
            customer,
            customers["customer"],
            T.RELOCATION,
            [Item(plans["Home 100"], 1)],
            [(sales, "approve", {}), (customer, "schedule", "slot")],
        ),
        (
            sales,
            customers["customer2"],
            T.EQUIPMENT,
            [Item(products["TV set-top box"], 1), Item(products["Installation visit"], 3)],
            [
                (sales, "approve", {}),
                (finance, "mark_paid", {}),
                (sales, "ship", {"tracking_reference": "CDEK-100200"}),
            ],
        ),
        (
            sales,
            customers["customer"],
            T.NEW_CONNECTION,
            [Item(fibre, 1), Item(router, 1)],
            [
                (sales, "approve", {}),
                (tech, "schedule", "slot"),
                (finance, "mark_paid", {}),
                (sales, "ship", {"tracking_reference": "CDEK-100201"}),
                (tech, "start_activation", {}),
            ],
        ),
        (
            sales,
            customers["customer2"],
            T.SIM_PURCHASE,
            [Item(products["Golden number"], 1), Item(mobile, 1)],
            [
                (sales, "approve", {}),
                (finance, "mark_paid", {}),
                (sales, "ship", {"tracking_reference": ""}),
                (sales, "start_activation", {}),
                (sales, "confirm_activation", {}),
            ],
        ),
        (
            sales,
            customers["customer"],
            T.UPGRADE,
            [Item(plans["Business 1G"], 1)],
            [
                (sales, "approve", {}),
                (finance, "mark_paid", {}),
                (tech, "start_activation", {}),
                (tech, "confirm_activation", {}),
                (tech, "complete", {}),
            ],
        ),
        (
            sales,
            customers["customer2"],
            T.DISCONNECTION,
            [Item(plans["Home 100"], 1)],
            [(sales, "approve", {}), (tech, "schedule", "slot"), (tech, "complete", {})],
        ),
        (
            customer,
            customers["customer"],
            T.EQUIPMENT,
            [Item(router, 1)],
            [(finance, "mark_paid", {}), (sales, "approve", {}), (sales, "cancel", {"comment": "Ordered twice."})],
        ),
    ]
    for by, account, order_type, items, moves in stories:
        method = "pickup" if order_type == T.SIM_PURCHASE else "courier"
        order = place(by, account, order_type, items, submit=moves is not None, method=method)
        for mover, move, values in moves or []:
            if values == "slot":
                values = {"slot": next(free)}
            order = services.order_move(order=order, by=mover, move=move, values=values)
        if order.status == S.CANCELLED and order.payment_state == Order.Payment.PAID:
            half = (order.gross_total / 2).quantize(Decimal("0.01"))
            services.order_move(
                order=order,
                by=finance,
                move="refund",
                values={"amount": half, "comment": "First half back to the card."},
            )
    stdout.write(f"  orders: {Order.objects.count()} demo orders, {len(slots)} installation slots")
