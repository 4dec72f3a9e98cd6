from django import forms
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.models import User
from accounts.widgets import CustomerPickerField
from core.forms import CrispyForm
from tickets.forms import MultipleFileField, clean_contract_number
from tickets.models import Interaction, Outage, Queue, Ticket


class StaffTicketForm(CrispyForm, forms.Form):
    customer = CustomerPickerField(label=_("Customer"))
    channel = forms.ChoiceField(
        label=_("Came in by"),
        choices=[(c, label) for c, label in Ticket.Channel.choices if c != Ticket.Channel.PORTAL],
        initial=Ticket.Channel.PHONE,
    )
    queue = forms.ModelChoiceField(
        label=_("Send to queue"),
        queryset=Queue.objects.filter(is_active=True),
        required=False,
        empty_label=_("Keep it: I work on it myself"),
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 5}))
    contact_name = forms.CharField(label=_("Contact name"), max_length=200)
    contact_phone = PhoneNumberField(label=_("Contact phone"), required=False)
    contract_number = forms.CharField(label=_("Contract number"), max_length=40, required=False)
    type = forms.ChoiceField(label=_("Type"), choices=Ticket.Type.choices, initial=Ticket.Type.INCIDENT)
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=Ticket.Priority.choices, coerce=int, initial=Ticket.Priority.NORMAL
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def clean_contract_number(self):
        return clean_contract_number(self.cleaned_data["contract_number"])


class StaffReplyForm(CrispyForm, forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}))
    attachments = MultipleFileField(label=_("Attachments"))


class OutageLinkForm(forms.Form):
    outage = forms.ModelChoiceField(queryset=Outage.objects.exclude(status=Outage.Status.RESOLVED), required=False)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Text or number"), required=False, max_length=200)
    customer = forms.CharField(label=_("Customer"), required=False, max_length=200)
    contract = forms.CharField(label=_("Contract"), required=False, max_length=40)
    phone = PhoneNumberField(label=_("Phone"), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Any"))] + Ticket.Status.choices, required=False)
    queue = forms.ModelChoiceField(label=_("Queue"), queryset=Queue.objects.all(), required=False, empty_label=_("Any"))
    owner = forms.ModelChoiceField(
        label=_("Owner"), queryset=User.objects.filter(is_staff=True), required=False, empty_label=_("Anyone")
    )
    since = forms.DateField(label=_("Created from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Created until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css


class InteractionForm(CrispyForm, forms.ModelForm):
    customer = CustomerPickerField(label=_("Customer"))

    class Meta:
        model = Interaction
        fields = ["customer", "kind", "direction", "occurred_at", "summary"]
        widgets = {
            "occurred_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }


class OutageForm(CrispyForm, forms.ModelForm):
    class Meta:
        model = Outage
        fields = ["area", "services", "description", "starts_at", "expected_end", "status"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "expected_end": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("expected_end") and data["expected_end"] <= data["starts_at"]:
            self.add_error("expected_end", _("The expected end must be after the start."))
        return data
