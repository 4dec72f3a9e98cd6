"""The customer's repairs in the portal. Every lookup goes through selectors.repair_for_user:
another account's repair answers 404."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import customer_required
from core.pagination import CappedPaginator, page_of
from core.ratelimit import ratelimit
from core.workflow import moves_for
from repairs import selectors
from repairs.forms import IntakeForm
from repairs.models import Repair
from repairs.views.common import intake_response, move_response, photo_response, receipt_response
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
    return intake_response(
        request,
        form,
        customer=lambda data: user.customer,
        template="repairs/portal_new.html",
        done_message=_("Repair %(number)s registered. Print the receipt and bring it with the device."),
        done_url=Repair.get_portal_url,
    )


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
    return move_response(
        request,
        repair,
        offered=request.POST.get("action") in CUSTOMER_MOVES,
        done_message=_("Thank you. Your repair is now: %(status)s."),
        url=Repair.get_portal_url,
    )


@customer_required
def receipt(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=False)


@customer_required
def receipt_pdf(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=True)


@customer_required
def photo(request, pk: int):
    return photo_response(selectors.photo_for_user(request.user, pk))
