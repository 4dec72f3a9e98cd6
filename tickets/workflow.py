"""The ticket state machine: the only place a ticket's status changes.

TICKET_FLOW (a core.workflow table) declares every move: its label, the
statuses it leaves from, its target, who may make it and what it needs. The
runner locks the row, checks the move, saves with update_fields, records a
TicketAction and the history change reason, and emits the notification event,
all in one transaction. A refused move raises TicketWorkflowError with a
message for the user; the ticket is then unchanged. The functions below are
the typed services the views and tests call.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import update_change_reason

from accounts.models import User
from accounts.selectors import customer_contacts
from core.urls import absolute_url
from core.workflow import Input, Transition, Workflow, WorkflowError
from notifications.services import Contact, notify
from tickets.models import Outage, Queue, Ticket, TicketAction

S = Ticket.Status
K = TicketAction.Kind

TicketWorkflowError = WorkflowError


def works_queue(user: User, queue: Queue, *, known_member: bool | None = None) -> bool:
    """Whether the user works this queue; `known_member` saves the query when the caller already knows."""
    if user.has_perm("tickets.view_all_tickets"):
        return True
    if known_member is not None:
        return known_member
    return queue.members.filter(pk=user.pk).exists()


def _in_queue(ticket: Ticket, user: User) -> bool:
    return works_queue(user, ticket.queue, known_member=getattr(ticket, "viewer_in_queue", None))


def may_work(ticket: Ticket, user: User) -> bool:
    """Whether the user may do more than read this ticket (reply, comment, link): its queue's agents,
    its owner and creator, and managers. Every staff member with tickets.view_ticket may read it."""
    if user.is_customer or not user.has_perm("tickets.change_ticket"):
        return False
    return ticket.owner_id == user.pk or ticket.creator_id == user.pk or _in_queue(ticket, user)


def refuse_unless_may_work(ticket: Ticket, user: User) -> None:
    if not may_work(ticket, user):
        raise WorkflowError(
            _("Only agents of the queue “%(queue)s” can do this.") % {"queue": ticket.queue.display_name}
        )


def _staff_refusal(user: User) -> str | None:
    if user.is_customer or not user.has_perm("tickets.change_ticket"):
        return _("You may not change this ticket.")
    return None


def _guard_dispatch(ticket: Ticket, user: User) -> str | None:
    refused = _staff_refusal(user)
    if refused:
        return refused
    if ticket.owner_id == user.pk or ticket.creator_id == user.pk or _in_queue(ticket, user):
        return None
    return _("Only its owner, its creator or an agent of its queue can send this ticket to a queue.")


def _guard_resend(ticket: Ticket, user: User) -> str | None:
    # The creator corrects and re-sends: a customer for a portal request, staff otherwise.
    if ticket.creator_id == user.pk or user.has_perm("tickets.view_all_tickets"):
        return None
    return _("Only the ticket's creator can correct and send it again.")


def _guard_queue_work(ticket: Ticket, user: User) -> str | None:
    refused = _staff_refusal(user)
    if refused:
        return refused
    if ticket.owner_id == user.pk or _in_queue(ticket, user):
        return None
    return _("Only agents of the queue “%(queue)s” can do this.") % {"queue": ticket.queue.display_name}


def _guard_close(ticket: Ticket, user: User) -> str | None:
    # After a return the creator closes their own task and files a new one in the right queue.
    if ticket.status == S.REJECT_RETURN and ticket.creator_id == user.pk and _staff_refusal(user) is None:
        return None
    return _guard_queue_work(ticket, user)


def _explain_take(ticket: Ticket, user: User) -> str | None:
    if ticket.status == S.OPEN and ticket.owner_id and ticket.owner_id != user.pk:
        return _("%(name)s has already taken this ticket.") % {"name": ticket.owner.get_full_name() or ticket.owner}
    return None


def _active_queue(values: dict) -> Queue:
    queue = values.get("queue")
    if queue is None:
        raise WorkflowError(_("Choose a queue."))
    if not queue.is_active:
        raise WorkflowError(_("The queue “%(queue)s” is closed.") % {"queue": queue.display_name})
    return queue


CORRECTABLE_FIELDS = ("subject", "text", "contract_number", "contact_name", "contact_phone")


def _apply_dispatch(ticket: Ticket, by: User, values: dict) -> list[str]:
    queue = _active_queue(values)
    corrections = values.get("corrections") or {}
    corrected = [name for name in CORRECTABLE_FIELDS if name in corrections]
    if corrected and ticket.status != S.REJECT_RETURN:
        raise WorkflowError(_("Only a returned ticket can be corrected."))
    for name in corrected:
        setattr(ticket, name, corrections[name])
    if corrected:
        ticket.full_clean(exclude=["search_vector"])
    ticket.queue, ticket.owner = queue, None
    return ["queue", "owner", *corrected]


def _apply_take(ticket: Ticket, by: User, values: dict) -> list[str]:
    ticket.owner = by
    return ["owner"]


def _apply_return(ticket: Ticket, by: User, values: dict) -> list[str]:
    ticket.owner, ticket.return_reason = None, values["comment"]
    return ["owner", "return_reason"]


def _apply_forward(ticket: Ticket, by: User, values: dict) -> list[str]:
    queue = values.get("queue")
    if queue is not None and queue.pk == ticket.queue_id:
        raise WorkflowError(_("Choose a queue other than the current one."))
    ticket.queue, ticket.owner = _active_queue(values), None
    return ["queue", "owner"]


def _apply_close(ticket: Ticket, by: User, values: dict) -> list[str]:
    ticket.resolution, ticket.closed_at = values["comment"], timezone.now()
    ticket.waiting_for = Ticket.Waiting.COMPANY
    if ticket.owner_id is None:
        ticket.owner = by
    return ["resolution", "closed_at", "waiting_for", "owner"]


def _apply_reopen(ticket: Ticket, by: User, values: dict) -> list[str]:
    ticket.closed_at, ticket.resolution = None, ""
    if not by.is_customer:
        ticket.owner = by
    return ["closed_at", "resolution", "owner"]


def _after_dispatch(ticket: Ticket, by: User, values: dict, before: Ticket) -> None:
    notify_queue(ticket, exclude=by)


def _after_status(ticket: Ticket, by: User, values: dict, before: Ticket) -> None:
    notify_customer_status(ticket, values.get("notify_comment", ""))


def _after_return(ticket: Ticket, by: User, values: dict, before: Ticket) -> None:
    notify(
        event="ticket_rejected",
        recipients=[ticket.creator],
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_portal_url() if ticket.creator.is_customer else ticket.get_absolute_url()),
            "reason": values["comment"],
        },
    )


def _after_close(ticket: Ticket, by: User, values: dict, before: Ticket) -> None:
    notify_customer(
        ticket,
        event="ticket_closed",
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_portal_url()),
            "resolution": values["comment"],
            "rating_url": absolute_url(ticket.get_portal_url()) + "#rate",
        },
    )


def _apply_field(name: str, *, display):
    """Set one field from the input of the same name; the action row says what it was and what it is."""

    def apply(ticket: Ticket, by: User, values: dict) -> list[str]:
        before = display(ticket)
        setattr(ticket, name, values[name])
        if name == "subject":
            ticket.full_clean(exclude=["search_vector"])
        values["comment"] = f"{before} → {display(ticket)}"
        return [name]

    return apply


def _apply_assign(ticket: Ticket, by: User, values: dict) -> list[str]:
    colleague = values["owner"]
    if not ticket.queue.members.filter(pk=colleague.pk, is_active=True).exists():
        raise WorkflowError(_("Choose a member of the queue “%(queue)s”.") % {"queue": ticket.queue.display_name})
    ticket.owner = colleague
    values["comment"] = colleague.get_full_name() or colleague.username
    return ["owner"]


def _after_assign(ticket: Ticket, by: User, values: dict, before: Ticket) -> None:
    if before.status != ticket.status:
        notify_customer_status(ticket)
    if ticket.owner_id != before.owner_id:
        notify_assignee(ticket, by=by)


def _colleague_choices(ticket: Ticket, user: User):
    return ticket.queue.members.filter(is_active=True).order_by("first_name", "last_name", "username")


def _queue_choices(ticket: Ticket, user: User):
    return Queue.objects.filter(is_active=True).order_by("name")


QUEUE_INPUT = Input(
    "queue", gettext_lazy("Queue"), required=gettext_lazy("Choose a queue."), widget="choice", choices=_queue_choices
)
WORKING = frozenset({S.DISPATCH, S.FORWARDED, S.OPEN})
NOT_CLOSED = WORKING | {S.REJECT_RETURN}

TICKET_FLOW = Workflow(
    model=Ticket,
    field="status",
    action_model=TicketAction,
    action_fk="ticket",
    action_values=lambda before, after: {"from_queue": before.queue, "to_queue": after.queue},
    related=("queue", "customer", "creator", "owner"),
    stamp_field="updated_at",
    state_message=gettext_lazy("A ticket in status “%(status)s” cannot be moved with “%(move)s”."),
    permission_message=gettext_lazy("You may not change this ticket."),
    transitions=[
        Transition(
            "take",
            gettext_lazy("Take"),
            sources={S.DISPATCH, S.FORWARDED},
            target=S.OPEN,
            guard=_guard_queue_work,
            explain_state=_explain_take,
            apply=_apply_take,
            after=_after_status,
            kind=K.TAKEN,
            reason=lambda t, by, v: f"taken by {by.username}",
            primary=True,
        ),
        Transition(
            "reopen",
            gettext_lazy("Reopen"),
            sources={S.CLOSED},
            target=S.OPEN,
            guard=lambda t, user: _staff_refusal(user),
            explain_state=lambda t, user: _("Only a closed ticket can be reopened."),
            inputs=[Input("comment", gettext_lazy("Note (optional)"))],
            apply=_apply_reopen,
            after=_after_status,
            kind=K.REOPENED,
            reason=lambda t, by, v: f"reopened by {by.username}",
            primary=True,
        ),
        Transition(
            "dispatch",
            gettext_lazy("Send to queue"),
            sources={S.OPEN},
            target=S.DISPATCH,
            guard=_guard_dispatch,
            inputs=[QUEUE_INPUT, Input("comment", gettext_lazy("Note (optional)"))],
            apply=_apply_dispatch,
            after=_after_dispatch,
            kind=K.DISPATCHED,
            reason=lambda t, by, v: f"dispatch to {t.queue.name}",
        ),
        Transition(
            "resend",
            gettext_lazy("Correct and send again"),
            sources={S.REJECT_RETURN},
            target=S.DISPATCH,
            guard=_guard_resend,
            inputs=[QUEUE_INPUT, Input("comment", gettext_lazy("Note (optional)"))],
            apply=_apply_dispatch,
            after=_after_dispatch,
            kind=K.RESENT,
            reason=lambda t, by, v: f"resend to {t.queue.name}",
        ),
        Transition(
            "forward",
            gettext_lazy("Forward"),
            sources=WORKING,
            target=S.FORWARDED,
            guard=_guard_queue_work,
            inputs=[
                Input(
                    "queue",
                    gettext_lazy("Queue"),
                    required=gettext_lazy("Choose a queue."),
                    widget="choice",
                    choices=_queue_choices,
                ),
                Input(
                    "comment",
                    gettext_lazy("Comment for the next queue (required)"),
                    required=gettext_lazy("Add a comment for the next queue."),
                ),
            ],
            apply=_apply_forward,
            after=_after_dispatch,
            kind=K.FORWARDED,
            reason=lambda t, by, v: f"forwarded to {t.queue.name}: {v['comment']}",
        ),
        Transition(
            "return",
            gettext_lazy("Return to creator"),
            sources=WORKING,
            target=S.REJECT_RETURN,
            guard=_guard_queue_work,
            inputs=[
                Input(
                    "comment",
                    gettext_lazy("Why is it returned? (required)"),
                    required=gettext_lazy("Say why the ticket is returned."),
                )
            ],
            apply=_apply_return,
            after=_after_return,
            kind=K.RETURNED,
            reason=lambda t, by, v: f"returned: {v['comment']}",
        ),
        Transition(
            "close",
            gettext_lazy("Close"),
            sources=WORKING | {S.REJECT_RETURN},
            target=S.CLOSED,
            guard=_guard_close,
            inputs=[
                Input(
                    "comment",
                    gettext_lazy("Resolution (required)"),
                    required=gettext_lazy("Describe the resolution."),
                )
            ],
            apply=_apply_close,
            after=_after_close,
            kind=K.CLOSED,
            reason=lambda t, by, v: "closed",
        ),
        # Reclassifying and assigning are moves too: the same checks, action rows and buttons.
        Transition(
            "assign",
            gettext_lazy("Assign to a colleague"),
            sources=WORKING,
            target=S.OPEN,
            permission="tickets.assign_ticket",
            guard=_guard_queue_work,
            inputs=[
                Input(
                    "owner",
                    gettext_lazy("Colleague"),
                    required=gettext_lazy("Choose a colleague."),
                    widget="choice",
                    choices=_colleague_choices,
                )
            ],
            apply=_apply_assign,
            after=_after_assign,
            kind=K.ASSIGNED,
            reason=lambda t, by, v: f"assigned to {t.owner.username} by {by.username}",
        ),
        Transition(
            "priority",
            gettext_lazy("Change priority"),
            sources=NOT_CLOSED,
            target=None,
            guard=_guard_queue_work,
            inputs=[
                Input(
                    "priority",
                    gettext_lazy("Priority"),
                    required=gettext_lazy("Choose a priority."),
                    widget="choice",
                    choices=lambda t, u: Ticket.Priority.choices,
                    coerce=int,
                )
            ],
            apply=_apply_field("priority", display=lambda t: t.get_priority_display()),
            kind=K.PRIORITY_CHANGED,
        ),
        Transition(
            "type",
            gettext_lazy("Change type"),
            sources=NOT_CLOSED,
            target=None,
            guard=_guard_queue_work,
            inputs=[
                Input(
                    "type",
                    gettext_lazy("Type"),
                    required=gettext_lazy("Choose a type."),
                    widget="choice",
                    choices=lambda t, u: Ticket.Type.choices,
                )
            ],
            apply=_apply_field("type", display=lambda t: t.get_type_display()),
            kind=K.TYPE_CHANGED,
        ),
        Transition(
            "subject",
            gettext_lazy("Change subject"),
            sources=NOT_CLOSED,
            target=None,
            guard=_guard_queue_work,
            inputs=[Input("subject", gettext_lazy("New subject"), required=gettext_lazy("Write the new subject."))],
            apply=_apply_field("subject", display=lambda t: t.subject),
            kind=K.SUBJECT_CHANGED,
        ),
    ],
)

OS = Outage.Status

# An outage is planned, starts, and is resolved; a resolved outage that flares up again starts again.
OUTAGE_FLOW = Workflow(
    model=Outage,
    field="status",
    related=("declared_by",),
    stamp_field="updated_at",  # a changed outage may be told to its customers again
    transitions=[
        Transition(
            "start",
            gettext_lazy("It has started"),
            sources={OS.PLANNED, OS.RESOLVED},
            target=OS.ACTIVE,
            permission="tickets.declare_outage",
            reason=lambda o, by, v: f"active by {by.username}",
            primary=True,
        ),
        Transition(
            "resolve",
            gettext_lazy("Resolved"),
            sources={OS.PLANNED, OS.ACTIVE},
            target=OS.RESOLVED,
            permission="tickets.declare_outage",
            reason=lambda o, by, v: f"resolved by {by.username}",
        ),
    ],
)


def lock_ticket(ticket: Ticket) -> Ticket:
    """Lock the row and re-read it with its relations (see Workflow.lock)."""
    return TICKET_FLOW.lock(ticket)


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


def customer_users(ticket: Ticket) -> list[User]:
    return list(ticket.customer.users.filter(is_active=True))


def ticket_contact(ticket: Ticket) -> Contact:
    """The caller of a ticket whose account has no portal user: the account's e-mail and the ticket's
    contact phone, in the account's language."""
    [account] = customer_contacts([ticket.customer])
    return Contact(
        name=ticket.contact_name or account.name,
        email=account.email,
        phone=str(ticket.contact_phone or ""),
        language=account.language,
        time_zone=account.time_zone,
        customer_id=ticket.customer_id,
    )


def notify_customer(ticket: Ticket, *, event: str, context: dict) -> None:
    """Tell the account's portal users; an account without any (a walk-in, a caller) hears through the ticket's contact."""
    notify(event=event, recipients=customer_users(ticket) or [ticket_contact(ticket)], context=context)


def notify_customer_status(ticket: Ticket, comment: str = "") -> None:
    notify_customer(
        ticket,
        event="ticket_status_changed",
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


def notify_assignee(ticket: Ticket, *, by: User) -> None:
    """Tell the agent a ticket was just given to (by e-mail or SMS as they chose for tickets, in their language).

    Nobody is told of what they did themselves (taking a ticket, assigning it to oneself). In the
    site, the ticket is news in the assignee's folder and workspace until they open it
    (Ticket.has_news_for_owner)."""
    owner = ticket.owner
    if owner is None or owner.pk == by.pk:
        return
    notify(
        event="ticket_assigned",
        recipients=[owner],
        context={
            "ticket_number": ticket.number,
            "subject": ticket.subject,
            "url": absolute_url(ticket.get_absolute_url()),
            "queue_name": ticket.queue.name_in(owner.language),
            "assigned_by": by.get_full_name() or by.username,
        },
    )


def ticket_dispatch(
    *, ticket: Ticket, queue: Queue | None, by: User, note: str = "", corrections: dict[str, str] | None = None
) -> Ticket:
    """OPEN → DISPATCH, or REJECT-RETURN → DISPATCH once the creator has corrected it
    (`corrections` may change the fields in CORRECTABLE_FIELDS on the way)."""
    move = "resend" if ticket.status == S.REJECT_RETURN else "dispatch"
    values = {"queue": queue, "comment": note, "corrections": corrections}
    return TICKET_FLOW.run(ticket, move, by=by, values=values)


def ticket_take(*, ticket: Ticket, by: User) -> Ticket:
    """DISPATCH/FORWARDED → OPEN, owned by the agent. Of two agents taking at once, the row lock lets one win;
    the other then finds the ticket OPEN and is told who has it."""
    return TICKET_FLOW.run(ticket, "take", by=by)


def ticket_assign(*, ticket: Ticket, to: User, by: User) -> Ticket:
    """Give the ticket to a member of its queue (→ OPEN); they are told unless they assigned it themselves."""
    return TICKET_FLOW.run(ticket, "assign", by=by, values={"owner": to})


def ticket_return(*, ticket: Ticket, by: User, reason: str) -> Ticket:
    """Back to the creator because it was created wrongly; the reason is required."""
    return TICKET_FLOW.run(ticket, "return", by=by, values={"comment": reason})


def ticket_forward(*, ticket: Ticket, queue: Queue | None, by: User, comment: str) -> Ticket:
    return TICKET_FLOW.run(ticket, "forward", by=by, values={"queue": queue, "comment": comment})


def ticket_close(*, ticket: Ticket, by: User, resolution: str) -> Ticket:
    return TICKET_FLOW.run(ticket, "close", by=by, values={"comment": resolution})


def ticket_reopen(*, ticket: Ticket, by: User, comment: str = "") -> Ticket:
    return TICKET_FLOW.run(ticket, "reopen", by=by, values={"comment": comment, "notify_comment": comment})


@transaction.atomic
def reopen_locked(ticket: Ticket, *, by: User) -> None:
    """A customer's reply reopens the (already locked) ticket; the history shows who reopened it."""
    previous = ticket.status
    ticket.status = S.OPEN
    fields = _apply_reopen(ticket, by, {})
    save_ticket(ticket, fields=["status", *fields], reason=f"reopened by {by.username}")
    record_action(ticket, kind=K.REOPENED, actor=by, from_status=previous)


def customer_may_reopen(ticket: Ticket, *, now=None) -> bool:
    """A customer's reply reopens a ticket closed less than TICKET_REOPEN_DAYS ago."""
    if ticket.status != S.CLOSED or ticket.closed_at is None:
        return False
    return (now or timezone.now()) - ticket.closed_at <= timedelta(days=settings.TICKET_REOPEN_DAYS)
