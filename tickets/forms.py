import re

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core import contracts
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

ACCOUNT_CONTRACT_ONLY = _("None of your contracts has this number. Check it on your contract, or leave it empty.")


class ContractChoiceMixin:
    """The contract of a customer's request, checked against the account's contracts (core.contracts).

    With an active contract the customer picks it from a list of their own active contracts (never
    typed, never another account's) and the contract and the contact phone are required. Without one
    the number may be typed (e.g. a contract that has ended), but only one of the account's own contracts
    (any status) is taken: an unknown number or another account's is refused."""

    def set_contracts(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        mine = contracts.active_contracts(customer_id) if customer_id else None
        if not mine:
            return
        self.fields["contract_number"] = forms.ChoiceField(
            label=_("Contract"),
            choices=[("", _("Choose your contract")), *mine],
            error_messages={
                "required": _("Choose the contract this request is about."),
                "invalid_choice": _("Choose one of your contracts."),
            },
        )
        phone = self.fields["contact_phone"]
        phone.required = True
        phone.error_messages["required"] = _("Enter a phone number we can call you on.")

    def clean_contract_number(self):
        value = clean_contract_number(self.cleaned_data["contract_number"])
        if value and not contracts.is_account_contract(getattr(self, "customer_id", None), value):
            raise ValidationError(ACCOUNT_CONTRACT_ONLY)
        return value


class PortalTicketForm(ContractChoiceMixin, FilesToChooseAgainMixin, forms.Form):
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

    def __init__(self, *args, region: str | None = None, customer_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["queue"].queryset = Queue.objects.filter(is_active=True, customer_can_choose=True)
        self.fields["contact_phone"].region_set(region)
        self.set_contracts(customer_id)
        self.helper = FormHelper()
        self.helper.form_tag = False


class CorrectionForm(ContractChoiceMixin, FilesToChooseAgainMixin, forms.Form):
    """A returned request, corrected by the customer before it goes back to the queue."""

    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(
        label=_("Describe the problem"), max_length=settings.TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4})
    )
    contract_number = forms.CharField(label=_("Contract number"), max_length=40, required=False)
    contact_phone = PhoneField(label=_("Contact phone"), required=False)
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, region: str | None = None, customer_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_phone"].region_set(region)
        self.set_contracts(customer_id)
        self.helper = FormHelper()
        self.helper.form_tag = False


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
