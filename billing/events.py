"""The billing messages (registered in BillingConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from notifications.events import Event, Kind

_INVOICE = {
    "number": "INV-2026-000007",
    "amount": "1 200.00 RUB",
    "due_date": "2026-03-31",
    "url": "https://portal.example.com/portal/finance/invoices/7/",
}
_PAYMENT = {
    "number": "PAY-2026-000012",
    "amount": "1 500.00 RUB",
    "url": "https://portal.example.com/portal/finance/payments/12/",
}

EVENTS = (
    Event(
        "invoice_issued", Kind.BILLING, _("Invoice issued"), ("number", "amount", "due_date", "url"), sample=_INVOICE
    ),
    Event(
        "invoice_overdue", Kind.BILLING, _("Invoice overdue"), ("number", "amount", "due_date", "url"), sample=_INVOICE
    ),
    Event(
        "payment_under_review",
        Kind.BILLING,
        _("Payment to review"),
        ("number", "amount", "customer_name", "url"),
        sample={**_PAYMENT, "customer_name": "Example Ltd"},
    ),
    Event(
        "payment_accepted",
        Kind.BILLING,
        _("Payment accepted"),
        ("number", "amount", "credit", "url"),
        sample={**_PAYMENT, "credit": "300.00 RUB"},
    ),
    Event(
        "payment_rejected",
        Kind.BILLING,
        _("Payment rejected"),
        ("number", "amount", "reason", "url"),
        sample={**_PAYMENT, "reason": "The receipt is unreadable."},
    ),
    Event(
        "contract_ending",
        Kind.BILLING,
        _("Contract ending"),
        ("number", "name", "end_date", "url"),
        sample={
            "number": "K-000003",
            "name": "Internet 100",
            "end_date": "2026-04-30",
            "url": "https://portal.example.com/portal/contracts/",
        },
    ),
)
