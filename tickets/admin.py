from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from tickets.models import Area, Interaction, Outage, Queue, Ticket, TicketAction, TicketAttachment, TicketMessage


@admin.register(Queue)
class QueueAdmin(SimpleHistoryAdmin):
    list_display = ("name", "is_active", "customer_can_choose")
    list_filter = ("is_active", "customer_can_choose")
    search_fields = ("name",)
    filter_horizontal = ("members",)


class TicketMessageInline(admin.TabularInline):
    model = TicketMessage
    fields = ("created_at", "author", "kind", "body")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class TicketActionInline(admin.TabularInline):
    model = TicketAction
    fields = ("created_at", "actor", "kind", "from_status", "to_status", "from_queue", "to_queue", "comment")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Ticket)
class TicketAdmin(SimpleHistoryAdmin):
    """Read-mostly: status moves go through the staff pages and tickets.workflow."""

    list_display = ("number", "subject", "customer", "queue", "status", "priority", "owner", "created_at")
    list_filter = ("status", "priority", "queue", "channel", "type")
    search_fields = ("subject", "contract_number", "customer__name", "customer__number")
    list_select_related = ("customer", "queue", "owner")
    readonly_fields = (
        "status",
        "owner",
        "creator",
        "customer",
        "queue",
        "channel",
        "resolution",
        "return_reason",
        "rating",
        "rating_comment",
        "created_at",
        "updated_at",
        "first_response_at",
        "closed_at",
        "waiting_for",
    )
    fields = (
        "subject",
        "text",
        "contact_name",
        "contact_phone",
        "contract_number",
        "type",
        "priority",
        "outage",
        *readonly_fields,
    )
    raw_id_fields = ("outage",)
    inlines = [TicketMessageInline, TicketActionInline]
    date_hierarchy = "created_at"
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TicketAttachment)
class TicketAttachmentAdmin(SimpleHistoryAdmin):
    list_display = ("original_name", "ticket", "content_type", "size", "uploaded_by", "created_at")
    list_select_related = ("ticket", "uploaded_by")
    raw_id_fields = ("ticket", "message")
    readonly_fields = ("file", "original_name", "content_type", "size", "uploaded_by", "created_at")

    def has_add_permission(self, request):
        return False


@admin.register(Interaction)
class InteractionAdmin(SimpleHistoryAdmin):
    list_display = ("occurred_at", "customer", "kind", "direction", "staff")
    list_filter = ("kind", "direction")
    search_fields = ("customer__name", "summary")
    list_select_related = ("customer", "staff")
    raw_id_fields = ("customer", "ticket")


@admin.register(Area)
class AreaAdmin(SimpleHistoryAdmin):
    list_display = ("name", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)


@admin.register(Outage)
class OutageAdmin(SimpleHistoryAdmin):
    list_display = ("area", "services", "status", "starts_at", "expected_end", "customers_notified_at")
    list_filter = ("status",)
    search_fields = ("area", "services")
