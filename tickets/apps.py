from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TicketsConfig(AppConfig):
    name = "tickets"
    verbose_name = _("Tickets")

    def ready(self) -> None:
        from core.counts import invalidate_on_change
        from core.navigation import PORTAL, STAFF, register_menu
        from core.roles import register_role_permissions
        from notifications.defaults import register_texts
        from notifications.events import register_events
        from tickets import events, menus, roles
        from tickets.models import Outage, Queue, Ticket

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
        register_role_permissions("tickets", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("tickets")
        # The queue badges and folder counts, and the current outages (tickets.selectors), are cached
        # until a ticket, or an outage, changes.
        invalidate_on_change("tickets", Ticket)
        invalidate_on_change("outages", Outage)
        invalidate_on_change("queues", Queue)  # the search form's queue choices
