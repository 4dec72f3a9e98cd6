import re

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from core.phones import PhoneField
from tickets.attachments import ALLOWED_BINARY_TYPES, TEXT_EXTENSIONS, check_uploads, upload_limits_text
from tickets.models import Queue, Ticket

CONTRACT_NUMBER = re.compile(r"^[\w\-/.]{1,40}$", re.UNICODE)


def allowed_extensions() -> list[str]:
    return sorted({*ALLOWED_BINARY_TYPES.values(), "jpeg", *TEXT_EXTENSIONS})


class MultipleFileInput(forms.ClearableFileInput):
    """Carries the server's limits so static/js/forms.js can refuse a file before it is uploaded."""

    allow_multiple_selected = True

    def get_context(self, name, value, attrs):
        extensions = allowed_extensions()
        attrs = {
            **(attrs or {}),
            "accept": ",".join(f".{extension}" for extension in extensions),
            "data-max-bytes": settings.ATTACHMENT_MAX_BYTES,
            "data-max-files": settings.ATTACHMENT_MAX_FILES,
            "data-allowed-types": " ".join(extensions),
        }
        return super().get_context(name, value, attrs)


class FilesToChooseAgainMixin:
    """Browsers empty file inputs when a refused form comes back: name the files to choose again."""

    @property
    def files_to_choose_again(self) -> list[str]:
        if not self.is_bound or not self.errors or not self.files:
            return []
        return [upload.name for name in self.files for upload in self.files.getlist(name)]


class MultipleFileField(forms.FileField):
    """Several files in one field; each is checked by tickets.attachments."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", lazy(upload_limits_text, str)())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data if isinstance(data, list | tuple) else [data]) if upload]
        for upload in uploads:
            super().clean(upload, initial)
        return check_uploads(uploads)


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
    text = forms.CharField(label=_("Describe the problem"), widget=forms.Textarea(attrs={"rows": 5}))
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
    text = forms.CharField(label=_("Describe the problem"), widget=forms.Textarea(attrs={"rows": 4}))
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
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 4}))
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
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

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
