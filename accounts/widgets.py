"""The customer picker: a text box that searches as you type, and the chosen customer's id.

Without JavaScript it still works: type the customer number (C-000123) and the
form finds the account by it."""

from django import forms
from django.forms import Script
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from accounts.selectors import customer_by_number
from accounts.staff_views import picker_label


class CustomerPickerWidget(forms.MultiWidget):
    def __init__(self, attrs=None):
        super().__init__(
            [
                forms.HiddenInput(attrs={"data-customer-id": ""}),
                forms.TextInput(
                    attrs={
                        "class": "form-control",
                        "autocomplete": "off",
                        "data-customer-picker": "",
                        "placeholder": _("Number, name, phone, tax number or contract"),
                    }
                ),
            ],
            attrs,
        )

    class Media:
        js = [Script("js/customer-picker.js", defer=True)]

    def value_from_datadict(self, data, files, name):
        if f"{name}_0" not in data and name in data:
            return [data.get(name), ""]  # a plain id, as links and older forms send it
        return super().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data and super().value_omitted_from_data(data, files, name)

    def decompress(self, value):
        if isinstance(value, Customer):
            return [value.pk, picker_label(value)]
        if value and str(value).isdigit():
            customer = Customer.objects.filter(pk=value).first()
            return [value, picker_label(customer) if customer else ""]
        return [None, ""]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        text = context["widget"]["subwidgets"][1]["attrs"]
        text["list"] = f"{text.get('id', name)}-options"
        text["data-lookup-url"] = reverse("accounts:customer_lookup")
        return context

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        return format_html('{}<datalist id="{}-options"></datalist>', html, (attrs or {}).get("id", name) + "_1")


class CustomerPickerField(forms.Field):
    widget = CustomerPickerWidget
    default_error_messages = {
        "unknown": _("No customer has this number. Type the customer number (C-000123) or choose from the list."),
        "invalid_choice": _("Select a valid choice. That customer does not exist."),
    }

    def clean(self, value):
        chosen_id, text = (value or [None, ""])[:2]
        text = (text or "").strip()
        customer = None
        if chosen_id and str(chosen_id).isdigit():
            customer = Customer.objects.filter(pk=chosen_id).first()
        if customer is None and text:
            customer = customer_by_number(text.split("·")[0])
        if customer is None and chosen_id and not text:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        if customer is None:
            if text or self.required:
                raise forms.ValidationError(
                    self.error_messages["unknown" if text else "required"], code="unknown" if text else "required"
                )
            return None
        return customer
