from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.models import Customer, User
from accounts.widgets import CustomerPickerField
from core import contracts
from core.files import MultipleFileField
from core.forms import BootstrapWidgets, CrispyForm, FilesToChooseAgainMixin
from core.phones import PhoneField
from core.widgets import ListedModelChoiceField, Select
from tickets.forms import clean_contract_number
from tickets.models import Area, Interaction, Outage, Queue, Ticket


class StaffTicketForm(FilesToChooseAgainMixin, CrispyForm, forms.Form):
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
    text = forms.CharField(
        label=_("Text"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 5})
    )
    contact_name = forms.CharField(label=_("Contact name"), max_length=200)
    contact_phone = PhoneField(label=_("Contact phone"), required=False)
    contract_number = forms.CharField(label=_("Contract number"), max_length=40, required=False)
    type = forms.ChoiceField(label=_("Type"), choices=Ticket.Type.choices, initial=Ticket.Type.INCIDENT)
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=Ticket.Priority.choices, coerce=int, initial=Ticket.Priority.NORMAL
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_phone"].region_set(self._customer_country())

    def _customer_country(self) -> str | None:
        """The contact phone is read in the country of the customer chosen in the same form."""
        chosen = self.data.get(self.add_prefix("customer")) if self.is_bound else self.initial.get("customer")
        if isinstance(chosen, Customer):
            return chosen.country
        if isinstance(chosen, str) and chosen.isdigit():
            return Customer.objects.filter(pk=chosen).values_list("country", flat=True).first()
        return None

    def clean_contract_number(self):
        return clean_contract_number(self.cleaned_data["contract_number"])

    def clean(self):
        """The contract number, if given, must be one of the chosen customer's contracts (any status)."""
        data = super().clean()
        customer, number = data.get("customer"), data.get("contract_number")
        if customer is not None and number and not contracts.is_account_contract(customer.pk, number):
            self.add_error("contract_number", _("The customer has no contract with that number."))
        return data


class StaffReplyForm(FilesToChooseAgainMixin, CrispyForm, forms.Form):
    # Fixed fields: its empty form's HTML is rendered once per prefix and language ({% crispy_cached %}).
    cache_unbound_html = True

    body = forms.CharField(
        label=_("Message"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3})
    )
    attachments = MultipleFileField(label=_("Attachments"))


class OutageLinkForm(forms.Form):
    outage = forms.ModelChoiceField(queryset=Outage.objects.exclude(status=Outage.Status.RESOLVED), required=False)


class SearchForm(BootstrapWidgets, forms.Form):
    q = forms.CharField(label=_("Text or number"), required=False, max_length=200)
    customer = forms.CharField(label=_("Customer"), required=False, max_length=200)
    contract = forms.CharField(label=_("Contract"), required=False, max_length=40)
    phone = PhoneNumberField(label=_("Phone"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any"))] + Ticket.Status.choices, required=False, widget=Select
    )
    queue = ListedModelChoiceField(
        label=_("Queue"),
        queryset=Queue.objects.all(),
        required=False,
        empty_label=_("Any"),
        widget=Select,
        cached_as=("queues", "search"),
    )
    owner = ListedModelChoiceField(
        label=_("Owner"),
        queryset=User.objects.filter(is_staff=True),
        required=False,
        empty_label=_("Anyone"),
        widget=Select,
        cached_as=("staff-users", "search-owners"),
    )
    since = forms.DateField(label=_("Created from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Created until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


class InteractionForm(CrispyForm, forms.ModelForm):
    customer = CustomerPickerField(label=_("Customer"))
    summary = forms.CharField(
        label=_("Summary"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3})
    )

    class Meta:
        model = Interaction
        fields = ["customer", "kind", "direction", "occurred_at", "summary"]
        widgets = {
            "occurred_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }


class OutageForm(CrispyForm, forms.ModelForm):
    area = forms.ChoiceField(label=_("Area"), choices=())
    description = forms.CharField(
        label=_("Description"),
        max_length=settings.TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    class Meta:
        model = Outage
        fields = ["area", "services", "description", "starts_at", "expected_end", "status"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "expected_end": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A choice from the known areas (managed in the admin): a typo can no longer reach nobody.
        names = Area.objects.filter(is_active=True).values_list("name", flat=True)
        self.fields["area"].choices = [("", _("Choose the affected area")), *((name, name) for name in names)]

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("expected_end") and data["expected_end"] <= data["starts_at"]:
            self.add_error("expected_end", _("The expected end must be after the start."))
        return data
