"""Queries compiled once per shape, then run with each request's values.

Django builds and compiles a queryset's SQL on every call. For a small query that costs more than
running it: the customer's timeline reads five apps' UNIONs of plain values, and compiling them
took about twice as long as PostgreSQL took to answer. Such a query has few shapes (which filters
apply, its LIMIT); its values (the customer, the dates) change on every call.

    rows = compiled_rows(
        "tickets.timeline",
        build,                                   # build(**shape, **values) -> a values_list() queryset
        shape={"kinds": kinds, "limit": limit},  # part of the SQL text: one compiled query each
        values={"customer_id": customer_id, "since": since},  # bound anew on every call
    )

The first call of a shape builds the queryset with a stand-in for each value (a value that is not
None; None is part of the shape, as it changes the SQL), compiles it and notes where each stand-in
lands among the parameters. Where that cannot work — a value the ORM transforms on the way
(`icontains` wraps it in `%`, SQLite turns dates into text) or writes into the SQL text, columns
that convert what the database returns (JSONField) — the shape is run through the ORM on every
call, as before (`compiled_shapes()` tells which; tests/core/test_compiled.py checks the timeline's
on PostgreSQL).
"""

import copy
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.db.models.sql.compiler import SQLCompiler

# Per shape: the SQL and its parameters (a value's name, or a constant), or None: through the ORM.
# At most MAX_SHAPES, the oldest forgotten first: a LIMIT is shape, and the history's grows with
# the page number a visitor asks for.
_COMPILED: dict[tuple, Any] = {}
MAX_SHAPES = 512
_UNSEEN = object()


def _stand_in(value, index: int):
    """A value of the same type that no real row or constant holds."""
    if isinstance(value, bool):
        raise ValueError("a boolean changes the SQL: pass it as shape")
    if isinstance(value, int):
        return -7_300_000_001 - index
    if isinstance(value, datetime.datetime):
        return datetime.datetime(1111, 1, 1 + index, 11, 11, 11, tzinfo=value.tzinfo)
    if isinstance(value, datetime.date):
        return datetime.date(1111, 1, 1 + index)
    if isinstance(value, Decimal):
        return Decimal(-7_300_000_001 - index)
    if isinstance(value, str):
        return f"\x1fstand-in {index}\x1f"
    raise ValueError(f"no stand-in for a value of type {type(value).__name__}: pass it as shape")


def _frozen(value):
    if isinstance(value, set | frozenset):
        return frozenset(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def _stand_ins(values: dict) -> dict:
    return {
        name: None if value is None else _stand_in(value, index) for index, (name, value) in enumerate(values.items())
    }


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


def _compile(build: Callable[..., QuerySet], shape: dict, values: dict) -> tuple[str, list[tuple[bool, Any]]]:
    stand_ins = _stand_ins(values)
    queryset = build(**shape, **stand_ins)
    compiler = queryset.query.get_compiler(using=DEFAULT_DB_ALIAS)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet as empty:
        raise ValueError("a stand-in empties the query") from empty
    if compiler.get_converters([column for column, _sql, _alias in compiler.select]):
        raise ValueError("the query's columns convert what the database returns: read them through the ORM")
    return sql, _slots(sql, params, stand_ins)


def _bindable(values: dict) -> bool:
    """False for an integer no column holds: the ORM answers "no rows" where the database would fail."""
    return all(not isinstance(value, int) or -(2**63) <= value < 2**63 for value in values.values())


def _remembered(key: tuple, compile_it: Callable[[], Any]):
    compiled = _COMPILED.get(key, _UNSEEN)
    if compiled is _UNSEEN:
        try:
            compiled = compile_it()
        except ValueError:
            compiled = None
        while len(_COMPILED) >= MAX_SHAPES:
            _COMPILED.pop(next(iter(_COMPILED)), None)
        _COMPILED[key] = compiled
    return compiled


def _key(name: str, shape: dict, values: dict) -> tuple:
    return (
        name,
        tuple((k, _frozen(v)) for k, v in shape.items()),
        tuple((k, v is None) for k, v in values.items()),
    )


def compiled_rows(name: str, build: Callable[..., QuerySet], *, shape: dict, values: dict) -> list[tuple]:
    """The rows of `build(**shape, **values)` (a values_list() queryset), compiled once per shape."""
    compiled = _remembered(_key(name, shape, values), lambda: _compile(build, shape, values))
    if compiled is None or not _bindable(values):
        return list(build(**shape, **values))
    sql, slots = compiled
    params = [values[slot] if is_value else slot for is_value, slot in slots]
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@dataclass(frozen=True)
class _CompiledQuerySet:
    template: QuerySet  # built with the stand-ins: its model, prefetches and fetch mode, never its SQL
    compiler: SQLCompiler  # after as_sql(): where each column and related model lands in a row
    sql: str
    slots: list[tuple[bool, Any]]


def _compile_queryset(build: Callable[..., QuerySet], shape: dict, values: dict) -> _CompiledQuerySet:
    stand_ins = _stand_ins(values)
    template = build(**shape, **stand_ins)
    compiler = template.query.get_compiler(using=template.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet as empty:
        raise ValueError("a stand-in empties the query") from empty
    return _CompiledQuerySet(template, compiler, sql, _slots(sql, params, stand_ins))


def compiled_list(name: str, build: Callable[..., QuerySet], *, shape: dict, values: dict) -> list:
    """`list(build(**shape, **values))` for any queryset — model instances with their select_related
    objects, annotations and prefetch_related lists — compiled once per shape.

    Each call runs Django's own iterable (it builds the instances and does the prefetches) over a
    copy of the first call's compiler whose SQL is already written; only the parameters are new."""
    compiled = _remembered(_key(name, shape, values), lambda: _compile_queryset(build, shape, values))
    if compiled is None or not _bindable(values):
        return list(build(**shape, **values))
    params = [values[slot] if is_value else slot for is_value, slot in compiled.slots]
    replay = copy.copy(compiled.compiler)
    replay.connection = connections[compiled.template.db]
    replay.as_sql = lambda *args, **kwargs: (compiled.sql, params)
    queryset = compiled.template._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: replay
    return list(queryset)


def compiled_shapes() -> dict[tuple, bool]:
    """Every shape met so far, and whether it runs compiled (False: through the ORM)."""
    return {key: compiled is not None for key, compiled in _COMPILED.items()}
