"""Who is told what, through the outbox, inside the transaction of the change."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.selectors import customer_contacts
from core.roles import FINANCE
from core.urls import absolute_url
from notifications.services import notify


def money(amount, currency: str) -> str:
    return f"{amount} {currency}"


def _customer_recipients(customer) -> list:
    users = list(get_user_model().objects.filter(customer=customer, is_active=True))
    return users or customer_contacts([customer])


def invoice_issued(invoice) -> None:
    notify(
        event="invoice_issued",
        recipients=_customer_recipients(invoice.customer),
        context={
            "number": invoice.number,
            "amount": money(invoice.gross, invoice.currency),
            "due_date": invoice.due_date.isoformat(),
            "url": absolute_url(reverse("billing_portal:invoice", args=[invoice.pk])),
        },
    )


def invoice_overdue(invoice) -> None:
    notify(
        event="invoice_overdue",
        recipients=_customer_recipients(invoice.customer),
        context={
            "number": invoice.number,
            "amount": money(invoice.due, invoice.currency),
            "due_date": invoice.due_date.isoformat(),
            "url": absolute_url(reverse("billing_portal:invoice", args=[invoice.pk])),
        },
    )


def payment_under_review(payment) -> None:
    finance = get_user_model().objects.filter(groups__name=FINANCE, is_active=True)
    notify(
        event="payment_under_review",
        recipients=finance,
        context={
            "number": payment.number,
            "amount": money(payment.amount, payment.currency),
            "customer_name": payment.customer.name,
            "url": absolute_url(reverse("billing_staff:payment", args=[payment.pk])),
        },
    )


def payment_accepted(payment) -> None:
    notify(
        event="payment_accepted",
        recipients=_customer_recipients(payment.customer),
        context={
            "number": payment.number,
            "amount": money(payment.amount, payment.currency),
            "credit": money(payment.credited, payment.currency) if payment.credited else "",
            "url": absolute_url(reverse("billing_portal:payment", args=[payment.pk])),
        },
    )


def payment_rejected(payment) -> None:
    notify(
        event="payment_rejected",
        recipients=_customer_recipients(payment.customer),
        context={
            "number": payment.number,
            "amount": money(payment.amount, payment.currency),
            "reason": payment.reject_reason,
            "url": absolute_url(reverse("billing_portal:payment", args=[payment.pk])),
        },
    )


def contract_ending(contract) -> None:
    recipients = _customer_recipients(contract.customer)
    if contract.account_manager_id:
        recipients = [*recipients, contract.account_manager]
    notify(
        event="contract_ending",
        recipients=recipients,
        context={
            "number": contract.number,
            "name": contract.name,
            "end_date": contract.end_date.isoformat(),
            "url": absolute_url(reverse("billing_portal:contracts")),
        },
    )
