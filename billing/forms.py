from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from billing.models import Contract, Invoice, Payment
from core.files import MultipleFileField, check_upload
from core.forms import CrispyForm, FilesToChooseAgainMixin

POSITIVE = {"min_value": Decimal("0.01"), "max_digits": 14, "decimal_places": 2}


class InvoiceChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, invoice: Invoice) -> str:
        return _("%(number)s — %(due)s %(currency)s due by %(date)s") % {
            "number": invoice.number,
            "due": invoice.due,
            "currency": invoice.currency,
            "date": invoice.due_date,
        }


class PaymentForm(CrispyForm, FilesToChooseAgainMixin, forms.Form):
    amount = forms.DecimalField(label=_("Amount"), **POSITIVE)
    method = forms.ChoiceField(label=_("Method"), choices=Payment.Method.choices)
    paid_on = forms.DateField(label=_("Date paid"), widget=forms.DateInput(attrs={"type": "date"}))
    reference = forms.CharField(label=_("Reference"), max_length=120, required=False)
    receipt = forms.FileField(label=_("Receipt (PDF or image)"))
    invoices = InvoiceChoice(
        label=_("Invoices it pays"),
        queryset=Invoice.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to add the whole amount to your credit."),
    )
    keep_rest_as_credit = forms.BooleanField(label=_("Keep what is left as credit"), required=False)

    def __init__(self, *args, invoices=None, receipt_required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invoices"].queryset = invoices if invoices is not None else Invoice.objects.none()
        self.fields["receipt"].required = receipt_required

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return paid_on

    def clean_receipt(self):
        receipt = self.cleaned_data.get("receipt")
        if not receipt:
            return None
        checked = check_upload(receipt)
        if not (checked.content_type == "application/pdf" or checked.content_type.startswith("image/")):
            raise ValidationError(_("The receipt must be a PDF or an image."))
        return checked


class CustomerNumberField(forms.CharField):
    """A customer picked by account number (no <select> of every customer)."""

    def __init__(self, **kwargs):
        super().__init__(label=_("Customer account number"), max_length=20, **kwargs)

    def clean(self, value):
        number = super().clean(value)
        if not number:
            return None
        customer = Customer.objects.filter(number__iexact=number.strip()).first()
        if customer is None:
            raise ValidationError(_("There is no customer with that account number."))
        return customer


class StaffPaymentForm(PaymentForm):
    customer = CustomerNumberField()
    field_order = ["customer"]


class LineForm(forms.Form):
    description = forms.CharField(label=_("Description"), max_length=300)
    quantity = forms.DecimalField(label=_("Quantity"), min_value=Decimal("0.001"), max_digits=12, decimal_places=3)
    unit_price = forms.DecimalField(label=_("Unit price"), min_value=Decimal("0"), max_digits=14, decimal_places=2)
    tax_rate = forms.DecimalField(
        label=_("Tax rate (%)"),
        min_value=Decimal("0"),
        max_value=Decimal("100"),
        max_digits=5,
        decimal_places=2,
        initial=Decimal("20"),
    )


LineFormSet = forms.formset_factory(LineForm, extra=3, min_num=1, validate_min=True, max_num=50)


class InvoiceForm(CrispyForm, forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Invoice.Kind.choices)
    customer = CustomerNumberField()
    contract = forms.CharField(label=_("Contract number"), max_length=20, required=False)
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))


class ContractForm(CrispyForm, forms.Form):
    customer = CustomerNumberField()
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=Contract.Kind.choices)
    start_date = forms.DateField(label=_("Start"), widget=forms.DateInput(attrs={"type": "date"}))
    end_date = forms.DateField(label=_("End"), widget=forms.DateInput(attrs={"type": "date"}))
    amount = forms.DecimalField(label=_("Amount"), min_value=Decimal("0"), max_digits=14, decimal_places=2)


class StatementForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))


class ContractDocumentsForm(forms.Form):
    """Staff add documents to a contract; each file is checked like a ticket attachment."""

    files = MultipleFileField(label=_("Documents"), required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].error_messages["required"] = _("Choose at least one file.")

    def clean_files(self):
        files = self.cleaned_data["files"]
        if not files:  # MultipleFileField checks each file, not that there is one
            raise ValidationError(self.fields["files"].error_messages["required"], code="required")
        return files
