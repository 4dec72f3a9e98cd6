"""Races on two real PostgreSQL connections: one link confirmed in two tabs at once, and two
reviewers deciding the same sign-up at once. The row lock lets exactly one win."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from accounts.models import Customer, User
from core.workflow import WorkflowError
from portalhome import services
from portalhome.models import Registration
from portalhome.workflow import REGISTRATION_FLOW
from tests.factories import StaffUserFactory
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "Correct-Horse-Battery-9"


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need two real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def race(work, args):
    barrier = threading.Barrier(len(args), timeout=10)

    def run(arg):
        try:
            barrier.wait()
            return work(arg)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(args)) as pool:
        futures = [pool.submit(run, arg) for arg in args]
    return [future.exception(timeout=30) or future.result() for future in futures]


def test_one_link_confirmed_in_two_tabs_at_once_makes_one_login(postgresql):
    registration = services.registration_request(name="Dana Scully", email="dana@example.com")
    customers = Customer.objects.count()
    outcomes = race(
        lambda _tab: services.registration_confirm(
            registration=Registration.objects.get(pk=registration.pk), password=PASSWORD
        ),
        [1, 2],
    )
    refused = [o for o in outcomes if isinstance(o, services.RegistrationRefused)]
    assert len(refused) == 1 and "already been used" in str(refused[0]), outcomes
    assert User.objects.filter(email__iexact="dana@example.com").count() == 1
    assert Customer.objects.count() == customers + 1


def test_two_reviewers_at_once_one_decides(postgresql, monkeypatch):
    registration = services.registration_request(name="Dana Scully", email="dana@example.com")
    services.registration_confirm(registration=registration, password=PASSWORD)
    reviewers = [StaffUserFactory(role="Manager").pk, StaffUserFactory(role="Support agent").pk]
    approved = services.registration_approved

    def slow_approved(**kwargs):  # inside the move's transaction: the other reviewer arrives meanwhile
        approved(**kwargs)
        threading.Event().wait(0.3)

    monkeypatch.setattr(services, "registration_approved", slow_approved)

    def decide(user_pk):
        move = "approve" if user_pk == reviewers[0] else "reject"
        stale = Registration.objects.get(pk=registration.pk)
        return REGISTRATION_FLOW.run(stale, move, by=User.objects.get(pk=user_pk), values={"comment": "No"})

    outcomes = race(decide, reviewers)
    assert sum(isinstance(o, Registration) for o in outcomes) == 1, outcomes
    assert sum(isinstance(o, WorkflowError) for o in outcomes) == 1, outcomes
    registration.refresh_from_db()
    assert registration.status in (Registration.Status.APPROVED, Registration.Status.REJECTED)
    assert registration.history.filter(history_change_reason__in=["approve", "reject: No"]).count() == 1
