"""Send a user who must change their password (first login, expired password) to
the change form before anything else, one who needs a second factor to enrol or verify, and log out
users of a suspended customer account."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.services import password_is_expired
from accounts.two_factor import totp_device_for, two_factor_required

ALLOWED_PREFIXES = ("/static/", "/media/", "/i18n/", "/healthz")


class PasswordChangeRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and self._must_change(user) and self._is_guarded(request.path):
            return redirect(reverse("accounts:password_change_required"))
        return self.get_response(request)

    @staticmethod
    def _must_change(user) -> bool:
        return user.must_change_password or password_is_expired(user=user)

    @staticmethod
    def _is_guarded(path: str) -> bool:
        exempt = (
            reverse("accounts:password_change_required"),
            reverse("accounts:logout"),
        )
        return not path.startswith(ALLOWED_PREFIXES) and path not in exempt


class TwoFactorRequiredMiddleware:
    """Confine a logged-in user whose session is not verified with a second factor, where one is
    needed: their role requires two-factor login, or they open the admin site (all staff).

    They are sent to enrol when they have no authenticator app yet, else to enter a code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and self._is_guarded(request.path):
            target = self._target(request, user)
            if target:
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _target(request, user) -> str | None:
        if not settings.TWO_FACTOR_ENFORCED or user.is_verified():
            return None
        opens_admin = user.is_staff and request.path.startswith(reverse("admin:index"))
        if not opens_admin and not two_factor_required(user=user):
            return None
        if totp_device_for(user=user) is None:
            return reverse("accounts:two_factor_enrol")
        return reverse("accounts:login_verify")

    @staticmethod
    def _is_guarded(path: str) -> bool:
        exempt = (
            reverse("accounts:login_verify"),
            reverse("accounts:logout"),
            reverse("accounts:password_change_required"),
        )
        return not path.startswith((*ALLOWED_PREFIXES, reverse("accounts:two_factor"))) and path not in exempt


class SuspendedCustomerLogoutMiddleware:
    """Log out a customer user whose account was suspended while they were logged in.

    Costs no query: the auth backend loads the customer with the user (select_related).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.customer_id and not user.customer.is_active:
            logout(request)
            messages.error(request, _("Your customer account is suspended, so you have been logged out."))
            return redirect(reverse("accounts:login"))
        return self.get_response(request)
