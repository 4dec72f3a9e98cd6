"""The portal's finance area and contracts. Every lookup is scoped to the user's account: another
account's invoice or payment answers 404."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from billing import providers, selectors, services
from billing.forms import PaymentForm
from billing.models import ZERO, Invoice, Payment
from billing.tasks import system_user
from core.access import customer_required
from core.files import stored_file_response
from core.pagination import page_of
from core.ratelimit import ratelimit
from core.urls import absolute_url


@customer_required
def invoice_list(request, kind: str):
    status = request.GET.get("status", "")
    if status not in Invoice.Status.values:
        status = ""
    page, invoices = page_of(request, selectors.portal_invoices(request.user, kind=kind, status=status))
    return render(
        request,
        "billing/portal_invoices.html",
        {
            "kind": kind,
            "title": Invoice.Kind(kind).label,
            "page_obj": page,
            "invoices": invoices,
            "status": status,
            "statuses": [c for c in Invoice.Status.choices if c[0] != Invoice.Status.DRAFT],
            "section": kind,
        },
    )


@customer_required
def invoice_detail(request, pk: int):
    invoice = selectors.portal_invoice(request.user, pk)
    return render(
        request,
        "billing/portal_invoice.html",
        {"invoice": invoice, "lines": list(invoice.lines.all()), "taxes": services.tax_by_rate(invoice)},
    )


@customer_required
def invoice_pdf(request, pk: int):
    return pdf_response(selectors.portal_invoice(request.user, pk), request)


PAYMENT_TITLES = {
    "": gettext_lazy("My payments"),
    Payment.Status.UNDER_REVIEW: gettext_lazy("Documents under review"),
    Payment.Status.REJECTED: gettext_lazy("Rejected payments"),
}


@customer_required
def payment_list(request, status: str = ""):
    page, payments = page_of(request, selectors.portal_payments(request.user, status=status))
    return render(
        request,
        "billing/portal_payments.html",
        {
            "page_obj": page,
            "payments": payments,
            "status": status,
            "title": PAYMENT_TITLES[status],
            "section": status or "payments",
        },
    )


@customer_required
def payment_detail(request, pk: int):
    payment = selectors.portal_payment(request.user, pk)
    allocations = list(payment.allocations.select_related("invoice"))
    return render(request, "billing/portal_payment.html", {"payment": payment, "allocations": allocations})


@customer_required
def receipt(request, pk: int):
    payment = selectors.portal_payment(request.user, pk)
    if not payment.receipt:
        raise Http404
    return stored_file_response(
        payment.receipt, content_type=payment.receipt_type, filename=payment.receipt_name, inline=True
    )


@customer_required
@require_http_methods(["GET", "POST"])
@ratelimit("payment_create", keys=["user", "ip"])
def payment_new(request):
    user = request.user
    corrects = None
    corrects_id = request.GET.get("corrects") or request.POST.get("corrects")
    if corrects_id:
        try:
            corrects = selectors.portal_payment(user, int(corrects_id))
        except ValueError:
            raise Http404 from None
    payable = selectors.portal_payable_invoices(user)
    initial = {}
    if corrects is not None:
        initial = {
            "amount": corrects.amount,
            "method": corrects.method,
            "paid_on": corrects.paid_on,
            "reference": corrects.reference,
            "invoices": [a.invoice_id for a in corrects.allocations.all()],
            "keep_rest_as_credit": corrects.keep_rest_as_credit,
        }
    form = PaymentForm(request.POST or None, request.FILES or None, invoices=payable, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            payment = services.payment_record(
                by=user,
                customer=user.customer,
                amount=data["amount"],
                method=data["method"],
                paid_on=data["paid_on"],
                reference=data["reference"],
                receipt=data["receipt"],
                invoices=list(data["invoices"]),
                keep_rest_as_credit=data["keep_rest_as_credit"],
                corrects=corrects,
            )
        except (services.BillingError, ValidationError) as error:
            form.add_error(None, str(error.message if isinstance(error, ValidationError) else error))
        else:
            messages.success(request, _("Payment %(number)s was sent for review.") % {"number": payment.number})
            return redirect("billing_portal:payment", payment.pk)
    return render(
        request,
        "billing/portal_payment_new.html",
        {"form": form, "corrects": corrects, "credit": user.customer.credit_balance, "section": "new"},
    )


@customer_required
def contract_list(request):
    page, contracts = page_of(request, selectors.portal_contracts(request.user))
    return render(request, "billing/portal_contracts.html", {"page_obj": page, "contracts": contracts})


@customer_required
def contract_document(request, pk: int):
    """A document of the account's own contract, always downloaded; 404 for another account's."""
    document = selectors.portal_contract_document(request.user, pk)
    return stored_file_response(document.file, content_type=document.content_type, filename=document.original_name)


def pdf_response(invoice, request) -> HttpResponse:
    from billing.pdf import invoice_pdf

    response = HttpResponse(invoice_pdf(invoice, language=get_language()), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{invoice.number or invoice.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@customer_required
@require_POST
@ratelimit("payment_create", keys=["user", "ip"])
def pay_online(request):
    """New payment → pay online: the chosen invoices' due amount, on the provider's page."""
    user = request.user
    ids = [int(value) for value in request.POST.getlist("invoices") if value.isdigit()]
    invoices = list(selectors.portal_payable_invoices(user).filter(pk__in=ids))
    if not invoices or len(invoices) != len(set(ids)):
        messages.error(request, _("Choose the invoices to pay."))
        return redirect("billing_portal:payment_new")
    try:
        payment = services.payment_record(
            by=user,
            customer=user.customer,
            amount=sum((invoice.due for invoice in invoices), ZERO),
            method=Payment.Method.ONLINE,
            paid_on=timezone.localdate(),
            invoices=invoices,
            online=True,
        )
    except services.BillingError as error:
        messages.error(request, str(error))
        return redirect("billing_portal:payment_new")
    return_url = absolute_url(reverse("billing_portal:payment", args=[payment.pk]))
    return redirect(providers.start_url(payment, return_url=return_url))


@customer_required
@require_http_methods(["GET", "POST"])
def online_simulated(request, pk: int):
    """The simulated provider's page: the customer chooses success, decline or timeout."""
    payment = selectors.portal_payment(request.user, pk)
    if payment.status != Payment.Status.AWAITING_PROVIDER or settings.BILLING_PROVIDER != "simulated":
        return redirect("billing_portal:payment", payment.pk)
    if request.method == "POST":
        outcome = request.POST.get("outcome")
        if outcome in ("success", "decline"):
            providers.handle_callback(providers.simulated_callback(payment, outcome), by=system_user())
        return redirect("billing_portal:payment", payment.pk)
    return render(request, "billing/portal_online_simulated.html", {"payment": payment})


@csrf_exempt
@require_POST
def online_callback(request):
    """The provider's server-to-server callback; its signature, not a session, authenticates it."""
    accepted, why = providers.handle_callback(request.POST, by=system_user())
    return HttpResponse(why, status=200 if accepted else 400, content_type="text/plain")
