"""Readable numbers (T-000123, C-000042, INV-2026-000007) from a locked counter row.

How a new app uses it, inside the transaction that creates the object::

    order.number = next_number("order", prefix="O-")
    invoice.number = next_number(f"invoice:{kind}:{year}", prefix=f"{code}-{year}-")

The counter row is locked (`SELECT … FOR UPDATE`) until the caller's
transaction ends, so two requests never get the same number, and a rolled-back
transaction gives its number back: the series has no gaps (what invoices need).
The price is that creations in one series queue behind each other for the rest
of the transaction — keep those transactions short.
"""

from django.db import transaction

from core.models import Counter


def next_value(key: str) -> int:
    """The next integer of series `key`. Must run inside the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_value() must run inside transaction.atomic(): the lock lasts until commit")
    # INSERT … ON CONFLICT DO NOTHING: two first numbers at once neither fail nor create two rows.
    Counter.objects.bulk_create([Counter(key=key, value=0)], ignore_conflicts=True)
    counter = Counter.objects.select_for_update().get(key=key)
    counter.value += 1
    counter.save(update_fields=["value"])
    return counter.value


def next_number(key: str, *, prefix: str, width: int = 6) -> str:
    return f"{prefix}{next_value(key):0{width}d}"


def next_values(key: str, count: int) -> range:
    """`count` consecutive values of series `key` at once (bulk loads). Inside the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_values() must run inside transaction.atomic(): the lock lasts until commit")
    Counter.objects.bulk_create([Counter(key=key, value=0)], ignore_conflicts=True)
    counter = Counter.objects.select_for_update().get(key=key)
    first = counter.value + 1
    counter.value += count
    counter.save(update_fields=["value"])
    return range(first, first + count)
