"""Reads of the portal home, each scoped to who asks."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from core.counts import cached_count
from portalhome.models import Note, Notice, Registration


def note_for_user(user: User, pk: int) -> Note:
    """A note of the user's own account; 404 for anybody else's."""
    note = Note.objects.filter(pk=pk, customer_id=user.customer_id).first() if user.customer_id else None
    if note is None:
        raise Http404
    return note


def current_notices() -> list[Notice]:
    """The notice board of every staff home page: from the cache until a notice changes (portalhome.apps)."""
    today = timezone.localdate()
    return cached_count(
        "notices",
        f"current:{today.isoformat()}",
        lambda: list(
            Notice.objects.filter(starts_on__lte=today)
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
            .order_by("-starts_on", "-pk")[:10]
        ),
    )


def registrations_for_review(*, status: str = Registration.Status.PENDING) -> QuerySet[Registration]:
    return Registration.objects.filter(status=status).select_related("customer", "reviewed_by").order_by("-created_at")


def registration_for_user(user: User, pk: int) -> Registration:
    if not user.has_perm("portalhome.view_registration"):
        raise Http404
    registration = Registration.objects.filter(pk=pk).select_related("customer", "user").first()
    if registration is None:
        raise Http404
    return registration


def pending_registrations() -> QuerySet[Registration]:
    return Registration.objects.filter(status=Registration.Status.PENDING)
