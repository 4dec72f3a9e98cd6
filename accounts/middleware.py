"""Send a user who must change their password (first login, expired password) to
the change form before anything else; log out users of a suspended customer account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.services import password_is_expired

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
