"""The project's admin site and the base every history-carrying admin uses.

The site keeps people out who have no business there (customers, partners:
sent to their own home instead of looping through the login page) and refuses
NUL characters in admin requests (PostgreSQL cannot hold them in a string
literal, so a filter or search with one would end as a 500).

`ScopedHistoryAdmin` makes simple-history's pages obey the admin's queryset:
an object the changelist hides has no change page, no history list and no
historical version page (404), and history is read-only.
"""

from functools import update_wrapper

from django.contrib import admin, messages
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.contrib.admin.utils import unquote
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

MASKED = "•••"


def has_nul(request) -> bool:
    """True when a query-string or form value (or name) holds a NUL character."""
    if "\x00" in request.path:
        return True
    sources = [request.GET]
    if request.method == "POST":
        sources.append(request.POST)
    return any(
        "\x00" in name or any("\x00" in value for value in values)
        for source in sources
        for name, values in source.lists()
    )


class AdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        checked = super().admin_view(view, cacheable)

        def inner(request, *args, **kwargs):
            if has_nul(request):
                return HttpResponseBadRequest(
                    _("The request contains a NUL character, which is not allowed."), content_type="text/plain"
                )
            user = request.user
            if user.is_authenticated and not (user.is_active and user.is_staff):
                messages.info(request, _("The administration is for staff only; here is your home page."))
                return redirect(user.home_url())
            return checked(request, *args, **kwargs)

        return update_wrapper(never_cache(inner), view)


class AdminConfig(DjangoAdminConfig):
    default_site = "core.admin_site.AdminSite"


class MaskingContextHelper(HistoricalRecordContextHelper):
    def __init__(self, *args, masked_fields: tuple[str, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.masked_fields = masked_fields

    def prepare_delta_change_value(self, change, value):
        if change.field in self.masked_fields and value:
            return MASKED
        return super().prepare_delta_change_value(change, value)


class ScopedHistoryAdmin(SimpleHistoryAdmin):
    """History pages scoped like the changelist, read-only, with `history_masked_fields` hidden in diffs."""

    history_masked_fields: tuple[str, ...] = ()

    def _check_in_scope(self, request, object_id) -> None:
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._check_in_scope(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._check_in_scope(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history saves a POST here whatever SIMPLE_HISTORY_REVERT_DISABLED says.
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET"])
        self._check_in_scope(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return True

    def get_historical_record_context_helper(self, request, historical_record):
        return MaskingContextHelper(self.model, historical_record, masked_fields=self.history_masked_fields)
