"""The stock state machine: one transition table, used for numbers and SIM cards alike.

`STOCK_TRANSITIONS` declares every move. NUMBER_FLOW and SIM_FLOW are the core.workflow
tables built from it: the item page runs one move through the core runner, and
`inventory.services.stock_move` applies the same transitions (sources, permission, guard,
`apply`) to many locked rows at once with one UPDATE and one history insert.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.workflow import Input, Transition, Workflow, WorkflowError
from inventory.models import Channel, Number, NumberAction, Sim, SimAction, StockStatus
from inventory.scope import channels_in_scope, is_partner, partner_channel

S = StockStatus


def _staff_only(item, user) -> str | None:
    return _("Only company staff can do this.") if is_partner(user) else None


def _partner_holds(item, user) -> str | None:
    """A partner works only on stock allocated to its channel or below; staff on any allocated stock."""
    channel = partner_channel(user)
    if channel is None:
        return _staff_only(item, user)
    if item.channel_id is None or not item.channel.path.startswith(channel.path):
        return _("This item is not in your channel's stock.")
    return None


def _unreserve_to_pool(item, user) -> str | None:
    return _("This item belongs to a channel.") if item.channel_id else _staff_only(item, user)


def _unreserve_to_channel(item, user) -> str | None:
    return None if item.channel_id else _("This item belongs to no channel.")


def _quarantine_over(item, user) -> str | None:
    if item.quarantine_until and item.quarantine_until > timezone.now():
        return _("The quarantine lasts until %(date)s.") % {"date": item.quarantine_until.date().isoformat()}
    return None


def _channel_choices(item, user):
    return channels_in_scope(user).filter(status=Channel.Status.ACTIVE)


def _apply_allocate(item, user, values) -> list[str]:
    channel, customer = values.get("channel"), values.get("customer")
    if (channel is None) == (customer is None):
        raise WorkflowError(_("Choose a channel or a customer to allocate to."))
    if channel is not None and channel.status != Channel.Status.ACTIVE:
        raise WorkflowError(_("The channel “%(name)s” is not active.") % {"name": channel.name})
    item.channel, item.customer = channel, customer
    return ["channel", "customer"]


def _apply_allocate_down(item, user, values) -> list[str]:
    channel = values.get("channel")
    if channel is None:
        raise WorkflowError(_("Choose a channel to allocate to."))
    if channel.status != Channel.Status.ACTIVE:
        raise WorkflowError(_("The channel “%(name)s” is not active.") % {"name": channel.name})
    if channel.pk == item.channel_id or not channel.path.startswith(item.channel.path):
        raise WorkflowError(
            _("“%(name)s” is not a channel below “%(holder)s”.") % {"name": channel.name, "holder": item.channel.name}
        )
    item.channel = channel
    return ["channel"]


def _apply_release(item, user, values) -> list[str]:
    item.channel, item.customer = None, None
    return ["channel", "customer"]


def _apply_reserve(item, user, values) -> list[str]:
    order = str(values.get("order") or "")
    item.reserved_for = order
    item.reserved_by = user
    item.reserved_until = timezone.now() + timedelta(minutes=settings.INVENTORY_RESERVATION_MINUTES)
    return ["reserved_for", "reserved_by", "reserved_until"]


def _apply_unreserve(item, user, values) -> list[str]:
    item.reserved_for, item.reserved_by, item.reserved_until = "", None, None
    return ["reserved_for", "reserved_by", "reserved_until"]


def _apply_sell(item, user, values) -> list[str]:
    fields = ["reserved_until"]
    item.reserved_until = None
    if values.get("customer") is not None:
        item.customer = values["customer"]
        fields.append("customer")
    return fields


def _by_an_order(item, user) -> str | None:
    """The order moves are made by orders.hooks (inventory.order_stock), never from a stock page."""
    return _("Only an order makes this move.")


def _apply_order_reserve(item, user, values) -> list[str]:
    """Held for as long as the order is open: no expiry; cancelling or completing the order ends it."""
    item.reserved_for = str(values["order"])[:40]
    item.reserved_by = user
    item.reserved_until = None
    return ["reserved_for", "reserved_by", "reserved_until"]


def _apply_order_sell(item, user, values) -> list[str]:
    item.reserved_until = None
    item.customer = values.get("customer")
    return ["reserved_until", "customer"]


def _apply_terminate(item, user, values) -> list[str]:
    item.quarantine_until = timezone.now() + timedelta(days=settings.INVENTORY_QUARANTINE_DAYS)
    item.customer = None
    return ["quarantine_until", "customer"]


def _apply_restock(item, user, values) -> list[str]:
    item.channel, item.customer, item.quarantine_until, item.reserved_for = None, None, None, ""
    return ["channel", "customer", "quarantine_until", "reserved_for"]


_REASON = Input("comment", gettext_lazy("Note"))
_CHANNEL = Input("channel", gettext_lazy("Channel"), widget="choice", choices=_channel_choices)

STOCK_TRANSITIONS = (
    Transition(
        "allocate",
        gettext_lazy("Allocate"),
        sources={S.AVAILABLE},
        target=S.ALLOCATED,
        permission="inventory.allocate_stock",
        guard=_staff_only,
        inputs=[_CHANNEL, _REASON],
        apply=_apply_allocate,
        primary=True,
    ),
    Transition(
        "allocate_down",
        gettext_lazy("Allocate to a sub-channel"),
        sources={S.ALLOCATED},
        target=None,
        permission="inventory.allocate_stock",
        guard=_partner_holds,
        inputs=[_CHANNEL, _REASON],
        apply=_apply_allocate_down,
    ),
    Transition(
        "release",
        gettext_lazy("Release to the pool"),
        sources={S.ALLOCATED},
        target=S.AVAILABLE,
        permission="inventory.allocate_stock",
        guard=_staff_only,
        inputs=[_REASON],
        apply=_apply_release,
    ),
    Transition(
        "reserve",
        gettext_lazy("Reserve"),
        sources={S.AVAILABLE, S.ALLOCATED},
        target=S.RESERVED,
        permission="inventory.reserve_stock",
        guard=lambda item, user: _partner_holds(item, user) if is_partner(user) else None,
        inputs=[Input("order", gettext_lazy("Order"), required=gettext_lazy("Name the order.")), _REASON],
        apply=_apply_reserve,
    ),
    Transition(
        "unreserve",
        gettext_lazy("Cancel the reservation"),
        sources={S.RESERVED},
        target=S.AVAILABLE,
        permission="inventory.reserve_stock",
        guard=_unreserve_to_pool,
        inputs=[_REASON],
        apply=_apply_unreserve,
    ),
    Transition(
        "unreserve_to_channel",
        gettext_lazy("Cancel the reservation"),
        sources={S.RESERVED},
        target=S.ALLOCATED,
        permission="inventory.reserve_stock",
        guard=_unreserve_to_channel,
        inputs=[_REASON],
        apply=_apply_unreserve,
    ),
    Transition(
        "sell",
        gettext_lazy("Sell"),
        sources={S.RESERVED},
        target=S.SOLD,
        permission="inventory.reserve_stock",
        inputs=[_REASON],
        apply=_apply_sell,
    ),
    Transition(
        "order_reserve",
        gettext_lazy("Reserve for an order"),
        sources={S.AVAILABLE, S.ALLOCATED},
        target=S.RESERVED,
        guard=_by_an_order,
        inputs=[Input("order", gettext_lazy("Order"), required=gettext_lazy("Name the order."))],
        apply=_apply_order_reserve,
    ),
    Transition(
        "order_release",
        gettext_lazy("Released by the order"),
        sources={S.RESERVED},
        target=S.AVAILABLE,
        guard=_by_an_order,
        inputs=[_REASON],
        apply=_apply_unreserve,
    ),
    Transition(
        "order_release_to_channel",
        gettext_lazy("Released by the order"),
        sources={S.RESERVED},
        target=S.ALLOCATED,
        guard=_by_an_order,
        inputs=[_REASON],
        apply=_apply_unreserve,
    ),
    Transition(
        "order_sell",
        gettext_lazy("Sold by the order"),
        sources={S.RESERVED},
        target=S.SOLD,
        guard=_by_an_order,
        inputs=[_REASON],
        apply=_apply_order_sell,
    ),
    Transition(
        "activate",
        gettext_lazy("Activate"),
        sources={S.SOLD, S.SUSPENDED},
        target=S.ACTIVE,
        permission="inventory.operate_stock",
        inputs=[_REASON],
    ),
    Transition(
        "suspend",
        gettext_lazy("Suspend"),
        sources={S.ACTIVE},
        target=S.SUSPENDED,
        permission="inventory.operate_stock",
        inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))],
    ),
    Transition(
        "terminate",
        gettext_lazy("Terminate (quarantine)"),
        sources={S.ACTIVE, S.SUSPENDED},
        target=S.QUARANTINE,
        permission="inventory.operate_stock",
        inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))],
        apply=_apply_terminate,
    ),
    Transition(
        "recycle",
        gettext_lazy("Recycle"),
        sources={S.QUARANTINE},
        target=S.RECYCLED,
        permission="inventory.operate_stock",
        guard=_quarantine_over,
        inputs=[_REASON],
    ),
    Transition(
        "restock",
        gettext_lazy("Back to stock"),
        sources={S.RECYCLED},
        target=S.AVAILABLE,
        permission="inventory.operate_stock",
        inputs=[_REASON],
        apply=_apply_restock,
    ),
)

# Made for an order by inventory.order_stock (stock_move(for_order=True)): the order's own
# rules decide who may submit, cancel or complete it, so these moves carry no permission
# of their own, and no stock page offers them.
ORDER_MOVES = frozenset({"order_reserve", "order_release", "order_release_to_channel", "order_sell"})

NUMBER_FLOW = Workflow(
    model=Number,
    transitions=STOCK_TRANSITIONS,
    action_model=NumberAction,
    action_fk="number",
    related=("channel", "customer"),
    stamp_field="updated_at",
)
SIM_FLOW = Workflow(
    model=Sim,
    transitions=STOCK_TRANSITIONS,
    action_model=SimAction,
    action_fk="sim",
    related=("channel", "customer"),
    stamp_field="updated_at",
)


def flow_for(model) -> Workflow:
    return NUMBER_FLOW if model is Number else SIM_FLOW
