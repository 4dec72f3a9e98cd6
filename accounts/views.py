from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import (
    CustomerProfileForm,
    LoginForm,
    PasswordChangeForm,
    PasswordResetForm,
    PreferencesForm,
    SetPasswordForm,
)
from accounts.models import SecurityEvent
from accounts.services import (
    customer_profile_update,
    login_failure_record,
    login_success_record,
    security_event_record,
    user_password_set,
    user_preferences_update,
)
from core.access import customer_required
from core.http import client_ip
from core.preferences import set_language_cookie
from notifications.forms import NotificationPreferencesForm


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return self.request.user.home_url()

    def form_valid(self, form):
        user = form.get_user()
        login_success_record(user=user, identifier=form.cleaned_data["username"], ip_address=client_ip(self.request))
        response = super().form_valid(form)
        translation.activate(user.language)
        set_language_cookie(response, user.language)
        return response

    def form_invalid(self, form):
        codes = {error.code for error in form.non_field_errors().as_data()}
        identifier = form.data.get("username", "")
        if "invalid_login" in codes and identifier:
            throttle = login_failure_record(identifier=identifier, ip_address=client_ip(self.request))
            if throttle.is_locked():
                form.lockout_announce(minutes=settings.LOGIN_LOCKOUT_MINUTES)
        elif "refused" in codes:
            security_event_record(
                kind=SecurityEvent.Kind.LOGIN_REFUSED, identifier=identifier, ip_address=client_ip(self.request)
            )
        return super().form_invalid(form)


class LogoutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            security_event_record(
                kind=SecurityEvent.Kind.LOGOUT,
                user=request.user,
                identifier=request.user.username,
                ip_address=client_ip(request),
            )
        return super().post(request, *args, **kwargs)


@login_required
@require_http_methods(["GET", "POST"])
def password_change_required(request):
    """The only page (besides logout) a user with a temporary or expired password may open."""
    form = SetPasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_password_set(
            user=request.user, password=form.cleaned_data["new_password1"], ip_address=client_ip(request)
        )
        update_session_auth_hash(request, user)
        messages.success(request, _("Your password has been changed."))
        return redirect(user.home_url())
    return render(request, "accounts/password_change_required.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def user_settings(request):
    """Language, time zone, page size, notification channels, and password change."""
    user = request.user
    preferences_form = PreferencesForm(
        request.POST if request.POST.get("form") == "preferences" else None,
        initial={
            "language": user.language,
            "time_zone": user.time_zone,
            "page_size": user.page_size,
            "notify_by_email": user.notify_by_email,
            "notify_by_sms": user.notify_by_sms,
        },
        prefix="prefs",
    )
    notification_form = NotificationPreferencesForm(
        user=user, data=request.POST if request.POST.get("form") == "preferences" else None
    )
    password_form = PasswordChangeForm(
        user, request.POST if request.POST.get("form") == "password" else None, prefix="pw"
    )
    if request.method == "POST":
        if request.POST.get("form") == "preferences" and preferences_form.is_valid() and notification_form.is_valid():
            with transaction.atomic():
                user_preferences_update(user=user, **preferences_form.cleaned_data)
                notification_form.save()
            translation.activate(user.language)
            messages.success(request, _("Your settings have been saved."))
            response = redirect("accounts:settings")
            set_language_cookie(response, user.language)
            return response
        if request.POST.get("form") == "password" and password_form.is_valid():
            user_password_set(
                user=user, password=password_form.cleaned_data["new_password1"], ip_address=client_ip(request)
            )
            update_session_auth_hash(request, user)
            messages.success(request, _("Your password has been changed."))
            return redirect("accounts:settings")
        messages.error(request, _("Please correct the errors below."))
    context = {
        "preferences_form": preferences_form,
        "notification_form": notification_form,
        "password_form": password_form,
    }
    return render(request, "accounts/settings.html", context)


@customer_required
@require_http_methods(["GET", "POST"])
def portal_account(request):
    """The customer's own account: profile, logo, e-mail. Only their account, by construction."""
    customer = request.user.customer
    form = CustomerProfileForm(request.POST or None, request.FILES or None, instance=customer)
    if request.method == "POST":
        if form.is_valid():
            changed = {name: form.cleaned_data[name] for name in form.changed_data}
            if changed:
                customer_profile_update(customer=customer, by=request.user, **changed)
            messages.success(request, _("Your account details have been saved."))
            return redirect("accounts:portal_account")
        customer.refresh_from_db()
        messages.error(request, _("Please correct the errors below."))
    return render(request, "accounts/portal_account.html", {"form": form, "customer": customer})


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form):
        user_password_set(
            user=form.user, password=form.cleaned_data["new_password1"], ip_address=client_ip(self.request)
        )
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        messages.success(self.request, _("Your password has been set. You can log in now."))
        return redirect(self.success_url)
