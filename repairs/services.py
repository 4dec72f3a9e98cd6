"""Writes of the repairs app: registration and the workflow moves (through REPAIR_FLOW)."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from simple_history.utils import update_change_reason

from accounts.models import Branch, Customer, User
from core.files import CheckedFile
from core.numbering import next_number
from repairs.models import REPAIR_NUMBER_PREFIX, REPAIR_NUMBER_SERIES, Repair, RepairAction, RepairPhoto
from repairs.workflow import REPAIR_FLOW, notify_customer


def warranty_applies(*, purchase_date: datetime.date | None, today: datetime.date | None = None) -> bool:
    """Under warranty when the purchase date is known and within REPAIR_WARRANTY_DAYS."""
    if purchase_date is None:
        return False
    today = today or timezone.localdate()
    return today - purchase_date <= datetime.timedelta(days=settings.REPAIR_WARRANTY_DAYS)


@transaction.atomic
def repair_register(
    *,
    by: User,
    customer: Customer,
    branch: Branch,
    device_type: str,
    device_model: str,
    serial_number: str,
    problem: str,
    handed_over_by: str,
    handed_over_id_number: str,
    handed_over_phone: str,
    charger_included: bool = False,
    condition: list[str] | None = None,
    condition_notes: str = "",
    return_method: str = Repair.ReturnMethod.PICKUP,
    return_address: str = "",
    purchase_date: datetime.date | None = None,
    photos: list[CheckedFile] | None = None,
) -> Repair:
    repair = Repair(
        number=next_number(REPAIR_NUMBER_SERIES, prefix=REPAIR_NUMBER_PREFIX),
        customer=customer,
        branch=branch,
        created_by=by,
        device_type=device_type,
        device_model=device_model,
        serial_number=serial_number,
        purchase_date=purchase_date,
        under_warranty=warranty_applies(purchase_date=purchase_date),
        problem=problem,
        charger_included=charger_included,
        condition=list(condition or []),
        condition_notes=condition_notes,
        handed_over_by=handed_over_by,
        handed_over_id_number=handed_over_id_number,
        handed_over_phone=handed_over_phone,
        return_method=return_method,
        return_address=return_address,
    )
    repair.save()
    update_change_reason(repair, "registered")
    for photo in photos or []:
        stored = RepairPhoto(
            repair=repair,
            original_name=photo.name,
            content_type=photo.content_type,
            size=photo.size,
            uploaded_by=by,
        )
        stored.file.save(photo.stored_name, photo.upload, save=False)
        stored.save()
    RepairAction.objects.create(repair=repair, actor=by, kind="register", to_status=repair.status)
    notify_customer(repair, event="repair_registered", context={"branch": repair.branch.name})
    return repair


def repair_move(*, repair: Repair, by: User, name: str, values: dict | None = None) -> Repair:
    """One move of the table (receive, diagnose, approve, …); WorkflowError when refused."""
    return REPAIR_FLOW.run(repair, name, by=by, values=values)


def repair_quote_send(
    *, repair: Repair, by: User, lines: list[dict], valid_until: datetime.date, comment: str = ""
) -> Repair:
    """Send the quote: `lines` are {"kind", "description", "amount": Decimal}; replaces any earlier quote."""
    lines = [{**line, "amount": Decimal(line["amount"])} for line in lines]
    return REPAIR_FLOW.run(
        repair, "send_quote", by=by, values={"lines": lines, "valid_until": valid_until, "comment": comment}
    )
