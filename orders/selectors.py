"""Reads for orders: who may see what, and the lists each page shows.

Scope: a customer user sees their account's orders (404 for any other);
staff need `orders.view_order`. Every list reads a fixed number of queries
whatever the number of orders, and every filter and sort it offers has an index.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import Lower, TruncMonth
from django.http import Http404
from django.utils import timezone

from accounts.models import Customer, User
from orders.models import NUMBER_PREFIX, InstallationSlot, Order, OrderAction, OrderLine, Product, TariffPlan
from orders.workflow import OPEN_STATES

S = Order.Status
COUNT_CAP = 1000
LIST_FIELDS = (
    "id",
    "number",
    "type",
    "status",
    "payment_state",
    "currency",
    "gross_total",
    "channel_code",
    "source",
    "created_at",
    "desired_date",
    "has_goods",
    "customer_id",
    "customer__name",
    "customer__number",
)
DESK_SORTS = {
    "-date": ("-created_at", "-id"),
    "date": ("created_at", "id"),
    "-amount": ("-gross_total", "-id"),
    "amount": ("gross_total", "id"),
    "status": ("status", "-created_at", "-id"),
    "-status": ("-status", "-created_at", "-id"),
}
PORTAL_STATES = {
    "all": Q(),
    "open": Q(status__in=OPEN_STATES),
    "done": Q(status=S.COMPLETED),
    "cancelled": Q(status__in=[S.CANCELLED, S.REJECTED]),
}


def catalogue_on_sale() -> tuple[list[Product], list[TariffPlan]]:
    return list(Product.objects.on_sale().order_by("kind", "name")), list(TariffPlan.objects.on_sale())


def orders_visible_to(user: User) -> QuerySet[Order]:
    if user.is_customer:
        return Order.objects.filter(customer_id=user.customer_id)
    if user.has_perm("orders.view_order"):
        return Order.objects.all()
    return Order.objects.none()


def order_for_user(user: User, pk: int) -> Order:
    """The order with everything its page needs, or 404 outside the user's scope."""
    order = (
        orders_visible_to(user)
        .select_related("customer", "branch", "created_by", "slot", "slot__technician", "slot__branch")
        .prefetch_related(
            Prefetch("lines", queryset=OrderLine.objects.order_by("pk")),
            Prefetch("actions", queryset=OrderAction.objects.select_related("actor").order_by("created_at", "pk")),
        )
        .filter(pk=pk)
        .first()
    )
    if order is None:
        raise Http404
    return order


def free_slots(order: Order, *, limit: int = 40) -> list[InstallationSlot]:
    """Free future slots of the order's branch (or every branch when it has none), soonest first."""
    slots = InstallationSlot.objects.filter(order__isnull=True, starts_at__gt=timezone.now())
    if order.branch_id:
        slots = slots.filter(branch_id=order.branch_id)
    return list(slots.select_related("branch", "technician").order_by("starts_at", "pk")[:limit])


@dataclass(frozen=True)
class DeskFilters:
    status: str = ""
    payment: str = ""
    type: str = ""
    channel: str = ""
    customer: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""
    sort: str = "-date"


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _search(orders: QuerySet[Order], query: str) -> QuerySet[Order]:
    """By number (O-000123 or its digits), the customer's phone, or the start of the customer's name or number.

    The customers are looked up first (a few index reads), so the order table is
    read by its customer index instead of being joined and scanned."""
    text = query.strip()
    digits = text.upper().removeprefix(NUMBER_PREFIX)
    if digits.isdigit() and len(digits) <= 9:
        number = f"{NUMBER_PREFIX}{int(digits):06d}"
        phone_match = Customer.objects.filter(phone__endswith=digits).values("pk")[:50] if len(digits) >= 7 else None
        if phone_match is None:
            return orders.filter(number=number)
        return orders.filter(Q(number=number) | Q(customer_id__in=list(phone_match.values_list("pk", flat=True))))
    if text.startswith("+"):
        ids = list(Customer.objects.filter(phone=text).values_list("pk", flat=True)[:50])
        return orders.filter(Q(customer_id__in=ids) | Q(contact_phone=text))
    prefix = text.lower()
    # The range lets the index on lower(name) answer the prefix (LIKE uses a btree only under the "C" collation).
    by_name = Q(lower_name__gte=prefix, lower_name__lt=prefix + "\U0010ffff", lower_name__startswith=prefix)
    ids = list(
        Customer.objects.annotate(lower_name=Lower("name"))
        .filter(by_name | Q(number=text.upper()))
        .order_by("lower_name")
        .values_list("pk", flat=True)[:50]
    )
    return orders.filter(customer_id__in=ids)


def desk_filtered(*, user: User, filters: DeskFilters) -> QuerySet[Order]:
    orders = orders_visible_to(user)
    if filters.status:
        orders = orders.filter(status=filters.status)
    if filters.payment:
        orders = orders.filter(payment_state=filters.payment)
    if filters.type:
        orders = orders.filter(type=filters.type)
    if filters.channel:
        orders = orders.filter(channel_code=filters.channel)
    if filters.customer:
        orders = orders.filter(customer_id=filters.customer)
    if filters.date_from:
        orders = orders.filter(created_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        orders = orders.filter(created_at__lt=_day_start(filters.date_to + timedelta(days=1)))
    if filters.query:
        orders = _search(orders, filters.query)
    return orders


def desk(*, user: User, filters: DeskFilters) -> tuple[QuerySet[Order], dict[str, int]]:
    """The rows of the staff desk (only the columns the table shows) and the counts per status.

    The counts apply every filter but the status one; the search resolves its customers once for both."""
    others = desk_filtered(user=user, filters=replace(filters, status=""))
    rows = others.filter(status=filters.status) if filters.status else others
    ordering = DESK_SORTS.get(filters.sort, DESK_SORTS["-date"])
    counts = capped_counts(others, field="status", values=list(S.values))
    return rows.select_related("customer").only(*LIST_FIELDS).order_by(*ordering), counts


def capped_counts(orders: QuerySet[Order], *, field: str, values: list[str], cap: int = COUNT_CAP) -> dict[str, int]:
    """How many orders have each value of `field`, counting at most `cap` + 1 of each, in one query.

    Counting a million orders per status costs more than the whole page; a desk
    that reads "1000+" says all anyone needs, and each count stops after cap + 1 index entries."""
    connection = connections[orders.db]
    parts, params = [], []
    for value in values:
        try:
            sql, part_params = (
                orders.filter(**{field: value}).order_by().values("pk")[: cap + 1].query.sql_with_params()
            )
        except EmptyResultSet:  # e.g. a search that matched no customer: nothing to count
            parts.append("0")
            continue
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS part)")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return dict(zip(values, row, strict=True))


def portal_list(*, user: User, state: str, query: str) -> QuerySet[Order]:
    orders = orders_visible_to(user).filter(PORTAL_STATES.get(state, Q()))
    text = query.strip()
    if text:
        digits = text.upper().removeprefix(NUMBER_PREFIX)
        if digits.isdigit() and len(digits) <= 9:
            orders = orders.filter(number=f"{NUMBER_PREFIX}{int(digits):06d}")
        else:
            orders = orders.filter(lines__name__icontains=text).distinct()
    return orders.order_by("-created_at", "-id")


def portal_counts(user: User) -> dict[str, int]:
    return orders_visible_to(user).aggregate(
        **{
            name: Count("pk", filter=condition) if condition else Count("pk")
            for name, condition in PORTAL_STATES.items()
        }
    )


def installation_schedule(*, start: datetime, end: datetime, branch=None) -> list[InstallationSlot]:
    """Every slot of a day (of one branch if given), booked or free, by branch and time."""
    slots = InstallationSlot.objects.filter(starts_at__gte=start, starts_at__lt=end)
    if branch is not None:
        slots = slots.filter(branch=branch)
    return list(
        slots.select_related("branch", "technician", "order", "order__customer").order_by("branch__name", "starts_at")
    )


# Channel partners (the inventory app): an order placed through a channel carries its code.


def orders_of_channels(codes: list[str]) -> QuerySet[Order]:
    """The orders placed through any of these channels (indexed on channel_code)."""
    return Order.objects.filter(channel_code__in=codes)


def channel_orders_page(*, codes: list[str], status: str = "") -> QuerySet[Order]:
    """The rows of a partner's order list: only the columns it shows, newest first."""
    orders = orders_of_channels(codes)
    if status:
        orders = orders.filter(status=status)
    return orders.select_related("customer").only(*LIST_FIELDS).order_by("-created_at", "-id")


def channel_order(*, codes: list[str], pk: int) -> Order:
    """One order of these channels with its lines and timeline, or 404 (a sibling channel's order too)."""
    order = (
        orders_of_channels(codes)
        .select_related("customer", "branch", "created_by")
        .prefetch_related(
            Prefetch("lines", queryset=OrderLine.objects.order_by("pk")),
            Prefetch("actions", queryset=OrderAction.objects.select_related("actor").order_by("created_at", "pk")),
        )
        .filter(pk=pk)
        .first()
    )
    if order is None:
        raise Http404
    return order


def channel_order_figures(*, codes: list[str], start: datetime, end: datetime) -> list[dict]:
    """Orders created in [start, end) per channel code, status and month: count and gross amount.

    One grouped query whatever the number of channels or orders; the amounts are summed per
    currency so that two currencies are never added together."""
    return list(
        orders_of_channels(codes)
        .filter(created_at__gte=start, created_at__lt=end)
        .annotate(month=TruncMonth("created_at"))
        .values("channel_code", "status", "month", "currency")
        .annotate(count=Count("pk"), gross=Sum("gross_total"))
        .order_by("channel_code", "month", "status")
    )


def sim_products_on_sale() -> list[Product]:
    """What a channel partner sells: the SIM card / number products on sale today."""
    return list(Product.objects.on_sale().filter(kind=Product.Kind.SIM).order_by("name"))


def order_status_choices() -> list[tuple[str, str]]:
    return list(S.choices)
