"""Who may open which side of the site. Object scope is checked by each app's
fetch-and-authorise helpers; these only send people to the side they belong to."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect


def customer_required(view):
    """Portal pages: customers only; anybody else goes to their own home."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_customer:
            return redirect(request.user.home_url())
        return view(request, *args, **kwargs)

    return wrapped


def staff_required(view):
    """Staff pages: company staff and channel partners, never customers."""

    @login_required
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
