"""Demo tickets for seed_demo: queues, tickets in all five statuses with
conversations, internal notes, interactions and an active outage.

Idempotent: runs its story once per database (keyed on the demo queues).
"""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Customer, User
from tickets import services, workflow
from tickets.models import Area, Interaction, Outage, Queue, Ticket

QUEUES = [
    ("Technical support", "Internet, TV and phone faults, equipment set-up."),
    ("Billing", "Invoices, payments, tariff questions."),
    ("Sales", "New connections, upgrades and offers."),
    ("Field service", "Visits to customers' premises by technicians."),
]
QUEUE_NAMES = {  # Russian, Persian, Chinese
    "Technical support": ("Техническая поддержка", "پشتیبانی فنی", "技术支持"),
    "Billing": ("Счета и оплата", "صورتحساب", "账单"),
    "Sales": ("Продажи", "فروش", "销售"),
    "Field service": ("Выездное обслуживание", "خدمات میدانی", "上门服务"),
}

STORIES = [
    # customer key, queue, subject, text, priority, type, contract
    (
        "customer",
        "Technical support",
        "No internet since this morning",
        "All office computers lost the connection at 9:10. The router's WAN light is red.",
        4,
        "incident",
        "CN-2024-0117",
    ),
    (
        "customer",
        "Billing",
        "Invoice for October is doubled",
        "We were charged twice for the 100 Mbit/s business tariff in October.",
        3,
        "complaint",
        "CN-2024-0117",
    ),
    (
        "customer",
        "Sales",
        "Add 5 SIM cards for new staff",
        "Please quote five more SIM cards on our corporate plan with 20 GB each.",
        2,
        "request",
        "CN-2024-0117",
    ),
    (
        "customer",
        "Technical support",
        "Slow Wi-Fi in the meeting room",
        "Speed drops below 5 Mbit/s on the second floor after lunch.",
        2,
        "incident",
        "",
    ),
    (
        "customer2",
        "Technical support",
        "TV box shows error E-102",
        "After the update yesterday the TV box only shows 'E-102' on a black screen.",
        3,
        "incident",
        "PR-88213",
    ),
    (
        "customer2",
        "Billing",
        "How do I pay by card?",
        "I want to pay my monthly bill with a bank card from the portal.",
        1,
        "question",
        "",
    ),
    (
        "customer2",
        "Field service",
        "Move the landline socket",
        "We are renovating; please move the phone socket to the living room.",
        2,
        "request",
        "PR-88213",
    ),
    (
        "customer",
        "Technical support",
        "VPN drops every hour",
        "The site-to-site VPN to our warehouse disconnects every 60 minutes.",
        3,
        "incident",
        "CN-2024-0117",
    ),
]


def seed(*, users: dict[str, User], customers: dict[str, Customer], stdout) -> None:
    queues = {}
    for name, description in QUEUES:
        ru, fa, zh = QUEUE_NAMES[name]
        queues[name], _created = Queue.objects.get_or_create(
            name=name, defaults={"description": description, "name_ru": ru, "name_fa": fa, "name_zh_hans": zh}
        )
    agent, manager, tech, sales = users["agent"], users["manager"], users["tech"], users["sales"]
    queues["Technical support"].members.add(agent, tech)
    queues["Billing"].members.add(agent, users["finance"])
    queues["Sales"].members.add(sales)
    queues["Field service"].members.add(tech)
    for area in ("Moscow-Center", "Tehran-North", "Kazan"):
        Area.objects.get_or_create(name=area)
    if Ticket.objects.filter(queue__in=queues.values()).exists():
        return

    outage = Outage.objects.create(
        area="Moscow-Center",
        services="Business internet, IP telephony",
        description="Fibre cut on Tverskaya during road works; crews on site.",
        starts_at=timezone.now() - timedelta(hours=3),
        expected_end=timezone.now() + timedelta(hours=5),
        declared_by=manager,
    )
    tickets = []
    for key, queue, subject, text, priority, kind, contract in STORIES:
        customer_user = users[key]
        tickets.append(
            services.ticket_create(
                by=customer_user,
                customer=customers[key],
                queue=queues[queue],
                subject=subject,
                text=text,
                contact_name=customer_user.get_full_name(),
                contact_phone=str(customers[key].phone),
                contract_number=contract,
                priority=priority,
                type=kind,
            )
        )
    no_internet, invoice, _sims, wifi, tv_box, pay, socket, vpn = tickets

    # OPEN: taken, answered, an internal note, linked to the outage.
    workflow.ticket_take(ticket=no_internet, by=agent)
    services.ticket_comment(ticket=no_internet, by=agent, body="Customer is inside the outage area; linking.")
    services.ticket_link_outage(ticket=no_internet, outage=outage, by=agent)
    services.ticket_reply(
        ticket=no_internet,
        by=agent,
        body="There is a fibre cut in your area. Crews expect to restore service by this evening.",
    )
    services.ticket_reply(ticket=no_internet, by=users["customer"], body="Thank you. Can you call us when it is back?")

    # CLOSED and rated.
    workflow.ticket_take(ticket=invoice, by=agent)
    services.ticket_reply(ticket=invoice, by=agent, body="You are right: the second charge is refunded to your credit.")
    workflow.ticket_close(ticket=invoice, by=agent, resolution="Duplicate charge refunded as credit.")
    services.ticket_rate(ticket=invoice, by=users["customer"], rating=5, comment="Quick and clear, thanks.")

    # REJECT-RETURN: created in the wrong queue by staff.
    staff_ticket = services.ticket_create(
        by=sales,
        customer=customers["customer"],
        queue=queues["Field service"],
        subject="Install second router",
        text="Customer asked by phone for a second router on floor 2.",
        contact_name="Olga Smirnova",
        channel=Ticket.Channel.PHONE,
        type=Ticket.Type.REQUEST,
    )
    workflow.ticket_return(ticket=staff_ticket, by=tech, reason="No contract number and no address: please complete.")

    # REJECT-RETURN to the customer who filed it: waits for their correction.
    workflow.ticket_take(ticket=wifi, by=agent)
    workflow.ticket_return(ticket=wifi, by=agent, reason="Which office is it? Please add the address and the contract.")

    # FORWARDED to another queue with a comment.
    workflow.ticket_take(ticket=tv_box, by=agent)
    workflow.ticket_forward(
        ticket=tv_box,
        queue=queues["Field service"],
        by=agent,
        comment="Remote reset did not help; the box needs replacing on site.",
    )

    # CLOSED without rating yet; DISPATCH ones stay waiting in their queues.
    workflow.ticket_take(ticket=pay, by=agent)
    services.ticket_reply(ticket=pay, by=agent, body="Open Finance → New payment in the portal and choose 'Card'.")
    workflow.ticket_close(ticket=pay, by=agent, resolution="Explained card payments in the portal.")

    # ASSIGNED by the manager to the field technician, who is told by e-mail (ticket_assigned).
    workflow.ticket_assign(ticket=socket, to=tech, by=manager)

    workflow.ticket_take(ticket=vpn, by=tech)
    services.ticket_comment(ticket=vpn, by=tech, body="Rekey interval is 3600 s on their side; asked for logs.")
    services.ticket_reply(
        ticket=vpn, by=tech, body="Could you send us the VPN log of your router from the last disconnection?"
    )

    # Spread the requests over the last weeks, oldest first, as a real account's list looks.
    now = timezone.now()
    for age, ticket in enumerate(reversed([*tickets, staff_ticket])):
        created = now - timedelta(days=2 * age + 1, hours=3 * age % 7, minutes=17 * age % 60)
        Ticket.objects.filter(pk=ticket.pk).update(created_at=created)
        ticket.actions.filter(kind="created").update(created_at=created)

    for customer, kind, summary in [
        (customers["customer"], Interaction.Kind.CALL, "Called about the outage; promised a call-back."),
        (customers["customer"], Interaction.Kind.VISIT, "Technician checked the office router, firmware updated."),
        (customers["customer2"], Interaction.Kind.EMAIL, "Sent the card payment guide."),
    ]:
        services.interaction_log(
            customer=customer, by=agent, kind=kind, direction=Interaction.Direction.OUTBOUND, summary=summary
        )
    stdout.write(f"  tickets: {Ticket.objects.count()} demo tickets in {len(queues)} queues, 1 active outage")
