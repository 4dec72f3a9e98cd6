from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(_("Tickets"), "tickets_staff:folder", "inbox", "tickets.view_ticket", order=10),
    MenuItem(_("Interactions"), "tickets_staff:interactions", "telephone", "tickets.view_interaction", order=20),
    MenuItem(_("Outages"), "tickets_staff:outages", "exclamation-triangle", "tickets.view_outage", order=80),
]
PORTAL = [MenuItem(_("My requests"), "tickets_portal:list", "chat-left-text", order=10)]
