"""Paging for lists that can grow without bound."""

import functools
import operator
from collections.abc import Callable

from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

from core.compiled import compiled_list, compiled_query, compiled_rows
from core.counts import cached_count


class CappedPaginator(Paginator):
    """A paginator that counts at most `cap` rows.

    Counting every match of a broad search over hundreds of thousands of tickets
    costs more than the rest of the page; past the cap the page says "more than
    N" and offers the pages up to it, which is all anyone reads.
    """

    def __init__(
        self,
        object_list,
        per_page,
        *,
        cap: int = 1000,
        compiled_as: tuple[str, Callable[..., QuerySet], dict] | None = None,
        **kwargs,
    ):
        """`compiled_as`: as page_of's; the count's query is then written once (core.compiled)."""
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap
        self.compiled_as = compiled_as

    @cached_property
    def _bounded_count(self) -> int:
        # Without the list's ORDER BY: PostgreSQL stops at the cap in whatever order the index
        # gives the rows, instead of sorting every match first (4.3 → 1.9 ms for 'router').
        if self.compiled_as is None:
            return self.object_list.order_by()[: self.cap + 1].count()
        name, build, values = self.compiled_as
        ((count,),) = compiled_query(
            f"{name}.count",
            lambda *, cap, **values: capped_count_sql(build(**values), cap),
            shape={"cap": self.cap},
            values=values,
        )
        return count

    @cached_property
    def count(self) -> int:
        return min(self._bounded_count, self.cap)

    @cached_property
    def is_capped(self) -> bool:
        return self._bounded_count > self.cap


def capped_count_sql(rows: QuerySet, cap: int) -> tuple[str, tuple]:
    """SQL counting at most `cap` + 1 of the rows."""
    sql, params = rows.order_by().values("pk")[: cap + 1].query.sql_with_params()
    return f"SELECT COUNT(*) FROM ({sql}) AS capped", params


class OrderedUnion:
    """Several querysets read as one ordered list, for a Paginator.

    `A OR B` over two indexed columns makes PostgreSQL gather every match and
    sort it; a page of the union of `A ORDER BY … LIMIT n` and `B ORDER BY …
    LIMIT n` reads n index entries per part instead. Only the keys are read
    that way; `load` then fetches the page's rows with what the page needs.
    """

    def __init__(
        self,
        parts: list[QuerySet],
        *,
        ordering: tuple[str, ...],
        load: QuerySet,
        cached_as: tuple[str, str] = (),
        compiled_as: tuple[str, Callable[..., list[QuerySet]], dict] | None = None,
    ):
        """`cached_as`: (scope, name) of core.counts under which the count is cached.
        `compiled_as`: (name, build, values), where `build(**values)` gives `parts` again: the query of
        a page's keys is then compiled once per page window (core.compiled), not on every page."""
        self.parts = parts
        self.cached_as = cached_as
        self.compiled_as = compiled_as
        self.ordering = ordering
        self.keys = tuple(dict.fromkeys(["id", *(name.lstrip("-") for name in ordering)]))
        self.load = load

    def count(self) -> int:
        if self.cached_as:
            return cached_count(*self.cached_as, self._count)
        return self._count()

    def _count(self) -> int:
        if len(self.parts) == 2:
            # |A ∪ B| = |A| + |B| - |A ∩ B|: three index counts, where counting the union must build it.
            first, second = (part.order_by() for part in self.parts)
            return first.count() + second.count() - (first & second).count()
        ids = [part.order_by().values("id") for part in self.parts]
        return ids[0].union(*ids[1:]).count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, window: slice) -> list:
        if window.stop is not None and window.stop <= (window.start or 0):
            return []  # an empty page: Django would hand back the sliced parts unchanged, which cannot be reordered
        if connections[self.parts[0].db].features.supports_slicing_ordering_in_compound:
            if self.compiled_as:
                name, build, values = self.compiled_as
                found = compiled_rows(
                    name,
                    lambda *, start, stop, **values: self._keys(build(**values), start, stop),
                    shape={"start": window.start, "stop": window.stop},
                    values=values,
                )
            else:
                found = self._keys(self.parts, window.start, window.stop)
            ids = [row[0] for row in found]
        else:  # SQLite: one query with OR
            either = functools.reduce(operator.or_, self.parts)
            ids = list(either.order_by(*self.ordering).values_list("id", flat=True)[window])
        if self.compiled_as and ids:
            # The page's rows, compiled once per page size: each id is a value of its own.
            loaded = compiled_list(
                f"{self.compiled_as[0]}.rows",
                lambda *, size, **ids: self.load.filter(pk__in=list(ids.values())),
                shape={"size": len(ids)},
                values={f"id{index}": pk for index, pk in enumerate(ids)},
            )
            rows = {row.pk: row for row in loaded}
        else:
            rows = self.load.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]

    def _keys(self, parts: list[QuerySet], start: int | None, stop: int | None) -> QuerySet:
        keys = [part.order_by(*self.ordering).values_list(*self.keys)[:stop] for part in parts]
        return keys[0].union(*keys[1:]).order_by(*self.ordering)[start:stop]


def page_of(
    request,
    rows,
    *,
    paginator_class: type[Paginator] = Paginator,
    count: int | None = None,
    compiled_as: tuple[str, Callable[..., QuerySet], dict] | None = None,
) -> tuple[Page, list]:
    """The page the request asks for (?page=), at the user's page size, and its rows as a list
    (evaluated here, so the template runs no query). `count`, when the caller knows it (a
    maintained or cached count), spares the paginator its COUNT query.

    `compiled_as`: (name, build, values), where `build(**values)` gives `rows` again: the page's
    rows are then read by a query compiled once per page window (core.compiled.compiled_list)."""
    capped = compiled_as is not None and issubclass(paginator_class, CappedPaginator)
    paginator = paginator_class(rows, request.user.page_size, **({"compiled_as": compiled_as} if capped else {}))
    if count is not None:
        paginator.count = count  # a cached_property: the known value takes its place
    page = paginator.get_page(request.GET.get("page"))
    if compiled_as is None or not isinstance(page.object_list, QuerySet):
        return page, list(page.object_list)
    name, build, values = compiled_as
    query = page.object_list.query
    page.object_list = compiled_list(
        name,
        lambda *, start, stop, **values: build(**values)[start:stop],
        shape={"start": query.low_mark, "stop": query.high_mark},
        values=values,
    )
    return page, page.object_list
