"""Forms validate and type what people type; the business rules stay in services."""

import re
from datetime import datetime, time, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.models import Branch, Customer
from accounts.widgets import CustomerPickerField
from orders.models import InstallationSlot, Order, Product, TariffPlan
from orders.services import Item

QUANTITY_KEY = re.compile(r"^qty_(?P<kind>[pt])(?P<pk>\d{1,12})$")
MAX_QUANTITY = 999


class OrderForm(forms.Form):
    """A new order: its type, delivery and one quantity field per item on sale (`qty_p<id>`, `qty_t<id>`).

    Only ids and quantities are read from the POST: prices, taxes and totals come
    from the catalogue, whatever else the request carries."""

    type = forms.ChoiceField(label=_("What would you like?"), choices=Order.Type.choices)
    delivery_method = forms.ChoiceField(
        label=_("Delivery"), choices=Order.Delivery.choices, initial=Order.Delivery.PICKUP
    )
    branch = forms.ModelChoiceField(label=_("Branch"), queryset=Branch.objects.none(), required=False)
    delivery_address = forms.CharField(label=_("Delivery address"), max_length=255, required=False)
    desired_date = forms.DateField(
        label=_("Desired installation date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    contact_phone = PhoneNumberField(label=_("Contact phone"), required=False)
    notes = forms.CharField(label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, products, plans, customer_fixed: Customer | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.products, self.plans, self.customer_fixed = products, plans, customer_fixed
        self.fields["branch"].queryset = Branch.objects.filter(is_active=True)
        for kind, items in (("p", products), ("t", plans)):
            for item in items:
                self.fields[f"qty_{kind}{item.pk}"] = forms.IntegerField(
                    label=item.name, required=False, min_value=0, max_value=MAX_QUANTITY, initial=0
                )
        for field in self.fields.values():
            if isinstance(field, CustomerPickerField):
                continue  # styles its own text box
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs.setdefault("class", css)

    @property
    def plan_fields(self):
        return [(item, self[f"qty_t{item.pk}"]) for item in self.plans]

    @property
    def product_fields(self):
        return [(item, self[f"qty_p{item.pk}"]) for item in self.products]

    def clean_desired_date(self):
        value = self.cleaned_data["desired_date"]
        if value is not None and value < timezone.localdate():
            raise ValidationError(_("The desired installation date cannot be in the past."))
        return value

    def clean(self):
        cleaned = super().clean()
        if self.customer_fixed is not None:
            forged = self.data.get("customer")
            if forged not in (None, "", str(self.customer_fixed.pk)):
                raise ValidationError(_("You can only order for your own account."))
        if "status" in self.data or "payment_state" in self.data:
            raise ValidationError(_("An order's status changes only through its actions."))
        self._check_unknown_items()
        return cleaned

    def _check_unknown_items(self) -> None:
        offered = {("p", item.pk) for item in self.products} | {("t", item.pk) for item in self.plans}
        for key in self.data:
            match = QUANTITY_KEY.match(key)
            if match and (match["kind"], int(match["pk"])) not in offered:
                model = Product if match["kind"] == "p" else TariffPlan
                item = model.objects.filter(pk=match["pk"]).first()
                name = item.name if item else key
                raise ValidationError(_("“%(item)s” is no longer sold.") % {"item": name})

    def items(self) -> list[Item]:
        chosen = []
        for item, bound in [*self.plan_fields, *self.product_fields]:
            quantity = self.cleaned_data.get(bound.name) or 0
            if quantity > 0:
                chosen.append(Item(item=item, quantity=quantity))
        return chosen


class StaffOrderForm(OrderForm):
    customer = CustomerPickerField(label=_("Customer"))
    channel_code = forms.CharField(label=_("Channel"), max_length=40, required=False)

    field_order = ["customer", "type"]


class DeskFilterForm(forms.Form):
    """The desk's filters; a value that does not parse is dropped, never an error page."""

    status = forms.ChoiceField(choices=[("", _("Any status"))] + Order.Status.choices, required=False)
    payment = forms.ChoiceField(choices=[("", _("Any payment"))] + Order.Payment.choices, required=False)
    type = forms.ChoiceField(choices=[("", _("Any type"))] + Order.Type.choices, required=False)
    channel = forms.CharField(max_length=40, required=False)
    customer = forms.IntegerField(min_value=1, required=False)
    date_from = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    q = forms.CharField(max_length=100, required=False)
    sort = forms.ChoiceField(
        choices=[(s, s) for s in ("-date", "date", "-amount", "amount", "status", "-status")], required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in (("status", _("Status")), ("payment", _("Payment")), ("type", _("Type"))):
            self.fields[name].widget.attrs.update({"class": "form-select", "aria-label": label})


class PortalFilterForm(forms.Form):
    state = forms.ChoiceField(
        choices=[("all", _("All")), ("open", _("Open")), ("done", _("Completed")), ("cancelled", _("Cancelled"))],
        required=False,
    )
    q = forms.CharField(max_length=100, required=False)


class MoveForm(forms.Form):
    """The inputs any move may carry; each move reads the ones it declares."""

    comment = forms.CharField(max_length=2000, required=False)
    tracking_reference = forms.CharField(max_length=80, required=False)
    amount = forms.DecimalField(max_digits=14, decimal_places=2, min_value=0, required=False)
    slot = forms.ModelChoiceField(queryset=InstallationSlot.objects.none(), required=False)
    delivery_method = forms.ChoiceField(choices=Order.Delivery.choices, required=False)
    delivery_address = forms.CharField(max_length=255, required=False)

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = slots

    def values(self) -> dict:
        data = {key: value for key, value in self.cleaned_data.items() if value not in (None, "")}
        if "delivery_address" in self.data:
            data.setdefault("delivery_address", "")
        return data


class SlotForm(forms.Form):
    branch = forms.ModelChoiceField(label=_("Branch"), queryset=Branch.objects.filter(is_active=True))
    technician = forms.ModelChoiceField(label=_("Technician"), queryset=None)
    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(label=_("Start"), widget=forms.TimeInput(attrs={"type": "time"}))
    hours = forms.IntegerField(label=_("Hours"), min_value=1, max_value=12, initial=2)

    def __init__(self, *args, technicians, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["technician"].queryset = technicians

    def times(self) -> tuple[datetime, datetime]:
        starts = timezone.make_aware(datetime.combine(self.cleaned_data["day"], self.cleaned_data["start"]))
        return starts, starts + timedelta(hours=self.cleaned_data["hours"])


class ScheduleFilterForm(forms.Form):
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    branch = forms.ModelChoiceField(
        queryset=Branch.objects.filter(is_active=True),
        required=False,
        empty_label=_("All branches"),
        widget=forms.Select(attrs={"class": "form-select", "aria-label": _("Branch")}),
    )

    def day_range(self) -> tuple[datetime, datetime]:
        day = (self.cleaned_data.get("day") if self.is_valid() else None) or timezone.localdate()
        start = timezone.make_aware(datetime.combine(day, time.min))
        return start, start + timedelta(days=1)


class _SalesWindowMixin:
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("sold_from"), cleaned.get("sold_until")
        if start and end and end < start:
            raise ValidationError(_("The end of the sales window cannot be before its start."))
        return cleaned


class CatalogueProductForm(_SalesWindowMixin, forms.ModelForm):
    class Meta:
        model = Product
        fields = [
            "name",
            "sku",
            "kind",
            "description",
            "price",
            "currency",
            "tax_rate",
            "is_active",
            "sold_from",
            "sold_until",
        ]
        widgets = {
            "sold_from": forms.DateInput(attrs={"type": "date"}),
            "sold_until": forms.DateInput(attrs={"type": "date"}),
        }


class CataloguePlanForm(_SalesWindowMixin, forms.ModelForm):
    class Meta:
        model = TariffPlan
        fields = [
            "name",
            "technical_name",
            "description",
            "includes",
            "monthly_fee",
            "one_off_fee",
            "currency",
            "tax_rate",
            "is_active",
            "sold_from",
            "sold_until",
        ]
        widgets = {
            "sold_from": forms.DateInput(attrs={"type": "date"}),
            "sold_until": forms.DateInput(attrs={"type": "date"}),
        }
