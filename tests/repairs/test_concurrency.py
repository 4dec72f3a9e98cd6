"""Races on real PostgreSQL connections: the quote is approved and declined at once (two tabs), and
many devices are registered at once. The row lock and the number counter keep both sane."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from accounts.models import User
from core.workflow import WorkflowError
from repairs import services
from repairs.models import Repair, RepairAction
from tests.repairs.conftest import quote, register
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need two real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def test_approve_and_decline_at_once_one_wins_and_the_other_is_refused(postgresql, owner, technician, branch):
    repair = register(by=owner, customer=owner.customer, branch=branch)
    Repair.objects.filter(pk=repair.pk).update(status=Repair.Status.DIAGNOSING)
    quote(repair, technician)
    barrier = threading.Barrier(2, timeout=10)

    def move(user_pk: int, name: str, values: dict | None):
        try:
            user = User.objects.get(pk=user_pk)
            stale = Repair.objects.get(pk=repair.pk)  # both read it as QUOTE_SENT
            barrier.wait()
            return services.repair_move(repair=stale, by=user, name=name, values=values)
        except WorkflowError as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(2) as pool:
        results = list(
            pool.map(
                move,
                [owner.pk, owner.pk],
                ["approve", "decline"],
                [None, None],
            )
        )
    assert sum(isinstance(result, WorkflowError) for result in results) == 1
    repair.refresh_from_db()
    assert repair.status in (Repair.Status.IN_REPAIR, Repair.Status.READY)
    assert RepairAction.objects.filter(repair=repair, kind__in=["approve", "decline"]).count() == 1


def test_ten_registrations_at_once_get_ten_different_numbers(postgresql, owner, branch):
    def create(index: int) -> str:
        try:
            return register(
                by=User.objects.get(pk=owner.pk), customer=owner.customer, branch=branch, serial_number=f"SN-{index}"
            ).number
        finally:
            connection.close()

    with ThreadPoolExecutor(5) as pool:
        numbers = list(pool.map(create, range(10)))
    assert len(set(numbers)) == 10
    assert sorted(numbers) == [f"R-{n:06d}" for n in range(1, 11)]
