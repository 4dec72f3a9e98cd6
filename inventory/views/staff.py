"""Staff side of the inventory: stock lists and bulk moves, one item's page, ranges, channels.

Permissions are checked here, the scope by inventory.selectors, the rules by inventory.workflow."""

from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core.access import staff_permission_required
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError, moves_for, run_posted_move
from inventory import selectors, services
from inventory.forms import BulkMoveForm, ChannelForm, NextMoveForm, RangeForm, StockFilterForm
from inventory.models import Number, Sim
from inventory.scope import channels_in_scope, is_partner
from inventory.views.partner import period_from, statistics_csv_response
from inventory.workflow import flow_for

MODELS = {"number": Number, "sim": Sim}
LIST_URLS = {Number: "inventory_staff:numbers", Sim: "inventory_staff:sims"}
DETAIL_URLS = {Number: "inventory_staff:number_detail", Sim: "inventory_staff:sim_detail"}


def staff_only(codename: str):
    """Company staff holding `codename`; channel partners use /partner/."""

    def decorator(view):
        @staff_permission_required(codename)
        def wrapped(request, *args, **kwargs):
            if is_partner(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.__name__ = view.__name__
        wrapped.__doc__ = view.__doc__
        return wrapped

    return decorator


def _errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@staff_only("inventory.view_number")
def stock_list(request, model: str):
    stock = MODELS[model]
    channels = channels_in_scope(request.user)
    filters = StockFilterForm(request.GET or None, channels=channels)
    values = filters.cleaned_data if filters.is_valid() else {}
    found = selectors.stock_search(user=request.user, model=stock, filters=values)
    page, items = page_of(request, found, paginator_class=CappedPaginator, count=selectors.capped_count(found))
    selectors.with_labels(items)
    return render(
        request,
        "inventory/staff_stock.html",
        {
            "title": stock._meta.verbose_name_plural.capitalize(),
            "model": model,
            "filters": filters,
            "page_obj": page,
            "items": items,
            "channels": list(channels.filter(status="active")),
            "may_allocate": request.user.has_perm("inventory.allocate_stock"),
            "may_load": request.user.has_perm("inventory.load_stock"),
            "detail_url": DETAIL_URLS[stock],
            "list_url": reverse(LIST_URLS[stock]),
            "bulk_action": reverse("inventory_staff:numbers_bulk" if stock is Number else "inventory_staff:sims_bulk"),
            "next_action": reverse("inventory_staff:numbers_next" if stock is Number else "inventory_staff:sims_next"),
        },
    )


@require_POST
@staff_only("inventory.allocate_stock")
def stock_bulk(request, model: str):
    stock = MODELS[model]
    form = BulkMoveForm(request.POST, channels=channels_in_scope(request.user))
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect(reverse(LIST_URLS[stock]))
    try:
        count = services.stock_move(
            model=stock,
            ids=form.cleaned_data["ids"],
            move=form.cleaned_data["move"],
            by=request.user,
            values=form.values(),
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, ngettext("%(count)d item changed.", "%(count)d items changed.", count) % {"count": count}
        )
    return redirect(reverse(LIST_URLS[stock]))


@require_POST
@staff_only("inventory.allocate_stock")
def stock_next(request, model: str):
    stock = MODELS[model]
    form = NextMoveForm(request.POST, channels=channels_in_scope(request.user))
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect(reverse(LIST_URLS[stock]))
    wanted = {key: form.cleaned_data[key] for key in ("region", "kind") if form.cleaned_data.get(key)}
    try:
        ids = services.stock_take_next(
            model=stock,
            count=form.cleaned_data["count"],
            move="allocate",
            by=request.user,
            values=form.values(),
            filters=Q(**wanted),
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, ngettext("%(count)d item allocated.", "%(count)d items allocated.", len(ids)) % {"count": len(ids)}
        )
    return redirect(reverse(LIST_URLS[stock]))


@staff_only("inventory.view_number")
def stock_detail(request, model: str, pk: int):
    stock = MODELS[model]
    item = selectors.stock_item_for_user(request.user, stock, pk)
    flow = flow_for(stock)
    history = flow.label_actions(item.actions.select_related("actor").order_by("-created_at", "-pk")[:100])
    return render(
        request,
        "inventory/staff_item.html",
        {
            "title": str(item),
            "item": item,
            "model": model,
            "history": history,
            "moves": moves_for(flow, item, request.user),
            "move_url": reverse(f"inventory_staff:{model}_move", kwargs={"pk": item.pk}),
            "show_codes": stock is Sim and request.user.has_perm("inventory.view_sim_codes"),
            "list_url": reverse(LIST_URLS[stock]),
        },
    )


@require_POST
@staff_only("inventory.view_number")
def stock_item_move(request, model: str, pk: int):
    stock = MODELS[model]
    item = selectors.stock_item_for_user(request.user, stock, pk)
    try:
        run_posted_move(flow_for(stock), item, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
    return redirect(reverse(DETAIL_URLS[stock], kwargs={"pk": item.pk}))


@require_http_methods(["GET", "POST"])
@staff_only("inventory.load_stock")
def range_new(request):
    form = RangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            count = services.number_range_create(
                prefix=data["prefix"],
                first=data["first"],
                last=data["last"],
                kind=data["kind"],
                region=data["region"],
                price_class=data["price_class"],
                by=request.user,
            )
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, ngettext("%(count)d number loaded.", "%(count)d numbers loaded.", count) % {"count": count}
            )
            return redirect("inventory_staff:numbers")
    return render(request, "inventory/staff_form.html", {"form": form, "title": _("Load a number range")})


@staff_only("inventory.view_channel")
def channel_list(request):
    page, channels = page_of(request, selectors.channel_tree_query(user=request.user))
    return render(
        request,
        "inventory/channel_tree.html",
        {
            "title": _("Channels"),
            "rows": selectors.channel_rows(channels),
            "page_obj": page,
            "statuses": selectors.StockStatus.choices,
            "may_add": request.user.has_perm("inventory.add_channel"),
            "detail_url": "inventory_staff:channel_detail",
        },
    )


def _channel_statistics(request, channel):
    """The channel's subtree figures for the period asked (this month by default), and its orders by month."""
    form, start, end = period_from(request)
    zone = timezone.get_current_timezone()
    since = datetime.combine(start, time.min, tzinfo=zone)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone)
    rows = selectors.channel_statistics(channel=channel, start=since, end=until)
    return form, start, end, rows, selectors.order_months(rows=rows, start=since, end=until)


@staff_only("inventory.view_channel")
def channel_statistics_csv(request, pk: int):
    channel = selectors.channel_for_user(request.user, pk)
    _form, start, end, rows, months = _channel_statistics(request, channel)
    return statistics_csv_response(rows, months, start=start, end=end)


@staff_only("inventory.view_channel")
def channel_detail(request, pk: int):
    channel = selectors.channel_for_user(request.user, pk)
    form, start, end, statistics_rows, months = _channel_statistics(request, channel)
    return render(
        request,
        "inventory/channel_detail.html",
        {
            "title": channel.name,
            "channel": channel,
            "rows": selectors.channel_subtree(channel=channel),
            "statuses": selectors.StockStatus.choices,
            "members": list(channel.members.select_related("user")),
            "detail_url": "inventory_staff:channel_detail",
            "show_statistics": True,
            "period_form": form,
            "statistics_rows": statistics_rows,
            "months": months,
            "csv_query": urlencode({"start": start.isoformat(), "end": end.isoformat()}),
        },
    )


@require_http_methods(["GET", "POST"])
@staff_only("inventory.add_channel")
def channel_new(request):
    form = ChannelForm(request.POST or None, channels=channels_in_scope(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            channel = services.channel_create(by=request.user, **form.cleaned_data)
        except WorkflowError as refused:
            form.add_error("parent", str(refused))
        else:
            messages.success(request, _("Channel “%(name)s” created.") % {"name": channel.name})
            return redirect("inventory_staff:channel_detail", pk=channel.pk)
    return render(request, "inventory/staff_form.html", {"form": form, "title": _("New channel")})
