"""Billing in the staff search box (see core.search): an invoice, pro-forma or payment number
("inv-2026-7", "PAY-2026-000012") or a contract number ("k-3", "K-000003") goes straight to it,
for staff who may see that kind of document. Each is one lookup on a unique (indexed) number."""

from django.urls import reverse

from billing.models import Contract, Invoice, Payment
from core.search import Found, prefixed_number, yearly_number


def find(*, user, query: str, digits: str) -> Found:
    contract = prefixed_number(query, "K-")
    if contract and user.has_perm("billing.view_contract"):
        found = Contract.objects.filter(number=contract).only("id").first()
        if found is not None:
            return Found(redirect=reverse("billing_staff:contract", args=[found.pk]))
    invoice = yearly_number(query, ("INV", "PF"))
    if invoice and user.has_perm("billing.view_invoice"):
        found = Invoice.objects.filter(number=invoice).only("id").first()
        if found is not None:
            return Found(redirect=reverse("billing_staff:invoice", args=[found.pk]))
    payment = yearly_number(query, ("PAY",))
    if payment and user.has_perm("billing.view_payment"):
        found = Payment.objects.filter(number=payment).only("id").first()
        if found is not None:
            return Found(redirect=reverse("billing_staff:payment", args=[found.pk]))
    return Found()
