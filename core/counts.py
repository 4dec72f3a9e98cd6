"""Counts over large tables, cached until the table changes.

A sidebar that counts what waits in every queue, or a paginator that counts a
folder of thousands, costs more than the rest of the page. Such counts are
cached per *scope* (e.g. "tickets") under the scope's current generation; any
change to the scope's rows starts a new generation, so no count outlives a
change it depends on (and COUNTS_CACHE_SECONDS bounds what a bulk `update()`,
which sends no signal, can leave behind).

How an app uses it::

    waiting = cached_count("tickets", f"waiting:{queue.pk}", lambda: queue.tickets.filter(...).count())

and, from its AppConfig.ready(), `invalidate_on_change("tickets", Ticket)`.

COUNTS_CACHE_SECONDS (default 300 with Redis, 0 without) is how long a count may stand; 0
counts every time, as a per-process cache would not hear of another worker's changes.
"""

import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save


def _generation_key(scope: str) -> str:
    return f"counts:{scope}:generation"


def cached_count[T](scope: str, name: str, compute: Callable[[], T]) -> T:
    timeout = settings.COUNTS_CACHE_SECONDS
    if timeout <= 0:
        return compute()
    generation = cache.get(_generation_key(scope))
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(_generation_key(scope), generation, None)
        generation = cache.get(_generation_key(scope), generation)
    key = f"counts:{scope}:{generation}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def invalidate(scope: str) -> None:
    """Now, and again when the transaction commits: a page that read the old rows in between
    and cached what it counted is not believed either."""
    cache.delete(_generation_key(scope))
    transaction.on_commit(lambda: cache.delete(_generation_key(scope)))


def invalidate_on_change(scope: str, *models) -> None:
    """Every save or delete of these models starts a new generation of the scope's counts."""

    def receiver(sender, **kwargs):
        invalidate(scope)

    for model in models:
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"counts-{scope}-{model._meta.label}-save")
        post_delete.connect(
            receiver, sender=model, weak=False, dispatch_uid=f"counts-{scope}-{model._meta.label}-delete"
        )
