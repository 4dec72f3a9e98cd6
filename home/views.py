from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.access import customer_required, staff_required
from home import timeline
from home.forms import TimelineFilterForm
from home.health import broker_status, database_status
from home.search import staff_search
from home.workspace import portal_summary, staff_summary


@login_required
def home(request):
    return redirect(request.user.home_url())


@customer_required
def portal_home(request):
    customer = request.user.customer
    latest = timeline.timeline_page(customer_id=customer.pk, size=5)
    return render(
        request,
        "core/portal_home.html",
        {"customer": customer, "latest": latest.entries, **portal_summary(customer=customer)},
    )


@customer_required
def portal_history(request):
    form = TimelineFilterForm(request.GET or None, kinds=timeline.kinds())
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    page = timeline.timeline_page(
        customer_id=request.user.customer_id,
        kinds={data["kind"]} if data.get("kind") else None,
        since=data.get("since"),
        until=data.get("until"),
        page=data.get("page") or 1,
        size=request.user.page_size,
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "home/portal_history.html",
        {"form": form, "page": page, "query": query.urlencode(), "kinds": timeline.kinds()},
    )


@customer_required
def portal_processes(request):
    found = timeline.processes(customer_id=request.user.customer_id)
    return render(request, "home/portal_processes.html", {"processes": found.shown, "more": found.more})


@staff_required
def staff_home(request):
    return render(request, "core/staff_home.html", staff_summary(user=request.user))


@staff_required
def search(request):
    result = staff_search(user=request.user, query=request.GET.get("q", ""))
    if result.redirect:
        return redirect(result.redirect)
    return render(request, "home/staff_search.html", {"result": result})


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers; reports the broker too (the site works without it: the outbox waits)."""
    database = database_status(connection)
    broker = broker_status()
    status = 200 if database["ok"] else 503
    return JsonResponse(
        {"status": "ok" if status == 200 else "error", "database": database, "broker": broker}, status=status
    )
