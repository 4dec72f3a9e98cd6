from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from core.csp import csp_report

admin.site.site_header = _("omsportal administration")
admin.site.site_title = _("omsportal")

urlpatterns = [
    path("", include("home.urls")),
    path("", include("accounts.urls")),
    path("", include("portalhome.urls")),
    path("portal/tickets/", include("tickets.urls_portal")),
    path("staff/tickets/", include("tickets.urls_staff")),
    path("portal/orders/", include("orders.urls_portal")),
    path("staff/orders/", include("orders.urls_staff")),
    path("staff/customers/", include("customers.urls_staff")),
    path("portal/services/", include("customers.urls_portal")),
    path("staff/inventory/", include("inventory.urls_staff")),
    path("partner/", include("inventory.urls_partner")),
    path("portal/repairs/", include("repairs.urls_portal")),
    path("staff/repairs/", include("repairs.urls_staff")),
    path("portal/", include("billing.urls_portal")),
    path("staff/finance/", include("billing.urls_staff")),
    path("i18n/", include("django.conf.urls.i18n")),
    # One login page for the whole site, with its lockout rules; the admin uses it too.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="accounts:login", query_string=True),
        name="admin_login_redirect",
    ),
    path("admin/", admin.site.urls),
    path("csp-report/", csp_report, name="csp_report"),
]
