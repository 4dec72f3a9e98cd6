from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.access import customer_required, staff_required
from home.health import broker_status, database_status
from home.workspace import portal_summary, staff_summary


@login_required
def home(request):
    return redirect(request.user.home_url())


@customer_required
def portal_home(request):
    customer = request.user.customer
    return render(request, "core/portal_home.html", {"customer": customer, **portal_summary(customer=customer)})


@staff_required
def staff_home(request):
    return render(request, "core/staff_home.html", staff_summary(user=request.user))


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
