"""Staff side of orders: the desk, placing an order, an order's page and its
moves, bulk approval, the CSV export, the catalogue and the installation
schedule. Permissions are checked here, object scope by orders.selectors,
the rules by orders.workflow."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import User
from core.access import staff_permission_required, staff_required
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError
from orders import selectors, services
from orders.forms import (
    CataloguePlanForm,
    CatalogueProductForm,
    DeskFilterForm,
    ScheduleFilterForm,
    SlotForm,
    StaffOrderForm,
)
from orders.models import Order, Product, TariffPlan
from orders.views.common import order_context, row_buttons, run_move

EXPORT_COLUMNS = (
    ("number", "number"),
    ("created", "created_at"),
    ("customer", "customer__name"),
    ("customer_number", "customer__number"),
    ("type", "type"),
    ("status", "status"),
    ("payment", "payment_state"),
    ("channel", "channel_code"),
    ("currency", "currency"),
    ("net", "net_total"),
    ("tax", "tax_total"),
    ("gross", "gross_total"),
)


def _filters(request) -> tuple[selectors.DeskFilters, DeskFilterForm]:
    form = DeskFilterForm(request.GET)
    form.is_valid()
    data = {key: value for key, value in form.cleaned_data.items() if value not in (None, "")}
    query = data.pop("q", "")
    return selectors.DeskFilters(**data, query=query), form


@staff_permission_required("orders.view_order")
def desk(request):
    filters, form = _filters(request)
    orders, counts = selectors.desk(user=request.user, filters=filters)
    page, rows = page_of(request, orders, paginator_class=CappedPaginator)
    for row in rows:
        row.buttons = row_buttons(row, request.user)
    return render(
        request,
        "orders/staff_desk.html",
        {
            "page_obj": page,
            "orders": rows,
            "counts": [(status, label, counts[status]) for status, label in Order.Status.choices],
            "count_cap": selectors.COUNT_CAP,
            "filters": filters,
            "form": form,
            "may_approve": request.user.has_perm("orders.review_order"),
            "may_export": request.user.has_perm("orders.export_orders"),
            "may_add": request.user.has_perm("orders.add_order"),
        },
    )


class _Echo:
    def write(self, value):
        return value


@staff_permission_required("orders.export_orders")
def export_csv(request):
    """The filtered desk as CSV, streamed row by row from a server-side cursor: any size, constant memory."""
    filters, _form = _filters(request)
    rows = (
        selectors.desk_filtered(user=request.user, filters=filters)
        .order_by(*selectors.DESK_SORTS.get(filters.sort, selectors.DESK_SORTS["-date"]))
        .values_list(*(field for _name, field in EXPORT_COLUMNS))
        .iterator(chunk_size=5000)
    )
    writer = csv.writer(_Echo())

    def stream():
        yield writer.writerow([name for name, _field in EXPORT_COLUMNS])
        for row in rows:
            yield writer.writerow([value.isoformat() if hasattr(value, "isoformat") else value for value in row])

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="orders-{stamp}.csv"'
    return response


@staff_permission_required("orders.review_order")
@require_POST
def bulk_approve(request):
    ids = [int(value) for value in request.POST.getlist("order") if value.isdigit()][:500]
    if not ids:
        messages.error(request, _("Select the orders to approve."))
        return redirect(reverse("orders_staff:desk") + _back_query(request))
    approved, refused = services.orders_approve_many(order_ids=ids, by=request.user)
    if approved:
        messages.success(
            request,
            ngettext("%(count)d order approved.", "%(count)d orders approved.", len(approved))
            % {"count": len(approved)},
        )
    for number, reason in refused:
        messages.warning(request, f"{number}: {reason}")
    return redirect(reverse("orders_staff:desk") + _back_query(request))


def _back_query(request) -> str:
    query = request.POST.get("back", "")
    return query if query.startswith("?") else ""


def _order_form(request, data=None):
    products, plans = selectors.catalogue_on_sale()
    return StaffOrderForm(data, products=products, plans=plans)


@staff_permission_required("orders.add_order")
@require_http_methods(["GET", "POST"])
def order_new(request):
    form = _order_form(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        items = form.items()
        try:
            order = services.order_create(
                by=request.user,
                customer=data["customer"],
                type=data["type"],
                items=items,
                delivery_method=data["delivery_method"],
                delivery_address=data["delivery_address"],
                branch=data["branch"],
                desired_date=data["desired_date"],
                notes=data["notes"],
                contact_phone=data["contact_phone"] or "",
                channel_code=data["channel_code"],
                submit="draft" not in request.POST,
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Order %(number)s created.") % {"number": order.number})
            return redirect(order.get_absolute_url())
    return render(request, "orders/staff_new.html", {"form": form})


@staff_permission_required("orders.view_order")
def order_detail(request, pk: int):
    order = selectors.order_for_user(request.user, pk)
    context = order_context(request, order, portal=False)
    context["may_delete"] = order.status == Order.Status.DRAFT and request.user.has_perm("orders.delete_order")
    return render(request, "orders/staff_detail.html", context)


@staff_required
@require_POST
def order_move(request, pk: int, move: str):
    order = selectors.order_for_user(request.user, pk)
    run_move(request, order, move, portal=False)
    if request.POST.get("back", "").startswith("?"):
        return redirect(reverse("orders_staff:desk") + request.POST["back"])
    return redirect(order.get_absolute_url())


@staff_required
@require_POST
def order_delete(request, pk: int):
    order = selectors.order_for_user(request.user, pk)
    try:
        services.order_delete_draft(order=order, by=request.user)
    except WorkflowError as error:
        messages.error(request, str(error))
        return redirect(order.get_absolute_url())
    messages.success(request, _("Draft %(number)s deleted.") % {"number": order.number})
    return redirect("orders_staff:desk")


@staff_permission_required("orders.view_product")
def catalogue(request):
    return render(
        request,
        "orders/staff_catalogue.html",
        {
            "products": list(Product.objects.order_by("kind", "name")),
            "plans": list(TariffPlan.objects.order_by("name")),
            "may_change": request.user.has_perm("orders.change_product"),
            "today": timezone.localdate(),
        },
    )


CATALOGUE = {"product": (Product, CatalogueProductForm), "plan": (TariffPlan, CataloguePlanForm)}


@staff_permission_required("orders.change_product")
@require_http_methods(["GET", "POST"])
def catalogue_edit(request, kind: str, pk: int | None = None):
    if kind not in CATALOGUE:
        raise PermissionDenied
    model, form_class = CATALOGUE[kind]
    instance = get_object_or_404(model, pk=pk) if pk else None
    form = form_class(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        item = services.catalogue_item_save(form=form, by=request.user)
        messages.success(request, _("“%(item)s” saved.") % {"item": item.name})
        return redirect("orders_staff:catalogue")
    return render(request, "orders/staff_catalogue_form.html", {"form": form, "instance": instance, "kind": kind})


def _technicians():
    return (
        User.objects.filter(is_active=True, customer__isnull=True)
        .filter(Q(groups__name="Technician") | Q(user_permissions__codename="schedule_installation"))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@staff_permission_required("orders.view_installationslot")
@require_http_methods(["GET", "POST"])
def installations(request):
    filters = ScheduleFilterForm(request.GET)
    start, end = filters.day_range()
    branch = filters.cleaned_data.get("branch") if filters.is_valid() else None
    may_add = request.user.has_perm("orders.add_installationslot")
    form = SlotForm(request.POST or None, technicians=_technicians()) if may_add else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            starts_at, ends_at = form.times()
            try:
                services.slot_create(
                    by=request.user,
                    branch=form.cleaned_data["branch"],
                    technician=form.cleaned_data["technician"],
                    starts_at=starts_at,
                    ends_at=ends_at,
                )
            except WorkflowError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Slot added."))
                return redirect(request.get_full_path())
    slots = selectors.installation_schedule(start=start, end=end, branch=branch)
    return render(
        request,
        "orders/staff_installations.html",
        {"slots": slots, "filters": filters, "day": timezone.localtime(start).date(), "form": form},
    )
