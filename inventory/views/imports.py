"""Stock files: upload, a page whose progress bar follows the Celery job, and the report."""

import csv

from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import ratelimit
from core.workflow import WorkflowError
from inventory import services
from inventory.forms import ImportForm
from inventory.models import ImportJob
from inventory.views.staff import staff_only


def _job(pk: int) -> ImportJob:
    job = ImportJob.objects.filter(pk=pk).first()
    if job is None:
        raise Http404
    return job


@require_http_methods(["GET", "POST"])
@staff_only("inventory.load_stock")
@ratelimit("stock_import", keys=["user"])
def import_new(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.import_create(
                upload=form.cleaned_data["file"],
                kind=form.cleaned_data["kind"],
                load_good_rows=form.cleaned_data["load_good_rows"],
                by=request.user,
            )
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            return redirect("inventory_staff:import_detail", pk=job.pk)
    jobs = list(ImportJob.objects.select_related("created_by")[:10])
    return render(request, "inventory/import_new.html", {"form": form, "jobs": jobs, "title": _("Load a stock file")})


@staff_only("inventory.load_stock")
def import_detail(request, pk: int):
    job = _job(pk)
    return render(
        request,
        "inventory/import_detail.html",
        {
            "job": job,
            "title": job.original_name,
            "report": [{**row, "reason": _(row["reason"])} for row in job.report[:50]],
            "progress_url": reverse("inventory_staff:import_progress", kwargs={"pk": job.pk}),
        },
    )


@staff_only("inventory.load_stock")
def import_progress(request, pk: int):
    job = _job(pk)
    return JsonResponse(
        {
            "status": job.status,
            "status_label": job.get_status_display(),
            "percent": job.percent,
            "processed": job.processed,
            "total": job.total,
            "loaded": job.loaded,
            "refused": job.refused,
            "finished": job.finished_at is not None,
        }
    )


@staff_only("inventory.load_stock")
def import_report(request, pk: int):
    job = _job(pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-report.csv"'
    writer = csv.writer(response)
    writer.writerow([_("row"), _("value"), _("reason")])
    if job.message:
        writer.writerow(["", "", _(job.message)])
    for row in job.report:
        # A value starting with = + - @ would run as a formula in a spreadsheet.
        value = str(row["value"])
        writer.writerow([row["row"], f"'{value}" if value[:1] in "=+-@" else value, _(row["reason"])])
    return response
