"""Billing in the admin: the same scope as the finance desk (the model permissions), with status and money
read-only — they change only through billing.workflow and billing.services on the staff pages."""

from django.contrib import admin

from billing.models import Contract, ContractAction, CreditEntry, Invoice, InvoiceAction, InvoiceLine, Payment
from core.admin_site import ScopedHistoryAdmin


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ContractActionInline(ReadOnlyInline):
    model = ContractAction
    fields = ("created_at", "actor", "kind", "from_status", "to_status", "comment")
    readonly_fields = fields


class InvoiceLineInline(ReadOnlyInline):
    model = InvoiceLine
    fields = ("position", "description", "quantity", "unit_price", "tax_rate")
    readonly_fields = fields


class InvoiceActionInline(ReadOnlyInline):
    model = InvoiceAction
    fields = ("created_at", "actor", "kind", "from_status", "to_status", "comment")
    readonly_fields = fields


@admin.register(Contract)
class ContractAdmin(ScopedHistoryAdmin):
    list_display = ("number", "name", "customer", "status", "start_date", "end_date", "amount", "currency")
    list_filter = ("status", "kind")
    search_fields = ("number", "name", "customer__name", "customer__number")
    list_select_related = ("customer",)
    raw_id_fields = ("account_manager",)
    readonly_fields = ("number", "customer", "status", "reminded_at", "created_at")
    fields = ("name", "kind", "start_date", "end_date", "amount", "currency", "account_manager", *readonly_fields)
    inlines = [ContractActionInline]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Invoice)
class InvoiceAdmin(ScopedHistoryAdmin):
    """Read-only: an issued invoice is never edited, only cancelled and replaced (staff pages)."""

    list_display = ("__str__", "kind", "customer", "status", "issue_date", "due_date", "gross", "paid_amount")
    list_filter = ("status", "kind")
    search_fields = ("number", "customer__name", "customer__number")
    list_select_related = ("customer",)
    inlines = [InvoiceLineInline, InvoiceActionInline]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Payment)
class PaymentAdmin(ScopedHistoryAdmin):
    list_display = ("number", "customer", "status", "amount", "currency", "method", "paid_on", "created_at")
    list_filter = ("status", "method")
    search_fields = ("number", "reference", "customer__name", "customer__number")
    list_select_related = ("customer",)
    exclude = ("receipt",)
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CreditEntry)
class CreditEntryAdmin(admin.ModelAdmin):
    list_display = ("created_at", "customer", "kind", "amount", "payment", "invoice")
    list_filter = ("kind",)
    list_select_related = ("customer", "payment", "invoice")
    search_fields = ("customer__name", "customer__number")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
