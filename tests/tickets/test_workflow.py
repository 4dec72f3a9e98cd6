"""Every allowed and refused move of tickets.workflow, per role."""

import re

import pytest
from django.core import mail
from django.db import transaction
from django.utils import translation

from notifications.models import OutboxMessage
from notifications.services import message_deliver
from tickets import services, workflow
from tickets.models import Ticket, TicketAction
from tickets.workflow import TicketWorkflowError

S = Ticket.Status
pytestmark = pytest.mark.django_db


def snapshot(ticket):
    ticket.refresh_from_db()
    return (ticket.status, ticket.queue_id, ticket.owner_id, ticket.actions.count())


def test_portal_ticket_goes_straight_to_dispatch_and_tells_customer_and_queue(portal_ticket, owner, agent):
    assert portal_ticket.status == S.DISPATCH
    assert portal_ticket.channel == Ticket.Channel.PORTAL
    assert re.fullmatch(r"T-\d{6}", portal_ticket.number)
    events = set(OutboxMessage.objects.values_list("event", "user__username"))
    assert ("ticket_created", owner.username) in events
    assert ("ticket_queue_new", agent.username) in events


def test_staff_ticket_without_queue_starts_open_owned_by_creator(agent, account_a, support_queue):
    ticket = services.ticket_create(
        by=agent, customer=account_a, queue=None, subject="Call back", text="Customer called", contact_name="Alice"
    )
    assert (ticket.status, ticket.owner) == (S.OPEN, agent)


def test_the_whole_life_of_a_ticket(portal_ticket, agent, owner, billing_queue, billing_agent):
    ticket = workflow.ticket_take(ticket=portal_ticket, by=agent)
    assert (ticket.status, ticket.owner) == (S.OPEN, agent)
    ticket = workflow.ticket_return(ticket=ticket, by=agent, reason="Which contract?")
    assert (ticket.status, ticket.owner, ticket.return_reason) == (S.REJECT_RETURN, None, "Which contract?")
    assert OutboxMessage.objects.filter(event="ticket_rejected", user=owner).exists()
    ticket = workflow.ticket_dispatch(
        ticket=ticket, queue=ticket.queue, by=owner, corrections={"contract_number": "CN-1"}
    )
    assert (ticket.status, ticket.contract_number) == (S.DISPATCH, "CN-1")
    ticket = workflow.ticket_forward(ticket=ticket, queue=billing_queue, by=agent, comment="Billing question")
    assert (ticket.status, ticket.queue) == (S.FORWARDED, billing_queue)
    assert OutboxMessage.objects.filter(event="ticket_queue_new", user=billing_agent).exists()
    ticket = workflow.ticket_take(ticket=ticket, by=billing_agent)
    ticket = workflow.ticket_close(ticket=ticket, by=billing_agent, resolution="Refunded")
    assert (ticket.status, ticket.resolution) == (S.CLOSED, "Refunded")
    assert ticket.closed_at is not None
    assert OutboxMessage.objects.filter(event="ticket_closed", user=owner).exists()
    ticket = workflow.ticket_reopen(ticket=ticket, by=billing_agent, comment="Customer called again")
    assert (ticket.status, ticket.owner, ticket.closed_at) == (S.OPEN, billing_agent, None)
    kinds = list(ticket.actions.values_list("kind", flat=True))
    assert kinds == ["created", "taken", "returned", "resent", "forwarded", "taken", "closed", "reopened"]
    assert ticket.history.first().history_change_reason.startswith("reopened")


MOVES = {
    "take": lambda t, u: workflow.ticket_take(ticket=t, by=u),
    "return": lambda t, u: workflow.ticket_return(ticket=t, by=u, reason="wrong"),
    "forward": lambda t, u: workflow.ticket_forward(ticket=t, queue=_other_queue(), by=u, comment="to billing"),
    "close": lambda t, u: workflow.ticket_close(ticket=t, by=u, resolution="done"),
    "reopen": lambda t, u: workflow.ticket_reopen(ticket=t, by=u),
}


def _other_queue():
    from tickets.models import Queue

    return Queue.objects.get_or_create(name="Other queue")[0]


def _ticket_in(status, *, owner, agent, support_queue):
    ticket = services.ticket_create(
        by=owner, customer=owner.customer, queue=support_queue, subject="S", text="T", contact_name="A"
    )
    if status == S.DISPATCH:
        return ticket
    if status == S.OPEN:
        return workflow.ticket_take(ticket=ticket, by=agent)
    if status == S.FORWARDED:
        forwarded = workflow.ticket_forward(ticket=ticket, queue=_other_queue(), by=agent, comment="c")
        return workflow.ticket_forward(ticket=forwarded, queue=support_queue, by=_manager(), comment="back")
    if status == S.REJECT_RETURN:
        return workflow.ticket_return(ticket=ticket, by=agent, reason="r")
    return workflow.ticket_close(ticket=ticket, by=agent, resolution="r")


def _manager():
    from tests.factories import StaffUserFactory

    return StaffUserFactory(role="Manager")


ALLOWED = {
    (S.DISPATCH, "take"),
    (S.FORWARDED, "take"),
    (S.DISPATCH, "return"),
    (S.FORWARDED, "return"),
    (S.OPEN, "return"),
    (S.DISPATCH, "forward"),
    (S.FORWARDED, "forward"),
    (S.OPEN, "forward"),
    (S.OPEN, "close"),
    (S.DISPATCH, "close"),
    (S.FORWARDED, "close"),
    (S.REJECT_RETURN, "close"),
    (S.CLOSED, "reopen"),
}


@pytest.mark.parametrize("status", [S.OPEN, S.DISPATCH, S.REJECT_RETURN, S.FORWARDED, S.CLOSED])
@pytest.mark.parametrize("move", list(MOVES))
def test_transition_map_for_the_queue_agent(status, move, owner, agent, support_queue):
    ticket = _ticket_in(status, owner=owner, agent=agent, support_queue=support_queue)
    before = snapshot(ticket)
    if (status, move) in ALLOWED:
        MOVES[move](ticket, agent)
        assert snapshot(ticket)[3] == before[3] + 1
    else:
        with pytest.raises(TicketWorkflowError):
            MOVES[move](ticket, agent)
        assert snapshot(ticket) == before, "a refused move leaves the ticket unchanged"


@pytest.mark.parametrize("move", ["take", "return", "forward", "close"])
def test_agent_of_another_queue_customer_and_reader_are_refused(move, portal_ticket, billing_agent, owner, reader):
    before = snapshot(portal_ticket)
    for user in (billing_agent, owner, reader):
        with pytest.raises(TicketWorkflowError):
            MOVES[move](portal_ticket, user)
    assert snapshot(portal_ticket) == before


def test_manager_may_work_any_queue(portal_ticket, manager):
    assert workflow.ticket_take(ticket=portal_ticket, by=manager).owner == manager


@pytest.mark.parametrize(
    "move, kwargs",
    [
        (workflow.ticket_return, {"reason": "  "}),
        (workflow.ticket_forward, {"comment": "", "queue": None}),
        (workflow.ticket_close, {"resolution": ""}),
    ],
)
def test_reason_comment_and_resolution_are_required(portal_ticket, agent, move, kwargs):
    if "queue" in kwargs:
        kwargs["queue"] = _other_queue()
    before = snapshot(portal_ticket)
    with pytest.raises(TicketWorkflowError):
        move(ticket=portal_ticket, by=agent, **kwargs)
    assert snapshot(portal_ticket) == before


def test_second_agent_taking_is_told_who_has_it(portal_ticket, agent, other_agent):
    workflow.ticket_take(ticket=portal_ticket, by=agent)
    with pytest.raises(TicketWorkflowError, match="already taken"):
        workflow.ticket_take(ticket=portal_ticket, by=other_agent)
    portal_ticket.refresh_from_db()
    assert portal_ticket.owner == agent


def test_only_the_creator_resends_a_returned_ticket(agent, other_agent, account_a, support_queue):
    ticket = services.ticket_create(
        by=agent, customer=account_a, queue=support_queue, subject="S", text="T", contact_name="A"
    )
    ticket = workflow.ticket_return(ticket=ticket, by=other_agent, reason="incomplete")
    with pytest.raises(TicketWorkflowError):
        workflow.ticket_dispatch(ticket=ticket, queue=support_queue, by=other_agent)
    assert workflow.ticket_dispatch(ticket=ticket, queue=support_queue, by=agent).status == S.DISPATCH


def test_customer_reply_reopens_recent_closed_ticket_but_not_an_old_one(portal_ticket, agent, owner, settings):
    from datetime import timedelta

    from django.utils import timezone

    ticket = workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="done")
    services.ticket_reply(ticket=ticket, by=owner, body="Still broken")
    ticket.refresh_from_db()
    assert ticket.status == S.OPEN
    ticket = workflow.ticket_close(ticket=ticket, by=agent, resolution="done again")
    Ticket.objects.filter(pk=ticket.pk).update(
        closed_at=timezone.now() - timedelta(days=settings.TICKET_REOPEN_DAYS + 1)
    )
    with pytest.raises(TicketWorkflowError):
        services.ticket_reply(ticket=ticket, by=owner, body="Again")
    ticket.refresh_from_db()
    assert ticket.status == S.CLOSED


def test_staff_reply_sets_first_response_and_waits_for_customer(portal_ticket, agent, owner):
    services.ticket_reply(ticket=portal_ticket, by=agent, body="We are on it")
    portal_ticket.refresh_from_db()
    assert portal_ticket.first_response_at is not None
    assert portal_ticket.waiting_for == Ticket.Waiting.CUSTOMER
    assert OutboxMessage.objects.filter(event="ticket_reply", user=owner).exists()


def test_rating_once_and_only_when_closed(portal_ticket, agent, owner):
    with pytest.raises(TicketWorkflowError):
        services.ticket_rate(ticket=portal_ticket, by=owner, rating=5)
    workflow.ticket_close(ticket=portal_ticket, by=agent, resolution="done")
    services.ticket_rate(ticket=portal_ticket, by=owner, rating=4, comment="ok")
    with pytest.raises(TicketWorkflowError):
        services.ticket_rate(ticket=portal_ticket, by=owner, rating=1)
    portal_ticket.refresh_from_db()
    assert portal_ticket.rating == 4


def test_refused_move_writes_no_action_and_no_notification(portal_ticket, billing_agent):
    rows = OutboxMessage.objects.count()
    actions = TicketAction.objects.count()
    with pytest.raises(TicketWorkflowError):
        workflow.ticket_take(ticket=portal_ticket, by=billing_agent)
    assert (OutboxMessage.objects.count(), TicketAction.objects.count()) == (rows, actions)


# --- The whole table: every move in every status, for each role ------------------------------------------------
#
# The ticket is in the support queue, created by `creator` (a Sales user who works no queue) for the customer's
# account. Roles: a manager (works every queue), an agent of the support queue, an agent of another queue, the
# creator, a customer user of the account, and staff who may only look. Each cell lists who may make the move.

ROLES = ("manager", "queue_agent", "other_agent", "creator", "customer", "reader")
QUEUE_STAFF = "manager queue_agent"

TABLE = {
    "OPEN, taken by the queue agent": {
        "dispatch": "manager queue_agent creator",
        "resend": "",
        "take": "",  # the others are told who has it
        "return": QUEUE_STAFF,
        "forward": QUEUE_STAFF,
        "close": QUEUE_STAFF,
        "reopen": "",
        "assign": "manager queue_agent",
        "priority": QUEUE_STAFF,
        "type": QUEUE_STAFF,
        "subject": QUEUE_STAFF,
    },
    "OPEN, kept by its creator": {  # staff created it without choosing a queue
        "dispatch": "manager queue_agent creator",
        "resend": "",
        "take": "",
        "return": "manager queue_agent creator",
        "forward": "manager queue_agent creator",
        "close": "manager queue_agent creator",
        "reopen": "",
        "assign": "manager queue_agent",
        "priority": "manager queue_agent creator",
        "type": "manager queue_agent creator",
        "subject": "manager queue_agent creator",
    },
    "DISPATCH": {
        "dispatch": "",
        "resend": "",
        "take": QUEUE_STAFF,
        "return": QUEUE_STAFF,
        "forward": QUEUE_STAFF,
        "close": QUEUE_STAFF,
        "reopen": "",
        "assign": QUEUE_STAFF,
        "priority": QUEUE_STAFF,
        "type": QUEUE_STAFF,
        "subject": QUEUE_STAFF,
    },
    "FORWARDED": {
        "dispatch": "",
        "resend": "",
        "take": QUEUE_STAFF,
        "return": QUEUE_STAFF,
        "forward": QUEUE_STAFF,
        "close": QUEUE_STAFF,
        "reopen": "",
        "assign": QUEUE_STAFF,
        "priority": QUEUE_STAFF,
        "type": QUEUE_STAFF,
        "subject": QUEUE_STAFF,
    },
    "REJECT-RETURN": {
        "dispatch": "",  # offered as "resend"
        "resend": "manager creator",
        "take": "",
        "return": "",
        "forward": "",
        "close": "manager queue_agent creator",  # the creator closes a wrong task and files a new one
        "reopen": "",
        "assign": "",
        "priority": QUEUE_STAFF,
        "type": QUEUE_STAFF,
        "subject": QUEUE_STAFF,
    },
    "CLOSED": {
        "dispatch": "",
        "resend": "",
        "take": "",
        "return": "",
        "forward": "",
        "close": "",
        "reopen": "manager queue_agent other_agent creator",  # any staff who may change tickets
        "assign": "",
        "priority": "",
        "type": "",
        "subject": "",
    },
}

STATES = {
    "OPEN, taken by the queue agent": (S.OPEN, "queue_agent"),
    "OPEN, kept by its creator": (S.OPEN, "creator"),
    "DISPATCH": (S.DISPATCH, None),
    "FORWARDED": (S.FORWARDED, None),
    "REJECT-RETURN": (S.REJECT_RETURN, None),
    "CLOSED": (S.CLOSED, "queue_agent"),
}


def sample_values(transition, ticket, user) -> dict:
    """Inputs for a move, made from its table entry: an offered choice other than the current one, or a text."""
    values = {}
    for needed in transition.inputs:
        if needed.widget == "choice":
            options = [o if hasattr(o, "pk") else o[0] for o in needed.choices(ticket, user)]
            current = getattr(ticket, f"{needed.name}_id", getattr(ticket, needed.name, None))
            values[needed.name] = next((o for o in options if getattr(o, "pk", o) != current), options[0])
        else:
            values[needed.name] = f"{transition.label} please"
    return values


class _Undo(Exception):
    """Raised to roll a tried move back, so every role starts from the same ticket."""


@pytest.fixture
def people(owner, agent, billing_agent, manager, reader):
    from tests.factories import StaffUserFactory

    creator = StaffUserFactory(username="sam", role="Sales")
    return {
        "manager": manager,
        "queue_agent": agent,
        "other_agent": billing_agent,
        "creator": creator,
        "customer": owner,
        "reader": reader,
    }


def _make(state, people, support_queue) -> Ticket:
    from django.utils import timezone

    status, owner_role = STATES[state]
    closed = status == S.CLOSED
    return Ticket.objects.create(
        queue=support_queue,
        customer=people["customer"].customer,
        creator=people["creator"],
        subject="S",
        text="T",
        contact_name="A",
        status=status,
        owner=people[owner_role] if owner_role else None,
        return_reason="incomplete" if status == S.REJECT_RETURN else "",
        resolution="Fixed" if closed else "",
        closed_at=timezone.now() if closed else None,
    )


def _try(move, ticket, user) -> tuple[bool, str]:
    """Whether `user` may make `move`, leaving the database as it was; checks what each outcome leaves behind."""
    before = snapshot(ticket) + (OutboxMessage.objects.count(),)
    try:
        with transaction.atomic():
            try:
                transition = workflow.TICKET_FLOW[move]
                workflow.TICKET_FLOW.run(ticket, move, by=user, values=sample_values(transition, ticket, user))
            except TicketWorkflowError as error:
                assert snapshot(ticket) + (OutboxMessage.objects.count(),) == before, "refused but changed"
                result = (False, str(error))
            else:
                ticket.refresh_from_db()
                assert ticket.status == (transition.target or before[0])
                assert ticket.actions.count() == before[3] + 1
                result = (True, "")
            raise _Undo
    except _Undo:
        pass
    return result


@pytest.mark.parametrize("state", list(TABLE))
def test_every_move_in_every_status_for_each_role(state, people, support_queue, billing_queue):
    ticket = _make(state, people, support_queue)
    allowed, messages = {}, {}
    assert set(TABLE[state]) == set(workflow.TICKET_FLOW.by_name), "every move of the table has its row here"
    for move in workflow.TICKET_FLOW.by_name:
        allowed[move] = set()
        for role in ROLES:
            ok, message = _try(move, ticket, people[role])
            if ok:
                allowed[move].add(role)
            else:
                messages[move, role] = message
    assert allowed == {move: set(roles.split()) for move, roles in TABLE[state].items()}
    assert all(messages.values()), "every refusal says why"
    for role in ROLES:
        buttons = {t.name for t in workflow.TICKET_FLOW.allowed(ticket, people[role])}
        expected = {move for move in workflow.TICKET_FLOW.by_name if role in allowed[move]}
        assert buttons == expected, (state, role)


def test_refusals_say_why(people, support_queue, billing_queue):
    closed = _make("CLOSED", people, support_queue)
    assert _try("close", closed, people["manager"]) == (
        False,
        "A ticket in status “Closed” cannot be moved with “Close”.",
    )
    taken = _make("OPEN, taken by the queue agent", people, support_queue)
    name = people["queue_agent"].get_full_name()
    assert _try("take", taken, people["manager"]) == (False, f"{name} has already taken this ticket.")
    dispatched = _make("DISPATCH", people, support_queue)
    assert _try("take", dispatched, people["other_agent"]) == (
        False,
        "Only agents of the queue “Technical support” can do this.",
    )
    for role in ("customer", "reader"):
        assert _try("close", dispatched, people[role]) == (False, "You may not change this ticket.")
    returned = _make("REJECT-RETURN", people, support_queue)
    assert _try("resend", returned, people["queue_agent"]) == (
        False,
        "Only the ticket's creator can correct and send it again.",
    )
    opened = _make("OPEN, kept by its creator", people, support_queue)
    assert _try("dispatch", opened, people["other_agent"]) == (
        False,
        "Only its owner, its creator or an agent of its queue can send this ticket to a queue.",
    )
    with pytest.raises(TicketWorkflowError, match="Only a returned ticket can be corrected."):
        workflow.ticket_dispatch(ticket=opened, queue=support_queue, by=people["creator"], corrections={"text": "x"})


@pytest.mark.parametrize(
    "who, allowed",
    [("owner", True), ("teammate", False), ("outsider", False), ("agent", False), ("manager", True)],
)
def test_a_returned_portal_request_is_resent_by_its_creator_only(who, allowed, portal_ticket, agent, request):
    """The customer who filed it corrects and re-sends it; another user of the same account may not."""
    from tests.factories import CustomerUserFactory

    users = {"teammate": lambda: CustomerUserFactory(customer=portal_ticket.customer, username="tess")}
    user = users[who]() if who in users else request.getfixturevalue(who)
    ticket = workflow.ticket_return(ticket=portal_ticket, by=agent, reason="Which contract?")
    before = snapshot(ticket)
    if allowed:
        ticket = workflow.ticket_dispatch(
            ticket=ticket, queue=ticket.queue, by=user, corrections={"contract_number": "CN-7"}
        )
        assert (ticket.status, ticket.contract_number) == (S.DISPATCH, "CN-7")
        assert ticket.actions.last().kind == TicketAction.Kind.RESENT
    else:
        with pytest.raises(TicketWorkflowError, match="Only the ticket's creator"):
            workflow.ticket_dispatch(ticket=ticket, queue=ticket.queue, by=user, corrections={"contract_number": "X"})
        assert snapshot(ticket) == before


def test_moves_into_a_closed_queue_are_refused(portal_ticket, agent, billing_queue):
    billing_queue.is_active = False
    billing_queue.save()
    before = snapshot(portal_ticket)
    with pytest.raises(TicketWorkflowError, match="The queue “Billing” is closed."):
        workflow.ticket_forward(ticket=portal_ticket, queue=billing_queue, by=agent, comment="billing")
    with pytest.raises(TicketWorkflowError, match="Choose a queue other than the current one."):
        workflow.ticket_forward(ticket=portal_ticket, queue=portal_ticket.queue, by=agent, comment="same")
    assert snapshot(portal_ticket) == before


def test_the_customer_reads_the_new_stage_in_their_own_language_not_the_agents(portal_ticket, agent, owner):
    owner.language = "ru"
    owner.save(update_fields=["language"])
    with translation.override("fa"):  # the agent works in Persian
        workflow.ticket_take(ticket=portal_ticket, by=agent)
    row = OutboxMessage.objects.filter(event="ticket_status_changed", user=owner, channel="email").latest("pk")
    assert row.context["status_label"] == "In progress"
    mail.outbox.clear()
    message_deliver(message_id=row.pk)
    assert "В работе" in mail.outbox[0].body


def test_a_return_asks_the_customer_for_a_correction_only_on_their_own_request(portal_ticket, agent, support_queue):
    workflow.ticket_return(ticket=portal_ticket, by=agent, reason="Which contract?")
    portal_ticket.refresh_from_db()
    assert portal_ticket.stage_label == "Needs correction"
    by_phone = services.ticket_create(
        by=agent,
        customer=portal_ticket.customer,
        queue=support_queue,
        subject="Second router",
        text="Floor 2",
        contact_name="Olga",
        channel=Ticket.Channel.PHONE,
    )
    workflow.ticket_return(ticket=by_phone, by=agent, reason="No address")
    by_phone.refresh_from_db()
    assert (by_phone.status, by_phone.stage_label) == (Ticket.Status.REJECT_RETURN, "In progress")
