"""What the two home pages summarise. Each app contributes one small selector;
the home pages stay a fixed handful of queries."""

from collections.abc import Callable

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import Customer, User
from billing.models import Payment
from core.compiled import compiled_query
from core.pagination import capped_count_sql
from customers.models import ActivationJob
from home.timeline import providers
from orders.models import Order
from orders.selectors import orders_visible_to
from portalhome import selectors as portalhome_selectors
from repairs.models import Repair
from repairs.selectors import repairs_visible_to
from tickets import selectors as ticket_selectors


def _waiting(customer_id: int) -> list:
    return [
        item
        for provider in providers()
        for item in getattr(provider, "waiting", lambda **_kw: [])(customer_id=customer_id)
    ]


def portal_summary(*, customer: Customer) -> dict:
    """What waits for the customer (every provider's `waiting` counts, one query) and the outages in their area."""
    declared = _waiting(customer.pk)
    counts = capped_counts(
        {item.key: item.rows for item in declared},
        compiled_as=(
            "home.portal_waiting",
            lambda *, customer_id: {item.key: item.rows for item in _waiting(customer_id)},
            {"customer_id": customer.pk},
        ),
    )
    open_items = [
        {
            "id": item.key,
            "label": item.label,
            "count": min(counts[item.key], COUNT_CAP),
            "capped": counts[item.key] > COUNT_CAP,
            "url": item.url,
            "tone": item.tone,
        }
        for item in declared
        if counts[item.key]
    ]
    outages = ticket_selectors.active_outages_for_customer(customer.pk, customer.area)
    return {"open_items": open_items, "outages": outages}


# A count stops after this many rows: "1000+" says all a workspace needs, and costs the same at any size.
COUNT_CAP = 1000
REPAIRS_WAITING_FOR_STAFF = [
    Repair.Status.REGISTERED,
    Repair.Status.RECEIVED,
    Repair.Status.DIAGNOSING,
    Repair.Status.IN_REPAIR,
]


def capped_counts(
    querysets: dict[str, QuerySet],
    *,
    cap: int = COUNT_CAP,
    compiled_as: tuple[str, Callable[..., dict[str, QuerySet]], dict] | None = None,
) -> dict[str, int]:
    """How many rows each queryset has, counting at most `cap` + 1, all in one query (each an index range).

    `compiled_as`: (name, build, values), where `build(**values)` gives `querysets` again: the query is
    then written once (core.compiled.compiled_query), not on every page."""
    if not querysets:
        return {}
    if compiled_as is None:
        with connection.cursor() as cursor:
            cursor.execute(*_counting_sql(querysets, cap))
            row = cursor.fetchone()
    else:
        name, build, values = compiled_as
        (row,) = compiled_query(
            name,
            lambda *, keys, **values: _counting_sql(build(**values), cap),
            shape={"keys": tuple(querysets)},
            values=values,
        )
    return dict(zip(querysets, row, strict=True))


def _counting_sql(querysets: dict[str, QuerySet], cap: int) -> tuple[str, list]:
    parts, params = [], []
    for queryset in querysets.values():
        try:
            sql, part_params = capped_count_sql(queryset, cap)
        except EmptyResultSet:
            parts.append("0")
            continue
        parts.append(f"({sql})")
        params.extend(part_params)
    return "SELECT " + ", ".join(parts), params


def work_counts(*, user: User, also: dict[str, QuerySet] | None = None) -> tuple[list[dict], dict[str, int]]:
    """What waits for the user's roles in the other apps, each linked to its filtered list, and the
    counts of `also` (capped too), all in one query."""
    wanted: dict[str, tuple[QuerySet, str, str]] = {}
    if user.has_perm("orders.review_order"):
        orders = orders_visible_to(user).filter(status__in=[Order.Status.SUBMITTED, Order.Status.UNDER_REVIEW])
        wanted["orders-to-review"] = (
            orders,
            _("Orders to review"),
            reverse("orders_staff:desk") + f"?status={Order.Status.SUBMITTED}",
        )
    if user.has_perm("repairs.change_repair"):
        repairs = repairs_visible_to(user).filter(status__in=REPAIRS_WAITING_FOR_STAFF)
        wanted["repairs-waiting"] = (repairs, _("Repairs waiting for work"), reverse("repairs_staff:queue"))
    if user.has_perm("billing.review_payment"):
        payments = Payment.objects.filter(status=Payment.Status.UNDER_REVIEW)
        wanted["payments-to-review"] = (payments, _("Payments to review"), reverse("billing_staff:review"))
    if user.has_perm("customers.view_activationjob"):
        failed = ActivationJob.objects.filter(status=ActivationJob.Status.FAILED)
        wanted["failed-activations"] = (failed, _("Failed activations"), reverse("customers_staff:failed"))
    counts = capped_counts({**{name: queryset for name, (queryset, _label, _url) in wanted.items()}, **(also or {})})
    listed = [
        {
            "id": name,
            "label": label,
            "url": url,
            "count": min(counts[name], COUNT_CAP),
            "capped": counts[name] > COUNT_CAP,
        }
        for name, (_queryset, label, url) in wanted.items()
    ]
    return listed, {name: counts[name] for name in also or {}}


def staff_summary(*, user: User) -> dict:
    queues = ticket_selectors.queues_for(user) if user.has_perm("tickets.view_ticket") else []
    folder = list(ticket_selectors.staff_folder(user=user)[:10])
    also = {}
    if user.has_perm("portalhome.review_registration"):
        also["registrations"] = portalhome_selectors.pending_registrations()
    listed, counted = work_counts(user=user, also=also)
    registrations = counted.get("registrations", 0)
    return {
        "notices": portalhome_selectors.current_notices(),
        "work_counts": listed,
        "pending_registrations": f"{COUNT_CAP}+" if registrations > COUNT_CAP else registrations,
        "queue_counts": [{"name": q.display_name, "url": q.get_absolute_url(), "count": q.waiting} for q in queues],
        "my_tasks": [{"label": f"{t.number} · {t.subject}", "url": t.get_absolute_url(), "ticket": t} for t in folder],
        "outages": ticket_selectors.current_outages() if user.has_perm("tickets.view_outage") else [],
    }
