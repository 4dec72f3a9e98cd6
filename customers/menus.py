from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(_("Customers"), "customers_staff:list", "people", "accounts.view_customer", order=5),
    MenuItem(
        _("Failed activations"),
        "customers_staff:failed",
        "exclamation-octagon",
        "customers.view_activationjob",
        order=35,
    ),
]
PORTAL = [MenuItem(_("My services"), "customers_portal:list", "sim", order=15)]
