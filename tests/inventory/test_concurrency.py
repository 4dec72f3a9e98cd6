"""Twenty people reserve the same numbers at the same moment, on real PostgreSQL connections:
every number ends with exactly one owner, and none is lost or taken twice."""

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models import Q

from accounts.models import User
from core.workflow import WorkflowError
from inventory import services
from inventory.models import Number, NumberAction, StockStatus
from tests.factories import StaffUserFactory
from tests.inventory.conftest import load_numbers
from tests.services import require_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
THREADS = 20


@pytest.fixture
def postgresql():
    require_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "row locks need real connections; set DATABASE_URL=postgres://… (SQLite locks the whole file)",
    )


def run_at_once(work) -> list:
    barrier = threading.Barrier(THREADS, timeout=20)

    def one(index: int):
        try:
            barrier.wait()
            return work(index)
        except WorkflowError as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(one, range(THREADS)))


def test_twenty_reserving_the_same_ten_numbers_one_wins_each(postgresql):
    users = [StaffUserFactory(role="Sales") for _ in range(THREADS)]
    numbers = load_numbers(users[0], count=10)
    ids = [n.pk for n in numbers]

    def reserve(index: int):
        user = User.objects.get(pk=users[index].pk)
        return services.stock_move(model=Number, ids=ids, move="reserve", by=user, values={"order": f"O-{index}"})

    outcomes = run_at_once(reserve)
    winners = [i for i, outcome in enumerate(outcomes) if outcome == 10]
    assert len(winners) == 1, outcomes
    assert all(isinstance(o, WorkflowError) for i, o in enumerate(outcomes) if i != winners[0])
    assert set(Number.objects.values_list("status", "reserved_for")) == {(StockStatus.RESERVED, f"O-{winners[0]}")}
    assert NumberAction.objects.filter(kind="reserve").count() == 10


def test_twenty_taking_the_next_five_get_different_numbers(postgresql):
    users = [StaffUserFactory(role="Sales") for _ in range(THREADS)]
    load_numbers(users[0], count=120)

    def take_five(index: int):
        user = User.objects.get(pk=users[index].pk)
        return services.stock_take_next(
            model=Number, count=5, move="reserve", by=user, values={"order": f"O-{index}"}, filters=Q()
        )

    outcomes = run_at_once(take_five)
    assert all(isinstance(o, list) and len(o) == 5 for o in outcomes), outcomes
    taken = [pk for outcome in outcomes for pk in outcome]
    assert len(set(taken)) == 100
    owners = Counter(Number.objects.filter(status=StockStatus.RESERVED).values_list("reserved_for", flat=True))
    assert owners == Counter({f"O-{i}": 5 for i in range(THREADS)})
    assert Number.objects.filter(status=StockStatus.AVAILABLE).count() == 20
