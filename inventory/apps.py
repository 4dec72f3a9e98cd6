from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InventoryConfig(AppConfig):
    name = "inventory"
    verbose_name = _("Inventory and channels")

    def ready(self) -> None:
        from core.navigation import STAFF, register_menu
        from core.roles import register_role_permissions
        from inventory import events, menus, order_stock, roles
        from notifications.defaults import register_texts
        from notifications.events import register_events

        register_menu(STAFF, *menus.STAFF)
        register_role_permissions("inventory", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("inventory")
        order_stock.register()
