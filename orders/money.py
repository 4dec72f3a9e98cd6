"""Order arithmetic, in Decimal only.

Each line's tax is rounded to the cent (half up) on its own; the order's tax
per rate is the sum of its lines' taxes at that rate, so every printed line
and every total add up exactly.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True)
class Totals:
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_by_rate: dict[Decimal, Decimal]


def line_amounts(*, unit_price: Decimal, quantity: int, tax_rate: Decimal) -> LineAmounts:
    if not isinstance(unit_price, Decimal) or not isinstance(tax_rate, Decimal):
        raise TypeError("money is Decimal, never float")
    net = cents(unit_price * quantity)
    tax = cents(net * tax_rate / 100)
    return LineAmounts(net=net, tax=tax, gross=net + tax)


def order_totals(lines) -> Totals:
    """Totals of lines that carry net_amount, tax_amount and tax_rate."""
    by_rate: dict[Decimal, Decimal] = defaultdict(lambda: Decimal("0.00"))
    net = Decimal("0.00")
    for line in lines:
        net += line.net_amount
        by_rate[cents(line.tax_rate)] += line.tax_amount
    tax = sum(by_rate.values(), Decimal("0.00"))
    return Totals(net=net, tax=tax, gross=net + tax, tax_by_rate=dict(sorted(by_rate.items())))
