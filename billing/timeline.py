"""Contracts, invoices and payments (accepted and rejected) in the customer's timeline, and the
payments still under review in "my processes" (see core.timeline).

Drafts are the finance desk's and never appear; neither do the moves' staff comments.
"""

from datetime import timedelta

from django.db.models import F, QuerySet, Value
from django.db.models.functions import Now
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from billing.models import Contract, Invoice, Payment
from core.compiled import compiled_rows
from core.timeline import Entry, Process, Waiting, dated, entry_rows, step_bar, url_for_pk

KINDS = {"contract": _("Contracts"), "invoice": _("Invoices"), "payment": _("Payments")}
P = Payment.Status
IN_FLIGHT = (P.AWAITING_PROVIDER, P.UNDER_REVIEW)
TONES = {P.ACCEPTED: "success", P.REJECTED: "danger", P.REVERSED: "warning"}
# A rejected payment waits for the customer to correct and send it again this long (it has no later state).
REJECTED_WAITS = timedelta(days=30)


def _wanted(kinds: set[str] | None, kind: str) -> bool:
    return kinds is None or kind in kinds


def _rows(source: str, label: str, amount: str, rows: QuerySet, since, until, limit: int) -> QuerySet:
    """The columns the three kinds share, so that they are read in one UNION ALL query."""
    return (
        dated(rows, since, until)
        .order_by("-created_at", "-pk")
        .annotate(src=Value(source), label=F(label), money=F(amount))
        .values_list("src", "pk", "number", "status", "label", "money", "currency", "created_at")[:limit]
    )


def _entries_query(*, limit: int, customer_id: int, since, until, kinds: set[str] | None = None) -> QuerySet:
    parts = []
    if _wanted(kinds, "contract"):
        contracts = Contract.objects.filter(customer_id=customer_id).exclude(status=Contract.Status.DRAFT)
        parts.append(_rows("contract", "name", "amount", contracts, since, until, limit))
    if _wanted(kinds, "invoice"):
        invoices = Invoice.objects.filter(customer_id=customer_id).exclude(status=Invoice.Status.DRAFT)
        parts.append(_rows("invoice", "kind", "gross", invoices, since, until, limit))
    if _wanted(kinds, "payment"):
        payments = Payment.objects.filter(customer_id=customer_id)
        parts.append(_rows("payment", "method", "amount", payments, since, until, limit))
    return parts[0].union(*parts[1:], all=True).order_by() if len(parts) > 1 else parts[0]


def entries(*, customer_id: int, kinds: set[str] | None, since, until, limit: int) -> list[Entry]:
    """Contracts, invoices and payments, newest first, each at most `limit`: one query, compiled once
    per shape (core.compiled)."""
    rows = entry_rows(
        "billing.timeline",
        _entries_query,
        offered=KINDS,
        kinds=kinds,
        customer_id=customer_id,
        since=since,
        until=until,
        limit=limit,
    )
    contract_url = reverse("billing_portal:contracts")
    invoice_url, payment_url = url_for_pk("billing_portal:invoice"), url_for_pk("billing_portal:payment")
    contract_status = {state: str(label) for state, label in Contract.Status.choices}
    invoice_kind = {kind: str(label) for kind, label in Invoice.Kind.choices}
    invoice_status = {state: str(label) for state, label in Invoice.Status.choices}
    payment_status = {state: str(label) for state, label in P.choices}
    contract_title = str(_("Contract %(number)s: %(name)s"))
    payment_title = str(_("Payment %(number)s: %(amount)s %(currency)s"))
    found: list[Entry] = []
    for source, pk, number, status, label, money, currency, at in rows:
        if source == "contract":
            entry = Entry(
                kind="contract",
                at=at,
                title=contract_title % {"number": number, "name": label},
                text=contract_status.get(status, status),
                url=contract_url,
                icon="file-earmark-text",
                tone="info",
            )
        elif source == "invoice":
            entry = Entry(
                kind="invoice",
                at=at,
                title=f"{invoice_kind.get(label, label)} {number}: {money} {currency}",
                text=invoice_status.get(status, status),
                url=invoice_url(pk),
                icon="receipt",
                tone="warning" if status == Invoice.Status.OVERDUE else "secondary",
            )
        else:
            entry = Entry(
                kind="payment",
                at=at,
                title=payment_title % {"number": number, "amount": money, "currency": currency},
                text=payment_status.get(status, status),
                url=payment_url(pk),
                icon="cash-coin",
                tone=TONES.get(status, "secondary"),
            )
        found.append(entry)
    return found


def _processes_query(*, limit: int, customer_id: int) -> QuerySet:
    return (
        Payment.objects.filter(customer_id=customer_id, status__in=IN_FLIGHT)
        .order_by("-created_at", "-pk")
        .values_list("pk", "number", "status", "amount", "currency", "created_at")[:limit]
    )


def processes(*, customer_id: int, limit: int) -> list[Process]:
    payments = compiled_rows(
        "billing.processes", _processes_query, shape={"limit": limit}, values={"customer_id": customer_id}
    )
    labels = [str(_("Sent")), str(P.UNDER_REVIEW.label), str(P.ACCEPTED.label)]
    steps, url = step_bar(labels, 1), url_for_pk("billing_portal:payment")
    title, ours, awaiting = (
        str(_("Payment %(number)s: %(amount)s %(currency)s")),
        str(_("Waiting for us")),
        str(P.AWAITING_PROVIDER.label),
    )
    return [
        Process(
            kind="payment",
            title=title % {"number": number, "amount": amount, "currency": currency},
            url=url(pk),
            at=at,
            steps=steps,
            expected=awaiting if status == P.AWAITING_PROVIDER else ours,
        )
        for pk, number, status, amount, currency, at in payments
    ]


def waiting(*, customer_id: int) -> list[Waiting]:
    # The database's clock, not ours: the home page's counting query is written once (core.compiled).
    rejected = Payment.objects.filter(
        customer_id=customer_id, status=P.REJECTED, created_at__gte=Now() - REJECTED_WAITS
    )
    return [
        Waiting(
            key="payments-rejected",
            label=str(_("Rejected payments to correct")),
            url=reverse("billing_portal:rejected"),
            rows=rejected,
            tone="danger",
        )
    ]
