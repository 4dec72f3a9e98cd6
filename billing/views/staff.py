"""The finance desk: review queue, invoices with overdue ageing, contracts, a customer's statement."""

import csv
import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import Customer
from billing import selectors, services
from billing.forms import ContractDocumentsForm, ContractForm, InvoiceForm, LineFormSet, StaffPaymentForm, StatementForm
from billing.models import Contract, Invoice
from billing.services import Line
from billing.views.portal import pdf_response
from billing.workflow import CONTRACT_FLOW, INVOICE_FLOW, MONEY_MOVES, PAYMENT_FLOW, PROVIDER_MOVES
from core.access import staff_permission_required
from core.files import stored_file_response
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError, moves_for, run_posted_move

HIDDEN_MOVES = MONEY_MOVES | PROVIDER_MOVES


def _moves(flow, obj, user):
    return [move for move in moves_for(flow, obj, user) if move["transition"].name not in HIDDEN_MOVES]


def _run_move(request, flow, obj):
    if str(request.POST.get("action", "")) in HIDDEN_MOVES:
        messages.error(request, _("That action is not possible."))
        return
    try:
        run_posted_move(flow, obj, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done."))


# --- payments ---------------------------------------------------------------------------


@staff_permission_required("billing.view_payment")
def review_queue(request):
    page, payments = page_of(request, selectors.review_queue(), paginator_class=CappedPaginator)
    return render(request, "billing/staff_review.html", {"page_obj": page, "payments": payments})


@staff_permission_required("billing.view_payment")
def payment_detail(request, pk: int):
    payment = selectors.staff_payment(request.user, pk)
    return render(
        request,
        "billing/staff_payment.html",
        {
            "payment": payment,
            "allocations": list(payment.allocations.select_related("invoice")),
            "actions": PAYMENT_FLOW.label_actions(payment.actions.select_related("actor")),
            "moves": _moves(PAYMENT_FLOW, payment, request.user),
        },
    )


@staff_permission_required("billing.view_payment")
@require_POST
def payment_move(request, pk: int):
    payment = selectors.staff_payment(request.user, pk)
    _run_move(request, PAYMENT_FLOW, payment)
    return redirect("billing_staff:payment", payment.pk)


@staff_permission_required("billing.view_payment")
def receipt(request, pk: int):
    payment = selectors.staff_payment(request.user, pk)
    if not payment.receipt:
        raise Http404
    return stored_file_response(
        payment.receipt, content_type=payment.receipt_type, filename=payment.receipt_name, inline=True
    )


@staff_permission_required("billing.review_payment")
@require_http_methods(["GET", "POST"])
def payment_new(request):
    """Money received directly: recorded and accepted at once."""
    customer = None
    number = request.POST.get("customer") or request.GET.get("customer")
    if number:
        customer = Customer.objects.filter(number__iexact=number.strip()).first()
    payable = (
        Invoice.objects.filter(customer=customer, kind=Invoice.Kind.INVOICE, status__in=services.PAYABLE)
        if customer
        else Invoice.objects.none()
    )
    form = StaffPaymentForm(request.POST or None, request.FILES or None, invoices=payable, receipt_required=False)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            payment = services.payment_receive(
                by=request.user,
                customer=data["customer"],
                amount=data["amount"],
                method=data["method"],
                paid_on=data["paid_on"],
                reference=data["reference"],
                receipt=data["receipt"],
                invoices=list(data["invoices"]),
                keep_rest_as_credit=data["keep_rest_as_credit"],
            )
        except (services.BillingError, ValidationError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Payment %(number)s recorded and accepted.") % {"number": payment.number})
            return redirect("billing_staff:payment", payment.pk)
    return render(
        request, "billing/staff_form.html", {"form": form, "title": _("Record a payment received"), "multipart": True}
    )


# --- invoices ---------------------------------------------------------------------------


@staff_permission_required("billing.view_invoice")
def invoice_list(request):
    status = request.GET.get("status", "")
    kind = request.GET.get("kind", "")
    status = status if status in Invoice.Status.values else ""
    kind = kind if kind in Invoice.Kind.values else ""
    page, invoices = page_of(
        request, selectors.staff_invoices(kind=kind, status=status), paginator_class=CappedPaginator
    )
    return render(
        request,
        "billing/staff_invoices.html",
        {
            "page_obj": page,
            "invoices": invoices,
            "status": status,
            "kind": kind,
            "statuses": Invoice.Status.choices,
            "kinds": Invoice.Kind.choices,
            "ageing": selectors.overdue_ageing_of_today(),
        },
    )


@staff_permission_required("billing.view_invoice")
def invoice_detail(request, pk: int):
    invoice = selectors.staff_invoice(request.user, pk)
    return render(
        request,
        "billing/staff_invoice.html",
        {
            "invoice": invoice,
            "lines": list(invoice.lines.all()),
            "taxes": services.tax_by_rate(invoice),
            "actions": INVOICE_FLOW.label_actions(invoice.actions.select_related("actor")),
            "moves": _moves(INVOICE_FLOW, invoice, request.user),
            "may_apply_credit": invoice.is_open
            and invoice.kind == Invoice.Kind.INVOICE
            and invoice.customer.credit_balance > 0
            and request.user.has_perm("billing.review_payment"),
        },
    )


@staff_permission_required("billing.view_invoice")
def invoice_pdf(request, pk: int):
    return pdf_response(selectors.staff_invoice(request.user, pk), request)


@staff_permission_required("billing.view_invoice")
@require_POST
def invoice_move(request, pk: int):
    invoice = selectors.staff_invoice(request.user, pk)
    _run_move(request, INVOICE_FLOW, invoice)
    return redirect("billing_staff:invoice", invoice.pk)


@staff_permission_required("billing.review_payment")
@require_POST
def invoice_credit(request, pk: int):
    invoice = selectors.staff_invoice(request.user, pk)
    try:
        amount = services.credit_apply(invoice=invoice, by=request.user)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(amount)s of credit applied.") % {"amount": amount})
    return redirect("billing_staff:invoice", invoice.pk)


@staff_permission_required("billing.add_invoice")
@require_http_methods(["GET", "POST"])
def invoice_new(request):
    form = InvoiceForm(request.POST or None)
    lines = LineFormSet(request.POST or None, prefix="lines")
    if request.method == "POST" and form.is_valid() and lines.is_valid():
        data = form.cleaned_data
        contract = None
        if data["contract"]:
            contract = Contract.objects.filter(number__iexact=data["contract"], customer=data["customer"]).first()
        if data["contract"] and contract is None:
            form.add_error("contract", _("The customer has no contract with that number."))
        else:
            try:
                invoice = services.invoice_create(
                    by=request.user,
                    customer=data["customer"],
                    kind=data["kind"],
                    contract=contract,
                    due_date=data["due_date"],
                    lines=[Line(**row) for row in lines.cleaned_data if row],
                )
            except services.BillingError as error:
                form.add_error(None, str(error))
            else:
                return redirect("billing_staff:invoice", invoice.pk)
    return render(request, "billing/staff_invoice_new.html", {"form": form, "lines": lines})


# --- contracts --------------------------------------------------------------------------


@staff_permission_required("billing.view_contract")
def contract_list(request):
    status = request.GET.get("status", "")
    status = status if status in Contract.Status.values else ""
    rows = Contract.objects.select_related("customer").order_by("-start_date", "-pk")
    if status:
        rows = rows.filter(status=status)
    page, contracts = page_of(request, rows, paginator_class=CappedPaginator)
    return render(
        request,
        "billing/staff_contracts.html",
        {"page_obj": page, "contracts": contracts, "status": status, "statuses": Contract.Status.choices},
    )


def _contract_page(request, contract, *, documents_form=None, status=200):
    return render(
        request,
        "billing/staff_contract.html",
        {
            "contract": contract,
            "documents": list(contract.documents.select_related("uploaded_by")),
            "documents_form": documents_form
            or (ContractDocumentsForm() if request.user.has_perm("billing.change_contract") else None),
            "invoices": list(contract.invoices.order_by("-created_at")[:50]),
            "actions": CONTRACT_FLOW.label_actions(contract.actions.select_related("actor")),
            "moves": _moves(CONTRACT_FLOW, contract, request.user),
        },
        status=status,
    )


@staff_permission_required("billing.view_contract")
def contract_detail(request, pk: int):
    return _contract_page(request, selectors.staff_contract(request.user, pk))


@staff_permission_required("billing.change_contract")
@require_POST
def contract_documents_add(request, pk: int):
    contract = selectors.staff_contract(request.user, pk)
    form = ContractDocumentsForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            added = services.contract_add_documents(
                contract=contract, files=form.cleaned_data["files"], by=request.user
            )
        except services.BillingError as error:
            form.add_error("files", str(error))
        else:
            messages.success(request, _("%(count)d document(s) added.") % {"count": len(added)})
            return redirect("billing_staff:contract", contract.pk)
    return _contract_page(request, contract, documents_form=form, status=400)


@staff_permission_required("billing.view_contract")
@require_POST
def contract_move(request, pk: int):
    contract = selectors.staff_contract(request.user, pk)
    _run_move(request, CONTRACT_FLOW, contract)
    return redirect("billing_staff:contract", contract.pk)


@staff_permission_required("billing.view_contract")
def contract_document(request, pk: int):
    """Always a download (attachment), with the type detected at upload."""
    document = selectors.staff_contract_document(request.user, pk)
    return stored_file_response(document.file, content_type=document.content_type, filename=document.original_name)


@staff_permission_required("billing.add_contract")
@require_http_methods(["GET", "POST"])
def contract_new(request):
    form = ContractForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contract = services.contract_create(by=request.user, account_manager=request.user, **data)
        except services.BillingError as error:
            form.add_error(None, str(error))
        else:
            return redirect("billing_staff:contract", contract.pk)
    return render(request, "billing/staff_form.html", {"form": form, "title": _("New contract")})


# --- statement --------------------------------------------------------------------------


class _Echo:
    """A file-like object for csv.writer that hands each written line back (streamed CSV)."""

    def write(self, value: str) -> str:
        return value


def _statement_csv(result):
    writer = csv.writer(_Echo())
    yield writer.writerow([_("Date"), _("Document"), _("Number"), _("Debit"), _("Credit"), _("Balance")])
    yield writer.writerow([result.start, _("Opening balance"), "", "", "", result.opening])
    for row in result.iter_rows():
        yield writer.writerow([row["date"], row["kind"], row["number"], row["debit"], row["credit"], row["balance"]])
    yield writer.writerow([result.end, _("Closing balance"), "", result.invoiced, result.paid, result.closing])


@staff_permission_required("billing.view_invoice")
def statement(request, pk: int):
    """The period's totals and balance (SQL sums) above a page of its rows; the CSV streams every row,
    the PDF holds every row."""
    customer = get_object_or_404(Customer, pk=pk)
    today = timezone.localdate()
    form = StatementForm(request.GET or {"start": today.replace(day=1) - datetime.timedelta(days=365), "end": today})
    if form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    else:
        start, end = today - datetime.timedelta(days=365), today
    result = selectors.statement(customer, start=start, end=end)
    if request.GET.get("format") == "csv":
        response = StreamingHttpResponse(_statement_csv(result), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="statement-{customer.number}.csv"'
        return response
    if request.GET.get("format") == "pdf":
        from billing.pdf import statement_pdf

        response = HttpResponse(statement_pdf(result, language=get_language()), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="statement-{customer.number}.pdf"'
        return response
    page, rows = page_of(request, result.rows)
    return render(
        request,
        "billing/staff_statement.html",
        {"form": form, "statement": result, "page_obj": page, "rows": rows},
    )
