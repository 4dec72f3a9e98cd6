"""Demo stock for seed_demo: a three-level channel tree with the demo partner on top,
numbers of every type and status, paired SIM cards, reservations and history, and the
partner's orders (open with its numbers reserved, cancelled, completed and sold).

Idempotent: runs once per database (keyed on the demo distributor)."""

from django.db.models import Q

from accounts.models import Customer, User
from inventory import services
from inventory.models import Channel, Number, Sim, StockKind
from orders import selectors as order_selectors
from orders.services import Item, order_cancel, order_create, order_move

DISTRIBUTOR = "North Distribution"


def _iccid(serial: int) -> str:
    body = f"897010{serial:012d}"
    return body + str(luhn_digit(body))


def luhn_digit(body: str) -> int:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return (10 - total % 10) % 10


def seed(*, users: dict[str, User], customers: dict[str, Customer], stdout) -> None:
    if Channel.objects.filter(name=DISTRIBUTOR).exists():
        return
    manager = users["manager"]
    north = services.channel_create(
        name=DISTRIBUTOR,
        kind=Channel.Kind.DISTRIBUTOR,
        contact_name="Pavel Distributor",
        contact_phone="+74957770000",
        address="Lenina 10, Moscow",
        by=manager,
    )
    north_1 = services.channel_create(
        name="North Sub-distributor", kind=Channel.Kind.SUB_DISTRIBUTOR, parent=north, by=manager
    )
    services.channel_create(name="Arbat Shop", kind=Channel.Kind.SHOP, parent=north_1, by=manager)
    south = services.channel_create(name="South Distribution", kind=Channel.Kind.DISTRIBUTOR, by=manager)
    services.channel_create(name="Street Agent Ivan", kind=Channel.Kind.AGENT, parent=south, by=manager)
    services.channel_user_link(user=users["partner"], channel=north, is_manager=True, by=manager)

    services.number_range_create(prefix="7916", first="5550000", last="5550199", region="Moscow", by=manager)
    services.number_range_create(
        prefix="7916",
        first="7777000",
        last="7777009",
        kind=StockKind.GOLDEN,
        price_class="A",
        region="Moscow",
        by=manager,
    )
    sims = services.sims_load(
        rows=[{"iccid": _iccid(n), "imsi": f"25001{n:010d}", "pin": "1234", "puk": f"{n:08d}"} for n in range(1, 21)],
        by=manager,
    )
    numbers = list(Number.objects.filter(msisdn__startswith="7916555").order_by("msisdn"))
    services.numbers_pair(pairs=list(zip(numbers[:20], sims, strict=True)), by=manager)

    ids = [n.pk for n in numbers]
    services.stock_move(model=Number, ids=ids[:50], move="allocate", by=manager, values={"channel": north})
    services.stock_move(model=Number, ids=ids[:10], move="allocate_down", by=manager, values={"channel": north_1})
    services.stock_move(model=Number, ids=ids[100:120], move="allocate", by=manager, values={"channel": south})
    services.stock_move(
        model=Sim, ids=[s.pk for s in sims[:10]], move="allocate", by=manager, values={"channel": north}
    )
    services.stock_move(model=Number, ids=ids[150:153], move="reserve", by=users["sales"], values={"order": "O-DEMO-1"})
    services.stock_move(model=Number, ids=ids[153:156], move="reserve", by=users["sales"], values={"order": "O-DEMO-2"})
    services.stock_move(model=Number, ids=ids[153:156], move="sell", by=users["sales"], values={})
    services.stock_move(model=Number, ids=ids[154:156], move="activate", by=manager, values={})
    services.stock_move(model=Number, ids=ids[155:156], move="suspend", by=manager, values={"comment": "Unpaid"})
    golden = list(Number.objects.filter(Q(kind=StockKind.GOLDEN)).values_list("pk", flat=True)[:2])
    services.stock_move(
        model=Number, ids=golden, move="allocate", by=manager, values={"customer": customers["customer"]}
    )
    placed = _partner_orders(users=users, customers=customers, north=north, north_1=north_1)
    stdout.write(
        f"Inventory: {Number.objects.count()} numbers, {Sim.objects.count()} SIM cards, 5 channels, "
        f"{placed} partner orders."
    )


def _partner_orders(*, users, customers, north: Channel, north_1: Channel) -> int:
    """Orders the demo partner placed through North and North Sub for a customer: one open (its
    numbers reserved), one cancelled (given back), one completed (sold); none without a SIM product."""
    products = order_selectors.sim_products_on_sale()
    if not products:
        return 0
    partner, manager, customer = users["partner"], users["manager"], customers["customer"]

    def place(channel: Channel, quantity: int) -> object:
        return order_create(
            by=partner,
            customer=customer,
            type="sim_purchase",
            items=[Item(products[0], quantity)],
            delivery_method="courier",
            delivery_address=north.address,
            channel_code=channel.code,
        )

    place(north, 2)
    order_cancel(order=place(north, 1), by=manager, reason="The customer changed their mind.")
    done = place(north_1, 1)
    for move in ("approve", "ship", "start_activation", "confirm_activation", "complete"):
        done = order_move(order=done, by=manager, move=move, values={"tracking_reference": "SHOP-HANDOVER"})
    return 3
