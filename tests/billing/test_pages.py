"""The staff and portal pages: scope (another account's object → 404), fixed query counts, moves by POST."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from billing import services
from billing.models import Invoice, Payment
from tests.billing.conftest import make_invoice

pytestmark = pytest.mark.django_db


def payment_of(user, invoices, amount="10.00"):
    return services.payment_record(
        by=user,
        customer=user.customer,
        amount=Decimal(amount),
        method=Payment.Method.CASH,
        paid_on=timezone.localdate(),
        invoices=invoices,
    )


def test_customer_cannot_see_or_pay_another_accounts_invoice(client, owner, outsider, finance):
    theirs = make_invoice(outsider.customer, finance)
    their_payment = payment_of(outsider, [theirs])
    client.force_login(owner)
    for url in (
        reverse("billing_portal:invoice", args=[theirs.pk]),
        reverse("billing_portal:payment", args=[their_payment.pk]),
        reverse("billing_portal:receipt", args=[their_payment.pk]),
        reverse("billing_portal:payment_new") + f"?corrects={their_payment.pk}",
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("billing_portal:payment_new"),
        {"amount": "5", "method": "cash", "paid_on": timezone.localdate().isoformat(), "invoices": [theirs.pk]},
    )
    assert response.status_code == 200
    assert Payment.objects.filter(customer=owner.customer).count() == 0


def test_drafts_are_not_shown_to_customers(client, owner, finance):
    draft = make_invoice(owner.customer, finance, issue=False)
    client.force_login(owner)
    assert client.get(reverse("billing_portal:invoice", args=[draft.pk])).status_code == 404


@pytest.mark.parametrize("count", [2, 12])
def test_portal_lists_run_a_fixed_number_of_queries(client, owner, finance, count, django_assert_max_num_queries):
    for _ in range(count):
        invoice = make_invoice(owner.customer, finance)
        payment_of(owner, [invoice])
    make_invoice(owner.customer, finance, kind=Invoice.Kind.PROFORMA)
    client.force_login(owner)
    for name in ("invoices", "proformas", "payments", "under_review", "rejected", "contracts", "payment_new"):
        with django_assert_max_num_queries(14):
            assert client.get(reverse(f"billing_portal:{name}")).status_code == 200


@pytest.mark.parametrize("count", [2, 12])
def test_finance_desk_runs_a_fixed_number_of_queries(client, owner, finance, count, django_assert_max_num_queries):
    for _ in range(count):
        invoice = make_invoice(owner.customer, finance, due_in=-40)
        services.invoices_mark_overdue(by=finance)
        payment_of(owner, [invoice])
    client.force_login(finance)
    for url in (
        reverse("billing_staff:review"),
        reverse("billing_staff:invoices"),
        reverse("billing_staff:invoices") + "?status=overdue",
        reverse("billing_staff:contracts"),
        reverse("billing_staff:statement", args=[owner.customer.pk]),
    ):
        with django_assert_max_num_queries(14):
            assert client.get(url).status_code == 200, url


def test_overdue_ageing_buckets(owner, finance):
    from billing.selectors import overdue_ageing

    for days in (5, 40, 70, 100, 200):
        make_invoice(owner.customer, finance, due_in=-days)
    services.invoices_mark_overdue(by=finance)
    assert [(b["label"], b["count"]) for b in overdue_ageing()] == [("0-30", 1), ("31-60", 1), ("61-90", 1), ("90+", 2)]
    assert overdue_ageing()[3]["amount"] == Decimal("240.00")


def test_the_invoice_lists_ageing_is_read_once_and_follows_every_invoice_change(
    client, settings, monkeypatch, owner, finance
):
    from billing import selectors
    from billing.workflow import PAYMENT_FLOW

    settings.COUNTS_CACHE_SECONDS = 300  # as with Redis in production
    computed = []
    real = selectors.overdue_ageing
    monkeypatch.setattr(selectors, "overdue_ageing", lambda **kw: computed.append(1) or real(**kw))

    def buckets():
        page = client.get(reverse("billing_staff:invoices"))
        return [(b["label"], b["count"]) for b in page.context["ageing"]]

    client.force_login(finance)
    late = make_invoice(owner.customer, finance, due_in=-5)
    assert buckets() == [("0-30", 1), ("31-60", 0), ("61-90", 0), ("90+", 0)]
    assert buckets() == [("0-30", 1), ("31-60", 0), ("61-90", 0), ("90+", 0)]
    assert len(computed) == 1
    make_invoice(owner.customer, finance, due_in=-40)
    assert buckets() == [("0-30", 1), ("31-60", 1), ("61-90", 0), ("90+", 0)]
    PAYMENT_FLOW.run(payment_of(owner, [late], "120.00"), "accept", by=finance)
    assert buckets() == [("0-30", 0), ("31-60", 1), ("61-90", 0), ("90+", 0)]


def test_finance_rejects_and_accepts_through_the_page(client, owner, finance, invoice_a):
    payment = payment_of(owner, [invoice_a], "120.00")
    client.force_login(finance)
    page = client.get(reverse("billing_staff:payment", args=[payment.pk])).content.decode()
    assert (
        'id="action-accept"' in page
        and 'id="open-reject"' in page
        and "reverse" not in page.split("workflow-actions")[-1]
    )
    move = reverse("billing_staff:payment_move", args=[payment.pk])
    client.post(move, {"action": "reject", "comment": ""})
    payment.refresh_from_db()
    assert payment.status == Payment.Status.UNDER_REVIEW
    client.post(move, {"action": "accept"})
    invoice_a.refresh_from_db()
    assert invoice_a.status == Invoice.Status.PAID


def test_money_moves_are_never_posted_from_a_page(client, finance, invoice_a):
    client.force_login(finance)
    client.post(reverse("billing_staff:invoice_move", args=[invoice_a.pk]), {"action": "apply_payment", "amount": "5"})
    invoice_a.refresh_from_db()
    assert invoice_a.paid_amount == 0


def test_statement_csv_balances(client, owner, finance, invoice_a):
    from billing.workflow import PAYMENT_FLOW

    PAYMENT_FLOW.run(payment_of(owner, [invoice_a], "20.00"), "accept", by=finance)
    client.force_login(finance)
    response = client.get(reverse("billing_staff:statement", args=[owner.customer.pk]), {"format": "csv"})
    lines = response.getvalue().decode().strip().splitlines()
    assert lines[-1].endswith(",120.00,20.00,100.00")


def test_staff_invoice_form_makes_a_draft_then_issue(client, owner, finance):
    client.force_login(finance)
    data = {
        "kind": "invoice",
        "customer": owner.customer.number,
        "contract": "",
        "due_date": timezone.localdate().isoformat(),
        "lines-TOTAL_FORMS": "2",
        "lines-INITIAL_FORMS": "0",
        "lines-MIN_NUM_FORMS": "1",
        "lines-MAX_NUM_FORMS": "50",
        "lines-0-description": "Router",
        "lines-0-quantity": "2",
        "lines-0-unit_price": "10.005",
        "lines-0-tax_rate": "20",
        "lines-1-description": "",
        "lines-1-quantity": "",
        "lines-1-unit_price": "",
        "lines-1-tax_rate": "20",
    }
    response = client.post(reverse("billing_staff:invoice_new"), data)
    assert response.status_code == 200  # 10.005 has three decimals: refused
    data["lines-0-unit_price"] = "10.01"
    response = client.post(reverse("billing_staff:invoice_new"), data)
    assert response.status_code == 302, response.context["form"].errors or response.context["lines"].errors
    invoice = Invoice.objects.get()
    assert (invoice.status, invoice.gross) == ("draft", Decimal("24.02"))
    client.post(reverse("billing_staff:invoice_move", args=[invoice.pk]), {"action": "issue"})
    invoice.refresh_from_db()
    assert invoice.status == "issued" and invoice.number


def test_the_history_names_moves_and_states_in_the_readers_language(client, finance, invoice_a):
    client.force_login(finance)
    with translation.override("fa"):
        html = client.get(reverse("billing_staff:invoice", args=[invoice_a.pk]), HTTP_ACCEPT_LANGUAGE="fa").content
        issued = str(Invoice.Status.ISSUED.label)
    page = html.decode()
    history = page[page.index('id="timeline"') :]
    assert issued in history and "issued" not in history.split("</ul>")[0]
