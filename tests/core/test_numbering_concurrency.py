"""20 threads take numbers from one counter at once, on real PostgreSQL connections."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction

from accounts.models import Customer
from core.numbering import next_value
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


def _at_once(work):
    barrier = threading.Barrier(THREADS, timeout=20)

    def run(index: int):
        try:
            barrier.wait()
            return work(index)
        finally:
            connection.close()

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(run, range(THREADS)))


def test_twenty_threads_taking_numbers_from_a_new_counter_get_consecutive_unique_numbers(postgresql):
    def take(index: int) -> int:
        with transaction.atomic():
            value = next_value("race")
            threading.Event().wait(0.01)  # hold the lock a moment, so the others queue behind it
            return value

    assert sorted(_at_once(take)) == list(range(1, THREADS + 1))


def test_twenty_customers_created_at_once_all_get_their_own_number(postgresql):
    """Before the counter, two customers created at once could get the same number and a 500."""

    def create(index: int) -> str:
        return Customer.objects.create(name=f"Customer {index}", email=f"c{index}@example.com").number

    numbers = _at_once(create)
    values = sorted(int(number.removeprefix("C-")) for number in numbers)
    assert values == list(range(values[0], values[0] + THREADS))
    assert Customer.objects.count() == THREADS
