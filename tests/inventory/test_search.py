"""Number patterns: suffixes and prefixes become index ranges, whatever digit they end in."""

import pytest

from inventory.models import Number
from inventory.selectors import pattern_filter
from inventory.services import numbers_load
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

NUMBERS = ["79161239999", "79161230999", "79169999000", "79161110000", "79991234567", "79161234599"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*9999", {"79161239999"}),
        ("*0999", {"79161230999"}),
        ("*99", {"79161239999", "79161230999", "79161234599"}),
        ("7999*", {"79991234567"}),
        ("79169*", {"79169999000"}),
        ("*999*", {"79161239999", "79161230999", "79169999000", "79991234567"}),
        ("7916???9999", {"79161239999"}),
        ("79161110000", {"79161110000"}),
        ("7x*", set()),
    ],
)
def test_patterns_find_exactly_their_numbers(pattern, expected):
    numbers_load(rows=[{"msisdn": m} for m in NUMBERS], by=StaffUserFactory())
    assert set(Number.objects.filter(pattern_filter(pattern)).values_list("msisdn", flat=True)) == expected
