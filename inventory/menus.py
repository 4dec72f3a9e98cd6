from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem
from inventory.scope import partner_channel


class PartnerMenuItem(MenuItem):
    """Shown to users who work for a channel (staff holding the permission have no channel)."""

    def visible_to(self, user) -> bool:
        return super().visible_to(user) and partner_channel(user) is not None


STAFF = [
    MenuItem(_("Numbers"), "inventory_staff:numbers", "sim", "inventory.view_number", order=40),
    MenuItem(_("Channels"), "inventory_staff:channels", "diagram-3", "inventory.view_channel", order=45),
    PartnerMenuItem(_("Partner portal"), "inventory_partner:stock", "shop", "inventory.use_partner_portal", order=5),
]
