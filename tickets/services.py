"""Writes for tickets that are not status moves (those live in tickets.workflow)."""

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Customer, User
from accounts.selectors import customer_contacts
from core.urls import absolute_url
from notifications.services import notify
from tickets.attachments import CheckedFile
from tickets.models import Interaction, Outage, Queue, Ticket, TicketAction, TicketAttachment, TicketMessage
from tickets.workflow import (
    OUTAGE_FLOW,
    TicketWorkflowError,
    customer_may_reopen,
    lock_ticket,
    notify_customer,
    notify_queue,
    record_action,
    refuse_unless_may_work,
    reopen_locked,
    save_ticket,
)

S = Ticket.Status


def _store_attachments(
    *, ticket: Ticket, files: Sequence[CheckedFile], by: User, message: TicketMessage | None = None
) -> list[TicketAttachment]:
    stored = []
    for checked in files:
        attachment = TicketAttachment(
            ticket=ticket,
            message=message,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            uploaded_by=by,
        )
        attachment.file.save(checked.name, checked.upload, save=False)
        attachment.save()
        stored.append(attachment)
    return stored


@transaction.atomic
def ticket_create(
    *,
    by: User,
    customer: Customer,
    queue: Queue | None,
    subject: str,
    text: str,
    contact_name: str,
    contact_phone: str = "",
    contract_number: str = "",
    type: str = Ticket.Type.INCIDENT,
    priority: int = Ticket.Priority.NORMAL,
    channel: str = Ticket.Channel.STAFF,
    files: Sequence[CheckedFile] = (),
) -> Ticket:
    """A customer's request goes straight to DISPATCH in the queue they chose; a
    ticket created by staff starts OPEN and owned by its creator unless a queue is given."""
    if by.is_customer and by.customer_id != customer.pk:
        raise TicketWorkflowError(_("You can only file requests for your own account."))
    if by.is_customer and queue is None:
        raise TicketWorkflowError(_("Choose the kind of problem."))
    if queue is not None and not queue.is_active:
        raise TicketWorkflowError(_("The queue “%(queue)s” is closed.") % {"queue": queue.name})
    dispatched = queue is not None
    if by.is_customer:
        type = queue.default_type  # the customer chose the kind of problem by choosing the queue
    ticket = Ticket(
        customer=customer,
        queue=queue or Queue.objects.filter(is_active=True).order_by("pk").first(),
        subject=subject.strip(),
        text=text.strip(),
        contact_name=contact_name.strip(),
        contact_phone=contact_phone,
        contract_number=contract_number.strip(),
        type=type,
        priority=priority,
        channel=Ticket.Channel.PORTAL if by.is_customer else channel,
        creator=by,
        status=S.DISPATCH if dispatched else S.OPEN,
        owner=None if dispatched else by,
    )
    if ticket.queue is None:
        raise TicketWorkflowError(_("No queue is open for new tickets."))
    ticket.full_clean(exclude=["search_vector"])
    ticket._change_reason = "created"
    ticket.save()
    record_action(ticket, kind=TicketAction.Kind.CREATED, actor=by)
    _store_attachments(ticket=ticket, files=files, by=by)
    context = {"ticket_number": ticket.number, "subject": ticket.subject, "url": absolute_url(ticket.get_portal_url())}
    notify_customer(ticket, event="ticket_created", context=context)
    if dispatched:
        notify_queue(ticket, exclude=by)
    return ticket


@transaction.atomic
def ticket_reply(*, ticket: Ticket, by: User, body: str, files: Sequence[CheckedFile] = ()) -> TicketMessage:
    """A public message. From the customer it may reopen a recently closed ticket;
    from staff it is the company's answer and is sent to the customer."""
    body = body.strip()
    if not body:
        raise TicketWorkflowError(_("Write a message."))
    ticket = lock_ticket(ticket)
    if by.is_customer:
        if ticket.customer_id != by.customer_id:
            raise TicketWorkflowError(_("You can only reply to your own account's requests."))
        if ticket.status == S.CLOSED:
            if not customer_may_reopen(ticket):
                raise TicketWorkflowError(_("This request was closed too long ago to reply. Please file a new one."))
            reopen_locked(ticket, by=by)
        ticket.waiting_for = Ticket.Waiting.COMPANY
    else:
        refuse_unless_may_work(ticket, by)
        if ticket.status == S.CLOSED:
            raise TicketWorkflowError(_("Reopen the ticket before replying."))
        ticket.waiting_for = Ticket.Waiting.CUSTOMER
        if ticket.first_response_at is None:
            ticket.first_response_at = timezone.now()
    message = TicketMessage.objects.create(ticket=ticket, author=by, kind=TicketMessage.Kind.PUBLIC, body=body)
    _store_attachments(ticket=ticket, files=files, by=by, message=message)
    save_ticket(ticket, fields=["waiting_for", "first_response_at"], reason="reply")
    record_action(ticket, kind=TicketAction.Kind.REPLIED, actor=by)
    if not by.is_customer:
        notify_customer(
            ticket,
            event="ticket_reply",
            context={
                "ticket_number": ticket.number,
                "subject": ticket.subject,
                "url": absolute_url(ticket.get_portal_url()),
                "excerpt": body[:300],
            },
        )
    elif ticket.owner_id:
        notify(
            event="ticket_reply",
            recipients=[ticket.owner],
            context={
                "ticket_number": ticket.number,
                "subject": ticket.subject,
                "url": absolute_url(ticket.get_absolute_url()),
                "excerpt": body[:300],
            },
        )
    return message


@transaction.atomic
def ticket_comment(*, ticket: Ticket, by: User, body: str, files: Sequence[CheckedFile] = ()) -> TicketMessage:
    """An internal comment: staff only, never shown to the customer."""
    body = body.strip()
    if not body:
        raise TicketWorkflowError(_("Write a comment."))
    if by.is_customer:
        raise TicketWorkflowError(_("You may not change this ticket."))
    ticket = lock_ticket(ticket)
    refuse_unless_may_work(ticket, by)
    message = TicketMessage.objects.create(ticket=ticket, author=by, kind=TicketMessage.Kind.INTERNAL, body=body)
    _store_attachments(ticket=ticket, files=files, by=by, message=message)
    save_ticket(ticket, fields=[], reason="internal comment")
    record_action(ticket, kind=TicketAction.Kind.COMMENTED, actor=by)
    return message


@transaction.atomic
def ticket_rate(*, ticket: Ticket, by: User, rating: int, comment: str = "") -> Ticket:
    ticket = lock_ticket(ticket)
    if not by.is_customer or ticket.customer_id != by.customer_id:
        raise TicketWorkflowError(_("Only the customer can rate a request."))
    if ticket.status != S.CLOSED:
        raise TicketWorkflowError(_("A request can be rated once it is closed."))
    if ticket.rating is not None:
        raise TicketWorkflowError(_("This request has already been rated."))
    if rating not in range(1, 6):
        raise TicketWorkflowError(_("Choose a rating from 1 to 5."))
    ticket.rating, ticket.rating_comment = rating, comment.strip()
    save_ticket(ticket, fields=["rating", "rating_comment"], reason=f"rated {rating}")
    record_action(ticket, kind=TicketAction.Kind.RATED, actor=by, comment=f"{rating}/5 {comment}".strip())
    return ticket


@transaction.atomic
def ticket_link_outage(*, ticket: Ticket, outage: Outage | None, by: User) -> Ticket:
    ticket = lock_ticket(ticket)
    refuse_unless_may_work(ticket, by)
    ticket.outage = outage
    save_ticket(ticket, fields=["outage"], reason="outage linked" if outage else "outage unlinked")
    record_action(ticket, kind=TicketAction.Kind.OUTAGE_LINKED, actor=by, comment=str(outage or "—"))
    return ticket


@transaction.atomic
def interaction_log(
    *,
    customer: Customer,
    by: User,
    kind: str,
    direction: str,
    summary: str,
    occurred_at=None,
    ticket: Ticket | None = None,
) -> Interaction:
    interaction = Interaction(
        customer=customer,
        staff=by,
        kind=kind,
        direction=direction,
        summary=summary.strip(),
        ticket=ticket,
        occurred_at=occurred_at or timezone.now(),
    )
    interaction.full_clean()
    interaction._change_reason = "logged"
    interaction.save()
    return interaction


@transaction.atomic
def outage_declare(
    *,
    by: User,
    area: str,
    services: str,
    starts_at,
    expected_end=None,
    description: str = "",
    status: str = Outage.Status.ACTIVE,
) -> Outage:
    outage = Outage(
        area=area.strip(),
        services=services.strip(),
        starts_at=starts_at,
        expected_end=expected_end,
        description=description.strip(),
        status=status,
        declared_by=by,
    )
    outage.full_clean()
    if expected_end and expected_end <= starts_at:
        raise TicketWorkflowError(_("The expected end must be after the start."))
    outage._change_reason = f"declared by {by.username}"
    outage.save()
    return outage


def outage_move(*, outage: Outage, move: str, by: User) -> Outage:
    """Start or resolve an outage (tickets.workflow.OUTAGE_FLOW)."""
    return OUTAGE_FLOW.run(outage, move, by=by)


def outage_affected_customers(outage: Outage):
    return Customer.objects.filter(area__iexact=outage.area, status=Customer.Status.ACTIVE)


@transaction.atomic
def outage_notify_customers(*, outage: Outage, by: User) -> int:
    """One SMS to every active customer account in the outage's area, through the outbox."""
    outage = Outage.objects.select_for_update().get(pk=outage.pk)
    customers = list(outage_affected_customers(outage).exclude(phone=""))
    notify(
        event="outage",
        recipients=customer_contacts(customers),
        context={
            "area": outage.area,
            "services": outage.services,
            "starts_at": outage.starts_at.isoformat(),
            "expected_end": outage.expected_end.isoformat() if outage.expected_end else "",
        },
        channels=["sms"],
    )
    outage.customers_notified_at = timezone.now()
    outage._change_reason = f"{len(customers)} customers told by {by.username}"
    outage.save(update_fields=["customers_notified_at"])
    return len(customers)
