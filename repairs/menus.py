from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [MenuItem(_("Repairs"), "repairs_staff:queue", "tools", "repairs.view_repair", order=40)]
PORTAL = [MenuItem(_("My repairs"), "repairs_portal:list", "tools", order=30)]
