from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from orders.models import InstallationSlot, Order, OrderAction, OrderLine, Product, TariffPlan


@admin.register(Product)
class ProductAdmin(SimpleHistoryAdmin):
    list_display = ("name", "sku", "kind", "price", "currency", "tax_rate", "is_active", "sold_from", "sold_until")
    list_filter = ("kind", "is_active", "currency")
    search_fields = ("name", "sku")


@admin.register(TariffPlan)
class TariffPlanAdmin(SimpleHistoryAdmin):
    list_display = ("name", "technical_name", "monthly_fee", "one_off_fee", "currency", "tax_rate", "is_active")
    list_filter = ("is_active", "currency")
    search_fields = ("name", "technical_name")


class _ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OrderLineInline(_ReadOnlyInline):
    model = OrderLine
    fields = ("name", "quantity", "unit_price", "tax_rate", "net_amount", "tax_amount", "gross_amount")
    readonly_fields = fields


class OrderActionInline(_ReadOnlyInline):
    model = OrderAction
    fields = ("created_at", "actor", "field", "kind", "from_status", "to_status", "comment")
    readonly_fields = fields


@admin.register(Order)
class OrderAdmin(SimpleHistoryAdmin):
    """Read-only: an order is placed and moved on the staff pages, through orders.services and orders.workflow,
    so its prices, totals and states never change behind the transition tables' back."""

    list_display = ("number", "customer", "type", "status", "payment_state", "gross_total", "currency", "created_at")
    list_filter = ("status", "payment_state", "type", "source")
    search_fields = ("number", "customer__name", "customer__number", "channel_code")
    list_select_related = ("customer",)
    inlines = [OrderLineInline, OrderActionInline]
    date_hierarchy = "created_at"
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in Order._meta.concrete_fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(InstallationSlot)
class InstallationSlotAdmin(SimpleHistoryAdmin):
    list_display = ("starts_at", "ends_at", "branch", "technician", "order")
    list_filter = ("branch",)
    list_select_related = ("branch", "technician", "order")
    raw_id_fields = ("technician",)
    date_hierarchy = "starts_at"

    def get_readonly_fields(self, request, obj=None):
        # Bookings are made through the order's workflow (row locks, notifications), never here.
        return ("order", "booked_at")
