from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.forms import UserAddForm
from accounts.grants import grantable_roles, may_manage_privileges, permissions_held, users_manageable_by
from accounts.models import Branch, Customer, LoginThrottle, SecurityEvent, StaffProfile, User
from accounts.services import (
    PrivilegeRefused,
    customer_identity_reveal,
    customer_reactivate,
    customer_suspend,
    privilege_refusal_record,
    security_event_record,
    user_create,
    user_password_set_by_other_record,
    user_privileges_update,
)
from accounts.two_factor import two_factor_reset
from core.admin_site import ScopedHistoryAdmin
from core.files import reencode_image
from core.http import client_ip
from core.masking import mask

IDENTITY_FIELDS = ("passport_number", "passport_issued_by", "passport_issued_on", "tax_number")
IDENTITY_SEARCH_FIELDS = ("tax_number", "passport_number")


@admin.register(Branch)
class BranchAdmin(ScopedHistoryAdmin):
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


class SuspendForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=255, help_text=_("The customer sees it when logging in."))


class CustomerAdminForm(forms.ModelForm):
    """A logo uploaded here is re-encoded and renamed like one uploaded in the portal."""

    class Meta:
        model = Customer
        # The admin derives its field list (less the read-only and masked ones) from this form.
        fields = "__all__"  # noqa: DJ007

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            return reencode_image(logo, max_bytes=settings.LOGO_MAX_BYTES)
        return logo


@admin.register(Customer)
class CustomerAdmin(ScopedHistoryAdmin):
    """Status and credit change only through services (the actions here, billing); identity data is
    seen only with its permission, and every look at it is recorded."""

    form = CustomerAdminForm

    list_display = ("number", "name", "kind", "email", "phone", "status", "credit_balance", "currency")
    list_filter = ("kind", "status", "area")
    search_fields = ("number", "name", "email", "phone")
    readonly_fields = (
        "number",
        "created_at",
        "status",
        "suspension_reason",
        "deactivated_at",
        "credit_balance",
        "masked_identity",
    )
    history_masked_fields = IDENTITY_FIELDS
    inlines = [CustomerUserInline]
    actions = ["suspend", "reactivate"]

    def has_delete_permission(self, request, obj=None):
        """Never: orders, tickets and invoices refer to a customer. Staff deactivate it instead
        (the customer page's "Delete" button), which keeps every record."""
        return False

    @admin.display(description=_("identity data"))
    def masked_identity(self, obj):
        return mask(obj.identity_summary)

    def get_exclude(self, request, obj=None):
        """Identity fields are edited and seen only with the identity permission."""
        if request.user.has_perm("accounts.view_customer_identity"):
            return ()
        return IDENTITY_FIELDS

    def get_search_fields(self, request):
        if request.user.has_perm("accounts.view_customer_identity"):
            return (*self.search_fields, *IDENTITY_SEARCH_FIELDS)
        return self.search_fields

    def _record_reveal(self, request, object_id) -> None:
        if request.method == "GET" and request.user.has_perm("accounts.view_customer_identity"):
            customer = self.get_object(request, unquote(object_id))
            if customer is not None:
                customer_identity_reveal(customer=customer, by=request.user, ip_address=client_ip(request))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._record_reveal(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._record_reveal(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.action(description=_("Suspend the selected customers"), permissions=["change"])
    def suspend(self, request, queryset):
        form = SuspendForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            customers = list(queryset.filter(status=Customer.Status.ACTIVE))
            for customer in customers:
                customer_suspend(customer=customer, reason=form.cleaned_data["reason"], by=request.user)
            self.message_user(
                request,
                ngettext("%(count)d customer suspended.", "%(count)d customers suspended.", len(customers))
                % {"count": len(customers)},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Suspend customers"),
            "opts": self.opts,
            "customers": list(queryset),
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/accounts/customer/suspend.html", context)

    @admin.action(description=_("Reactivate the selected customers"), permissions=["change"])
    def reactivate(self, request, queryset):
        customers = list(queryset.exclude(status=Customer.Status.ACTIVE))
        for customer in customers:
            customer_reactivate(customer=customer, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d customer reactivated.", "%(count)d customers reactivated.", len(customers))
            % {"count": len(customers)},
            messages.SUCCESS,
        )


class StaffProfileInline(admin.StackedInline):
    model = StaffProfile
    can_delete = False
    extra = 0


OMSPORTAL_FIELDS = (
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


def editable_privileges(user: User, *, adding: bool) -> set[str]:
    """The privilege fields the user's admin form offers (roles only within `grantable_roles`)."""
    fields = {"groups"}
    if may_manage_privileges(user):
        fields.add("is_staff")
        if not adding:
            fields.add("user_permissions")
    if user.is_superuser and not adding:
        fields.add("is_superuser")
    return fields


@admin.register(User)
class UserAdmin(ScopedHistoryAdmin, DjangoUserAdmin):
    """Users are managed within the grant rules of `accounts.grants`: each admin sees only the accounts
    they may manage, is offered only the roles they may give, and every privilege change or password
    set by someone else goes through a service that records it and tells the user."""

    list_display = ("username", "email", "first_name", "last_name", "customer", "is_staff", "is_active", "last_login")
    list_filter = ("is_staff", "is_active", "groups", "language")
    search_fields = ("username", "email", "first_name", "last_name", "customer__name")
    list_select_related = ("customer",)
    autocomplete_fields = ("customer",)
    add_form = UserAddForm
    add_form_template = None

    def get_queryset(self, request):
        return super().get_queryset(request) & users_manageable_by(request.user)

    def get_inlines(self, request, obj):
        # On add, the account service creates the staff profile; it is edited once the user exists.
        return [StaffProfileInline] if obj is not None and not obj.is_customer else []

    def get_fieldsets(self, request, obj=None):
        privileges = editable_privileges(request.user, adding=obj is None)
        if obj is None:
            fields = ["username", "email", "first_name", "last_name", "phone", "customer", "groups"]
            fields += ["is_staff"] if "is_staff" in privileges else []
            description = _("The new user receives a temporary password by e-mail and must change it at first login.")
            return ((None, {"classes": ("wide",), "description": description, "fields": [*fields, "language"]}),)
        account = ["username", "password"] if may_manage_privileges(request.user) else ["username"]
        permissions = ["is_active", "is_staff", "is_superuser", "groups"]
        permissions += ["user_permissions"] if "user_permissions" in privileges else []
        return (
            (None, {"fields": account}),
            (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
            (_("Permissions"), {"fields": permissions}),
            (_("Important dates"), {"fields": ("last_login", "date_joined")}),
            (_("omsportal"), {"fields": OMSPORTAL_FIELDS}),
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        readonly = ["last_login", "date_joined", "password_changed_at"]
        privileges = editable_privileges(request.user, adding=False)
        readonly += [name for name in ("is_staff", "is_superuser") if name not in privileges]
        if not may_manage_privileges(request.user):
            readonly.append("must_change_password")
        return readonly

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "groups" in form.base_fields:
            form.base_fields["groups"].queryset = grantable_roles(request.user)
        if "user_permissions" in form.base_fields:
            form.base_fields["user_permissions"].queryset = permissions_held(request.user).select_related(
                "content_type"
            )
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            allowed = editable_privileges(request.user, adding=object_id is None)
            tampered = sorted(n for n in ("is_superuser", "is_staff", "user_permissions") if n in request.POST)
            tampered = [name for name in tampered if name not in allowed]
            if tampered:
                privilege_refusal_record(
                    by=request.user,
                    user=None,
                    detail=f"admin form: {', '.join(tampered)}",
                    ip_address=client_ip(request),
                )
                raise PermissionDenied
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
            # Privileges are written by user_privileges_update in save_related, not by the form.
            stored = User.objects.only("is_staff", "is_superuser").get(pk=obj.pk)
            obj.is_staff, obj.is_superuser = stored.is_staff, stored.is_superuser
            return super().save_model(request, obj, form, change)
        user, _temporary = user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            first_name=form.cleaned_data.get("first_name", ""),
            last_name=form.cleaned_data.get("last_name", ""),
            phone=form.cleaned_data.get("phone") or "",
            customer=form.cleaned_data.get("customer"),
            language=form.cleaned_data.get("language") or "en",
            created_by=request.user,
        )
        form.instance = user
        obj.pk = user.pk
        messages.info(request, _("A temporary password was sent to %(email)s.") % {"email": user.email})

    def save_related(self, request, form, formsets, change):
        wanted = {
            name: form.cleaned_data.pop(name) for name in ("groups", "user_permissions") if name in form.cleaned_data
        }
        wanted |= {name: form.cleaned_data[name] for name in ("is_staff", "is_superuser") if name in form.cleaned_data}
        super().save_related(request, form, formsets, change)
        try:
            user_privileges_update(
                user=form.instance, by=request.user, ip_address=client_ip(request), announce=change, **wanted
            )
        except PrivilegeRefused as refused:
            privilege_refusal_record(
                by=request.user, user=form.instance, detail=str(refused), ip_address=client_ip(request)
            )
            raise PermissionDenied(str(refused)) from None

    def user_change_password(self, request, id, form_url=""):
        user = self.get_object(request, unquote(id))
        if user is None:
            raise Http404
        if not may_manage_privileges(request.user):
            if request.method == "POST":
                privilege_refusal_record(
                    by=request.user, user=user, detail="set password", ip_address=client_ip(request)
                )
            raise PermissionDenied
        before = user.password
        with transaction.atomic():
            response = super().user_change_password(request, id, form_url)
            user.refresh_from_db(fields=["password"])
            if user.password != before:
                if user.pk == request.user.pk:
                    security_event_record(
                        kind=SecurityEvent.Kind.PASSWORD_CHANGED,
                        user=user,
                        identifier=user.username,
                        ip_address=client_ip(request),
                    )
                else:
                    user_password_set_by_other_record(user=user, by=request.user, ip_address=client_ip(request))
        return response


admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(DjangoGroupAdmin):
    """Roles: only those who may manage privileges edit them, and only with permissions they hold."""

    def has_add_permission(self, request):
        return may_manage_privileges(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return may_manage_privileges(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return may_manage_privileges(request.user) and super().has_delete_permission(request, obj)

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name == "permissions":
            kwargs["queryset"] = permissions_held(request.user).select_related("content_type")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "permissions" in form.changed_data:
            security_event_record(
                kind=SecurityEvent.Kind.PRIVILEGES_CHANGED,
                user=request.user,
                identifier=form.instance.name,
                ip_address=client_ip(request),
                detail=f"permissions of role {form.instance.name} changed by {request.user.username}",
            )


@admin.register(StaffProfile)
class StaffProfileAdmin(ScopedHistoryAdmin):
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


# --- Two-factor login: an administrator resets users' second factor (accounts.two_factor) ---------------


@admin.action(description=_("Reset two-factor login (lost phone)"), permissions=["two_factor_reset"])
def two_factor_reset_action(modeladmin, request, queryset):
    reset = [
        user.username
        for user in queryset
        if two_factor_reset(user=user, by=request.user, ip_address=request.META.get("REMOTE_ADDR"))
    ]
    if reset:
        messages.success(
            request,
            _("Two-factor login was reset for %(users)s; they were told by e-mail.") % {"users": ", ".join(reset)},
        )
    else:
        messages.info(request, _("None of the selected users had two-factor login set up."))


def _has_two_factor_reset_permission(self, request):
    return request.user.has_perm("otp_totp.delete_totpdevice")


UserAdmin.actions = (*UserAdmin.actions, two_factor_reset_action)
UserAdmin.has_two_factor_reset_permission = _has_two_factor_reset_permission
