from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
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


class QuickSelect(forms.Select):
    """A select rendered in Python: a list of a hundred channels costs a template render per
    option with Django's widget templates (most of a stock page's time)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], mark_safe(" selected") if option["selected"] else "", option["label"])  # nosec B308
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(widget["attrs"]), options)


class StockFilterForm(BootstrapWidgets, forms.Form):
    pattern = forms.CharField(
        label=_("Number"), required=False, max_length=15, help_text=_("e.g. *7777 or 7916*; ? is one digit")
    )
    kind = forms.ChoiceField(
        label=_("Type"), choices=[("", _("Any type")), *StockKind.choices], required=False, widget=QuickSelect
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *StockStatus.choices], required=False, widget=QuickSelect
    )
    region = forms.CharField(label=_("Region"), required=False, max_length=40)
    # The channel's id (any in the user's scope; another id is not a valid choice).
    channel = forms.TypedChoiceField(
        label=_("Channel"), coerce=int, required=False, empty_value=None, widget=QuickSelect
    )

    def __init__(self, *args, channels, **kwargs):
        """`channels`: a queryset of the channels in scope, or their (pk, name) pairs already read."""
        super().__init__(*args, **kwargs)
        # One plain query for the choices (a ModelChoiceField would iterate a server-side cursor per render).
        pairs = channels if isinstance(channels, list) else channels.order_by("path").values_list("pk", "name")
        self.fields["channel"].choices = [("", "---------"), *pairs]

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


class PartnerOrderForm(CrispyForm, forms.Form):
    """A partner's order for a customer: a SIM/number product, how many, and optionally which numbers."""

    customer_number = forms.CharField(label=_("Customer account number"), max_length=20)
    customer_phone = forms.CharField(
        label=_("Customer phone"), max_length=32, help_text=_("As on the customer's account; both must match.")
    )
    product = forms.TypedChoiceField(label=_("Product"), coerce=int, choices=())
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, max_value=20, initial=1)
    numbers = forms.CharField(
        label=_("Numbers"),
        required=False,
        max_length=200,
        help_text=_("Numbers from your stock, separated by commas; empty: the next available ones."),
    )
    delivery_address = forms.CharField(label=_("Delivery address"), max_length=255, required=False)
    notes = forms.CharField(label=_("Notes"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, products, **kwargs):
        super().__init__(*args, **kwargs)
        self.products = {product.pk: product for product in products}
        self.fields["product"].choices = [(pk, f"{p.name} ({p.price} {p.currency})") for pk, p in self.products.items()]

    def clean_numbers(self) -> list[str]:
        parts = [part.strip() for part in self.cleaned_data["numbers"].replace(";", ",").split(",") if part.strip()]
        if any(not part.isdigit() or not 5 <= len(part) <= 15 for part in parts):
            raise ValidationError(_("A number has 5 to 15 digits."))
        if len(set(parts)) != len(parts):
            raise ValidationError(_("A number is named twice."))
        return parts

    def clean(self):
        data = super().clean()
        if len(data.get("numbers") or []) > (data.get("quantity") or 0):
            self.add_error("numbers", _("Name at most as many numbers as the quantity."))
        return data

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data["product"] = self.products[data["product"]]
        return data


class PartnerOrderFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=())

    def __init__(self, *args, statuses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Any status")), *statuses]
