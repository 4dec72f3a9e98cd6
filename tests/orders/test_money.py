"""Order arithmetic: exact Decimal totals with awkward prices, two tax rates, rounding per line."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orders.money import cents, line_amounts, order_totals

D = Decimal


def _line(price: str, quantity: int, rate: str):
    amounts = line_amounts(unit_price=D(price), quantity=quantity, tax_rate=D(rate))
    return SimpleNamespace(net_amount=amounts.net, tax_amount=amounts.tax, tax_rate=D(rate), gross=amounts.gross)


def test_a_tenth_times_three_is_exactly_thirty_cents():
    amounts = line_amounts(unit_price=D("0.10"), quantity=3, tax_rate=D("20"))
    assert amounts.net == D("0.30")
    assert amounts.tax == D("0.06")
    assert amounts.gross == D("0.36")


def test_tax_is_rounded_half_up_on_each_line():
    # 0.33 × 3 = 0.99; 20 % of it is 0.198 → 0.20. 0.05 at 10 % is 0.005 → 0.01 (half up, not to even).
    assert line_amounts(unit_price=D("0.33"), quantity=3, tax_rate=D("20")).tax == D("0.20")
    assert line_amounts(unit_price=D("0.05"), quantity=1, tax_rate=D("10")).tax == D("0.01")


def test_many_lines_with_two_rates_add_up_exactly():
    lines = (
        [_line("0.10", 3, "20")] * 10
        + [_line("0.05", 1, "10")] * 7
        + [_line("1999.99", 2, "20"), _line("0.01", 1, "10")]
    )
    totals = order_totals(lines)
    # Net: 10 × 0.30 + 7 × 0.05 + 3999.98 + 0.01
    assert totals.net == D("4003.34")
    # Tax at 20 %: 10 × 0.06 + 799.996 → 800.00; at 10 %: 7 × 0.01 (0.005 each, half up) + 0.00 (0.001)
    assert totals.tax_by_rate == {D("10.00"): D("0.07"), D("20.00"): D("800.60")}
    assert totals.tax == D("800.67")
    assert totals.gross == D("4804.01")
    # Rounding per line: seven lines of 0.05 at 10 % carry 0.07 of tax, where 10 % of their sum (0.35) is 0.035.
    assert totals.gross == sum((line.gross for line in lines), D("0"))


def test_float_prices_are_refused():
    with pytest.raises(TypeError):
        line_amounts(unit_price=0.1, quantity=3, tax_rate=D("20"))


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=D("0.00"), max_value=D("99999.99"), places=2),
            st.integers(min_value=1, max_value=1000),
            st.sampled_from([D("0"), D("10"), D("18"), D("20")]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_totals_always_equal_the_sum_of_the_printed_lines(rows):
    lines = [_line(str(price), quantity, str(rate)) for price, quantity, rate in rows]
    totals = order_totals(lines)
    assert totals.gross == totals.net + totals.tax
    assert totals.tax == sum(totals.tax_by_rate.values(), D("0"))
    assert totals.gross == sum((line.gross for line in lines), D("0"))
    assert all(value == cents(value) for value in (totals.net, totals.tax, totals.gross))
