"""What each role holds of the accounts (and auth) permissions; registered in AccountsConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, FINANCE, MANAGER, SALES, SUPPORT_AGENT, TECHNICIAN

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: [
        "view_user",
        "add_user",
        "change_user",
        "view_customer",
        "change_customer",
        "add_customer",
        "view_branch",
        "view_staffprofile",
        "view_customer_identity",
        "view_securityevent",
    ],
    SUPPORT_AGENT: ["view_customer"],
    SALES: ["view_customer", "add_customer", "change_customer"],
    TECHNICIAN: ["view_customer", "view_branch"],
    FINANCE: ["view_customer", "view_customer_identity"],
}
AUTH_PERMISSIONS = {ADMINISTRATOR: ALL}
