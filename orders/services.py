"""Writes for orders and the catalogue. Status and payment moves run through
`orders.workflow`; these functions create orders, price their lines from the
catalogue and make the moves that belong together in one transaction."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from accounts.models import Branch, Customer, User
from core.numbering import next_number
from core.workflow import WorkflowError
from orders.models import NUMBER_PREFIX, InstallationSlot, Order, OrderAction, OrderLine, Product, TariffPlan
from orders.money import line_amounts, order_totals
from orders.workflow import AUTOMATIC_MOVES, GOODS_TYPES, PAYMENT_FLOW, STATUS_FLOW

S = Order.Status
P = Order.Payment


@dataclass(frozen=True)
class Item:
    """One thing to order: a product or a tariff plan and how many. Never a price: prices come from the catalogue."""

    item: Product | TariffPlan
    quantity: int
    # The numbers or ICCIDs the customer chose (comma-separated) for a SIM/number line; the
    # inventory app reserves them on submission (the next available ones when empty).
    stock_reference: str = ""


def _line(order: Order, wanted: Item, *, day: date) -> OrderLine:
    item, quantity = wanted.item, wanted.quantity
    if not isinstance(quantity, int) or quantity < 1:
        raise WorkflowError(_("The quantity of “%(item)s” must be at least 1.") % {"item": item.name})
    if not item.is_on_sale(day):
        raise WorkflowError(_("“%(item)s” is no longer sold.") % {"item": item.name})
    if item.currency != order.currency:
        raise WorkflowError(
            _("“%(item)s” is priced in %(currency)s; this order is in %(order_currency)s.")
            % {"item": item.name, "currency": item.currency, "order_currency": order.currency}
        )
    amounts = line_amounts(unit_price=item.price, quantity=quantity, tax_rate=item.tax_rate)
    return OrderLine(
        order=order,
        product=item if isinstance(item, Product) else None,
        plan=item if isinstance(item, TariffPlan) else None,
        name=item.name,
        quantity=quantity,
        unit_price=item.price,
        tax_rate=item.tax_rate,
        net_amount=amounts.net,
        tax_amount=amounts.tax,
        gross_amount=amounts.gross,
        stock_reference=str(wanted.stock_reference or "")[:60],
    )


def _check_delivery(*, method: str, address: str, branch: Branch | None) -> None:
    if method not in Order.Delivery.values:
        raise WorkflowError(_("Choose a delivery method."))
    if method != Order.Delivery.PICKUP and not address.strip():
        raise WorkflowError(_("Enter the delivery address."))
    if method == Order.Delivery.PICKUP and branch is None:
        raise WorkflowError(_("Choose the branch where you will pick the order up."))


@transaction.atomic
def order_create(
    *,
    by: User,
    customer: Customer,
    type: str,
    items: Sequence[Item],
    delivery_method: str = Order.Delivery.PICKUP,
    delivery_address: str = "",
    branch: Branch | None = None,
    desired_date: date | None = None,
    notes: str = "",
    contact_phone: str = "",
    channel_code: str = "",
    submit: bool = True,
) -> Order:
    """Price the items from the catalogue and create the order; submit it unless it is to stay a draft.

    An order a customer places in the portal is always submitted and waits in the review queue."""
    if by.is_customer and by.customer_id != customer.pk:
        raise WorkflowError(_("You can only order for your own account."))
    if type not in Order.Type.values:
        raise WorkflowError(_("Choose the type of order."))
    if not items:
        raise WorkflowError(_("Add at least one item."))
    today = timezone.localdate()
    if desired_date is not None and desired_date < today:
        raise WorkflowError(_("The desired installation date cannot be in the past."))
    _check_delivery(method=delivery_method, address=delivery_address, branch=branch)
    order = Order(
        number=next_number("order", prefix=NUMBER_PREFIX),
        customer=customer,
        type=type,
        source=Order.Source.PORTAL
        if by.is_customer
        else (Order.Source.PARTNER if channel_code else Order.Source.STAFF),
        channel_code=channel_code,
        currency=items[0].item.currency,
        delivery_method=delivery_method,
        delivery_address=delivery_address.strip(),
        branch=branch,
        desired_date=desired_date,
        notes=notes.strip(),
        contact_phone=str(contact_phone or ""),
        created_by=by,
    )
    lines = [_line(order, wanted, day=today) for wanted in items]
    order.has_goods = any(line.product is not None and line.product.is_shipped for line in lines)
    if type in GOODS_TYPES and not order.has_goods:
        raise WorkflowError(_("An order of this type needs at least one piece of equipment or a SIM card."))
    totals = order_totals(lines)
    order.net_total, order.tax_total, order.gross_total = totals.net, totals.tax, totals.gross
    order._change_reason = "created"
    order.save()
    OrderLine.objects.bulk_create(lines)
    OrderAction.objects.create(
        order=order, actor=by, kind="created", field=OrderAction.Field.DETAILS, to_status=order.status
    )
    if submit or by.is_customer:
        order = order_submit(order=order, by=by)
    return order


def order_lines_stock_set(*, references: dict[int, str], by: User) -> None:
    """Record on each line (by id) what the inventory app reserved for it (one update for all)."""
    lines = list(OrderLine.objects.filter(pk__in=list(references)))
    for line in lines:
        line.stock_reference = references[line.pk][:60]
    bulk_update_with_history(lines, OrderLine, ["stock_reference"], default_user=by, default_change_reason="stock")


@transaction.atomic
def order_submit(*, order: Order, by: User) -> Order:
    """Draft → submitted; payment becomes due when there is something to pay."""
    order = STATUS_FLOW.run(order, "submit", by=by)
    if order.gross_total > 0 and order.payment_state == P.NOT_REQUIRED:
        order = PAYMENT_FLOW.run(order, "request_payment", by=by)
    return order


@transaction.atomic
def order_cancel(*, order: Order, by: User, reason: str) -> Order:
    """Cancel (reason required); a payment still due is no longer due, a paid one waits for finance's refund."""
    order = STATUS_FLOW.run(order, "cancel", by=by, values={"comment": reason})
    if order.payment_state == P.PENDING:
        order = PAYMENT_FLOW.run(order, "waive_payment", by=by)
    return order


def order_activation_fail(*, order: Order, by: User, reason: str) -> Order:
    """The activation job ran out of retries: "Activation failed" with the reason, until staff retry or cancel."""
    return STATUS_FLOW.run(order, "fail_activation", by=by, values={"comment": reason[:2000]})


@transaction.atomic
def order_reject(*, order: Order, by: User, reason: str) -> Order:
    order = STATUS_FLOW.run(order, "reject", by=by, values={"comment": reason})
    if order.payment_state == P.PENDING:
        order = PAYMENT_FLOW.run(order, "waive_payment", by=by)
    return order


def order_move(*, order: Order, by: User, move: str, values: dict | None = None) -> Order:
    """Any move a page offers, by name: the services above for those that take more than one step."""
    values = values or {}
    if move in AUTOMATIC_MOVES:
        # Payment becoming due or no longer due follows from submission and cancellation, never on its own.
        raise WorkflowError(_("That action is not possible."))
    if move == "submit":
        return order_submit(order=order, by=by)
    if move == "cancel":
        return order_cancel(order=order, by=by, reason=values.get("comment") or "")
    if move == "reject":
        return order_reject(order=order, by=by, reason=values.get("comment") or "")
    if move in STATUS_FLOW:
        return STATUS_FLOW.run(order, move, by=by, values=values)
    if move in PAYMENT_FLOW:
        return PAYMENT_FLOW.run(order, move, by=by, values=values)
    raise WorkflowError(_("That action is not possible."))


@transaction.atomic
def order_delete_draft(*, order: Order, by: User) -> None:
    """Only a draft is ever deleted; a submitted order is cancelled instead, so its number stays traceable."""
    order = STATUS_FLOW.lock(order)
    if order.status != S.DRAFT:
        raise WorkflowError(_("A submitted order is never deleted; cancel it instead."))
    if by.is_customer and by.customer_id != order.customer_id:
        raise WorkflowError(_("You may not change this order."))
    if not by.is_customer and not by.has_perm("orders.delete_order"):
        raise WorkflowError(_("You may not change this order."))
    order.delete()


@transaction.atomic
def orders_approve_many(*, order_ids: Sequence[int], by: User) -> tuple[list[Order], list[tuple[int, str]]]:
    """Bulk approve: each order is its own move (locked, checked, recorded); the refused ones say why."""
    approved, refused = [], []
    for order in Order.objects.filter(pk__in=order_ids).order_by("pk"):
        try:
            with transaction.atomic():
                approved.append(STATUS_FLOW.run(order, "approve", by=by))
        except WorkflowError as error:
            refused.append((order.number, str(error)))
    return approved, refused


@transaction.atomic
def slot_create(
    *, by: User, branch: Branch, technician: User, starts_at: datetime, ends_at: datetime
) -> InstallationSlot:
    if not by.has_perm("orders.add_installationslot"):
        raise WorkflowError(_("You may not add installation slots."))
    if starts_at <= timezone.now():
        raise WorkflowError(_("A slot must start in the future."))
    if ends_at <= starts_at:
        raise WorkflowError(_("A slot must end after it starts."))
    if InstallationSlot.objects.filter(technician=technician, starts_at=starts_at).exists():
        raise WorkflowError(_("This technician already has a slot at that time."))
    slot = InstallationSlot(branch=branch, technician=technician, starts_at=starts_at, ends_at=ends_at)
    slot._change_reason = f"created by {by.username}"
    slot.save()
    return slot


@transaction.atomic
def catalogue_item_save(*, form, by: User) -> Product | TariffPlan:
    """Save a product or plan from its validated form. Orders keep the name and price they were placed with."""
    item = form.save(commit=False)
    item._change_reason = f"saved by {by.username}"
    item.save()
    return item
