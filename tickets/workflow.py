"""The ticket state machine: the only place a ticket's status changes.

Each transition locks the row, checks the move against TRANSITIONS and the
actor's right to make it, saves with update_fields, records a TicketAction and
the history change reason, and emits the notification event, all in one
transaction. A refused move raises TicketWorkflowError with a message for the
user; the ticket is then unchanged.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import update_change_reason

from accounts.models import User
from notifications.services import notify
from tickets.models import Queue, Ticket, TicketAction

S = Ticket.Status


class TicketWorkflowError(Exception):
    """A move that is not allowed now; str(error) is a translated message for the user."""


@dataclass(frozen=True)
class Move:
    label: str
    sources: frozenset[str]
    target: str


TRANSITIONS: dict[str, Move] = {
    "dispatch": Move(gettext_lazy("Send to queue"), frozenset({S.OPEN}), S.DISPATCH),
    "resend": Move(gettext_lazy("Correct and send again"), frozenset({S.REJECT_RETURN}), S.DISPATCH),
    "take": Move(gettext_lazy("Take"), frozenset({S.DISPATCH, S.FORWARDED}), S.OPEN),
    "return": Move(gettext_lazy("Return to creator"), frozenset({S.DISPATCH, S.FORWARDED, S.OPEN}), S.REJECT_RETURN),
    "forward": Move(gettext_lazy("Forward"), frozenset({S.DISPATCH, S.FORWARDED, S.OPEN}), S.FORWARDED),
    "close": Move(gettext_lazy("Close"), frozenset({S.OPEN, S.DISPATCH, S.FORWARDED, S.REJECT_RETURN}), S.CLOSED),
    "reopen": Move(gettext_lazy("Reopen"), frozenset({S.CLOSED}), S.OPEN),
}


def works_queue(user: User, queue: Queue, *, known_member: bool | None = None) -> bool:
    """Whether the user works this queue; `known_member` saves the query when the caller already knows."""
    if user.has_perm("tickets.view_all_tickets"):
        return True
    if known_member is not None:
        return known_member
    return queue.members.filter(pk=user.pk).exists()


def allowed_moves(*, ticket: Ticket, user: User) -> list[str]:
    """The moves this user may make on this ticket now, for the buttons on its page."""
    in_queue = not user.is_customer and works_queue(
        user, ticket.queue, known_member=getattr(ticket, "viewer_in_queue", None)
    )
    return [name for name in TRANSITIONS if _refusal(ticket=ticket, user=user, move=name, in_queue=in_queue) is None]


def _refusal(*, ticket: Ticket, user: User, move: str, in_queue: bool | None = None) -> str | None:
    """Why `user` may not make `move` on `ticket` now, or None if they may."""
    spec = TRANSITIONS[move]
    if ticket.status not in spec.sources:
        return _("A ticket in status “%(status)s” cannot be moved with “%(move)s”.") % {
            "status": ticket.get_status_display(),
            "move": spec.label,
        }
    if move == "resend":
        # The creator corrects and re-sends: a customer for a portal request, staff otherwise.
        if ticket.creator_id == user.pk or user.has_perm("tickets.view_all_tickets"):
            return None
        return _("Only the ticket's creator can correct and send it again.")
    if user.is_customer or not user.has_perm("tickets.change_ticket"):
        return _("You may not change this ticket.")
    is_owner = ticket.owner_id == user.pk
    if in_queue is None:
        in_queue = works_queue(user, ticket.queue)
    if move == "dispatch" and not (is_owner or ticket.creator_id == user.pk or in_queue):
        return _("Only its owner, its creator or an agent of its queue can send this ticket to a queue.")
    if move in ("take", "return", "forward", "close") and not (in_queue or is_owner):
        return _("Only agents of the queue “%(queue)s” can do this.") % {"queue": ticket.queue.display_name}
    return None


def lock_ticket(ticket: Ticket) -> Ticket:
    """Lock the row, then read it with its relations. Not in one query: on PostgreSQL a
    SELECT … JOIN … FOR UPDATE that waited for another transaction re-checks only the locked
    row, with the joined rows as they were before the wait, so it would return a stale owner
    (None for a ticket just taken) or no row at all when the queue had just changed."""
    list(Ticket.objects.select_for_update().filter(pk=ticket.pk).values_list("pk", flat=True))
    return Ticket.objects.select_related("queue", "customer", "creator", "owner").get(pk=ticket.pk)


def _check(*, ticket: Ticket, user: User, move: str) -> None:
    reason = _refusal(ticket=ticket, user=user, move=move)
    if reason:
        raise TicketWorkflowError(reason)


def _require(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise TicketWorkflowError(message)
    return text


def save_ticket(ticket: Ticket, *, fields: list[str], reason: str) -> None:
    ticket.updated_at = timezone.now()
    ticket.save(update_fields=[*fields, "updated_at"])
    update_change_reason(ticket, reason)


def record_action(
    ticket: Ticket, *, kind: str, actor: User, from_status: str = "", from_queue: Queue | None = None, comment: str = ""
) -> TicketAction:
    return TicketAction.objects.create(
        ticket=ticket,
        kind=kind,
        actor=actor,
        from_status=from_status,
        to_status=ticket.status,
        from_queue=from_queue,
        to_queue=ticket.queue,
        comment=comment,
    )


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def customer_users(ticket: Ticket) -> list[User]:
    return list(ticket.customer.users.filter(is_active=True))


def notify_customer_status(ticket: Ticket, comment: str = "") -> None:
    notify(
        event="ticket_status_changed",
        recipients=customer_users(ticket),
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_portal_url()),
            "status_label": ticket.stage_label,  # lazy: stored as the msgid, translated for each recipient
            "comment": comment,
        },
    )


def notify_queue(ticket: Ticket, *, exclude: User | None = None) -> None:
    members = [m for m in ticket.queue.members.filter(is_active=True) if exclude is None or m.pk != exclude.pk]
    by_language: dict[str, list[User]] = {}
    for member in members:
        by_language.setdefault(member.language, []).append(member)
    # One call per language: each member reads the queue's name in their own language.
    for language, people in by_language.items():
        notify(
            event="ticket_queue_new",
            recipients=people,
            context={
                "ticket_number": ticket.number,
                "subject": ticket.subject,
                "url": absolute_url(ticket.get_absolute_url()),
                "queue_name": ticket.queue.name_in(language),
            },
        )


CORRECTABLE_FIELDS = ("subject", "text", "contract_number", "contact_name", "contact_phone")


@transaction.atomic
def ticket_dispatch(
    *, ticket: Ticket, queue: Queue, by: User, note: str = "", corrections: dict[str, str] | None = None
) -> Ticket:
    """OPEN → DISPATCH, or REJECT-RETURN → DISPATCH once the creator has corrected it
    (`corrections` may change the fields in CORRECTABLE_FIELDS on the way)."""
    ticket = lock_ticket(ticket)
    move = "resend" if ticket.status == S.REJECT_RETURN else "dispatch"
    _check(ticket=ticket, user=by, move=move)
    if not queue.is_active:
        raise TicketWorkflowError(_("The queue “%(queue)s” is closed.") % {"queue": queue.display_name})
    corrected = [name for name in CORRECTABLE_FIELDS if corrections and name in corrections]
    if corrected and move != "resend":
        raise TicketWorkflowError(_("Only a returned ticket can be corrected."))
    for name in corrected:
        setattr(ticket, name, corrections[name])
    if corrected:
        ticket.full_clean(exclude=["search_vector"])
    previous_status, previous_queue = ticket.status, ticket.queue
    ticket.status, ticket.queue, ticket.owner = S.DISPATCH, queue, None
    save_ticket(ticket, fields=["status", "queue", "owner", *corrected], reason=f"{move} to {queue.name}")
    kind = TicketAction.Kind.RESENT if move == "resend" else TicketAction.Kind.DISPATCHED
    record_action(ticket, kind=kind, actor=by, from_status=previous_status, from_queue=previous_queue, comment=note)
    notify_queue(ticket, exclude=by)
    return ticket


@transaction.atomic
def ticket_take(*, ticket: Ticket, by: User) -> Ticket:
    """DISPATCH/FORWARDED → OPEN, owned by the agent. Of two agents taking at once, the row lock lets one win;
    the other then finds the ticket OPEN and is told who has it."""
    ticket = lock_ticket(ticket)
    if ticket.status == S.OPEN and ticket.owner_id and ticket.owner_id != by.pk:
        raise TicketWorkflowError(
            _("%(name)s has already taken this ticket.") % {"name": ticket.owner.get_full_name() or ticket.owner}
        )
    _check(ticket=ticket, user=by, move="take")
    previous = ticket.status
    ticket.status, ticket.owner = S.OPEN, by
    save_ticket(ticket, fields=["status", "owner"], reason=f"taken by {by.username}")
    record_action(ticket, kind=TicketAction.Kind.TAKEN, actor=by, from_status=previous, from_queue=ticket.queue)
    notify_customer_status(ticket)
    return ticket


@transaction.atomic
def ticket_return(*, ticket: Ticket, by: User, reason: str) -> Ticket:
    """Back to the creator because it was created wrongly; the reason is required."""
    reason = _require(reason, _("Say why the ticket is returned."))
    ticket = lock_ticket(ticket)
    _check(ticket=ticket, user=by, move="return")
    previous = ticket.status
    ticket.status, ticket.owner, ticket.return_reason = S.REJECT_RETURN, None, reason
    save_ticket(ticket, fields=["status", "owner", "return_reason"], reason=f"returned: {reason}")
    record_action(
        ticket, kind=TicketAction.Kind.RETURNED, actor=by, from_status=previous, from_queue=ticket.queue, comment=reason
    )
    notify(
        event="ticket_rejected",
        recipients=[ticket.creator],
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_portal_url() if ticket.creator.is_customer else ticket.get_absolute_url()),
            "reason": reason,
        },
    )
    return ticket


@transaction.atomic
def ticket_forward(*, ticket: Ticket, queue: Queue, by: User, comment: str) -> Ticket:
    comment = _require(comment, _("Add a comment for the next queue."))
    ticket = lock_ticket(ticket)
    _check(ticket=ticket, user=by, move="forward")
    if queue.pk == ticket.queue_id:
        raise TicketWorkflowError(_("Choose a queue other than the current one."))
    if not queue.is_active:
        raise TicketWorkflowError(_("The queue “%(queue)s” is closed.") % {"queue": queue.display_name})
    previous_status, previous_queue = ticket.status, ticket.queue
    ticket.status, ticket.queue, ticket.owner = S.FORWARDED, queue, None
    save_ticket(ticket, fields=["status", "queue", "owner"], reason=f"forwarded to {queue.name}: {comment}")
    record_action(
        ticket,
        kind=TicketAction.Kind.FORWARDED,
        actor=by,
        from_status=previous_status,
        from_queue=previous_queue,
        comment=comment,
    )
    notify_queue(ticket, exclude=by)
    return ticket


@transaction.atomic
def ticket_close(*, ticket: Ticket, by: User, resolution: str) -> Ticket:
    resolution = _require(resolution, _("Describe the resolution."))
    ticket = lock_ticket(ticket)
    _check(ticket=ticket, user=by, move="close")
    previous = ticket.status
    now = timezone.now()
    ticket.status, ticket.resolution, ticket.closed_at = S.CLOSED, resolution, now
    ticket.waiting_for = Ticket.Waiting.COMPANY
    if ticket.owner_id is None:
        ticket.owner = by
    save_ticket(ticket, fields=["status", "resolution", "closed_at", "waiting_for", "owner"], reason="closed")
    record_action(ticket, kind=TicketAction.Kind.CLOSED, actor=by, from_status=previous, comment=resolution)
    notify(
        event="ticket_closed",
        recipients=customer_users(ticket),
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_portal_url()),
            "resolution": resolution,
            "rating_url": absolute_url(ticket.get_portal_url()) + "#rate",
        },
    )
    return ticket


def reopen_locked(ticket: Ticket, *, by: User, comment: str) -> None:
    previous = ticket.status
    ticket.status, ticket.closed_at, ticket.resolution = S.OPEN, None, ""
    if not by.is_customer:
        ticket.owner = by
    save_ticket(ticket, fields=["status", "closed_at", "resolution", "owner"], reason=f"reopened by {by.username}")
    record_action(ticket, kind=TicketAction.Kind.REOPENED, actor=by, from_status=previous, comment=comment)


@transaction.atomic
def ticket_reopen(*, ticket: Ticket, by: User, comment: str = "") -> Ticket:
    ticket = lock_ticket(ticket)
    if ticket.status != S.CLOSED:
        raise TicketWorkflowError(_("Only a closed ticket can be reopened."))
    if by.is_customer or not by.has_perm("tickets.change_ticket"):
        raise TicketWorkflowError(_("You may not change this ticket."))
    reopen_locked(ticket, by=by, comment=comment)
    notify_customer_status(ticket, comment)
    return ticket


def customer_may_reopen(ticket: Ticket, *, now=None) -> bool:
    """A customer's reply reopens a ticket closed less than TICKET_REOPEN_DAYS ago."""
    if ticket.status != S.CLOSED or ticket.closed_at is None:
        return False
    return (now or timezone.now()) - ticket.closed_at <= timedelta(days=settings.TICKET_REOPEN_DAYS)
