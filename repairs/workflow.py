"""The repair workflow: one transition table (core.workflow) and the messages each step sends.

registered → received (intake check) → diagnosing → quote_sent → (customer approves) in_repair →
ready → returned. A declined quote goes to ready, to come back unrepaired; under warranty the
quote is zero and the repair starts without approval. Cancelled / not repairable from any state
before ready, with a reason."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.selectors import customer_contacts
from core.urls import absolute_url
from core.workflow import Input, Transition, Workflow, WorkflowError
from notifications.services import notify
from repairs.models import QuoteLine, Repair, RepairAction
from repairs.validation import clean_id_number

S = Repair.Status
CHANGE = "repairs.change_repair"
BEFORE_READY = {S.REGISTERED, S.RECEIVED, S.DIAGNOSING, S.QUOTE_SENT, S.IN_REPAIR}


def _staff_only(repair: Repair, user) -> str | None:
    return _("Only staff may do this.") if user.is_customer else None


def _customer_of(repair: Repair, user) -> str | None:
    """Quotes are decided by the account's own portal users, never by staff on their behalf."""
    if not user.is_customer or user.customer_id != repair.customer_id:
        return _("Only the customer decides on the quote.")
    return None


def _may_approve(repair: Repair, user) -> str | None:
    refused = _customer_of(repair, user)
    if refused:
        return refused
    if repair.quote_expired:
        return _("This quote expired on %(date)s. Ask the branch for a new one.") % {
            "date": repair.quote_valid_until.isoformat()
        }
    return None


def _not_warranty(repair: Repair, user) -> str | None:
    refused = _staff_only(repair, user)
    if refused:
        return refused
    return _("This repair is under warranty: it needs no quote.") if repair.under_warranty else None


def _warranty(repair: Repair, user) -> str | None:
    return _staff_only(repair, user) or (None if repair.under_warranty else _("This repair is not under warranty."))


def _ready_explained(repair: Repair, user) -> str | None:
    return _("The device is not ready to be returned yet.") if repair.status != S.READY else None


# --- what the moves change -------------------------------------------------------------


def _apply_receive(repair: Repair, by, values: dict) -> list[str]:
    repair.received_serial_number = values["serial_received"]
    repair.intake_notes = values.get("comment", "")
    repair.received_at = timezone.now()
    return ["received_serial_number", "intake_notes", "received_at"]


def _apply_quote(repair: Repair, by, values: dict) -> list[str]:
    lines = values["lines"]
    if not lines:
        raise WorkflowError(_("Add at least one parts or labour line."))
    valid_until = values["valid_until"]
    if valid_until < timezone.localdate():
        raise WorkflowError(_("The quote must be valid until today or later."))
    repair.quote_lines.all().delete()
    QuoteLine.objects.bulk_create([QuoteLine(repair=repair, **line) for line in lines])
    repair.quote_total = sum((line["amount"] for line in lines), start=Decimal("0.00"))
    repair.quote_valid_until = valid_until
    repair.quote_decision = Repair.QuoteDecision.NONE
    return ["quote_total", "quote_valid_until", "quote_decision"]


def _apply_warranty(repair: Repair, by, values: dict) -> list[str]:
    repair.quote_lines.all().delete()
    repair.quote_total = Decimal("0.00")
    repair.quote_valid_until = None
    repair.quote_decision = Repair.QuoteDecision.WARRANTY
    return ["quote_total", "quote_valid_until", "quote_decision"]


def _decision(decision: str):
    def apply(repair: Repair, by, values: dict) -> list[str]:
        repair.quote_decision = decision
        return ["quote_decision"]

    return apply


def _apply_closing(repair: Repair, by, values: dict) -> list[str]:
    repair.closing_reason = values["comment"]
    return ["closing_reason"]


def _apply_return(repair: Repair, by, values: dict) -> list[str]:
    try:
        repair.returned_to_id_number = clean_id_number(values["id_number"])
    except ValidationError as error:
        raise WorkflowError(error.messages[0]) from None
    repair.returned_to = values["returned_to"]
    repair.returned_at = timezone.now()
    return ["returned_to", "returned_to_id_number", "returned_at"]


# --- notifications ---------------------------------------------------------------------


def notify_customer(repair: Repair, *, event: str, context: dict) -> None:
    """Tell the account's portal users, or the account's own address when it has none (counter intake)."""
    users = list(repair.customer.users.filter(is_active=True))
    base = {"repair_number": repair.number, "device": f"{repair.device_type} {repair.device_model}"}
    context = {**base, "url": absolute_url(repair.get_portal_url()), **context}
    notify(event=event, recipients=users or customer_contacts([repair.customer]), context=context)


def notify_status(repair: Repair, by, values: dict, before) -> None:
    notify_customer(
        repair,
        event="repair_status_changed",
        context={"status_label": S(repair.status).label, "comment": str(values.get("comment") or "")},
    )


def notify_quote(repair: Repair, by, values: dict, before) -> None:
    notify_customer(
        repair,
        event="repair_quote_sent",
        context={"total": f"{repair.quote_total}", "valid_until": repair.quote_valid_until.isoformat()},
    )


def notify_ready(repair: Repair, by, values: dict, before) -> None:
    branch = repair.branch
    desk = getattr(branch, "repair_desk", None)
    if repair.return_method == Repair.ReturnMethod.PICKUP:
        where = ", ".join(part for part in (branch.name, branch.address, desk.opening_hours if desk else "") if part)
    else:
        where = repair.return_address
    notify_customer(
        repair,
        event="repair_ready",
        context={
            "return_method": Repair.ReturnMethod(repair.return_method).label,
            "where": where,
            "unrepaired": "yes" if repair.quote_decision == Repair.QuoteDecision.DECLINED else "",
        },
    )


REPAIR_FLOW = Workflow(
    model=Repair,
    field="status",
    action_model=RepairAction,
    action_fk="repair",
    related=("customer", "branch"),
    stamp_field="status_changed_at",
    transitions=[
        Transition(
            "receive",
            gettext_lazy("Receive at the branch"),
            sources={S.REGISTERED},
            target=S.RECEIVED,
            permission=CHANGE,
            guard=_staff_only,
            inputs=[
                Input(
                    "serial_received",
                    gettext_lazy("Serial number as received"),
                    required=gettext_lazy("Enter the serial number on the device."),
                ),
                Input("comment", gettext_lazy("Differences in accessories or condition")),
            ],
            apply=_apply_receive,
            after=notify_status,
            primary=True,
        ),
        Transition(
            "diagnose",
            gettext_lazy("Start diagnosis"),
            sources={S.RECEIVED},
            target=S.DIAGNOSING,
            permission=CHANGE,
            guard=_staff_only,
            after=notify_status,
            primary=True,
        ),
        Transition(
            "send_quote",
            gettext_lazy("Send quote"),
            sources={S.DIAGNOSING},
            target=S.QUOTE_SENT,
            permission=CHANGE,
            guard=_not_warranty,
            apply=_apply_quote,
            after=notify_quote,
            primary=True,
        ),
        Transition(
            "repair_under_warranty",
            gettext_lazy("Repair under warranty"),
            sources={S.DIAGNOSING},
            target=S.IN_REPAIR,
            permission=CHANGE,
            guard=_warranty,
            apply=_apply_warranty,
            after=notify_status,
            primary=True,
        ),
        Transition(
            "approve",
            gettext_lazy("Approve the quote"),
            sources={S.QUOTE_SENT},
            target=S.IN_REPAIR,
            guard=_may_approve,
            apply=_decision(Repair.QuoteDecision.APPROVED),
            after=notify_status,
            primary=True,
        ),
        Transition(
            "decline",
            gettext_lazy("Decline the quote"),
            sources={S.QUOTE_SENT},
            target=S.READY,
            guard=_customer_of,
            apply=_decision(Repair.QuoteDecision.DECLINED),
            after=notify_ready,
        ),
        Transition(
            "finish",
            gettext_lazy("Repaired: ready to return"),
            sources={S.IN_REPAIR},
            target=S.READY,
            permission=CHANGE,
            guard=_staff_only,
            after=notify_ready,
            primary=True,
        ),
        Transition(
            "hand_back",
            gettext_lazy("Return the device"),
            sources={S.READY},
            target=S.RETURNED,
            permission=CHANGE,
            guard=_staff_only,
            inputs=[
                Input("returned_to", gettext_lazy("Returned to (name)"), required=gettext_lazy("Say to whom.")),
                Input(
                    "id_number",
                    gettext_lazy("Their identity document number"),
                    required=gettext_lazy("Enter their identity document number."),
                ),
            ],
            apply=_apply_return,
            after=notify_status,
            explain_state=_ready_explained,
            primary=True,
        ),
        Transition(
            "not_repairable",
            gettext_lazy("Not repairable"),
            sources=BEFORE_READY - {S.REGISTERED},
            target=S.NOT_REPAIRABLE,
            permission=CHANGE,
            guard=_staff_only,
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))],
            apply=_apply_closing,
            after=notify_status,
        ),
        Transition(
            "cancel",
            gettext_lazy("Cancel"),
            sources=BEFORE_READY,
            target=S.CANCELLED,
            permission=CHANGE,
            guard=_staff_only,
            inputs=[Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why."))],
            apply=_apply_closing,
            after=notify_status,
        ),
    ],
)

# Moves with their own form on the staff page (quote lines), not the generic one.
OWN_FORM = {"send_quote"}
# Moves the customer makes in the portal.
CUSTOMER_MOVES = {"approve", "decline"}
