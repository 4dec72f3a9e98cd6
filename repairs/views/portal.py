"""The customer's repairs in the portal. Every lookup goes through selectors.repair_for_user:
another account's repair answers 404."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import customer_required
from core.pagination import CappedPaginator, page_of
from core.ratelimit import ratelimit
from core.workflow import WorkflowError, moves_for, run_posted_move
from repairs import selectors, services
from repairs.forms import IntakeForm
from repairs.views.common import photo_response, receipt_response
from repairs.workflow import CUSTOMER_MOVES, REPAIR_FLOW


@customer_required
def repair_list(request):
    page, rows = page_of(request, selectors.portal_repair_list(user=request.user), paginator_class=CappedPaginator)
    return render(request, "repairs/portal_list.html", {"page_obj": page, "repairs": rows})


@customer_required
@require_http_methods(["GET", "POST"])
@ratelimit("repair_create", keys=["user", "ip"])
def repair_new(request):
    user = request.user
    form = IntakeForm(
        request.POST or None,
        request.FILES or None,
        initial={"handed_over_by": user.get_full_name(), "handed_over_phone": str(user.customer.phone or user.phone)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        repair = services.repair_register(
            by=user,
            customer=user.customer,
            branch=data["branch"],
            device_type=data["device_type"],
            device_model=data["device_model"],
            serial_number=data["serial_number"],
            purchase_date=data["purchase_date"],
            problem=data["problem"],
            charger_included=data["charger_included"],
            condition=data["condition"],
            condition_notes=data["condition_notes"],
            handed_over_by=data["handed_over_by"],
            handed_over_id_number=data["handed_over_id_number"],
            handed_over_phone=data["handed_over_phone"],
            return_method=data["return_method"],
            return_address=data["return_address"],
            photos=data["photos"],
        )
        messages.success(
            request,
            _("Repair %(number)s registered. Print the receipt and bring it with the device.")
            % {"number": repair.number},
        )
        return redirect(repair.get_portal_url())
    return render(request, "repairs/portal_new.html", {"form": form})


@customer_required
def repair_detail(request, pk: int):
    repair = selectors.repair_for_user(request.user, pk)
    context = {
        "repair": repair,
        "moves": [m for m in moves_for(REPAIR_FLOW, repair, request.user) if m["transition"].name in CUSTOMER_MOVES],
        "quote_lines": list(repair.quote_lines.all()),
        "photos": list(repair.photos.all()),
        "timeline": selectors.repair_timeline(repair),
        "status_labels": dict(repair.Status.choices),
    }
    return render(request, "repairs/portal_detail.html", context)


@customer_required
@require_POST
def repair_move(request, pk: int):
    """Approve or decline the quote: the customer's only moves."""
    repair = selectors.repair_for_user(request.user, pk)
    if request.POST.get("action") not in CUSTOMER_MOVES:
        messages.error(request, _("That action is not possible."))
        return redirect(repair.get_portal_url())
    try:
        moved = run_posted_move(REPAIR_FLOW, repair, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
        return redirect(repair.get_portal_url())
    messages.success(request, _("Thank you. Your repair is now: %(status)s.") % {"status": moved.get_status_display()})
    return redirect(moved.get_portal_url())


@customer_required
def receipt(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=False)


@customer_required
def receipt_pdf(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=True)


@customer_required
def photo(request, pk: int):
    return photo_response(selectors.photo_for_user(request.user, pk))
