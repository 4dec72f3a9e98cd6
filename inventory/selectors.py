"""Reads on stock and channels, scoped to what the user may see (404 outside)."""

import re
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from inventory.models import Channel, Number, NumberAction, Sim, StockKind, StockStatus
from inventory.scope import channels_in_scope, stock_scope_filter
from orders import selectors as order_selectors

_PATTERN = re.compile(r"^[0-9*?]{1,15}$")
# A stock list counts its matches up to this (core.pagination.CappedPaginator's default).
STOCK_COUNT_CAP = 1000


def stock_for_user(user, model: type[Number] | type[Sim]) -> QuerySet:
    queryset = model.objects.all()
    scope = stock_scope_filter(user)
    return queryset.filter(scope) if scope is not None else queryset


def pattern_filter(pattern: str) -> Q:
    """`*7777` (ends with), `7916*` (starts with), `79?6*77` (? one digit, * any digits).

    Suffixes and prefixes are index range scans (suffixes on the reversed column); other
    shapes fall back to a regular expression."""
    if not _PATTERN.match(pattern):
        return Q(pk__in=[])
    if "*" not in pattern and "?" not in pattern:
        return Q(msisdn=pattern)
    body = pattern.strip("*")
    if "*" not in body and "?" not in body:
        if pattern.startswith("*") and not pattern.endswith("*"):
            return _digits_prefix("msisdn_reversed", body[::-1])
        if pattern.endswith("*") and not pattern.startswith("*"):
            return _digits_prefix("msisdn", body)
        return Q(msisdn__contains=body)
    regex = "^" + pattern.replace("?", "[0-9]").replace("*", "[0-9]*") + "$"
    return Q(msisdn__regex=regex)


def _digits_prefix(field: str, prefix: str) -> Q:
    """Strings of digits starting with `prefix`, as a range (>= prefix, < the next prefix): a
    btree range scan in any collation, where LIKE 'prefix%' needs the C collation to use an index."""
    head = prefix.rstrip("9")
    if not head:
        return Q(**{f"{field}__gte": prefix})
    upper = head[:-1] + str(int(head[-1]) + 1)
    return Q(**{f"{field}__gte": prefix, f"{field}__lt": upper})


def stock_search(*, user, model: type[Number] | type[Sim], filters: dict) -> QuerySet:
    queryset = stock_for_user(user, model)
    if filters.get("pattern") and model is Number:
        queryset = queryset.filter(pattern_filter(filters["pattern"]))
    if filters.get("pattern") and model is Sim:
        queryset = queryset.filter(iccid__startswith=filters["pattern"].rstrip("*"))
    for name in ("kind", "status", "region"):
        if filters.get(name):
            queryset = queryset.filter(**{name: filters[name]})
    if filters.get("channel"):
        queryset = queryset.filter(channel=filters["channel"])
    order = "msisdn" if model is Number else "iccid"
    return queryset.select_related("channel", "customer").order_by(order)


def capped_count(queryset: QuerySet, *, cap: int = STOCK_COUNT_CAP) -> int:
    """How many rows match, counted up to `cap` (a CappedPaginator's count) and without the list's
    ORDER BY: at most `cap` entries of whichever index fits the filter, never a walk in page order
    over millions of rows to find the subtree's few."""
    return min(queryset.order_by()[: cap + 1].count(), cap)


def with_labels(items: list) -> list:
    """Each stock row with `kind_label` and `status_label`: the labels are translated once per page,
    where get_FOO_display would hash every choice's lazy label on every row."""
    kinds = {value: str(label) for value, label in StockKind.choices}
    statuses = {value: str(label) for value, label in StockStatus.choices}
    for item in items:
        item.kind_label = kinds.get(item.kind, item.kind)
        item.status_label = statuses.get(item.status, item.status)
    return items


def stock_item_for_user(user, model: type[Number] | type[Sim], pk: int):
    item = stock_for_user(user, model).select_related("channel", "customer", "reserved_by").filter(pk=pk).first()
    if item is None:
        raise Http404
    return item


def channel_for_user(user, pk: int) -> Channel:
    channel = channels_in_scope(user).select_related("parent").filter(pk=pk).first()
    if channel is None:
        raise Http404
    return channel


def stock_counts(*, channels: list[Channel]) -> dict[int, dict[str, int]]:
    """Each channel's own numbers by status: one grouped query for all of them."""
    counts: dict[int, dict[str, int]] = {channel.pk: {} for channel in channels}
    rows = (
        Number.objects.filter(channel__in=[c.pk for c in channels])
        .values("channel", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        counts[row["channel"]][row["status"]] = row["n"]
    return counts


def channel_tree(*, user) -> list[dict]:
    """The channels in scope in tree order, each with its stock by status (two queries)."""
    return _with_counts(list(channels_in_scope(user).order_by("path")))


def channel_tree_query(*, user) -> QuerySet[Channel]:
    """The channels in scope in tree order, for a page of the tree (channel_rows gives the figures)."""
    return channels_in_scope(user).order_by("path")


def channel_rows(channels: list[Channel]) -> list[dict]:
    """A page of channels with their stock by status (one grouped query)."""
    return _with_counts(channels)


def channel_subtree(*, channel: Channel) -> list[dict]:
    return _with_counts(list(Channel.objects.filter(path__startswith=channel.path).order_by("path")))


def _with_counts(channels: list[Channel]) -> list[dict]:
    counts = stock_counts(channels=channels)
    statuses = StockStatus.choices
    base_depth = min((c.depth for c in channels), default=0)
    return [
        {
            "channel": channel,
            "indent": channel.depth - base_depth,
            "counts": [counts[channel.pk].get(value, 0) for value, _label in statuses],
            "total": sum(counts[channel.pk].values()),
        }
        for channel in channels
    ]


def sub_channels(*, channel: Channel) -> QuerySet[Channel]:
    """The channels strictly below `channel`."""
    return Channel.objects.filter(path__startswith=channel.path).exclude(pk=channel.pk).order_by("path")


def channel_statistics(*, channel: Channel, start, end) -> list[dict]:
    """Per channel of the subtree: stock by status now, and in [start, end) the numbers
    allocated in, reserved, sold and released; success rate = sold / (sold + released).

    Orders placed through each channel in the period (orders.selectors.channel_order_figures):
    count, gross amount per currency, count per status, and for the whole subtree the orders and
    amounts per month and status. Four queries whatever the subtree's size."""
    channels = list(Channel.objects.filter(path__startswith=channel.path).order_by("path"))
    rows = _with_counts(channels)
    moves: dict[int, dict[str, int]] = {c.pk: {} for c in channels}
    actions = (
        NumberAction.objects.filter(
            number__channel__in=[c.pk for c in channels],
            created_at__gte=start,
            created_at__lt=end,
            kind__in=["allocate", "allocate_down", "reserve", "sell", "unreserve_to_channel"],
        )
        .values("number__channel", "kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for action in actions:
        moves[action["number__channel"]][action["kind"]] = action["n"]
    for row in rows:
        counted = moves[row["channel"].pk]
        sold, released = counted.get("sell", 0), counted.get("unreserve_to_channel", 0)
        row.update(
            allocated_in=counted.get("allocate", 0) + counted.get("allocate_down", 0),
            reserved=counted.get("reserve", 0),
            sold=sold,
            released=released,
            success_rate=round(100 * sold / (sold + released)) if sold + released else None,
        )
    _add_order_figures(rows, start=start, end=end)
    return rows


def _amounts_text(amounts: dict[str, Decimal]) -> str:
    return ", ".join(f"{amount} {currency}" for currency, amount in sorted(amounts.items())) or "0"


def _add_order_figures(rows: list[dict], *, start, end) -> None:
    by_code = {row["channel"].code: row for row in rows}
    for row in rows:
        row.update(orders=0, amounts={}, order_statuses={}, completed=0, lost=0)
    for figure in order_selectors.channel_order_figures(codes=list(by_code), start=start, end=end):
        row = by_code[figure["channel_code"]]
        row["orders"] += figure["count"]
        row["amounts"][figure["currency"]] = row["amounts"].get(figure["currency"], Decimal("0")) + figure["gross"]
        row["order_statuses"][figure["status"]] = row["order_statuses"].get(figure["status"], 0) + figure["count"]
    for row in rows:
        row["amount"] = _amounts_text(row["amounts"])
        row["completed"] = row["order_statuses"].get("completed", 0)
        row["lost"] = row["order_statuses"].get("cancelled", 0) + row["order_statuses"].get("rejected", 0)
        done = row["completed"] + row["lost"]
        row["order_success_rate"] = round(100 * row["completed"] / done) if done else None


def order_months(*, rows: list[dict], start, end) -> list[dict]:
    """The orders of the channels of `rows` (channel_statistics) per month and status: count and
    gross amount (one query)."""
    codes = [row["channel"].code for row in rows]
    labels = dict(order_selectors.order_status_choices())
    months: dict[tuple, dict] = {}
    for figure in order_selectors.channel_order_figures(codes=codes, start=start, end=end):
        key = (figure["month"], figure["status"], figure["currency"])
        entry = months.setdefault(
            key,
            {
                "month": figure["month"],
                "status": figure["status"],
                "status_label": labels.get(figure["status"], figure["status"]),
                "currency": figure["currency"],
                "count": 0,
                "gross": Decimal("0"),
            },
        )
        entry["count"] += figure["count"]
        entry["gross"] += figure["gross"]
    return sorted(months.values(), key=lambda e: (e["month"], e["status"], e["currency"]))
