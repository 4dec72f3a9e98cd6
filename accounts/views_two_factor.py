"""Two-factor login pages: the second login step, enrolment with a QR code, recovery codes.

The password step (accounts.views.LoginView) hands a user with an authenticator app
to `login_second_factor_start`: nobody is logged in until `login_verify` accepts a code.
"""

import io
import time

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from accounts.forms import LoginForm
from accounts.models import User
from accounts.services import LoginLocked, login_check_not_locked, login_failure_record, login_success_record
from accounts.two_factor import (
    RECOVERY_CODE_COUNT,
    TwoFactorError,
    recovery_codes_left,
    recovery_codes_regenerate,
    totp_device_for,
    totp_provisioning_uri,
    totp_secret_base32,
    totp_secret_new,
    two_factor_disable,
    two_factor_enrol,
    two_factor_required,
    two_factor_verify,
)
from core.http import client_ip

PENDING_SESSION_KEY = "two_factor_pending"
ENROL_KEY_SESSION_KEY = "two_factor_enrol_key"
NEW_CODES_SESSION_KEY = "two_factor_new_codes"
# How long the password step stays valid while the user looks for their phone.
PENDING_SECONDS = 5 * 60


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "autocapitalize": "off", "spellcheck": "false"}
        ),
    )


def login_second_factor_start(request, *, user: User, identifier: str, redirect_to: str) -> HttpResponse:
    """The password was right: remember who is logging in and ask for the second factor."""
    request.session[PENDING_SESSION_KEY] = {
        "user_id": user.pk,
        "backend": user.backend,
        "identifier": identifier,
        "redirect_to": redirect_to,
        "expires": time.time() + PENDING_SECONDS,
    }
    return redirect("accounts:login_verify")


def _pending_user(request) -> tuple[User, dict] | None:
    pending = request.session.get(PENDING_SESSION_KEY)
    if not pending or pending.get("expires", 0) < time.time():
        request.session.pop(PENDING_SESSION_KEY, None)
        return None
    user = User.objects.filter(pk=pending["user_id"], is_active=True).first()
    return (user, pending) if user is not None else None


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else ""


def _locked(request, *, minutes: int) -> HttpResponse:
    request.session.pop(PENDING_SESSION_KEY, None)
    if request.user.is_authenticated:
        auth_logout(request)
    messages.error(request, LoginForm.error_messages["locked"] % {"minutes": minutes})
    return redirect("accounts:login")


def _login_complete(request, *, user: User, device, pending: dict | None) -> HttpResponse:
    if pending is not None:
        request.session.pop(PENDING_SESSION_KEY, None)
        login_success_record(user=user, identifier=pending["identifier"], ip_address=client_ip(request))
        auth_login(request, user, backend=pending["backend"])
        target = pending["redirect_to"] or user.home_url()
    else:
        target = _safe_next(request) or user.home_url()
    django_otp.login(request, device)
    if isinstance(device, StaticDevice):
        messages.warning(
            request,
            _("You logged in with a recovery code; %(count)d are left. Each code works only once.")
            % {"count": recovery_codes_left(user=user)},
        )
    translation.activate(user.language)
    response = redirect(target)
    response.set_cookie("omsportal_language", user.language, samesite="Lax", httponly=True, secure=request.is_secure())
    return response


@require_http_methods(["GET", "POST"])
def login_verify(request):
    """The second login step; also re-verifies a logged-in session that is not verified yet."""
    pending = None
    if request.user.is_authenticated:
        if request.user.is_verified() or totp_device_for(user=request.user) is None:
            return redirect(_safe_next(request) or request.user.home_url())
        user = request.user
    else:
        found = _pending_user(request)
        if found is None:
            messages.info(request, _("Please log in again."))
            return redirect("accounts:login")
        user, pending = found
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ip_address = client_ip(request)
        try:
            login_check_not_locked(user=user)
        except LoginLocked as locked:
            return _locked(request, minutes=locked.minutes_left)
        device = two_factor_verify(user=user, code=form.cleaned_data["code"], ip_address=ip_address)
        if device is not None:
            return _login_complete(request, user=user, device=device, pending=pending)
        login_failure_record(user=user, ip_address=ip_address)
        try:
            login_check_not_locked(user=user)
        except LoginLocked as locked:
            return _locked(request, minutes=locked.minutes_left)
        form.add_error("code", _("That code is not right, or it was already used."))
    return render(request, "accounts/two_factor_verify.html", {"form": form, "next": _safe_next(request)})


@login_required
def two_factor_settings(request):
    """Status, recovery codes, and turning two-factor login off where the role allows it."""
    user = request.user
    device = totp_device_for(user=user)
    context = {
        "device": device,
        "required": two_factor_required(user=user),
        "verified": user.is_verified(),
        "codes_left": recovery_codes_left(user=user) if device else 0,
    }
    return render(request, "accounts/two_factor_settings.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_enrol_view(request):
    """Scan the QR code (or type the secret), then confirm with a code from the app.

    The secret lives in the session until it is confirmed: opening this page writes nothing.
    """
    user = request.user
    if totp_device_for(user=user) is not None:
        messages.info(request, _("Two-factor login is already set up for your account."))
        return redirect("accounts:two_factor")
    key = request.session.get(ENROL_KEY_SESSION_KEY)
    if not key:
        key = request.session[ENROL_KEY_SESSION_KEY] = totp_secret_new()
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = two_factor_enrol(
                user=user, key=key, code=form.cleaned_data["code"], ip_address=client_ip(request)
            )
        except TwoFactorError as error:
            form.add_error("code", str(error))
        else:
            request.session.pop(ENROL_KEY_SESSION_KEY, None)
            django_otp.login(request, device)
            request.session[NEW_CODES_SESSION_KEY] = codes
            messages.success(request, _("Two-factor login is on."))
            return redirect("accounts:two_factor_recovery_codes")
    context = {
        "form": form,
        "secret": totp_secret_base32(key),
        "required": two_factor_required(user=user),
        "issuer": settings.OTP_TOTP_ISSUER,
    }
    response = render(request, "accounts/two_factor_enrol.html", context)
    response["Cache-Control"] = "no-store"  # the page shows the secret
    return response


@login_required
def two_factor_qr(request):
    """The QR code of the secret being enrolled, as SVG drawn here (no third-party service sees it)."""
    key = request.session.get(ENROL_KEY_SESSION_KEY)
    if not key:
        raise Http404
    buffer = io.BytesIO()
    segno.make(totp_provisioning_uri(user=request.user, key=key), error="m").save(
        buffer, kind="svg", scale=5, border=2, xmldecl=False
    )
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@login_required
def two_factor_recovery_codes(request):
    """New recovery codes, shown once: they are taken out of the session as they are shown."""
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("accounts:two_factor")
    response = render(
        request,
        "accounts/two_factor_recovery_codes.html",
        {"codes": codes, "count": RECOVERY_CODE_COUNT, "continue_url": request.user.home_url()},
    )
    response["Cache-Control"] = "no-store"
    return response


def _verified_or_redirect(request) -> HttpResponse | None:
    """Changing the second factor needs a session verified with it."""
    if request.user.is_verified():
        return None
    return redirect(f"{reverse('accounts:login_verify')}?next={reverse('accounts:two_factor')}")


@login_required
@require_POST
def two_factor_recovery_regenerate(request):
    refused = _verified_or_redirect(request)
    if refused:
        return refused
    try:
        codes = recovery_codes_regenerate(user=request.user, ip_address=client_ip(request))
    except TwoFactorError as error:
        messages.error(request, str(error))
        return redirect("accounts:two_factor")
    request.session[NEW_CODES_SESSION_KEY] = codes
    messages.success(request, _("New recovery codes were made; the old ones no longer work."))
    return redirect("accounts:two_factor_recovery_codes")


@login_required
@require_POST
def two_factor_disable_view(request):
    refused = _verified_or_redirect(request)
    if refused:
        return refused
    try:
        two_factor_disable(user=request.user, ip_address=client_ip(request))
    except TwoFactorError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Two-factor login is off."))
    return redirect("accounts:two_factor")
