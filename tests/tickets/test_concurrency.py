"""Two agents take the same ticket at the same moment, on two real PostgreSQL connections:
the row lock lets exactly one win, and the other is told who has it (DESIGN §3)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from accounts.models import User
from tests.services import require_service
from tickets import services, workflow
from tickets.models import Ticket, TicketAction
from tickets.workflow import TicketWorkflowError

# Each thread opens its own connection, so the rows must really be committed.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need two real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def test_two_agents_taking_the_same_ticket_at_once_one_wins_the_other_is_told(
    postgresql, owner, support_queue, agent, other_agent, monkeypatch
):
    ticket = services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=support_queue,
        subject="No internet",
        text="Red light",
        contact_name="Alice",
    )
    assert ticket.status == Ticket.Status.DISPATCH
    # Hold the lock a little while inside the transaction, so that the second agent really
    # arrives while the first one is still taking; without the row lock both would win.
    notify_customer_status = workflow.notify_customer_status

    def slow_notify(*args, **kwargs):  # runs inside the move's transaction, after the save
        notify_customer_status(*args, **kwargs)
        threading.Event().wait(0.3)

    monkeypatch.setattr(workflow, "notify_customer_status", slow_notify)
    barrier = threading.Barrier(2, timeout=10)

    def take(user_pk: int) -> Ticket:
        try:
            user = User.objects.get(pk=user_pk)
            stale = Ticket.objects.get(pk=ticket.pk)  # both read it as DISPATCH, like two open browser tabs
            assert stale.status == Ticket.Status.DISPATCH
            barrier.wait()
            return workflow.ticket_take(ticket=stale, by=user)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(take, user.pk): user for user in (agent, other_agent)}
    outcomes = {futures[future]: future.exception(timeout=30) or future.result() for future in futures}

    winners = [user for user, outcome in outcomes.items() if isinstance(outcome, Ticket)]
    losers = [user for user, outcome in outcomes.items() if isinstance(outcome, TicketWorkflowError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    winner, loser = winners[0], losers[0]
    assert str(outcomes[loser]) == f"{winner.get_full_name()} has already taken this ticket."
    ticket.refresh_from_db()
    assert (ticket.status, ticket.owner) == (Ticket.Status.OPEN, winner)
    taken = TicketAction.objects.filter(ticket=ticket, kind=TicketAction.Kind.TAKEN)
    assert [(action.actor, action.from_status, action.to_status) for action in taken] == [
        (winner, Ticket.Status.DISPATCH, Ticket.Status.OPEN)
    ]
    assert ticket.history.filter(history_change_reason__startswith="taken by").count() == 1


def test_taking_while_another_agent_forwards_is_refused_with_the_new_queue(
    postgresql, owner, support_queue, billing_queue, agent, manager, monkeypatch
):
    """The forward commits while the take waits for the lock: the take then sees the ticket
    in its new queue and is refused with a message (not a crash on a row that moved)."""
    ticket = services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=support_queue,
        subject="No internet",
        text="Red light",
        contact_name="Alice",
    )
    forward_holds_the_lock = threading.Event()
    notify_queue = workflow.notify_queue

    def slow_notify(*args, **kwargs):  # runs inside the forward's transaction, after the save
        notify_queue(*args, **kwargs)
        forward_holds_the_lock.set()
        threading.Event().wait(0.3)

    monkeypatch.setattr(workflow, "notify_queue", slow_notify)

    def forward() -> Ticket:
        try:
            return workflow.ticket_forward(
                ticket=Ticket.objects.get(pk=ticket.pk),
                queue=billing_queue,
                by=User.objects.get(pk=manager.pk),
                comment="Billing question",
            )
        finally:
            connection.close()

    def take() -> Ticket:
        try:
            stale = Ticket.objects.get(pk=ticket.pk)
            user = User.objects.get(pk=agent.pk)
            assert forward_holds_the_lock.wait(timeout=10)
            return workflow.ticket_take(ticket=stale, by=user)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        forwarded, taken = pool.submit(forward), pool.submit(take)
    assert forwarded.result(timeout=30).status == Ticket.Status.FORWARDED
    error = taken.exception(timeout=30)
    assert isinstance(error, TicketWorkflowError), error
    assert str(error) == "Only agents of the queue “Billing” can do this."
    ticket.refresh_from_db()
    assert (ticket.status, ticket.queue, ticket.owner) == (Ticket.Status.FORWARDED, billing_queue, None)
    assert not ticket.actions.filter(kind=TicketAction.Kind.TAKEN).exists()
