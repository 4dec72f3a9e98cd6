from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(_("Finance"), "billing_staff:review", "cash-coin", "billing.view_payment", order=50),
    MenuItem(_("Invoices"), "billing_staff:invoices", "receipt", "billing.view_invoice", order=51),
    MenuItem(_("Contracts"), "billing_staff:contracts", "file-earmark-text", "billing.view_contract", order=52),
]
PORTAL = [
    MenuItem(_("Finance"), "billing_portal:invoices", "receipt", order=40),
    MenuItem(_("Contracts"), "billing_portal:contracts", "file-earmark-text", order=41),
]
