"""Admin: channels and stock, read-only status fields (they change through inventory.workflow only)."""

from django.contrib import admin

from core.admin_site import ScopedHistoryAdmin
from inventory.models import Channel, ChannelUser, Number, Sim
from inventory.scope import stock_scope_filter

_STATUS_FIELDS = ("status", "channel", "customer", "reserved_for", "reserved_until", "reserved_by", "quarantine_until")


class _StockAdmin(ScopedHistoryAdmin):
    list_filter = ("status", "kind")
    readonly_fields = (*_STATUS_FIELDS, "created_at", "updated_at")
    list_select_related = ("channel", "customer")
    show_full_result_count = False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        scope = stock_scope_filter(request.user)
        return queryset.filter(scope) if scope is not None else queryset


@admin.register(Number)
class NumberAdmin(_StockAdmin):
    list_display = ("msisdn", "kind", "region", "status", "channel", "customer")
    search_fields = ("msisdn",)
    exclude = ("msisdn_reversed",)
    raw_id_fields = ("sim",)


@admin.register(Sim)
class SimAdmin(_StockAdmin):
    list_display = ("iccid", "imsi", "kind", "region", "status", "channel")
    search_fields = ("iccid", "imsi")
    exclude = ("pin", "puk")
    history_masked_fields = ("pin", "puk")


@admin.register(Channel)
class ChannelAdmin(ScopedHistoryAdmin):
    list_display = ("name", "kind", "parent", "status")
    list_filter = ("kind", "status")
    search_fields = ("name",)
    readonly_fields = ("path", "depth", "parent")

    def has_add_permission(self, request):
        # A channel's place in the tree is set by inventory.services.channel_create (the channels page).
        return False


@admin.register(ChannelUser)
class ChannelUserAdmin(ScopedHistoryAdmin):
    list_display = ("user", "channel", "is_manager")
    raw_id_fields = ("user",)
