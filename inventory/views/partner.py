"""The partner portal (/partner/): a channel's own stock and the channels below it.

Everything is scoped to the partner's channel subtree (inventory.scope); a sibling's
stock or channel answers 404."""

import csv
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core.access import staff_permission_required
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError
from inventory import selectors, services
from inventory.forms import (
    BulkMoveForm,
    PartnerOrderFilterForm,
    PartnerOrderForm,
    PartnerUserForm,
    PeriodForm,
    StockFilterForm,
)
from inventory.models import Channel, ChannelUser, Number
from inventory.scope import channel_codes_in_scope, channels_in_scope, partner_channel, scope_channels
from orders import selectors as order_selectors


def partner_required(view):
    """Channel partners with a channel; anybody else has nothing here."""

    @staff_permission_required("inventory.use_partner_portal")
    def wrapped(request, *args, **kwargs):
        if partner_channel(request.user) is None:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


@partner_required
def stock(request):
    own = partner_channel(request.user)
    # The subtree read once: the scope's ids, the filter's choices and the sub-channels to allocate to.
    subtree = scope_channels(request.user)
    filters = StockFilterForm(request.GET or None, channels=[(c.pk, c.name) for c in subtree])
    values = filters.cleaned_data if filters.is_valid() else {}
    found = selectors.stock_search(user=request.user, model=Number, filters=values)
    page, items = page_of(request, found, paginator_class=CappedPaginator, count=selectors.capped_count(found))
    selectors.with_labels(items)
    return render(
        request,
        "inventory/partner_stock.html",
        {
            "title": _("Stock of %(channel)s") % {"channel": own.name},
            "channel": own,
            "filters": filters,
            "page_obj": page,
            "items": items,
            "targets": [c for c in subtree if c.pk != own.pk and c.status == Channel.Status.ACTIVE],
        },
    )


@require_POST
@partner_required
def stock_allocate(request):
    own = partner_channel(request.user)
    form = BulkMoveForm(request.POST, channels=selectors.sub_channels(channel=own), customers=False)
    if not form.is_valid() or form.cleaned_data["move"] != "allocate_down":
        messages.error(
            request,
            " ".join(str(e) for errors in form.errors.values() for e in errors) or _("That action is not possible."),
        )
        return redirect("inventory_partner:stock")
    # The ticked numbers must be in this partner's subtree: an outside id is refused like a missing one.
    ids = form.cleaned_data["ids"]
    visible = set(selectors.stock_for_user(request.user, Number).filter(pk__in=ids).values_list("pk", flat=True))
    if visible != set(ids):
        messages.error(request, _("Some of the selected items are not in your stock. Nothing was changed."))
        return redirect("inventory_partner:stock")
    try:
        count = services.stock_move(model=Number, ids=ids, move="allocate_down", by=request.user, values=form.values())
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, ngettext("%(count)d number allocated.", "%(count)d numbers allocated.", count) % {"count": count}
        )
    return redirect(reverse("inventory_partner:stock"))


@partner_required
def channels(request):
    page, rows = page_of(request, selectors.channel_tree_query(user=request.user))
    return render(
        request,
        "inventory/channel_tree.html",
        {
            "title": _("My channels"),
            "rows": selectors.channel_rows(rows),
            "page_obj": page,
            "statuses": selectors.StockStatus.choices,
            "detail_url": "inventory_partner:channel_detail",
            "may_add_users": ChannelUser.objects.filter(user=request.user, is_manager=True).exists(),
        },
    )


@partner_required
def channel_detail(request, pk: int):
    channel = selectors.channel_for_user(request.user, pk)
    return render(
        request,
        "inventory/channel_detail.html",
        {
            "title": channel.name,
            "channel": channel,
            "rows": selectors.channel_subtree(channel=channel),
            "statuses": selectors.StockStatus.choices,
            "members": list(channel.members.select_related("user")),
            "detail_url": "inventory_partner:channel_detail",
        },
    )


def period_from(request) -> tuple[PeriodForm, date, date]:
    today = timezone.localdate()
    form = PeriodForm(request.GET or {"start": today.replace(day=1), "end": today})
    if form.is_valid():
        return form, form.cleaned_data["start"], form.cleaned_data["end"]
    return form, today.replace(day=1), today


def _statistics(request):
    own = partner_channel(request.user)
    form, start, end = period_from(request)
    zone = timezone.get_current_timezone()
    rows = selectors.channel_statistics(
        channel=own,
        start=datetime.combine(start, time.min, tzinfo=zone),
        end=datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )
    return own, form, start, end, rows, zone


@partner_required
def statistics(request):
    own, form, start, end, rows, zone = _statistics(request)
    months = selectors.order_months(
        rows=rows,
        start=datetime.combine(start, time.min, tzinfo=zone),
        end=datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )
    return render(
        request,
        "inventory/partner_statistics.html",
        {
            "title": _("Statistics of %(channel)s") % {"channel": own.name},
            "form": form,
            "rows": rows,
            "months": months,
            "statuses": selectors.StockStatus.choices,
            "csv_query": urlencode({"start": start.isoformat(), "end": end.isoformat()}),
        },
    )


@partner_required
def statistics_csv(request):
    own, _form, start, end, rows, zone = _statistics(request)
    months = selectors.order_months(
        rows=rows,
        start=datetime.combine(start, time.min, tzinfo=zone),
        end=datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )
    return statistics_csv_response(rows, months, start=start, end=end)


def _cell(text: str) -> str:
    """A spreadsheet never runs a cell as a formula."""
    return f"'{text}" if text[:1] in "=+-@" else text


def statistics_csv_response(rows: list[dict], months: list[dict], *, start, end) -> HttpResponse:
    """The statistics table as CSV (the partner's and the staff's pages share it)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="statistics-{start}-{end}.csv"'
    writer = csv.writer(response)
    labels = [str(label) for _value, label in selectors.StockStatus.choices]
    order_statuses = selectors.order_selectors.order_status_choices()
    writer.writerow(
        [
            _("Channel"),
            _("Code"),
            *labels,
            _("Allocated in"),
            _("Reserved"),
            _("Sold"),
            _("Released"),
            _("Success rate %"),
            _("Orders"),
            _("Amount"),
            *[str(label) for _value, label in order_statuses],
            _("Order success rate %"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                _cell(row["channel"].name),
                row["channel"].code,
                *row["counts"],
                row["allocated_in"],
                row["reserved"],
                row["sold"],
                row["released"],
                "" if row["success_rate"] is None else row["success_rate"],
                row["orders"],
                row["amount"],
                *[row["order_statuses"].get(value, 0) for value, _label in order_statuses],
                "" if row["order_success_rate"] is None else row["order_success_rate"],
            ]
        )
    writer.writerow([])
    writer.writerow([_("Month"), _("Status"), _("Currency"), _("Orders"), _("Amount")])
    for month in months:
        writer.writerow(
            [month["month"].strftime("%Y-%m"), month["status_label"], month["currency"], month["count"], month["gross"]]
        )
    return response


@require_http_methods(["GET", "POST"])
@partner_required
def user_new(request):
    form = PartnerUserForm(request.POST or None, channels=channels_in_scope(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            link = services.partner_user_add(by=request.user, **form.cleaned_data)
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(user)s can now log in for %(channel)s; the temporary password went by e-mail.")
                % {"user": link.user.username, "channel": link.channel.name},
            )
            return redirect("inventory_partner:channel_detail", pk=link.channel.pk)
    return render(request, "inventory/staff_form.html", {"form": form, "title": _("New partner user")})


@partner_required
def orders(request):
    """The orders placed through the partner's channel and those below it, newest first."""
    statuses = order_selectors.order_status_choices()
    form = PartnerOrderFilterForm(request.GET or None, statuses=statuses)
    status = form.cleaned_data["status"] if form.is_valid() else ""
    page, rows = page_of(
        request,
        order_selectors.channel_orders_page(codes=channel_codes_in_scope(request.user), status=status),
        paginator_class=CappedPaginator,
    )
    names = {channel.code: channel.name for channel in channels_in_scope(request.user).only("pk", "name")}
    for row in rows:
        row.channel_name = names.get(row.channel_code, row.channel_code)
    return render(
        request,
        "inventory/partner_orders.html",
        {"title": _("Orders"), "form": form, "page_obj": page, "orders": rows},
    )


@partner_required
def order_detail(request, pk: int):
    order = order_selectors.channel_order(codes=channel_codes_in_scope(request.user), pk=pk)
    return render(
        request,
        "inventory/partner_order_detail.html",
        {"title": order.number, "order": order, "lines": list(order.lines.all()), "actions": list(order.actions.all())},
    )


@require_http_methods(["GET", "POST"])
@partner_required
def order_new(request):
    own = partner_channel(request.user)
    products = order_selectors.sim_products_on_sale()
    form = PartnerOrderForm(request.POST or None, products=products, initial={"delivery_address": own.address})
    if request.method == "POST" and form.is_valid():
        try:
            order = services.partner_order_place(by=request.user, **form.values())
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Order %(number)s placed.") % {"number": order.number})
            return redirect("inventory_partner:order_detail", pk=order.pk)
    return render(request, "inventory/staff_form.html", {"form": form, "title": _("New order for a customer")})
