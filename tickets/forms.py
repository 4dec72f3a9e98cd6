import re

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.files import MultipleFileField
from core.forms import FilesToChooseAgainMixin
from core.phones import PhoneField
from tickets.models import Queue, Ticket

CONTRACT_NUMBER = re.compile(r"^[\w\-/.]{1,40}$", re.UNICODE)


def clean_contract_number(value: str) -> str:
    value = value.strip()
    if value and not CONTRACT_NUMBER.match(value):
        raise ValidationError(_("Enter the contract number as it is printed on your contract, e.g. CN-2024-0117."))
    return value


# --- portal ---


class PortalTicketForm(FilesToChooseAgainMixin, forms.Form):
    queue = forms.ModelChoiceField(
        label=_("Problem"), queryset=Queue.objects.none(), empty_label=_("Choose the kind of problem")
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(
        label=_("Describe the problem"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 5})
    )
    contract_number = forms.CharField(label=_("Contract number"), max_length=40, required=False)
    contact_name = forms.CharField(label=_("Contact name"), max_length=200)
    contact_phone = PhoneField(label=_("Contact phone"), required=False)
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=Ticket.Priority.choices, coerce=int, initial=Ticket.Priority.NORMAL
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, region: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["queue"].queryset = Queue.objects.filter(is_active=True, customer_can_choose=True)
        self.fields["contact_phone"].region_set(region)
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_contract_number(self):
        return clean_contract_number(self.cleaned_data["contract_number"])


class CorrectionForm(FilesToChooseAgainMixin, forms.Form):
    """A returned request, corrected by the customer before it goes back to the queue."""

    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(
        label=_("Describe the problem"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4})
    )
    contract_number = forms.CharField(label=_("Contract number"), max_length=40, required=False)
    contact_phone = PhoneField(label=_("Contact phone"), required=False)
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, region: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_phone"].region_set(region)
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_contract_number(self):
        return clean_contract_number(self.cleaned_data["contract_number"])


class ReplyForm(FilesToChooseAgainMixin, forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4})
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


RATING_LABELS = {
    1: _("1 – very dissatisfied"),
    2: _("2 – dissatisfied"),
    3: _("3 – neither satisfied nor dissatisfied"),
    4: _("4 – satisfied"),
    5: _("5 – very satisfied"),
}


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you?"),
        choices=list(RATING_LABELS.items()),
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class PortalListForm(forms.Form):
    """Filters of the customer's list; bad values fall back to the defaults."""

    state = forms.ChoiceField(
        choices=[("all", "all"), ("open", "open"), ("closed", "closed"), ("waiting", "waiting")], required=False
    )
    sort = forms.ChoiceField(choices=(), required=False)
    q = forms.CharField(required=False, max_length=100)
    day = forms.DateField(required=False)

    def __init__(self, *args, sorts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sort"].choices = [(key, key) for key in sorts]
