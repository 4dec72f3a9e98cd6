"""Services and activations in the admin: the staff pages' scope (staff with the view permission; customers
never reach the admin), read-only where a service or the activation job owns a field. PIN and PUK are
not shown here: they are revealed, and recorded, on the service page."""

from django.contrib import admin

from core.admin_site import ScopedHistoryAdmin
from customers.models import (
    Accumulator,
    ActivationJob,
    ActivationStep,
    AddOn,
    IpAddress,
    IpPool,
    PlanChange,
    SimulatedFault,
    SubscriberService,
)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AddOnInline(ReadOnlyInline):
    model = AddOn
    fields = ("soc_code", "status", "error", "updated_at")


class PlanChangeInline(ReadOnlyInline):
    model = PlanChange
    fields = ("changed_at", "old_plan", "new_plan", "by")


class AccumulatorInline(admin.TabularInline):
    model = Accumulator
    extra = 0


@admin.register(SubscriberService)
class SubscriberServiceAdmin(ScopedHistoryAdmin):
    list_display = ("phone_number", "customer", "plan", "status", "contract_number")
    list_filter = ("status",)
    search_fields = ("phone_number", "contract_number", "iccid", "customer__number")
    list_select_related = ("customer", "plan")
    exclude = ("pin", "puk")
    readonly_fields = (
        "customer",
        "order",
        "phone_number",
        "plan",
        "status",
        "iccid",
        "imsi",
        "ip_address",
        "created_at",
    )
    history_masked_fields = ("pin", "puk")
    inlines = [AddOnInline, PlanChangeInline, AccumulatorInline]


class IpAddressInline(admin.TabularInline):
    model = IpAddress
    fields = ("address", "job")
    readonly_fields = ("job",)
    extra = 1


@admin.register(IpPool)
class IpPoolAdmin(ScopedHistoryAdmin):
    list_display = ("name", "is_active")
    inlines = [IpAddressInline]


class ActivationStepInline(ReadOnlyInline):
    model = ActivationStep
    fields = ("position", "name", "status", "attempts", "started_at", "finished_at", "error")


@admin.register(ActivationJob)
class ActivationJobAdmin(ScopedHistoryAdmin):
    list_display = ("order", "status", "created_at", "finished_at")
    list_filter = ("status",)
    search_fields = ("order__number",)
    list_select_related = ("order",)
    readonly_fields = ("order", "status", "error", "created_at", "finished_at")
    inlines = [ActivationStepInline]

    def has_add_permission(self, request):
        return False


@admin.register(SimulatedFault)
class SimulatedFaultAdmin(admin.ModelAdmin):
    list_display = ("step", "mode", "remaining", "delay_seconds")
