"""What an order does to the stock, plugged into orders.hooks (registered in InventoryConfig.ready()).

- Submitting an order reserves, for each SIM/number line, one number per unit: the numbers
  the line names (`stock_reference`, comma-separated) or else the next available ones. A
  number paired with a SIM card reserves its card too. An order placed through a channel
  (`channel_code` = the channel's code) takes the channel's allocated stock (a named number
  may be anywhere in the channel's subtree); any other order takes the company's pool
  (available, no channel). No stock left: the submission is refused and rolled back.
- Cancelling or rejecting the order gives the items back (to the channel that held them,
  or to the pool); completing it sells them to the order's customer.

The reservation's `reserved_for` is the order's number, so what an order holds is one
indexed look-up. Orders never import this module; it uses orders' hooks and services only.

A deployment that keeps no number stock in the portal (no number loaded at all) sells SIM
products without reservations, as before this app existed.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from core.workflow import WorkflowError
from inventory.models import Channel, Number, Sim, StockStatus
from inventory.services import stock_move, stock_take_next
from orders.hooks import register_stock_handlers
from orders.services import order_lines_stock_set

# orders.models.Product.Kind.SIM (not imported: inventory reads orders through its documented API).
SIM_PRODUCT = "sim"


def order_channel(order) -> Channel | None:
    pk = Channel.pk_from_code(order.channel_code)
    return Channel.objects.filter(pk=pk).first() if pk is not None else None


def _stock_lines(order) -> list:
    return [
        line
        for line in order.lines.select_related("product").order_by("pk")
        if line.product_id and line.product.kind == SIM_PRODUCT
    ]


def _chosen(line) -> list[str]:
    return [part.strip() for part in line.stock_reference.replace(";", ",").split(",") if part.strip()]


def reserve_for_order(order) -> None:
    lines = _stock_lines(order)
    if not lines or not Number.objects.exists():
        return
    by, values = order.created_by, {"order": order.number}
    channel = order_channel(order)
    if channel is not None:
        in_scope, status, take_from = (
            Q(channel__path__startswith=channel.path),
            StockStatus.ALLOCATED,
            Q(channel=channel),
        )
    else:
        in_scope, status, take_from = Q(channel__isnull=True), StockStatus.AVAILABLE, Q(channel__isnull=True)
    references: dict[int, str] = {}
    taken: list[int] = []
    for line in lines:
        chosen = _chosen(line)
        if len(chosen) > line.quantity:
            raise WorkflowError(
                _("“%(item)s” names more numbers than its quantity.") % {"item": line.name},
            )
        found = dict(Number.objects.filter(in_scope, msisdn__in=chosen).values_list("msisdn", "pk"))
        missing = [msisdn for msisdn in chosen if msisdn not in found]
        if missing:
            raise WorkflowError(_("The number %(number)s cannot be sold on this order.") % {"number": missing[0]})
        ids = [found[msisdn] for msisdn in chosen]
        if ids:
            stock_move(model=Number, ids=ids, move="order_reserve", by=by, values=values, for_order=True)
        rest = line.quantity - len(ids)
        if rest:
            try:
                ids += stock_take_next(
                    model=Number,
                    count=rest,
                    move="order_reserve",
                    by=by,
                    values=values,
                    filters=take_from,
                    status=status,
                    for_order=True,
                )
            except WorkflowError:
                raise WorkflowError(
                    _("Not enough numbers left for “%(item)s”: the order needs %(count)d.")
                    % {"item": line.name, "count": rest}
                ) from None
        taken += ids
        msisdns = sorted(Number.objects.filter(pk__in=ids).values_list("msisdn", flat=True))
        references[line.pk] = ", ".join(msisdns)
    sims = list(Number.objects.filter(pk__in=taken, sim__isnull=False).values_list("sim", flat=True))
    if sims:
        stock_move(model=Sim, ids=sims, move="order_reserve", by=by, values=values, for_order=True)
    order_lines_stock_set(references=references, by=by)


def _held(model, order) -> dict[bool, list[int]]:
    """The items the order holds, by whether they go back to a channel."""
    held: dict[bool, list[int]] = {True: [], False: []}
    rows = model.objects.filter(reserved_for=order.number, status=StockStatus.RESERVED).values_list("pk", "channel")
    for pk, channel_id in rows:
        held[channel_id is not None].append(pk)
    return held


def _mover(order):
    """Who made the order's latest move (cancelled, rejected or completed it): the stock's history names them."""
    actor = order.actions.order_by("-created_at", "-pk").values_list("actor", flat=True).first()
    return get_user_model().objects.filter(pk=actor).first() or order.created_by


def release_for_order(order) -> None:
    by = None
    comment = f"{order.number} {order.get_status_display()}"[:100]
    for model in (Number, Sim):
        for to_channel, ids in _held(model, order).items():
            if ids:
                move = "order_release_to_channel" if to_channel else "order_release"
                by = by or _mover(order)
                stock_move(model=model, ids=ids, move=move, by=by, values={"comment": comment}, for_order=True)


def sell_for_order(order) -> None:
    by = None
    for model in (Number, Sim):
        ids = [pk for group in _held(model, order).values() for pk in group]
        if ids:
            by = by or _mover(order)
            stock_move(
                model=model,
                ids=ids,
                move="order_sell",
                by=by,
                values={"customer": order.customer, "comment": order.number},
                for_order=True,
            )


def register() -> None:
    register_stock_handlers(reserve=reserve_for_order, release=release_for_order, sell=sell_for_order)
