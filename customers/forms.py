from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Branch, Customer
from core.forms import CrispyForm
from core.widgets import Select
from customers.models import SubscriberService


class CustomerSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    # Selects written in Python (core.widgets): Django's templates cost an include per option.
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Customer.Kind.choices], widget=Select
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *Customer.Status.choices], widget=Select
    )
    # A company has a handful of branches: a select. Channels can be many: typed by code.
    branch = forms.ModelChoiceField(
        label=_("Branch"), required=False, queryset=None, empty_label=_("All branches"), widget=Select
    )
    channel = forms.CharField(label=_("Channel code"), required=False, max_length=40)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].queryset = Branch.objects.filter(is_active=True).order_by("name")
        for name in ("kind", "status", "branch"):
            self.fields[name].widget.attrs.update({"class": "form-select", "aria-label": self.fields[name].label})
        self.fields["channel"].widget.attrs.update(
            {"class": "form-control", "placeholder": _("Channel code"), "aria-label": _("Channel code")}
        )

    def clean_channel(self) -> str:
        return self.cleaned_data["channel"].strip()


class PlanChangeForm(forms.Form):
    plan = forms.ModelChoiceField(label=_("New plan"), queryset=None, empty_label=None, widget=Select)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Every plan: one no longer on sale is refused by the service with its own message.
        self.fields["plan"].queryset = SubscriberService._meta.get_field("plan").related_model.objects.all()


class AddOnForm(forms.Form):
    soc_code = forms.CharField(label=_("SOC code"), max_length=20)


class ServiceNotesForm(forms.Form):
    flash_note = forms.CharField(label=_("Flash note"), max_length=255, required=False)
    user_name = forms.CharField(label=_("Actual user"), max_length=200, required=False)
    user_relation = forms.CharField(label=_("Relation to the customer"), max_length=120, required=False)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=2000)


IDENTITY_FIELDS = ("passport_number", "passport_issued_by", "passport_issued_on", "tax_number")


class CustomerForm(CrispyForm, forms.ModelForm):
    """Validation and normalisation only; the service checks what spans rows (a tax number in use).
    Editing an existing customer, identity fields are offered only to users who may see them."""

    def __init__(self, *args, show_identity: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].queryset = Branch.objects.order_by("name")
        if not show_identity:
            for name in IDENTITY_FIELDS:
                del self.fields[name]

    class Meta:
        model = Customer
        fields = [
            "kind",
            "name",
            "email",
            "phone",
            "address",
            "area",
            "country",
            "branch",
            "channel_code",
            "passport_number",
            "passport_issued_by",
            "passport_issued_on",
            "tax_number",
        ]
        widgets = {"passport_issued_on": forms.DateInput(attrs={"type": "date"})}

    def clean_channel_code(self) -> str:
        return self.cleaned_data["channel_code"].strip()

    def clean_tax_number(self) -> str:
        return self.cleaned_data["tax_number"].strip().upper()

    @property
    def shows_identity(self) -> bool:
        return "tax_number" in self.fields
