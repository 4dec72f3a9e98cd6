from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalHomeConfig(AppConfig):
    """The customer's own notes, the staff notice board and self-registration."""

    name = "portalhome"
    verbose_name = _("Portal home")

    def ready(self) -> None:
        from core.counts import invalidate_on_change
        from core.navigation import STAFF, register_menu
        from core.roles import register_role_permissions
        from notifications.defaults import register_texts
        from notifications.events import register_events
        from portalhome import events, menus, roles
        from portalhome.models import Notice

        register_menu(STAFF, *menus.STAFF)
        register_role_permissions("portalhome", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("portalhome")
        # The staff home's notice board (portalhome.selectors.current_notices) is cached until a notice changes.
        invalidate_on_change("notices", Notice)
