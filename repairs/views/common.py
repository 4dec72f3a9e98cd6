"""What the staff and portal pages share: the receipt responses and the photo download."""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from core.files import stored_file_response
from repairs.receipts import HANDBACK, INTAKE, may_print_handback, receipt_context, receipt_pdf


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
