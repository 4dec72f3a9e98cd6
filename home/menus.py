from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [MenuItem(_("Workspace"), "core:staff_home", "speedometer2", order=0)]
PORTAL = [MenuItem(_("Home"), "core:portal_home", "house", order=0)]
