"""What the staff and portal pages share: the intake, the receipt responses and the photo download."""

from collections.abc import Callable

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.files import stored_file_response
from core.workflow import WorkflowError, run_posted_move
from repairs import services
from repairs.forms import IntakeForm
from repairs.models import Repair
from repairs.receipts import HANDBACK, INTAKE, may_print_handback, receipt_context, receipt_pdf
from repairs.workflow import REPAIR_FLOW


def receipt_response(request, repair, *, kind: str, pdf: bool):
    if kind not in (INTAKE, HANDBACK) or (kind == HANDBACK and not may_print_handback(repair)):
        raise Http404
    if pdf:
        response = HttpResponse(receipt_pdf(repair, kind=kind), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{repair.number}-{kind}.pdf"'
        response["Cache-Control"] = "private, no-store"
        return response
    return render(request, "repairs/receipt_page.html", receipt_context(repair, kind=kind))


def photo_response(photo):
    return stored_file_response(photo.file, content_type=photo.content_type, filename=photo.original_name, inline=True)


def intake_response(
    request,
    form: IntakeForm,
    *,
    customer: Callable[[dict], object],
    template: str,
    done_message: str,
    done_url: Callable[[Repair], str],
) -> HttpResponse:
    """The intake both sides share: a valid POST registers the repair with its photos
    (services.repair_register) and says so; otherwise the form is shown again with its errors.

    `customer` picks the account from the cleaned data (the portal's own, the counter's choice);
    `done_message` is translated and takes %(number)s."""
    if request.method == "POST" and form.is_valid():
        repair = services.repair_register(by=request.user, customer=customer(form.cleaned_data), **form.registration())
        messages.success(request, done_message % {"number": repair.number})
        return redirect(done_url(repair))
    return render(request, template, {"form": form})


def move_response(
    request, repair: Repair, *, offered: bool, done_message: str, url: Callable[[Repair], str]
) -> HttpResponse:
    """Run the posted move of REPAIR_FLOW and say how it went; `offered` is False for a move this side
    does not make (refused like any impossible action). `done_message` is translated and takes %(status)s."""
    if not offered:
        messages.error(request, _("That action is not possible."))
        return redirect(url(repair))
    try:
        moved = run_posted_move(REPAIR_FLOW, repair, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
        return redirect(url(repair))
    messages.success(request, done_message % {"status": moved.get_status_display()})
    return redirect(url(moved))
