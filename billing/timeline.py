"""Contracts, invoices and payments (accepted and rejected) in the customer's timeline, and the
payments still under review in "my processes" (see core.timeline).

Drafts are the finance desk's and never appear; neither do the moves' staff comments.
"""

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from billing.models import Contract, Invoice, Payment
from core.timeline import Entry, Process, step_bar

KINDS = {"contract": _("Contracts"), "invoice": _("Invoices"), "payment": _("Payments")}
P = Payment.Status
IN_FLIGHT = (P.AWAITING_PROVIDER, P.UNDER_REVIEW)
TONES = {P.ACCEPTED: "success", P.REJECTED: "danger", P.REVERSED: "warning"}


def _dated(rows: QuerySet, since, until) -> QuerySet:
    if since:
        rows = rows.filter(created_at__gte=since)
    if until:
        rows = rows.filter(created_at__lt=until)
    return rows.order_by("-created_at", "-pk")


def _wanted(kinds: set[str] | None, kind: str) -> bool:
    return kinds is None or kind in kinds


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    found: list[Entry] = []
    if _wanted(kinds, "contract"):
        contracts = Contract.objects.filter(customer_id=customer_id).exclude(status=Contract.Status.DRAFT)
        url = reverse("billing_portal:contracts")
        for contract in _dated(contracts, since, until).only("id", "number", "name", "status", "created_at")[:limit]:
            found.append(
                Entry(
                    kind="contract",
                    at=contract.created_at,
                    title=_("Contract %(number)s: %(name)s") % {"number": contract.number, "name": contract.name},
                    text=contract.get_status_display(),
                    url=url,
                    icon="file-earmark-text",
                    tone="info",
                )
            )
    if _wanted(kinds, "invoice"):
        invoices = Invoice.objects.filter(customer_id=customer_id).exclude(status=Invoice.Status.DRAFT)
        for invoice in _dated(invoices, since, until).only(
            "id", "kind", "number", "status", "gross", "currency", "created_at"
        )[:limit]:
            found.append(
                Entry(
                    kind="invoice",
                    at=invoice.created_at,
                    title=f"{invoice.get_kind_display()} {invoice.number}: {invoice.gross} {invoice.currency}",
                    text=invoice.get_status_display(),
                    url=reverse("billing_portal:invoice", args=[invoice.pk]),
                    icon="receipt",
                    tone="warning" if invoice.status == Invoice.Status.OVERDUE else "secondary",
                )
            )
    if _wanted(kinds, "payment"):
        payments = Payment.objects.filter(customer_id=customer_id)
        for payment in _dated(payments, since, until).only(
            "id", "number", "status", "amount", "currency", "created_at"
        )[:limit]:
            found.append(
                Entry(
                    kind="payment",
                    at=payment.created_at,
                    title=_("Payment %(number)s: %(amount)s %(currency)s")
                    % {"number": payment.number, "amount": payment.amount, "currency": payment.currency},
                    text=payment.get_status_display(),
                    url=reverse("billing_portal:payment", args=[payment.pk]),
                    icon="cash-coin",
                    tone=TONES.get(payment.status, "secondary"),
                )
            )
    return found


def processes(*, customer_id: int, limit: int) -> list[Process]:
    payments = (
        Payment.objects.filter(customer_id=customer_id, status__in=IN_FLIGHT)
        .only("id", "number", "status", "amount", "currency", "created_at")
        .order_by("-created_at", "-pk")[:limit]
    )
    labels = [str(_("Sent")), str(P.UNDER_REVIEW.label), str(P.ACCEPTED.label)]
    return [
        Process(
            kind="payment",
            title=_("Payment %(number)s: %(amount)s %(currency)s")
            % {"number": payment.number, "amount": payment.amount, "currency": payment.currency},
            url=reverse("billing_portal:payment", args=[payment.pk]),
            at=payment.created_at,
            steps=step_bar(labels, 1),
            expected=payment.get_status_display()
            if payment.status == P.AWAITING_PROVIDER
            else str(_("Waiting for us")),
        )
        for payment in payments
    ]
