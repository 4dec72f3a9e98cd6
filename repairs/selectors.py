"""Reads of the repairs app, each scoped to what the user may see."""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q, QuerySet
from django.http import Http404

from accounts.models import Branch, User
from core.counts import cached_count
from repairs.models import Repair, RepairAction, RepairPhoto

OPEN = [
    s for s in Repair.Status if s not in (Repair.Status.RETURNED, Repair.Status.CANCELLED, Repair.Status.NOT_REPAIRABLE)
]


def staff_branch_id(user: User) -> int | None:
    profile = getattr(user, "staff_profile", None)
    return profile.branch_id if profile is not None else None


def repairs_visible_to(user: User) -> QuerySet[Repair]:
    """Customers: their account's repairs. Staff: every branch with view_all_repairs, else their own branch."""
    repairs = Repair.objects.all()
    if user.is_customer:
        return repairs.filter(customer_id=user.customer_id)
    if not user.has_perm("repairs.view_repair"):
        return repairs.none()
    if user.has_perm("repairs.view_all_repairs"):
        return repairs
    branch_id = staff_branch_id(user)
    return repairs.filter(branch_id=branch_id) if branch_id else repairs.none()


def repair_for_user(user: User, pk: int) -> Repair:
    """The repair with the joins its pages need, or 404 outside the user's scope."""
    try:
        return (
            repairs_visible_to(user)
            .select_related("customer", "branch", "branch__repair_desk", "created_by")
            .get(pk=pk)
        )
    except Repair.DoesNotExist:
        raise Http404 from None


def photo_for_user(user: User, pk: int) -> RepairPhoto:
    try:
        return RepairPhoto.objects.get(pk=pk, repair__in=repairs_visible_to(user))
    except RepairPhoto.DoesNotExist:
        raise Http404 from None


def repair_timeline(repair: Repair) -> list[RepairAction]:
    return list(repair.actions.select_related("actor").order_by("created_at", "pk"))


def portal_repair_list(*, user: User) -> QuerySet[Repair]:
    return (
        repairs_visible_to(user)
        .select_related("branch")
        .only(
            "pk", "number", "status", "device_type", "device_model", "created_at", "status_changed_at", "branch__name"
        )
        .order_by("-created_at", "-pk")
    )


@dataclass(frozen=True)
class QueueFilters:
    status: str = ""
    branch_id: int | None = None
    query: str = ""


def branch_queue(*, user: User, filters: QueueFilters) -> QuerySet[Repair]:
    """The branch queue: open repairs by default, oldest first (their age is what matters)."""
    repairs = repairs_visible_to(user).select_related("branch", "customer")
    repairs = repairs.filter(status=filters.status) if filters.status else repairs.filter(status__in=OPEN)
    if filters.branch_id:
        repairs = repairs.filter(branch_id=filters.branch_id)
    if filters.query:
        q = filters.query
        repairs = repairs.filter(Q(number__iexact=q) | Q(serial_number__iexact=q))
    return repairs.only(
        "pk",
        "number",
        "status",
        "device_type",
        "device_model",
        "serial_number",
        "created_at",
        "status_changed_at",
        "branch__name",
        "customer__name",
        "customer__number",
    ).order_by("created_at", "pk")


def queue_counts(*, user: User, branch_id: int | None = None) -> dict[str, int]:
    """Open repairs per status in what the user sees: a grouped count over the branch's repairs
    (tens of milliseconds at 100,000), so cached until a repair changes (core.counts)."""
    repairs = repairs_visible_to(user).filter(status__in=OPEN)
    if branch_id:
        repairs = repairs.filter(branch_id=branch_id)
    if user.is_customer or not user.has_perm("repairs.view_repair"):
        scope = None  # not a queue: counted every time (and empty for a user without access)
    elif user.has_perm("repairs.view_all_repairs"):
        scope = f"all:{branch_id or ''}"
    else:
        scope = f"branch:{staff_branch_id(user) or ''}:{branch_id or ''}"

    def count() -> dict[str, int]:
        return dict(repairs.order_by().values_list("status").annotate(n=Count("pk")).values_list("status", "n"))

    return cached_count("repairs", f"queue-counts:{scope}", count) if scope else count()


def branches_for(user: User) -> list[Branch]:
    if user.has_perm("repairs.view_all_repairs"):
        return list(Branch.objects.filter(repair_desk__isnull=False).order_by("name"))
    return list(Branch.objects.filter(pk=staff_branch_id(user) or 0))


def intake_branches() -> QuerySet[Branch]:
    return Branch.objects.filter(is_active=True, repair_desk__is_active=True).order_by("name")


def turnaround_by_branch(*, since: datetime.date | None = None) -> list[dict]:
    """Per branch: repairs returned (since a date) and their average time from registration to return."""
    returned = Repair.objects.filter(status=Repair.Status.RETURNED, returned_at__isnull=False)
    if since:
        returned = returned.filter(returned_at__date__gte=since)
    rows = (
        returned.values("branch__name")
        .annotate(
            returned=Count("pk"),
            average=Avg(ExpressionWrapper(F("returned_at") - F("created_at"), output_field=DurationField())),
        )
        .order_by("branch__name")
    )
    open_counts = dict(
        Repair.objects.filter(status__in=OPEN)
        .values_list("branch__name")
        .annotate(n=Count("pk"))
        .values_list("branch__name", "n")
    )
    return [
        {
            **row,
            "average_days": row["average"].total_seconds() / 86400 if row["average"] else None,
            "open": open_counts.get(row["branch__name"], 0),
        }
        for row in rows
    ]
