from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(_("Numbers"), "inventory_staff:numbers", "sim", "inventory.view_number", order=40),
    MenuItem(_("Channels"), "inventory_staff:channels", "diagram-3", "inventory.view_channel", order=45),
    MenuItem(_("Partner portal"), "inventory_partner:stock", "shop", "inventory.use_partner_portal", order=5),
]
