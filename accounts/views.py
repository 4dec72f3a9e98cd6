from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import (
    CustomerProfileForm,
    LoginForm,
    PasswordChangeForm,
    PasswordResetForm,
    PreferencesForm,
    SetPasswordForm,
    StaffProfileForm,
)
from accounts.models import Customer, SecurityEvent
from accounts.services import (
    customer_profile_update,
    login_failure_record,
    login_lock_lift,
    login_success_record,
    password_reset_request,
    security_event_record,
    staff_profile_update,
    user_language_set,
    user_password_set,
    user_preferences_update,
)
from accounts.two_factor import totp_device_for
from accounts.views_two_factor import login_second_factor_start
from core.access import customer_required, staff_required
from core.files import IMAGE_TYPES, detect_type, stored_file_response
from core.http import client_ip
from core.phones import region_of
from core.preferences import safe_language, set_language_cookie
from core.ratelimit import ratelimit
from notifications.forms import NotificationPreferencesForm


@method_decorator(ratelimit("login", keys=["ip"]), name="dispatch")
class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return self.request.user.home_url()

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "registration_open": settings.REGISTRATION_OPEN}

    def form_valid(self, form):
        user = form.get_user()
        if totp_device_for(user=user) is not None:
            # Second factor: nobody is logged in until accounts.views_two_factor.login_verify accepts a code.
            identifier = form.cleaned_data["username"]
            return login_second_factor_start(
                self.request, user=user, identifier=identifier, redirect_to=self.get_redirect_url()
            )
        login_page_language_keep(self.request, user)
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


def login_page_language_keep(request, user) -> None:
    """A language chosen with the login page's picker (it lives in the language cookie until
    login) becomes the user's saved preference instead of being overridden by it."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen and safe_language(chosen) == chosen and chosen != user.language:
        user_language_set(user=user, language=chosen, reason="language chosen on the login page")


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
    """Language, time zone, page size, channels per kind of message, and password change."""
    user = request.user
    preferences_form = PreferencesForm(
        request.POST if request.POST.get("form") == "preferences" else None,
        initial={
            "language": user.language,
            "time_zone": user.time_zone,
            "page_size": user.page_size,
            "start_page": user.start_page,
        },
        prefix="prefs",
        customer=user.is_customer,
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


@staff_required
@require_http_methods(["GET", "POST"])
def staff_profile(request):
    """The staff member's own phone, country and language; nobody else's (no id in the URL)."""
    user = request.user
    profile = getattr(user, "staff_profile", None)
    form = StaffProfileForm(
        request.POST or None,
        country=region_of(user),
        initial={"country": region_of(user), "phone": user.phone, "language": user.language},
    )
    if request.method == "POST":
        if form.is_valid():
            staff_profile_update(user=user, **form.cleaned_data)
            translation.activate(user.language)
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:staff_profile")
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME, user.language, samesite="Lax", httponly=True, secure=request.is_secure()
            )
            return response
        messages.error(request, _("Please correct the errors below."))
    return render(request, "accounts/staff_profile.html", {"form": form, "profile": profile})


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


@method_decorator(ratelimit("password_reset", keys=["ip", "post:email"]), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        password_reset_request(email=form.cleaned_data["email"], ip_address=client_ip(self.request))
        return redirect(self.success_url)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form):
        ip_address = client_ip(self.request)
        with transaction.atomic():
            user_password_set(user=form.user, password=form.cleaned_data["new_password1"], ip_address=ip_address)
            # Whoever can read the account's mailbox may lift a lock that failed guesses set.
            login_lock_lift(user=form.user, ip_address=ip_address, reason="password reset by e-mailed link")
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        messages.success(self.request, _("Your password has been set. You can log in now."))
        return redirect(self.success_url)


@login_required
def customer_logo(request, pk: int):
    """A customer's logo, for the account's own users and staff who may view customers; 404 for anyone else."""
    user = request.user
    allowed = user.customer_id == pk if user.is_customer else user.has_perm("accounts.view_customer")
    customer = Customer.objects.filter(pk=pk).only("pk", "logo").first() if allowed else None
    if customer is None or not customer.logo:
        raise Http404
    try:
        with customer.logo.open("rb") as logo:
            content_type = detect_type(logo)
    except FileNotFoundError:
        raise Http404 from None
    if content_type not in IMAGE_TYPES:
        raise Http404
    return stored_file_response(
        customer.logo, content_type=content_type, filename=f"logo.{IMAGE_TYPES[content_type]}", inline=True
    )
