"""Demo services for seed_demo: an IP pool, a business-segment customer, the customers' numbers (one with a flash note, add-ons,
extra balances and a plan change; one suspended), an order activated step by step through the
simulated network, and one whose activation failed (in the staff's failed-activations queue).

Idempotent: runs once per database (keyed on the demo IP pool).
"""

from decimal import Decimal

from django.db import transaction

from accounts.models import Customer
from customers import activation, services
from customers.models import Accumulator, IpAddress, IpPool, SimulatedFault, SubscriberService
from orders import services as order_services

DEMO_POOL = "Demo home users"


def _service(customer, plan, number: str, **fields) -> SubscriberService:
    return SubscriberService.objects.create(
        customer=customer,
        plan=plan,
        phone_number=number,
        contract_number=f"K-{number[-6:]}",
        iccid=f"897019900000{number[-7:]}",
        imsi=f"25099000{number[-7:]}",
        pin="1234",
        puk="12345678",
        hlr="HLR-MSK-1",
        **fields,
    )


def seed(*, users, customers, stdout) -> None:
    if IpPool.objects.filter(name=DEMO_POOL).exists():
        return
    plan_model = SubscriberService._meta.get_field("plan").related_model
    plans = list(plan_model.objects.filter(is_active=True).order_by("pk")[:2])
    if len(plans) < 2:
        return
    manager = users["manager"]
    with transaction.atomic():
        pool = IpPool.objects.create(name=DEMO_POOL)
        IpAddress.objects.bulk_create(IpAddress(pool=pool, address=f"100.64.0.{i}") for i in range(1, 51))
        first = _service(
            customers["customer"],
            plans[0],
            "+79001000001",
            arpu=Decimal("512.40"),
            balance=Decimal("250.00"),
            device_model="Samsung Galaxy A54",
            flash_note="VIP: call back within the hour",
            user_name="Maria Ivanova",
            user_relation="daughter",
        )
        Accumulator.objects.create(service=first, name="Data", amount=Decimal("12.50"), unit="GB")
        Accumulator.objects.create(service=first, name="Minutes", amount=Decimal("340"), unit="min")
        services.service_addon_add(service=first, soc_code="ROAM-EU", by=manager)
        services.service_addon_add(service=first, soc_code="TV-BASIC", by=manager)
        services.service_plan_change(service=first, plan=plans[1], by=manager)
        second = _service(customers["customer"], plans[0], "+79001000002", device_model="iPhone 13")
        services.SERVICE_FLOW.run(second, "suspend", by=manager, values={"comment": "Lost phone, blocked on request"})
        _service(customers["customer2"], plans[1], "+79001000003", balance=Decimal("-35.00"))
        # The third customer type: a business segment, with its own contract and number.
        segment = Customer.objects.create(
            kind=Customer.Kind.BUSINESS_SEGMENT,
            name="Nordwind Logistics: fleet segment",
            email="fleet@nordwind.example",
            phone="+74951234568",
            address="Tverskaya 12, Moscow",
            tax_number="7701234568",
        )
        _service(segment, plans[0], "+79001000004", device_model="Teltonika FMB920")
    waiting = list(
        SubscriberService._meta.get_field("order")
        .related_model.objects.filter(status="activation", activation_job__isnull=True)
        .order_by("pk")[:2]
    )
    for position, order in enumerate(waiting):
        job = activation.activation_job_create(order_id=order.pk)
        # The first fails (the order goes to "Activation failed", in the failed-activations queue); the second succeeds.
        fault = SimulatedFault.objects.create(step="configure_equipment") if position == 0 else None
        # What the worker does with its retries, without waiting for the back-off.
        while activation.activation_continue(job_id=job.pk) is not None:
            pass
        if fault:
            fault.delete()
    # And one order that waits in "Activation" for the worker (the one above now says "Activation failed").
    order_model = SubscriberService._meta.get_field("order").related_model
    if not order_model.objects.filter(status="activation").exists():
        with transaction.atomic():
            order = order_services.order_create(
                by=manager,
                customer=customers["customer2"],
                type="upgrade",
                items=[order_services.Item(item=plans[0], quantity=1)],
                delivery_method="courier",
                delivery_address="5 Demo street",
            )
            for move in ("approve", "start_activation"):
                order = order_services.order_move(order=order, by=manager, move=move)
    stdout.write(f"Demo services: {SubscriberService.objects.count()}, activations: {len(waiting)}")
