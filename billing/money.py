"""Invoice arithmetic, in Decimal, with the rounding rules written down once.

Rules (tested in tests/billing/test_money.py):

1. A line's net is quantity × unit price, rounded half-up to the cent.
2. Tax is computed per tax rate, not per line: the nets of all lines with the same
   rate are summed, then multiplied by rate / 100 and rounded half-up to the cent.
3. Net is the sum of the line nets; gross is net plus the taxes of every rate.
So gross is always exactly net + Σ tax, and rounding happens once per line and once per rate.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def line_net(quantity: Decimal, unit_price: Decimal) -> Decimal:
    return cents(Decimal(quantity) * Decimal(unit_price))


@dataclass(frozen=True)
class Totals:
    net: Decimal
    tax_by_rate: dict[Decimal, Decimal]
    gross: Decimal

    @property
    def tax(self) -> Decimal:
        return sum(self.tax_by_rate.values(), ZERO)


def totals(lines: Iterable[tuple[Decimal, Decimal, Decimal]]) -> Totals:
    """Totals of (quantity, unit price, tax rate %) lines."""
    net_by_rate: dict[Decimal, Decimal] = {}
    for quantity, unit_price, rate in lines:
        key = Decimal(rate).normalize() if rate else ZERO
        net_by_rate[key] = net_by_rate.get(key, ZERO) + line_net(quantity, unit_price)
    tax_by_rate = {rate: cents(net * rate / 100) for rate, net in sorted(net_by_rate.items())}
    net = sum(net_by_rate.values(), ZERO)
    return Totals(net=cents(net), tax_by_rate=tax_by_rate, gross=cents(net + sum(tax_by_rate.values(), ZERO)))
