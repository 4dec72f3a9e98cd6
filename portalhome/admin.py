from django.contrib import admin

from core.admin_site import ScopedHistoryAdmin
from portalhome.models import Note, Notice, Registration


@admin.register(Notice)
class NoticeAdmin(ScopedHistoryAdmin):
    list_display = ["title", "starts_on", "ends_on", "created_by"]
    list_filter = ["starts_on"]
    search_fields = ["title"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Note)
class NoteAdmin(ScopedHistoryAdmin):
    """Customers' own notes: staff may read them, never change them."""

    list_display = ["title", "customer", "author", "created_at"]
    list_select_related = ["customer", "author"]
    search_fields = ["title", "customer__name", "customer__number"]
    readonly_fields = ["customer", "author", "title", "text", "file_name", "file_type", "created_at", "updated_at"]
    exclude = ["file"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Registration)
class RegistrationAdmin(ScopedHistoryAdmin):
    """Read-only: registrations are approved or rejected in the staff review queue (its transition table)."""

    list_display = ["name", "email", "status", "customer", "created_at"]
    list_filter = ["status"]
    list_select_related = ["customer"]
    search_fields = ["name", "email", "reference"]
    readonly_fields = [
        "name",
        "email",
        "phone",
        "reference",
        "status",
        "customer",
        "user",
        "ip_address",
        "created_at",
        "confirmed_at",
        "reviewed_by",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
