"""What the staff and portal order pages share: the step bar, the move inputs and running a move."""

from dataclasses import dataclass

from django.contrib import messages
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.workflow import WorkflowError
from orders import selectors, services
from orders.forms import MoveForm
from orders.models import InstallationSlot, Order
from orders.money import order_totals
from orders.notices import STATUS_LABELS
from orders.workflow import PAYMENT_FLOW, STATUS_FLOW, moves_for, order_path

S = Order.Status
# The moves that need a slot chosen from the branch's free slots.
SLOT_MOVES = frozenset({"schedule", "reschedule"})
# Moves that need more than a click, even when no input is strictly required.
NEEDS_FORM = SLOT_MOVES | {"change_delivery", "ship", "refund"}


@dataclass(frozen=True)
class Step:
    status: str
    label: str
    state: str  # "done", "current", "todo" or "stopped"
    detail: str = ""
    at: object = None


def step_bar(order: Order) -> list[Step]:
    """The customer's view of progress: submitted, approved, installation, shipped, activated, completed.

    Steps up to the order's status are done, the next one is current; a
    cancelled or rejected order shows the steps it reached and where it stopped."""
    reached = {action.to_status: action.created_at for action in order.actions.all() if action.field == "status"}
    path = [S.SUBMITTED, *(s for s in order_path(order.type, order.has_goods) if s != S.ACTIVATION)]
    stopped = order.status in (S.CANCELLED, S.REJECTED)
    if order.status in (S.ACTIVATION, S.ACTIVATION_FAILED):
        done = path.index(S.ACTIVATED) - 1
    elif order.status == S.UNDER_REVIEW:
        done = 0
    else:
        done = path.index(order.status) if order.status in path else -1
    steps = []
    for number, status in enumerate(path):
        if stopped:
            state = "done" if status in reached else "todo"
        else:
            state = "done" if number <= done else "current" if number == done + 1 else "todo"
        steps.append(Step(status, str(STATUS_LABELS[status]), state, _detail(order, status), reached.get(status)))
    if stopped:
        steps.append(
            Step(order.status, str(STATUS_LABELS[order.status]), "stopped", order.reason, reached.get(order.status))
        )
    return steps


def _detail(order: Order, status: str) -> str:
    slot = slot_or_none(order)
    if status == S.SCHEDULED and slot is not None:
        return _("%(day)s with %(technician)s") % {
            "day": formats.date_format(timezone.localtime(slot.starts_at), "SHORT_DATETIME_FORMAT"),
            "technician": slot.technician.get_full_name() or slot.technician.username,
        }
    if status == S.ACTIVATED and order.status == S.ACTIVATION:
        return _("Activation in progress")
    if status == S.ACTIVATED and order.status == S.ACTIVATION_FAILED:
        return str(STATUS_LABELS[S.ACTIVATION_FAILED])
    if status == S.SHIPPED and order.tracking_reference:
        return _("Tracking reference %(reference)s") % {"reference": order.tracking_reference}
    return ""


def slot_or_none(order: Order) -> InstallationSlot | None:
    try:
        return order.slot
    except InstallationSlot.DoesNotExist:
        return None


def order_context(request, order: Order, *, portal: bool) -> dict:
    moves = moves_for(order, request.user)
    needs_slots = any(transition.name in SLOT_MOVES for _flow, transition in moves)
    lines = list(order.lines.all())
    return {
        "order": order,
        "lines": lines,
        "totals": order_totals(lines),
        "slot": slot_or_none(order),
        "steps": step_bar(order),
        "timeline": timeline(order, portal=portal),
        "moves": [
            {"flow": "payment" if flow is PAYMENT_FLOW else "status", "t": transition}
            for flow, transition in moves
            if not portal or transition.name in PORTAL_MOVES
        ],
        "free_slots": selectors.free_slots(order) if needs_slots else [],
        "delivery_choices": Order.Delivery.choices,
    }


# The moves whose comment is written for the customer: the reason of a rejection or cancellation,
# their own reschedule request, the tracking reference. Any other comment is a staff note.
CUSTOMER_COMMENTS = frozenset({"reject", "cancel", "request_reschedule", "ship"})


def timeline(order: Order, *, portal: bool = False) -> list:
    """The order's actions, each labelled with its move and the states it went between.

    `note` is the comment to show: in the portal only the comments meant for the customer."""
    labels = {"created": _("Created")}
    for flow in (STATUS_FLOW, PAYMENT_FLOW):
        labels.update({t.name: str(t.label) for t in flow})
    states = {**dict(Order.Status.choices), **dict(Order.Payment.choices)}
    actions = list(order.actions.all())
    for action in actions:
        action.label = labels.get(action.kind, action.kind)
        action.from_label = states.get(action.from_status, action.from_status)
        action.to_label = states.get(action.to_status, action.to_status)
        action.note = action.comment if not portal or action.kind in CUSTOMER_COMMENTS else ""
    return actions


PORTAL_MOVES = frozenset({"submit", "schedule", "request_reschedule", "change_delivery", "cancel"})


def row_buttons(order: Order, user) -> list[tuple[str, str]]:
    """The moves a desk row offers as one-click buttons: those allowed now that ask for nothing."""
    return [
        (transition.name, str(transition.label))
        for _flow, transition in moves_for(order, user)
        if not any(needed.required for needed in transition.inputs) and transition.name not in NEEDS_FORM
    ]


def run_move(request, order: Order, name: str, *, portal: bool) -> bool:
    """Run the move named in the URL with the POSTed inputs; say what happened. True when it was made."""
    if name not in STATUS_FLOW and name not in PAYMENT_FLOW or (portal and name not in PORTAL_MOVES):
        messages.error(request, _("That action is not possible."))
        return False
    form = MoveForm(request.POST, slots=InstallationSlot.objects.all())
    if not form.is_valid():
        messages.error(request, _("Please correct the values: %(errors)s") % {"errors": _errors(form)})
        return False
    values = form.values()
    try:
        services.order_move(order=order, by=request.user, move=name, values=values)
    except WorkflowError as error:
        messages.error(request, str(error))
        return False
    transition = STATUS_FLOW[name] if name in STATUS_FLOW else PAYMENT_FLOW[name]
    messages.success(request, _("%(order)s: %(move)s — done.") % {"order": order.number, "move": transition.label})
    return True


def _errors(form) -> str:
    return "; ".join(
        f"{form.fields[field].label or field}: {' '.join(errors)}" for field, errors in form.errors.items()
    )
