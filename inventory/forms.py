from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from core.files import CheckedFile, check_upload
from core.forms import BootstrapWidgets, CrispyForm
from inventory.models import Channel, ImportJob, StockKind, StockStatus


class IdsField(forms.Field):
    """The primary keys of the ticked rows."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int]:
        try:
            return [int(v) for v in value or []]
        except (TypeError, ValueError):
            raise ValidationError(_("The selection is not valid."), code="invalid") from None

    def validate(self, value) -> None:
        if not value:
            raise ValidationError(_("Select at least one item."), code="required")


class StockFilterForm(BootstrapWidgets, forms.Form):
    pattern = forms.CharField(
        label=_("Number"), required=False, max_length=15, help_text=_("e.g. *7777 or 7916*; ? is one digit")
    )
    kind = forms.ChoiceField(label=_("Type"), choices=[("", _("Any type")), *StockKind.choices], required=False)
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Any status")), *StockStatus.choices], required=False)
    region = forms.CharField(label=_("Region"), required=False, max_length=40)
    channel = forms.ModelChoiceField(label=_("Channel"), queryset=Channel.objects.none(), required=False)

    def __init__(self, *args, channels, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].queryset = channels

    def clean_pattern(self) -> str:
        pattern = self.cleaned_data["pattern"].strip()
        if pattern and not all(ch.isdigit() or ch in "*?" for ch in pattern):
            raise ValidationError(_("Use digits, * and ? only."))
        return pattern


class StockTargetForm(forms.Form):
    """Where a bulk move sends the items: a channel in the user's scope, or (staff) a customer."""

    move = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("allocate", _("Allocate")),
            ("allocate_down", _("Allocate to a sub-channel")),
            ("release", _("Release to the pool")),
        ],
    )
    channel = forms.ModelChoiceField(label=_("Channel"), queryset=Channel.objects.none(), required=False)
    customer = forms.ModelChoiceField(
        label=_("Customer number"), queryset=Customer.objects.all(), required=False, widget=forms.NumberInput
    )
    comment = forms.CharField(label=_("Note"), required=False, max_length=500)

    def __init__(self, *args, channels, customers: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].queryset = channels.filter(status=Channel.Status.ACTIVE)
        if not customers:
            del self.fields["customer"]

    def values(self) -> dict:
        return {key: self.cleaned_data.get(key) for key in ("channel", "customer", "comment")}


class BulkMoveForm(StockTargetForm):
    ids = IdsField()


class NextMoveForm(StockTargetForm):
    count = forms.IntegerField(label=_("How many"), min_value=1, max_value=1000)
    region = forms.CharField(label=_("Region"), required=False, max_length=40)
    kind = forms.ChoiceField(label=_("Type"), choices=[("", _("Any type")), *StockKind.choices], required=False)


class RangeForm(CrispyForm, forms.Form):
    prefix = forms.RegexField(label=_("Prefix"), regex=r"^[0-9]{0,10}$", max_length=10, required=False)
    first = forms.RegexField(label=_("From"), regex=r"^[0-9]{1,12}$", max_length=12)
    last = forms.RegexField(label=_("To"), regex=r"^[0-9]{1,12}$", max_length=12)
    kind = forms.ChoiceField(label=_("Type"), choices=StockKind.choices, initial=StockKind.REGULAR)
    price_class = forms.CharField(label=_("Price class"), required=False, max_length=20)
    region = forms.CharField(label=_("Region"), required=False, max_length=40)


class ChannelForm(CrispyForm, forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=Channel.Kind.choices)
    parent = forms.ModelChoiceField(label=_("Parent channel"), queryset=Channel.objects.none(), required=False)
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=32, required=False)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)

    def __init__(self, *args, channels, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = channels


class ImportForm(CrispyForm, forms.Form):
    kind = forms.ChoiceField(label=_("The file holds"), choices=ImportJob.Kind.choices)
    file = forms.FileField(
        label=_("CSV or Excel file"),
        help_text=_(
            "First row: the column names — msisdn, kind, region, price_class for numbers; "
            "iccid, imsi, pin, puk, kind, region for SIM cards; all of them for both paired."
        ),
    )
    load_good_rows = forms.BooleanField(label=_("Load the good rows even if some are refused"), required=False)

    def clean_file(self) -> CheckedFile:
        return check_upload(self.cleaned_data["file"])


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise ValidationError(_("“From” must not be after “to”."))
        return data


class PartnerUserForm(CrispyForm, forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    channel = forms.ModelChoiceField(label=_("Channel"), queryset=Channel.objects.none())
    is_manager = forms.BooleanField(label=_("Partner manager (may add users)"), required=False)

    def __init__(self, *args, channels, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].queryset = channels

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise ValidationError(_("This username is taken."))
        return username

    def clean_email(self) -> str:
        email = self.cleaned_data["email"]
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise ValidationError(_("This e-mail address is already in use."))
        return email
