"""Readable numbers from a locked counter row."""

import pytest
from django.db import transaction

from core.models import Counter
from core.numbering import next_number, next_value
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


def test_numbers_follow_each_other_per_series():
    with transaction.atomic():
        assert [next_number("order", prefix="O-") for _ in range(3)] == ["O-000001", "O-000002", "O-000003"]
        assert next_number("invoice:standard:2026", prefix="INV-2026-", width=5) == "INV-2026-00001"
    assert Counter.objects.get(key="order").value == 3


def test_a_rolled_back_number_is_given_again_so_the_series_has_no_gap():
    with transaction.atomic():
        next_value("invoice")
    with pytest.raises(RuntimeError), transaction.atomic():
        next_value("invoice")
        raise RuntimeError("the invoice could not be saved")
    with transaction.atomic():
        assert next_value("invoice") == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_refuses_to_run_outside_a_transaction():
    with pytest.raises(RuntimeError, match="inside transaction.atomic"):
        next_value("order")


def test_customers_take_their_numbers_from_the_counter():
    first, second = CustomerFactory(), CustomerFactory()
    assert int(second.number.removeprefix("C-")) == int(first.number.removeprefix("C-")) + 1
    assert Counter.objects.get(key="customer").value == int(second.number.removeprefix("C-"))
