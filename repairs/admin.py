"""Repairs in the admin: the same scope as the staff pages (`repairs_visible_to`), the workflow's
fields read-only (moves happen on the staff pages, through repairs.workflow)."""

from django.contrib import admin

from core.admin_site import ScopedHistoryAdmin
from repairs.models import QuoteLine, Repair, RepairAction, RepairDesk, RepairPhoto
from repairs.selectors import repairs_visible_to


@admin.register(RepairDesk)
class RepairDeskAdmin(ScopedHistoryAdmin):
    list_display = ("branch", "opening_hours", "is_active")
    list_filter = ("is_active",)
    list_select_related = ("branch",)


class _ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class QuoteLineInline(_ReadOnlyInline):
    model = QuoteLine
    fields = ("kind", "description", "amount")
    readonly_fields = fields


class RepairPhotoInline(_ReadOnlyInline):
    model = RepairPhoto
    fields = ("original_name", "content_type", "size", "uploaded_by", "created_at")
    readonly_fields = fields


class RepairActionInline(_ReadOnlyInline):
    model = RepairAction
    fields = ("created_at", "actor", "kind", "from_status", "to_status", "comment")
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


@admin.register(Repair)
class RepairAdmin(ScopedHistoryAdmin):
    """Read-mostly: the status and everything a move sets change only through the workflow."""

    list_display = ("number", "customer", "branch", "device_type", "device_model", "status", "created_at")
    list_filter = ("status", "branch", "return_method", "under_warranty")
    search_fields = ("number", "serial_number", "customer__name", "customer__number")
    list_select_related = ("customer", "branch")
    readonly_fields = (
        "number",
        "customer",
        "branch",
        "created_by",
        "status",
        "under_warranty",
        "received_serial_number",
        "intake_notes",
        "received_at",
        "quote_total",
        "quote_valid_until",
        "quote_decision",
        "closing_reason",
        "returned_to",
        "returned_to_id_number",
        "returned_at",
        "created_at",
        "status_changed_at",
    )
    fields = (
        "device_type",
        "device_model",
        "serial_number",
        "purchase_date",
        "problem",
        "charger_included",
        "condition_notes",
        "handed_over_by",
        "handed_over_id_number",
        "handed_over_phone",
        "return_method",
        "return_address",
        *readonly_fields,
    )
    inlines = [QuoteLineInline, RepairPhotoInline, RepairActionInline]
    date_hierarchy = "created_at"
    show_full_result_count = False
    history_masked_fields = ("handed_over_id_number", "returned_to_id_number")

    def get_queryset(self, request):
        repairs = super().get_queryset(request)
        if not self.has_view_or_change_permission(request):
            return repairs  # the admin answers 403 itself; no 404 that would hide it
        return repairs & repairs_visible_to(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
