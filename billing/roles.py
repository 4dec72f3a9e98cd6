"""What each role holds of the billing permissions; registered in BillingConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, FINANCE, MANAGER, SALES

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    FINANCE: [
        "view_contract",
        "add_contract",
        "change_contract",
        "view_invoice",
        "add_invoice",
        "change_invoice",
        "issue_invoice",
        "view_payment",
        "add_payment",
        "review_payment",
    ],
    SALES: ["view_contract", "add_contract", "change_contract", "view_invoice"],
}
