"""Orders in the customer's timeline (each move of the order's status or payment) and the orders in
flight in "my processes", with the customer's wording of each stage (see core.timeline).

Only the stage reaches the customer: the moves' comments (an approval note, a tracking reference
typed by staff) and the order's internal notes never do.
"""

from django.db.models import Case, QuerySet, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.compiled import compiled_rows
from core.timeline import Entry, Process, Waiting, dated, entry_rows, step_bar, url_for_pk
from orders.models import Order, OrderAction
from orders.notices import PAYMENT_LABELS, STATUS_LABELS
from orders.workflow import INSTALLED_TYPES, OPEN_STATES, order_path

KINDS = {"order": _("Orders")}
S = Order.Status
# What the customer does next, when it is their move.
CUSTOMER_MOVES = {S.DRAFT: _("submit the order"), S.APPROVED: _("book the installation")}


def _entries_query(*, limit: int, customer_id: int, since, until) -> QuerySet:
    actions = OrderAction.objects.filter(
        order__customer_id=customer_id, field__in=[OrderAction.Field.STATUS, OrderAction.Field.PAYMENT]
    ).exclude(to_status="")
    return (
        dated(actions, since, until)
        .order_by("-created_at", "-pk")
        .values_list("field", "to_status", "created_at", "order_id", "order__number")[:limit]
    )


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    """Each move of the customer's orders, newest first: one query, compiled once per shape (core.compiled)."""
    rows = entry_rows(
        "orders.timeline",
        _entries_query,
        offered=KINDS,
        kinds=kinds,
        customer_id=customer_id,
        since=since,
        until=until,
        limit=limit,
    )
    found = []
    url = url_for_pk("orders_portal:detail")
    payment_text, title = str(_("Payment")), str(_("Order %(number)s: %(stage)s"))
    labels = {
        (field, state): str(label)
        for field, table in ((OrderAction.Field.STATUS, STATUS_LABELS), (OrderAction.Field.PAYMENT, PAYMENT_LABELS))
        for state, label in table.items()
    }
    for field, to_status, at, order_id, number in rows:
        payment = field == OrderAction.Field.PAYMENT
        label = labels.get((field, to_status))
        if label is None:
            continue
        found.append(
            Entry(
                kind="order",
                at=at,
                title=title % {"number": number, "stage": label},
                url=url(order_id),
                text=payment_text if payment else "",
                icon="credit-card" if payment else "box-seam",
                tone="success" if to_status in (S.COMPLETED, Order.Payment.PAID) else "secondary",
            )
        )
    return found


def stages(order: Order) -> tuple[list[str], int]:
    """The customer's steps of this order and the index of the one it is at."""
    path = [S.SUBMITTED, *(s for s in order_path(order.type, order.has_goods) if s != S.ACTIVATION)]
    if order.status == S.DRAFT:
        return [S.DRAFT, *path], 0
    status = {S.UNDER_REVIEW: S.SUBMITTED, S.ACTIVATION: S.ACTIVATED, S.ACTIVATION_FAILED: S.ACTIVATED}.get(
        order.status, order.status
    )
    return path, path.index(status) if status in path else 0


def _waits_for_customer(order: Order) -> bool:
    if order.status == S.APPROVED:
        path = order_path(order.type, order.has_goods)
        return len(path) > 1 and path[1] == S.SCHEDULED
    return order.status == S.DRAFT


def _processes_query(*, limit: int, customer_id: int) -> QuerySet:
    return (
        Order.objects.filter(customer_id=customer_id, status__in=OPEN_STATES)
        .annotate(waits=Case(When(status__in=list(CUSTOMER_MOVES), then=Value(0)), default=Value(1)))
        .order_by("waits", "-created_at", "-pk")
        .values_list("pk", "number", "type", "status", "has_goods", "created_at")[:limit]
    )


def processes(*, customer_id: int, limit: int) -> list[Process]:
    orders = compiled_rows(
        "orders.processes", _processes_query, shape={"limit": limit}, values={"customer_id": customer_id}
    )
    types = {value: str(label) for value, label in Order.Type.choices}
    labels = {state: str(label) for state, label in STATUS_LABELS.items()}
    moves = {state: str(label) for state, label in CUSTOMER_MOVES.items()}
    ours, url = str(_("Waiting for us")), url_for_pk("orders_portal:detail")
    # The step bar and whose move it is depend on (type, goods, status) only: worked out once per call.
    known: dict[tuple[str, bool, str], tuple] = {}
    found = []
    for pk, number, order_type, status, has_goods, created_at in orders:
        key = (order_type, has_goods, status)
        if key not in known:
            order = Order(type=order_type, has_goods=has_goods, status=status)
            path, current = stages(order)
            step_labels = [labels[s] for s in path]
            if status == S.ACTIVATION_FAILED:
                # The step it is stuck at says so, in the customer's words.
                step_labels[current] = labels[status]
            known[key] = (step_bar(step_labels, current), _waits_for_customer(order))
        steps, waiting = known[key]
        found.append(
            Process(
                kind="order",
                title=f"{number} · {types.get(order_type, order_type)}",
                url=url(pk),
                at=created_at,
                steps=steps,
                waiting_for_customer=waiting,
                expected=moves[status] if waiting else ours,
            )
        )
    return found


def waiting(*, customer_id: int) -> list[Waiting]:
    """Drafts to submit and approved orders whose next step is booking the installation (_waits_for_customer)."""
    orders = Order.objects.filter(customer_id=customer_id)
    url = reverse("orders_portal:list") + "?state=open"
    return [
        Waiting(key="orders-draft", label=str(_("Orders to submit")), url=url, rows=orders.filter(status=S.DRAFT)),
        Waiting(
            key="orders-installation",
            label=str(_("Installations to book")),
            url=url,
            rows=orders.filter(status=S.APPROVED, type__in=sorted(INSTALLED_TYPES)),
        ),
    ]
