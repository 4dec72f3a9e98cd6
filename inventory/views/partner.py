"""The partner portal (/partner/): a channel's own stock and the channels below it.

Everything is scoped to the partner's channel subtree (inventory.scope); a sibling's
stock or channel answers 404."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.access import staff_permission_required
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError
from inventory import selectors, services
from inventory.forms import BulkMoveForm, StockFilterForm
from inventory.models import Number
from inventory.scope import channels_in_scope, partner_channel


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
    channels = channels_in_scope(request.user)
    filters = StockFilterForm(request.GET or None, channels=channels)
    values = filters.cleaned_data if filters.is_valid() else {}
    page, items = page_of(
        request,
        selectors.stock_search(user=request.user, model=Number, filters=values),
        paginator_class=CappedPaginator,
    )
    return render(
        request,
        "inventory/partner_stock.html",
        {
            "title": _("Stock of %(channel)s") % {"channel": own.name},
            "channel": own,
            "filters": filters,
            "page_obj": page,
            "items": items,
            "targets": list(selectors.sub_channels(channel=own).filter(status="active")),
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
    return render(
        request,
        "inventory/channel_tree.html",
        {
            "title": _("My channels"),
            "rows": selectors.channel_tree(user=request.user),
            "statuses": selectors.StockStatus.choices,
            "detail_url": "inventory_partner:channel_detail",
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
