from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from accounts.forms import UserAddForm
from accounts.models import Branch, Customer, LoginThrottle, SecurityEvent, StaffProfile, User
from accounts.services import customer_identity_reveal, user_create
from core.http import client_ip
from core.masking import mask

IDENTITY_FIELDS = ("passport_number", "passport_issued_by", "passport_issued_on", "tax_number")


@admin.register(Branch)
class BranchAdmin(SimpleHistoryAdmin):
    list_display = ("name", "address", "phone", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name", "address")


class CustomerUserInline(admin.TabularInline):
    model = User
    fields = ("username", "email", "first_name", "last_name", "is_active")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Customer)
class CustomerAdmin(SimpleHistoryAdmin):
    list_display = ("number", "name", "kind", "email", "phone", "status", "credit_balance", "currency")
    list_filter = ("kind", "status", "area")
    search_fields = ("number", "name", "email", "phone", "tax_number")
    readonly_fields = ("number", "created_at", "masked_identity")
    inlines = [CustomerUserInline]

    @admin.display(description=_("identity data"))
    def masked_identity(self, obj):
        return mask(obj.identity_summary)

    def get_exclude(self, request, obj=None):
        """Identity fields are edited and seen only with the identity permission."""
        if request.user.has_perm("accounts.view_customer_identity"):
            return ()
        return IDENTITY_FIELDS

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET" and request.user.has_perm("accounts.view_customer_identity"):
            customer = self.get_object(request, object_id)
            if customer is not None:
                customer_identity_reveal(customer=customer, by=request.user, ip_address=client_ip(request))
        return super().change_view(request, object_id, form_url, extra_context)


class StaffProfileInline(admin.StackedInline):
    model = StaffProfile
    can_delete = False
    extra = 0


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, DjangoUserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "customer", "is_staff", "is_active", "last_login")
    list_filter = ("is_staff", "is_active", "groups", "language")
    search_fields = ("username", "email", "first_name", "last_name", "customer__name")
    list_select_related = ("customer",)
    autocomplete_fields = ("customer",)
    inlines = [StaffProfileInline]
    add_form = UserAddForm
    fieldsets = DjangoUserAdmin.fieldsets + (
        (
            _("omsportal"),
            {
                "fields": (
                    "phone",
                    "customer",
                    "language",
                    "time_zone",
                    "page_size",
                    "notify_by_email",
                    "notify_by_sms",
                    "must_change_password",
                    "password_changed_at",
                )
            },
        ),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "description": _(
                    "The new user receives a temporary password by e-mail and must change it at first login."
                ),
                "fields": (
                    "username",
                    "email",
                    "first_name",
                    "last_name",
                    "phone",
                    "customer",
                    "groups",
                    "is_staff",
                    "language",
                ),
            },
        ),
    )

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        user, _temporary = user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            first_name=form.cleaned_data.get("first_name", ""),
            last_name=form.cleaned_data.get("last_name", ""),
            phone=form.cleaned_data.get("phone") or "",
            customer=form.cleaned_data.get("customer"),
            is_staff=form.cleaned_data.get("is_staff", False),
            language=form.cleaned_data.get("language") or "en",
            created_by=request.user,
        )
        form.instance = user
        obj.pk = user.pk
        messages.info(request, _("A temporary password was sent to %(email)s.") % {"email": user.email})

    def save_related(self, request, form, formsets, change):
        if change:
            return super().save_related(request, form, formsets, change)
        form.instance.groups.set(form.cleaned_data.get("groups", []))


@admin.register(StaffProfile)
class StaffProfileAdmin(SimpleHistoryAdmin):
    list_display = ("user", "department", "branch", "job_title")
    list_filter = ("department", "branch")
    search_fields = ("user__username", "user__first_name", "user__last_name")
    list_select_related = ("user", "branch")


@admin.register(LoginThrottle)
class LoginThrottleAdmin(admin.ModelAdmin):
    list_display = ("identifier", "failures", "locked_until", "updated_at")
    search_fields = ("identifier",)
    actions = ["unlock"]

    @admin.action(description=_("Unlock the selected identifiers"), permissions=["delete"])
    def unlock(self, request, queryset):
        count, _details = queryset.delete()
        messages.success(request, _("Unlocked %(count)d.") % {"count": count})


@admin.register(SecurityEvent)
class SecurityEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "kind", "user", "identifier", "ip_address", "detail")
    list_filter = ("kind",)
    search_fields = ("identifier", "user__username", "ip_address")
    list_select_related = ("user",)
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
