"""Where later apps plug into an order without orders importing them.

The activation app registers a starter (called with the order's id after the
transaction that moved the order to "Activation" commits); the inventory app
registers a reserver, a releaser and a seller for lines that carry stock (called
inside the transaction that submits, cancels/rejects or completes the order, so a
failure rolls it back).
With nothing registered, staff confirm activation by hand.

Billing registers an invoicer (home/apps.py wires it, as orders and billing do not
import each other): called with the order and the event, "approved" when the order
is approved or "paid" when its payment is marked paid, inside that move's
transaction (the order row is locked), so the order and its invoice commit together.
The invoicer decides by its own setting which event bills, and must be idempotent.
"""

from collections.abc import Callable

from django.db import transaction

activation_starters: list[Callable[[int], None]] = []
stock_reservers: list[Callable[[object], None]] = []
stock_releasers: list[Callable[[object], None]] = []
stock_sellers: list[Callable[[object], None]] = []
invoicers: list[Callable[[object, str], None]] = []

APPROVED = "approved"
PAID = "paid"


def register_activation_starter(starter: Callable[[int], None]) -> None:
    if starter not in activation_starters:
        activation_starters.append(starter)


def register_stock_handlers(
    *,
    release: Callable[[object], None],
    reserve: Callable[[object], None] | None = None,
    sell: Callable[[object], None] | None = None,
) -> None:
    """Handlers for an order's stock; an app that only gives things back (activation) passes `release`."""
    if reserve is not None and reserve not in stock_reservers:
        stock_reservers.append(reserve)
    if release not in stock_releasers:
        stock_releasers.append(release)
    if sell is not None and sell not in stock_sellers:
        stock_sellers.append(sell)


def run_after_commit_activation(order_id: int) -> None:
    for starter in list(activation_starters):
        transaction.on_commit(lambda starter=starter: starter(order_id))


def register_invoicer(invoicer: Callable[[object, str], None]) -> None:
    """`invoicer(order, event)` with event APPROVED or PAID; see the module's note."""
    if invoicer not in invoicers:
        invoicers.append(invoicer)


def run_invoicers(order, event: str) -> None:
    for invoicer in list(invoicers):
        invoicer(order, event)
