"""Tickets in the admin: the same scope as the staff pages (`tickets_visible_to`), read-only where the
workflow owns a field (status, priority, owner, queue, outage: changed on the staff pages)."""

from django.contrib import admin
from django.db.models import Q

from core.admin_site import ScopedHistoryAdmin
from tickets.models import Area, Interaction, Outage, Queue, Ticket, TicketAction, TicketAttachment, TicketMessage
from tickets.selectors import queues_visible_to, tickets_visible_to


def may_read_internal(user) -> bool:
    return not user.is_customer and user.has_perm("tickets.view_internal_notes")


@admin.register(Queue)
class QueueAdmin(ScopedHistoryAdmin):
    list_display = ("name", "is_active", "customer_can_choose")
    list_filter = ("is_active", "customer_can_choose")
    search_fields = ("name",)
    filter_horizontal = ("members",)

    def get_queryset(self, request):
        return super().get_queryset(request) & queues_visible_to(request.user)


class TicketMessageInline(admin.TabularInline):
    model = TicketMessage
    fields = ("created_at", "author", "kind", "body")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        messages = super().get_queryset(request).select_related("author")
        if not may_read_internal(request.user):
            messages = messages.filter(kind=TicketMessage.Kind.PUBLIC)
        return messages

    def has_add_permission(self, request, obj=None):
        return False


class TicketAttachmentInline(admin.TabularInline):
    model = TicketAttachment
    fields = ("original_name", "content_type", "size", "message", "uploaded_by", "created_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        attachments = super().get_queryset(request).select_related("uploaded_by", "message")
        if not may_read_internal(request.user):
            attachments = attachments.filter(Q(message__isnull=True) | Q(message__kind=TicketMessage.Kind.PUBLIC))
        return attachments

    def has_add_permission(self, request, obj=None):
        return False


class TicketActionInline(admin.TabularInline):
    model = TicketAction
    fields = ("created_at", "actor", "kind", "from_status", "to_status", "from_queue", "to_queue", "comment")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "from_queue", "to_queue")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Ticket)
class TicketAdmin(ScopedHistoryAdmin):
    """Read-mostly: status, priority, owner, queue and outage move through the staff pages and tickets.workflow."""

    list_display = ("number", "subject", "customer", "queue", "status", "priority", "owner", "created_at")
    list_filter = ("status", "priority", "queue", "channel", "type")
    search_fields = ("subject", "contract_number", "customer__name", "customer__number")
    list_select_related = ("customer", "queue", "owner")
    readonly_fields = (
        "status",
        "priority",
        "owner",
        "queue",
        "outage",
        "creator",
        "customer",
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
    fields = ("subject", "text", "contact_name", "contact_phone", "contract_number", "type", *readonly_fields)
    inlines = [TicketMessageInline, TicketAttachmentInline, TicketActionInline]
    date_hierarchy = "created_at"
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request) & tickets_visible_to(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TicketAttachment)
class TicketAttachmentAdmin(ScopedHistoryAdmin):
    list_display = ("original_name", "ticket", "content_type", "size", "uploaded_by", "created_at")
    list_select_related = ("ticket", "uploaded_by")
    raw_id_fields = ("ticket", "message")
    readonly_fields = ("file", "original_name", "content_type", "size", "uploaded_by", "created_at")

    def get_queryset(self, request):
        attachments = super().get_queryset(request).filter(ticket__in=tickets_visible_to(request.user).values("pk"))
        if not may_read_internal(request.user):
            attachments = attachments.filter(Q(message__isnull=True) | Q(message__kind=TicketMessage.Kind.PUBLIC))
        return attachments

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Interaction)
class InteractionAdmin(ScopedHistoryAdmin):
    list_display = ("occurred_at", "customer", "kind", "direction", "staff")
    list_filter = ("kind", "direction")
    search_fields = ("customer__name", "summary")
    list_select_related = ("customer", "staff")
    raw_id_fields = ("customer", "ticket")


@admin.register(Area)
class AreaAdmin(ScopedHistoryAdmin):
    list_display = ("name", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)


@admin.register(Outage)
class OutageAdmin(ScopedHistoryAdmin):
    list_display = ("area", "services", "status", "starts_at", "expected_end", "customers_notified_at")
    list_filter = ("status",)
    search_fields = ("area", "services")
