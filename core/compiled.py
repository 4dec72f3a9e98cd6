"""Queries compiled once per shape, then run with each request's values.

Django builds and compiles a queryset's SQL on every call. For a small query that costs more than
running it: the customer's timeline reads five apps' UNIONs of plain values, and compiling them
took about twice as long as PostgreSQL took to answer. Such a query has few shapes (which filters
apply, its LIMIT); its values (the customer, the dates) change on every call.

    rows = compiled_rows(                        # compiled_list: model instances; compiled_query: raw SQL
        "tickets.timeline",
        build,                                   # build(**shape, **values) -> a values_list() queryset
        shape={"kinds": kinds, "limit": limit},  # part of the SQL text: one compiled query each
        values={"customer_id": customer_id, "since": since},  # bound anew on every call
    )

The first call of a shape builds the queryset with a stand-in for each value (a value that is not
None; None is part of the shape, as it changes the SQL), compiles it and notes where each stand-in
lands among the parameters. It does so twice, with other stand-ins, and both must agree, so a
value the builder reads itself (the time of day) is never frozen into the SQL. Where that cannot
work — a value the ORM transforms on the way (`icontains` wraps it in `%`, SQLite turns dates into
text) or writes into the SQL text, a value read by the builder itself, columns that convert what
the database returns (JSONField, for compiled_rows) — the shape is run through the ORM on every
call, as before (`compiled_shapes()` tells which; tests/core/test_compiled.py checks the timeline's
on PostgreSQL).
"""

import copy
import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

# Per shape: the SQL and its parameters (a value's name, or a constant), or None: through the ORM.
# At most MAX_SHAPES, the oldest forgotten first: a LIMIT is shape, and the history's grows with
# the page number a visitor asks for.
_COMPILED: dict[tuple, Any] = {}
MAX_SHAPES = 512
_UNSEEN = object()


def _stand_in(value, index: int, attempt: int):
    """A value of the same type that no real row or constant holds, another one for each attempt."""
    if isinstance(value, bool):
        raise ValueError("a boolean changes the SQL: pass it as shape")
    number = -7_300_000_001 - index - 10_000 * attempt
    if isinstance(value, int):
        return number
    if isinstance(value, datetime.datetime):
        at = datetime.datetime(1111, 1, 1, 11, 11, 11, tzinfo=value.tzinfo)
        return at + datetime.timedelta(days=index + 1_000 * attempt)
    if isinstance(value, datetime.date):
        return datetime.date(1111, 1, 1) + datetime.timedelta(days=index + 1_000 * attempt)
    if isinstance(value, Decimal):
        return Decimal(number)
    if isinstance(value, str):
        return f"\x1fstand-in {attempt}.{index}\x1f"
    raise ValueError(f"no stand-in for a value of type {type(value).__name__}: pass it as shape")


def _frozen(value):
    if isinstance(value, set | frozenset):
        return frozenset(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def _slots(sql: str, params, stand_ins: dict) -> list[tuple[bool, Any]]:
    """Where each stand-in landed among the parameters: (True, its name), else (False, a constant)."""
    by_stand_in = {value: name for name, value in stand_ins.items() if value is not None}
    slots, found = [], set()
    for param in params:
        name = by_stand_in.get(param) if isinstance(param, int | str | datetime.date | Decimal) else None
        if name is not None and type(param) is type(stand_ins[name]):
            slots.append((True, name))
            found.add(name)
        else:
            slots.append((False, param))
    missing = set(by_stand_in.values()) - found
    if missing or any(str(value) in sql for value in by_stand_in):
        raise ValueError(f"{sorted(missing) or 'a value'} does not reach the query as a parameter: pass it as shape")
    return slots


def _written_twice(write: Callable[..., tuple[str, Any]], shape: dict, values: dict) -> tuple[str, list, Any]:
    """`write` (giving SQL and parameters) called with two sets of stand-ins: the SQL and the slots,
    which must come out the same. A constant that differs — the time of day, read by the builder
    itself — would be frozen into every later call: such a shape goes through the ORM instead."""
    written = []
    for attempt in (0, 1):
        stand_ins = {
            name: None if value is None else _stand_in(value, index, attempt)
            for index, (name, value) in enumerate(values.items())
        }
        try:
            sql, params, extra = write(**shape, **stand_ins)
        except EmptyResultSet as empty:
            raise ValueError("a stand-in empties the query") from empty
        written.append((sql, _slots(sql, params, stand_ins), extra))
    (sql, slots, extra), (again_sql, again_slots, _extra) = written
    if sql != again_sql or slots != again_slots:
        raise ValueError("the query changes from one call to the next: pass what changes as a value")
    return sql, slots, extra


def _bindable(values: dict) -> bool:
    """False for an integer no column holds: the ORM answers "no rows" where the database would fail."""
    return all(not isinstance(value, int) or -(2**63) <= value < 2**63 for value in values.values())


def _remembered(name: str, shape: dict, values: dict, compile_it: Callable[[], Any]):
    key = (
        name,
        tuple((k, _frozen(v)) for k, v in shape.items()),
        tuple((k, v is None) for k, v in values.items()),
    )
    compiled = _COMPILED.get(key, _UNSEEN)
    if compiled is _UNSEEN:
        try:
            compiled = compile_it()
        except ValueError:
            compiled = None
        while len(_COMPILED) >= MAX_SHAPES:
            _COMPILED.pop(next(iter(_COMPILED)), None)
        _COMPILED[key] = compiled
    return compiled if _bindable(values) else None


def _bound(slots: list[tuple[bool, Any]], values: dict) -> list:
    return [values[slot] if is_value else slot for is_value, slot in slots]


def _fetch(sql: str, params: list) -> list[tuple]:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def compiled_query(name: str, write: Callable[..., tuple[str, list]], *, shape: dict, values: dict) -> list[tuple]:
    """The rows of the SQL that `write(**shape, **values)` returns as (sql, params), written once per
    shape: for SQL put together from several querysets' (home.workspace.capped_counts)."""

    def write_plain(**kwargs):
        return (*write(**kwargs), None)

    compiled = _remembered(name, shape, values, lambda: _written_twice(write_plain, shape, values))
    if compiled is None:
        return _fetch(*write(**shape, **values))
    sql, slots, _extra = compiled
    return _fetch(sql, _bound(slots, values))


def compiled_rows(name: str, build: Callable[..., QuerySet], *, shape: dict, values: dict) -> list[tuple]:
    """The rows of `build(**shape, **values)` (a values_list() queryset), compiled once per shape."""

    def write(**kwargs):
        compiler = build(**kwargs).query.get_compiler(using=DEFAULT_DB_ALIAS)
        sql, params = compiler.as_sql()
        if compiler.get_converters([column for column, _sql, _alias in compiler.select]):
            raise ValueError("the query's columns convert what the database returns: read them through the ORM")
        return sql, params, None

    compiled = _remembered(name, shape, values, lambda: _written_twice(write, shape, values))
    if compiled is None:
        return list(build(**shape, **values))
    sql, slots, _extra = compiled
    return _fetch(sql, _bound(slots, values))


def compiled_list(name: str, build: Callable[..., QuerySet], *, shape: dict, values: dict) -> list:
    """`list(build(**shape, **values))` for any queryset — model instances with their select_related
    objects, annotations and prefetch_related lists — compiled once per shape.

    Each call runs Django's own iterable (it builds the instances and does the prefetches) over a
    copy of the first call's compiler whose SQL is already written; only the parameters are new."""

    def write(**kwargs):
        template = build(**kwargs)
        compiler = template.query.get_compiler(using=template.db)
        sql, params = compiler.as_sql()
        # The template's model, prefetches and fetch mode serve every call, never its SQL; the
        # compiler, after as_sql(), knows where each column and related model lands in a row.
        return sql, params, (template, compiler)

    compiled = _remembered(name, shape, values, lambda: _written_twice(write, shape, values))
    if compiled is None:
        return list(build(**shape, **values))
    sql, slots, (template, compiler) = compiled
    params = _bound(slots, values)
    replay = copy.copy(compiler)
    replay.connection = connections[template.db]
    replay.as_sql = lambda *args, **kwargs: (sql, params)
    queryset = template._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: replay
    return list(queryset)


def compiled_shapes() -> dict[tuple, bool]:
    """Every shape met so far, and whether it runs compiled (False: through the ORM)."""
    return {key: compiled is not None for key, compiled in _COMPILED.items()}
