from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CustomersConfig(AppConfig):
    """Customer management for staff, subscriber services, provisioning and activation."""

    name = "customers"
    verbose_name = _("Customers and services")

    def ready(self) -> None:
        from accounts.customer_tabs import CustomerTab, register_customer_tab
        from core.navigation import PORTAL, STAFF, register_menu
        from core.roles import register_role_permissions
        from customers import events, menus, roles, selectors
        from notifications.defaults import register_texts
        from notifications.events import register_events

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
        register_role_permissions("customers", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("customers")
        register_customer_tab(
            CustomerTab(
                "services",
                _("Services"),
                rows=selectors.services_for_tab,
                template="customers/tabs/_services.html",
                order=10,
            )
        )
