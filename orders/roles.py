"""What each role holds of the order permissions (registered in OrdersConfig.ready(); granted by migration 0002)."""

from core.roles import ADMINISTRATOR, ALL, FINANCE, MANAGER, SALES, SUPPORT_AGENT, TECHNICIAN

_READ = ["view_order", "view_orderline", "view_orderaction", "view_product", "view_tariffplan"]

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    SALES: [
        *_READ,
        "add_order",
        "change_order",
        "delete_order",
        "review_order",
        "schedule_installation",
        "ship_order",
        "activate_order",
        "complete_order",
        "cancel_order",
        "export_orders",
        "add_product",
        "change_product",
        "add_tariffplan",
        "change_tariffplan",
        "view_installationslot",
    ],
    TECHNICIAN: [
        *_READ,
        "schedule_installation",
        "activate_order",
        "complete_order",
        "view_installationslot",
        "add_installationslot",
        "change_installationslot",
    ],
    FINANCE: [*_READ, "manage_payment", "export_orders"],
    SUPPORT_AGENT: _READ,
}
