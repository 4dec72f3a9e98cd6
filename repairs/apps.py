from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepairsConfig(AppConfig):
    name = "repairs"
    verbose_name = _("Repairs")

    def ready(self) -> None:
        from core.counts import invalidate_on_change
        from core.navigation import PORTAL, STAFF, register_menu
        from core.roles import register_role_permissions
        from notifications.defaults import register_texts
        from notifications.events import register_events
        from repairs import events, menus, roles
        from repairs.models import Repair

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
        register_role_permissions("repairs", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("repairs")
        # The branch queue's counts per status (repairs.selectors.queue_counts) are cached until a repair changes.
        invalidate_on_change("repairs", Repair)
