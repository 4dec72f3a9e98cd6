"""Forms of the repairs app: the intake (portal and counter) and the quote."""

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.widgets import CustomerPickerField
from core.files import IMAGE_TYPES, MultipleFileField
from core.forms import CrispyForm, FilesToChooseAgainMixin
from core.widgets import Select
from repairs.models import QuoteLine, Repair
from repairs.selectors import intake_branches
from repairs.validation import clean_id_number


class IntakeForm(FilesToChooseAgainMixin, CrispyForm, forms.Form):
    """What a customer (or the counter, for a customer it picks) says about the device."""

    device_type = forms.CharField(label=_("Device type"), max_length=80, help_text=_("Phone, laptop, router, …"))
    device_model = forms.CharField(label=_("Model"), max_length=120)
    serial_number = forms.CharField(
        label=_("Serial number"),
        max_length=80,
        error_messages={"required": _("Enter the serial number: it is printed on the device or its box.")},
    )
    purchase_date = forms.DateField(
        label=_("Purchase date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("If you know it: a device still under warranty is repaired free of charge."),
    )
    problem = forms.CharField(label=_("The problem"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    charger_included = forms.BooleanField(label=_("The charger or adapter comes with it"), required=False)
    condition = forms.MultipleChoiceField(
        label=_("Physical condition"),
        choices=Repair.Condition.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    condition_notes = forms.CharField(label=_("Condition, in your words"), max_length=500, required=False)
    handed_over_by = forms.CharField(label=_("Who hands it over (name)"), max_length=200)
    handed_over_id_number = forms.CharField(
        label=_("Their identity document number"), max_length=40, help_text=_("6 to 20 letters and digits.")
    )
    handed_over_phone = forms.CharField(label=_("Their phone"), max_length=40)
    branch = forms.ModelChoiceField(label=_("Branch"), queryset=intake_branches(), empty_label=None)
    return_method = forms.ChoiceField(
        label=_("How it comes back"), choices=Repair.ReturnMethod.choices, widget=forms.RadioSelect
    )
    return_address = forms.CharField(
        label=_("Return address"), max_length=300, required=False, help_text=_("For courier or post.")
    )
    photos = MultipleFileField(label=_("Photos"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].queryset = intake_branches()
        self.fields["photos"].widget.attrs["accept"] = "image/*"

    def clean_handed_over_id_number(self) -> str:
        return clean_id_number(self.cleaned_data["handed_over_id_number"])

    def clean_purchase_date(self) -> datetime.date | None:
        value = self.cleaned_data.get("purchase_date")
        if value and value > timezone.localdate():
            raise ValidationError(_("The purchase date cannot be in the future."))
        return value

    def clean_photos(self):
        photos = self.cleaned_data["photos"]
        for photo in photos:
            if photo.content_type not in IMAGE_TYPES:
                raise ValidationError(_("“%(name)s” is not a photo: attach images only.") % {"name": photo.name})
        return photos

    def registration(self) -> dict:
        """The valid intake as services.repair_register's keyword arguments: every field of this form
        (a subclass's own fields, like the counter's customer, are not among them)."""
        return {name: self.cleaned_data[name] for name in IntakeForm.base_fields}

    def clean(self):
        data = super().clean()
        if data.get("return_method") in (Repair.ReturnMethod.COURIER, Repair.ReturnMethod.POST) and not data.get(
            "return_address"
        ):
            self.add_error("return_address", _("Enter the address the device goes back to."))
        return data


class CounterIntakeForm(IntakeForm):
    """The same intake at the counter, for a customer the staff member picks."""

    customer = CustomerPickerField(label=_("Customer"))
    field_order = ["customer"]


class QuoteForm(forms.Form):
    """Up to five lines of parts and labour, and the date until which the quote holds."""

    LINES = 5
    valid_until = forms.DateField(label=_("Valid until"), widget=forms.DateInput(attrs={"type": "date"}))
    comment = forms.CharField(label=_("Note for the customer"), required=False, max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index in range(self.LINES):
            self.fields[f"kind_{index}"] = forms.ChoiceField(
                label=_("Kind"), choices=QuoteLine.Kind.choices, required=False
            )
            self.fields[f"description_{index}"] = forms.CharField(
                label=_("Description"), max_length=200, required=False
            )
            self.fields[f"amount_{index}"] = forms.DecimalField(
                label=_("Amount"), max_digits=12, decimal_places=2, min_value=Decimal("0.00"), required=False
            )
        if not self.is_bound:
            self.initial.setdefault("valid_until", timezone.localdate() + datetime.timedelta(days=14))

    def line_rows(self) -> list[tuple]:
        return [
            (self[f"kind_{index}"], self[f"description_{index}"], self[f"amount_{index}"])
            for index in range(self.LINES)
        ]

    def clean(self):
        data = super().clean()
        lines = []
        for index in range(self.LINES):
            description = data.get(f"description_{index}", "")
            amount = data.get(f"amount_{index}")
            if not description and amount is None:
                continue
            if not description or amount is None:
                raise ValidationError(_("Each quote line needs a description and an amount."))
            lines.append(
                {
                    "kind": data.get(f"kind_{index}") or QuoteLine.Kind.PARTS,
                    "description": description,
                    "amount": amount,
                }
            )
        if not lines:
            raise ValidationError(_("Add at least one parts or labour line."))
        data["lines"] = lines
        return data


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Open"))] + Repair.Status.choices, required=False, widget=Select
    )
    branch = forms.IntegerField(required=False, widget=forms.HiddenInput)
    q = forms.CharField(label=_("Number or serial"), required=False, max_length=80)
