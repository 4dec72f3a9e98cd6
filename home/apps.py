from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The pages that tie several apps together. It may import every feature app; nothing imports it."""

    name = "home"
    verbose_name = _("Home")

    def ready(self) -> None:
        from billing.services import invoice_for_order
        from core.navigation import PORTAL, STAFF, register_menu
        from customers.activation import activation_release, activation_start
        from home import customer_tabs, menus
        from orders.hooks import register_activation_starter, register_invoicer, register_stock_handlers

        register_activation_starter(activation_start)
        # Billing makes the order's invoice (BILLING_INVOICE_ORDERS_ON); orders and billing do not import each other.
        register_invoicer(invoice_for_order)
        # Cancelling an order whose activation failed gives back the number and IP address it was assigned.
        register_stock_handlers(release=activation_release)
        customer_tabs.register()

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
