"""Who may open which side of the site. Object scope is checked by each app's
fetch-and-authorise helpers; these only send people to the side they belong to."""

from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def form_page(request) -> str:
    """The page a POSTed form was on: the Referer when it is ours, else the parent of the action URL.

    Never the POST-only action itself, which would answer 405 after login."""
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(referer)
        return f"{parts.path}?{parts.query}" if parts.query else parts.path
    return request.path.rstrip("/").rpartition("/")[0] + "/"


def _login_required(view):
    """login_required that keeps a form sent after the session ended: say why, and come back to its page.

    The text itself waits in the browser (static/js/forms.js keeps drafts)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method == "POST":
            messages.warning(request, _("Your session expired. Log in, and your text is still here."))
            return redirect_to_login(form_page(request))
        return redirect_to_login(request.get_full_path())

    return wrapped


def customer_required(view):
    """Portal pages: customers only; anybody else goes to their own home."""

    @_login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_customer:
            return redirect(request.user.home_url())
        return view(request, *args, **kwargs)

    return wrapped


def staff_required(view):
    """Staff pages: company staff and channel partners, never customers."""

    @_login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_customer:
            return redirect(request.user.home_url())
        return view(request, *args, **kwargs)

    return wrapped


def staff_permission_required(codename: str):
    """Staff pages that need one permission: customers go home, staff without it get a 403."""

    def decorator(view):
        @staff_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(codename):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
