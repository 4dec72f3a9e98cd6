"""The staff side: the branch queue, counter intake, the repair page with its moves, the quote,
receipts and the turnaround report. Every lookup goes through selectors.repair_for_user."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import staff_permission_required
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError, moves_for
from repairs import selectors, services
from repairs.forms import CounterIntakeForm, QueueFilterForm, QuoteForm
from repairs.models import Repair
from repairs.views.common import intake_response, move_response, photo_response, receipt_response
from repairs.workflow import CUSTOMER_MOVES, OWN_FORM, REPAIR_FLOW

VIEW = "repairs.view_repair"


@staff_permission_required(VIEW)
def queue(request):
    form = QueueFilterForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    branches = selectors.branches_for(request.user)
    branch_id = data.get("branch") if data.get("branch") in {b.pk for b in branches} else None
    filters = selectors.QueueFilters(status=data.get("status", ""), branch_id=branch_id, query=data.get("q", ""))
    page, rows = page_of(
        request, selectors.branch_queue(user=request.user, filters=filters), paginator_class=CappedPaginator
    )
    now = timezone.now()
    status_labels = {value: str(label) for value, label in Repair.Status.choices}  # translated once, not per row
    context = {
        "form": form,
        "page_obj": page,
        "rows": [
            {
                "repair": repair,
                "age": now - repair.created_at,
                "status": status_labels.get(repair.status, repair.status),
            }
            for repair in rows
        ],
        "counts": selectors.queue_counts(user=request.user, branch_id=branch_id),
        "branches": branches,
        "filters": filters,
    }
    return render(request, "repairs/staff_queue.html", context)


@staff_permission_required("repairs.add_repair")
@require_http_methods(["GET", "POST"])
def repair_new(request):
    form = CounterIntakeForm(request.POST or None, request.FILES or None)
    return intake_response(
        request,
        form,
        customer=lambda data: data["customer"],
        template="repairs/staff_new.html",
        done_message=_("Repair %(number)s registered."),
        done_url=Repair.get_absolute_url,
    )


def _detail_context(request, repair, *, quote_form=None) -> dict:
    moves = [m for m in moves_for(REPAIR_FLOW, repair, request.user) if m["transition"].name not in OWN_FORM]
    may_quote = REPAIR_FLOW.refusal(repair, request.user, "send_quote") is None
    return {
        "repair": repair,
        "moves": moves,
        "quote_form": (quote_form or QuoteForm()) if may_quote else None,
        "quote_lines": list(repair.quote_lines.all()),
        "photos": list(repair.photos.all()),
        "timeline": selectors.repair_timeline(repair),
        "status_labels": dict(repair.Status.choices),
    }


@staff_permission_required(VIEW)
def repair_detail(request, pk: int):
    repair = selectors.repair_for_user(request.user, pk)
    return render(request, "repairs/staff_detail.html", _detail_context(request, repair))


def _changeable(request, pk: int):
    repair = selectors.repair_for_user(request.user, pk)
    if not request.user.has_perm("repairs.change_repair"):
        raise PermissionDenied
    return repair


@staff_permission_required(VIEW)
@require_POST
def repair_move(request, pk: int):
    repair = _changeable(request, pk)
    return move_response(
        request,
        repair,
        offered=request.POST.get("action") not in CUSTOMER_MOVES | OWN_FORM,
        done_message=_("Done: %(status)s."),
        url=Repair.get_absolute_url,
    )


@staff_permission_required(VIEW)
@require_POST
def repair_quote(request, pk: int):
    repair = _changeable(request, pk)
    form = QuoteForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.repair_quote_send(
                repair=repair,
                by=request.user,
                lines=data["lines"],
                valid_until=data["valid_until"],
                comment=data["comment"],
            )
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Quote sent to the customer."))
            return redirect(repair.get_absolute_url())
    return render(request, "repairs/staff_detail.html", _detail_context(request, repair, quote_form=form), status=400)


@staff_permission_required(VIEW)
def receipt(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=False)


@staff_permission_required(VIEW)
def receipt_pdf(request, pk: int, kind: str):
    return receipt_response(request, selectors.repair_for_user(request.user, pk), kind=kind, pdf=True)


@staff_permission_required(VIEW)
def photo(request, pk: int):
    return photo_response(selectors.photo_for_user(request.user, pk))


@staff_permission_required("repairs.view_all_repairs")
def turnaround(request):
    return render(request, "repairs/staff_turnaround.html", {"rows": selectors.turnaround_by_branch()})
