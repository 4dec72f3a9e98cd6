from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [MenuItem(_("Workspace"), "core:staff_home", "speedometer2", order=0)]
PORTAL = [
    MenuItem(_("Home"), "core:portal_home", "house", order=0),
    MenuItem(_("My processes"), "core:portal_processes", "kanban", order=5),
    MenuItem(_("History"), "core:portal_history", "clock-history", order=50),
]
