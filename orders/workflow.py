"""The order's two state machines: `status` and `payment_state`, each one table.

Which steps an order goes through after approval depends on its type and on
whether it carries goods (`order_path`): equipment ships; a new connection is
installed, ships its goods if it has any, and is activated; a disconnection is
installed (scheduled) and completed. The forward moves share one guard that
keeps each order on its own path, so the tables stay a plain list of moves.

Customers make a few moves on their own orders (submit, book a slot, ask to
reschedule, change the delivery, cancel before approval); every other move
needs the staff permission named in its guard.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.workflow import Input, Transition, Workflow, WorkflowError
from orders import hooks, notices
from orders.models import InstallationSlot, Order, OrderAction

S = Order.Status
P = Order.Payment
T = Order.Type

INSTALLED_TYPES = frozenset({T.NEW_CONNECTION, T.RELOCATION, T.DISCONNECTION})
ACTIVATED_TYPES = frozenset({T.NEW_CONNECTION, T.UPGRADE, T.RELOCATION, T.SIM_PURCHASE})
GOODS_TYPES = frozenset({T.EQUIPMENT, T.SIM_PURCHASE})  # types that must carry goods
# Until shipping or installation the address, delivery method and slot may change.
CHANGEABLE = frozenset({S.DRAFT, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED, S.SCHEDULED})
CANCELLABLE = frozenset({S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED, S.SCHEDULED, S.ACTIVATION_FAILED})
CUSTOMER_CANCELLABLE = frozenset({S.SUBMITTED, S.UNDER_REVIEW})
OPEN_STATES = frozenset(set(S) - {S.COMPLETED, S.CANCELLED, S.REJECTED})


def order_path(order_type: str, has_goods: bool) -> list[str]:
    """The statuses an order of this type goes through from approval to completion."""
    steps = [S.APPROVED]
    if order_type in INSTALLED_TYPES:
        steps.append(S.SCHEDULED)
    if has_goods and order_type != T.DISCONNECTION:
        steps.append(S.SHIPPED)
    if order_type in ACTIVATED_TYPES:
        steps += [S.ACTIVATION, S.ACTIVATED]
    steps.append(S.COMPLETED)
    return steps


def is_owner(order: Order, user) -> bool:
    return user.is_customer and user.customer_id == order.customer_id


def _may(permission: str, *, owner: bool = False, owner_states: frozenset[str] | None = None):
    """Staff holding `permission`; with `owner`, also the order's customer (in `owner_states` if given)."""

    def check(order: Order, user) -> str | None:
        if user.is_customer:
            if owner and is_owner(order, user) and (owner_states is None or order.status in owner_states):
                return None
            if owner and is_owner(order, user):
                return _("Please contact us to change the order now.")
            return _("You may not change this order.")
        if user.has_perm(permission):
            return None
        return _("You may not change this order.")

    return check


def _may_submit(order: Order, user) -> str | None:
    """Staff with orders.add_order, the order's customer, or the channel partner who placed it
    (the partner portal of the inventory app places partner orders and submits them at once)."""
    if order.source == Order.Source.PARTNER and order.created_by_id == user.pk and not user.is_customer:
        return None
    return _may("orders.add_order", owner=True)(order, user)


def _on_path(target: str):
    def check(order: Order, user) -> str | None:
        path = order_path(order.type, order.has_goods)
        if order.status in path and target in path and path.index(target) == path.index(order.status) + 1:
            return None
        return _("A “%(type)s” order does not go from “%(from)s” to “%(to)s”.") % {
            "type": order.get_type_display(),
            "from": order.get_status_display(),
            "to": S(target).label,
        }

    return check


def _all(*checks):
    def check(order: Order, user) -> str | None:
        for one in checks:
            refused = one(order, user)
            if refused:
                return refused
        return None

    return check


def _set_reason(order: Order, by, values: dict) -> list[str]:
    order.reason = values["comment"]
    return ["reason"]


def _submitted(order: Order, by, values: dict) -> list[str]:
    if not order.lines.exists():
        raise WorkflowError(_("Add at least one item before submitting the order."))
    order.submitted_at = timezone.now()
    for reserve in hooks.stock_reservers:
        reserve(order)
    return ["submitted_at"]


def _book_slot(order: Order, by, values: dict) -> list[str]:
    """Lock the chosen slot and give it to this order; release the order's previous slot."""
    slot = values.get("slot")
    if slot is None:
        raise WorkflowError(_("Choose a time slot."))
    slot = InstallationSlot.objects.select_for_update().get(pk=slot.pk)
    if slot.order_id is not None and slot.order_id != order.pk:
        raise WorkflowError(_("This time slot has just been taken. Please choose another one."))
    if slot.starts_at <= timezone.now():
        raise WorkflowError(_("This time slot is in the past. Please choose another one."))
    if order.branch_id and slot.branch_id != order.branch_id:
        raise WorkflowError(_("Choose a slot of the branch “%(branch)s”.") % {"branch": order.branch})
    InstallationSlot.objects.select_for_update().filter(order=order).exclude(pk=slot.pk).update(
        order=None, booked_at=None
    )
    slot.order, slot.booked_at = order, timezone.now()
    slot.save(update_fields=["order", "booked_at"])
    order.branch_id = slot.branch_id
    order.reschedule_request = ""
    return ["branch", "reschedule_request"]


def _ship(order: Order, by, values: dict) -> list[str]:
    reference = values.get("tracking_reference") or ""
    if order.delivery_method != Order.Delivery.PICKUP and not reference:
        raise WorkflowError(_("Enter the tracking reference of the shipment."))
    order.tracking_reference = reference[:80]
    return ["tracking_reference"]


def _reschedule_request(order: Order, by, values: dict) -> list[str]:
    order.reschedule_request = values["comment"]
    return ["reschedule_request"]


def _start_activation(order: Order, by, values: dict, before) -> None:
    notices.status_changed(order, by, values, before)
    hooks.run_after_commit_activation(order.pk)


def _approved(order: Order, by, values: dict, before) -> None:
    notices.status_changed(order, by, values, before)
    hooks.run_invoicers(order, hooks.APPROVED)


def _paid(order: Order, by, values: dict, before) -> None:
    notices.payment_changed(order, by, values, before)
    hooks.run_invoicers(order, hooks.PAID)


def _released(order: Order, by, values: dict, before) -> None:
    """A rejected or cancelled order gives back its slot and whatever stock it reserved."""
    InstallationSlot.objects.filter(order=order).update(order=None, booked_at=None)
    for release in hooks.stock_releasers:
        release(order)
    notices.status_changed(order, by, values, before)


def _completed(order: Order, by, values: dict, before) -> None:
    """A completed order has sold what it reserved."""
    for sell in hooks.stock_sellers:
        sell(order)
    notices.status_changed(order, by, values, before)


def _change_delivery(order: Order, by, values: dict) -> list[str]:
    method = values.get("delivery_method") or order.delivery_method
    address = values.get("delivery_address", order.delivery_address)
    if method not in Order.Delivery.values:
        raise WorkflowError(_("Choose a delivery method."))
    if method != Order.Delivery.PICKUP and not address:
        raise WorkflowError(_("Enter the delivery address."))
    order.delivery_method, order.delivery_address = method, address[:255]
    fields = ["delivery_method", "delivery_address"]
    if "branch" in values and values["branch"] is not None:
        order.branch = values["branch"]
        fields.append("branch")
    return fields


_REASON = Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))
_NOTE = Input("comment", gettext_lazy("Note"))


def _status_action(before, after) -> dict:
    return {"field": OrderAction.Field.STATUS if before.status != after.status else OrderAction.Field.DETAILS}


STATUS_FLOW = Workflow(
    model=Order,
    field="status",
    action_model=OrderAction,
    action_fk="order",
    action_values=_status_action,
    related=("customer", "branch"),
    stamp_field="updated_at",
    transitions=[
        Transition(
            "submit",
            gettext_lazy("Submit"),
            sources={S.DRAFT},
            target=S.SUBMITTED,
            guard=_may_submit,
            apply=_submitted,
            after=notices.status_changed,
            primary=True,
        ),
        Transition(
            "review",
            gettext_lazy("Take for review"),
            sources={S.SUBMITTED},
            target=S.UNDER_REVIEW,
            guard=_may("orders.review_order"),
            after=notices.status_changed,
        ),
        Transition(
            "approve",
            gettext_lazy("Approve"),
            sources={S.SUBMITTED, S.UNDER_REVIEW},
            target=S.APPROVED,
            guard=_may("orders.review_order"),
            inputs=[_NOTE],
            after=_approved,
            primary=True,
        ),
        Transition(
            "reject",
            gettext_lazy("Reject"),
            sources={S.SUBMITTED, S.UNDER_REVIEW},
            target=S.REJECTED,
            guard=_may("orders.review_order"),
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why the order is rejected."))],
            apply=_set_reason,
            after=_released,
        ),
        Transition(
            "schedule",
            gettext_lazy("Book installation"),
            sources={S.APPROVED},
            target=S.SCHEDULED,
            guard=_all(_on_path(S.SCHEDULED), _may("orders.schedule_installation", owner=True)),
            apply=_book_slot,
            after=notices.status_changed,
            primary=True,
        ),
        Transition(
            "reschedule",
            gettext_lazy("Move installation"),
            sources={S.SCHEDULED},
            target=None,
            guard=_may("orders.schedule_installation"),
            apply=_book_slot,
            inputs=[_NOTE],
            after=notices.status_changed,
        ),
        Transition(
            "request_reschedule",
            gettext_lazy("Ask to reschedule"),
            sources={S.SCHEDULED},
            target=None,
            guard=lambda order, user: None if is_owner(order, user) else _("Only the customer asks to reschedule."),
            inputs=[
                Input("comment", gettext_lazy("When would suit you?"), required=gettext_lazy("Say when suits you."))
            ],
            apply=_reschedule_request,
            after=notices.reschedule_requested,
        ),
        Transition(
            "change_delivery",
            gettext_lazy("Change delivery"),
            sources=CHANGEABLE,
            target=None,
            guard=_may("orders.change_order", owner=True),
            apply=_change_delivery,
            after=notices.status_changed,
        ),
        Transition(
            "ship",
            gettext_lazy("Ship"),
            sources={S.APPROVED, S.SCHEDULED},
            target=S.SHIPPED,
            guard=_all(_on_path(S.SHIPPED), _may("orders.ship_order")),
            inputs=[Input("tracking_reference", gettext_lazy("Tracking reference"))],
            apply=_ship,
            after=notices.status_changed,
            comment_input="tracking_reference",
            primary=True,
        ),
        Transition(
            "start_activation",
            gettext_lazy("Start activation"),
            sources={S.APPROVED, S.SCHEDULED, S.SHIPPED},
            target=S.ACTIVATION,
            guard=_all(_on_path(S.ACTIVATION), _may("orders.activate_order")),
            after=_start_activation,
            primary=True,
        ),
        Transition(
            # Made by the activation job when its retries run out (never a button: see AUTOMATIC_MOVES).
            "fail_activation",
            gettext_lazy("Activation failed"),
            sources={S.ACTIVATION},
            target=S.ACTIVATION_FAILED,
            guard=_may("orders.activate_order"),
            # The reason is technical: a staff note on the timeline, not the order's reason the customer reads.
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why the activation failed."))],
        ),
        Transition(
            "retry_activation",
            gettext_lazy("Retry activation"),
            sources={S.ACTIVATION_FAILED},
            target=S.ACTIVATION,
            guard=_may("orders.activate_order"),
            after=_start_activation,
            primary=True,
        ),
        Transition(
            "confirm_activation",
            gettext_lazy("Mark activated"),
            sources={S.ACTIVATION},
            target=S.ACTIVATED,
            guard=_may("orders.activate_order"),
            after=notices.status_changed,
            primary=True,
        ),
        Transition(
            "complete",
            gettext_lazy("Complete"),
            sources={S.SCHEDULED, S.SHIPPED, S.ACTIVATED},
            target=S.COMPLETED,
            guard=_all(_on_path(S.COMPLETED), _may("orders.complete_order")),
            after=_completed,
            primary=True,
        ),
        Transition(
            "cancel",
            gettext_lazy("Cancel order"),
            sources=CANCELLABLE,
            target=S.CANCELLED,
            guard=_may("orders.cancel_order", owner=True, owner_states=CUSTOMER_CANCELLABLE),
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why the order is cancelled."))],
            apply=_set_reason,
            after=_released,
        ),
    ],
)


def _refund(order: Order, by, values: dict) -> list[str]:
    remaining = order.gross_total - order.refunded_amount
    amount = values.get("amount")
    if amount is None:
        amount = remaining
    if amount <= 0 or amount > remaining:
        raise WorkflowError(
            _("The refund must be more than zero and at most %(remaining)s.") % {"remaining": remaining}
        )
    order.refunded_amount += amount
    order.payment_state = P.REFUNDED if order.refunded_amount == order.gross_total else P.PARTLY_REFUNDED
    return ["refunded_amount", "payment_state"]


def _needs_payment(order: Order, user) -> str | None:
    return None if order.gross_total > 0 else _("There is nothing to pay on this order.")


def _payment_action(before, after) -> dict:
    return {"field": OrderAction.Field.PAYMENT}


PAYMENT_FLOW = Workflow(
    model=Order,
    field="payment_state",
    action_model=OrderAction,
    action_fk="order",
    action_values=_payment_action,
    related=("customer",),
    stamp_field="updated_at",
    transitions=[
        Transition(
            "request_payment",
            gettext_lazy("Request payment"),
            sources={P.NOT_REQUIRED},
            target=P.PENDING,
            guard=_needs_payment,
            after=notices.payment_changed,
        ),
        Transition(
            "mark_paid",
            gettext_lazy("Mark paid"),
            sources={P.PENDING},
            target=P.PAID,
            guard=_may("orders.manage_payment"),
            inputs=[_NOTE],
            after=_paid,
            primary=True,
        ),
        Transition(
            "refund",
            gettext_lazy("Refund"),
            sources={P.PAID, P.PARTLY_REFUNDED},
            # The target depends on the amount (whole remainder or part): `_refund` sets it.
            target=None,
            guard=_may("orders.manage_payment"),
            inputs=[Input("amount", gettext_lazy("Amount (empty: all that remains)")), _NOTE],
            apply=_refund,
            after=notices.payment_changed,
        ),
        Transition(
            "waive_payment",
            gettext_lazy("Payment no longer due"),
            sources={P.PENDING},
            target=P.NOT_REQUIRED,
            after=notices.payment_changed,
        ),
    ],
)

# Made by the services themselves (on submission and cancellation), never offered as buttons.
AUTOMATIC_MOVES = frozenset({"request_payment", "waive_payment", "fail_activation"})


def moves_for(order: Order, user) -> list[tuple[Workflow, Transition]]:
    """The buttons on an order's page: every move this user may make now, in table order.

    Moves whose table does not start from the order's current state are skipped before the
    refusal is asked for: a desk row asks this for every move, and a refusal is a translated sentence."""
    return [
        (flow, transition)
        for flow in (STATUS_FLOW, PAYMENT_FLOW)
        for transition in flow
        if transition.name not in AUTOMATIC_MOVES
        and flow.state_of(order) in transition.sources
        and flow.refusal(order, user, transition.name) is None
    ]
