from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(_("Orders"), "orders_staff:desk", "cart", "orders.view_order", order=30),
    MenuItem(
        _("Installations"), "orders_staff:installations", "calendar-week", "orders.view_installationslot", order=35
    ),
]
PORTAL = [MenuItem(_("My orders"), "orders_portal:list", "cart", order=20)]
