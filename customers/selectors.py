"""Reads for the customer pages: search by any key, the 360 page, the service overview."""

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from accounts.models import Customer, User
from customers.models import ActivationJob, SubscriberService

SEARCH_KEYS = ("name", "phone", "account or contract number", "ICCID", "tax number")


def customer_search(
    *, query: str = "", kind: str = "", status: str = "", branch=None, channel: str = ""
) -> QuerySet[Customer]:
    """Customers matching `query` by name, phone, account number, tax number, or a service's
    number, contract or ICCID. Exact or prefix matches only, so every key is answered from an index;
    each filter has an index that also serves the sort (name, id)."""
    customers = _filtered(Customer.objects.select_related("branch"), branch=branch, channel=channel)
    if kind:
        customers = customers.filter(kind=kind)
    if status:
        customers = customers.filter(status=status)
    query = query.strip()
    if query:
        digits = "".join(ch for ch in query if ch.isdigit() or ch == "+")
        # The services' keys first, as a list of ids (one query): a subquery inside the OR would keep
        # PostgreSQL from combining the indexes (BitmapOr) and scan a million customers instead.
        services = list(
            SubscriberService.objects.filter(Q(contract_number=query) | Q(iccid=query) | Q(phone_number=query))
            .values_list("customer_id", flat=True)
            .distinct()[:100]
        )
        match = Q(number__iexact=query) | Q(name__istartswith=query) | Q(tax_number=query) | Q(pk__in=services)
        if len(digits) >= 3:
            match |= Q(phone__startswith=digits)
        customers = customers.filter(match)
    return customers.order_by("name", "pk")


def _filtered(customers: QuerySet[Customer], *, branch=None, channel: str = "") -> QuerySet[Customer]:
    if branch is not None:
        customers = customers.filter(branch=branch)
    if channel:
        customers = customers.filter(channel_code=channel)
    return customers


def customer_counts(*, branch=None, channel: str = "") -> dict[str, int]:
    """How many customers of each kind and status (the list page's statistics), in the chosen branch
    and channel: one query. Counting a million rows costs more than the page: the figures are kept for a minute."""
    key = f"customers:counts:{getattr(branch, 'pk', '')}:{channel}"
    return cache.get_or_set(key, lambda: _customer_counts(branch=branch, channel=channel), 60)


def _customer_counts(*, branch=None, channel: str = "") -> dict[str, int]:
    rows = _filtered(Customer.objects.all(), branch=branch, channel=channel)
    rows = rows.values("kind", "status").annotate(n=Count("pk")).order_by()
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + row["n"]
        counts[row["status"]] = counts.get(row["status"], 0) + row["n"]
    return counts


def customer_for_staff(user: User, pk: int) -> Customer:
    if user.is_customer or not user.has_perm("accounts.view_customer"):
        raise Http404
    try:
        return Customer.objects.select_related("branch").get(pk=pk)
    except Customer.DoesNotExist:
        raise Http404 from None


def services_of(customer: Customer) -> QuerySet[SubscriberService]:
    return customer.services.select_related("plan").order_by("status", "phone_number")


def services_for_tab(user: User, customer: Customer) -> QuerySet[SubscriberService]:
    if not user.has_perm("customers.view_subscriberservice"):
        return SubscriberService.objects.none()
    return services_of(customer)


def service_for_user(user: User, pk: int) -> SubscriberService:
    """Staff with the view permission see any service; a customer only their account's; else 404."""
    services = SubscriberService.objects.select_related("customer", "plan", "order")
    if user.is_customer:
        services = services.filter(customer_id=user.customer_id)
    elif not user.has_perm("customers.view_subscriberservice"):
        raise Http404
    try:
        return services.get(pk=pk)
    except SubscriberService.DoesNotExist:
        raise Http404 from None


def service_by_number(number: str) -> SubscriberService | None:
    return SubscriberService.objects.filter(phone_number=number.strip()).first()


def failed_activations() -> QuerySet[ActivationJob]:
    return (
        ActivationJob.objects.filter(status=ActivationJob.Status.FAILED)
        .select_related("order__customer")
        .order_by("-created_at", "-pk")
    )


def job_for_staff(user: User, pk: int) -> ActivationJob:
    if user.is_customer or not user.has_perm("customers.view_activationjob"):
        raise Http404
    try:
        return ActivationJob.objects.select_related("order").get(pk=pk)
    except ActivationJob.DoesNotExist:
        raise Http404 from None


def counts_of(querysets: list[QuerySet]) -> list[int]:
    """The row count of each queryset, in one query (`SELECT (SELECT COUNT(*) FROM (…)), …`): the 360
    page counts every tab, and each round trip costs more than its index count. A `.none()` counts 0."""
    parts, params, where = [], [], []
    for position, rows in enumerate(querysets):
        try:
            sql, part_params = rows.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:
            continue
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS counted_{position})")
        params.extend(part_params)
        where.append(position)
    counts = [0] * len(querysets)
    if not parts:
        return counts
    with connections[querysets[0].db].cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        for position, value in zip(where, cursor.fetchone(), strict=True):
            counts[position] = value
    return counts
