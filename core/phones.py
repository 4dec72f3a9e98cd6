"""Phone numbers typed by people of any country.

A national number (`09121234567`) is read in the country of the person it
belongs to: a customer account's country, a staff profile's country, or
PHONE_DEFAULT_REGION. Persian and Arabic-Indic digits are turned into ASCII
before anything parses them, and the error's example is a number of the same
country.
"""

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from phonenumber_field import formfields
from phonenumber_field.phonenumber import PhoneNumber, to_python

# Extended Arabic-Indic (Persian, Urdu) and Arabic-Indic digits.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)


def ascii_digits(value: str) -> str:
    return value.translate(_DIGITS)


def default_region() -> str:
    return settings.PHONENUMBER_DEFAULT_REGION


def validate_region(value: str) -> None:
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(_("Choose a country from the list."), code="invalid_country")


def region_choices() -> list[tuple[str, str]]:
    """Every country phone numbers are known for, as "IR (+98)"."""
    return [
        (region, f"{region} (+{phonenumbers.country_code_for_region(region)})")
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
    ]


def safe_region(region: str | None) -> str:
    return region if region in phonenumbers.SUPPORTED_REGIONS else default_region()


def region_of(user) -> str:
    """The country a person's national numbers are read in."""
    if getattr(user, "customer_id", None):
        return safe_region(user.customer.country)
    profile = getattr(user, "staff_profile", None) if getattr(user, "pk", None) else None
    return safe_region(profile.country if profile is not None else None)


def example_number(region: str) -> str:
    """phonenumbers' example mobile (or fixed-line) number of the region, written nationally."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    number = number or phonenumbers.example_number(region)
    if number is None:
        return "+12125552368"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_parse(value: str, *, region: str) -> PhoneNumber | None:
    """A valid number or None; national numbers are read in `region`."""
    number = to_python(ascii_digits(value.strip()), region=safe_region(region))
    return number if number and number.is_valid() else None


class PhoneField(formfields.PhoneNumberField):
    """phonenumber_field's form field, read in a given country and accepting Persian digits."""

    def __init__(self, *args, region: str | None = None, **kwargs):
        super().__init__(*args, region=safe_region(region), **kwargs)
        self.widget.attrs.setdefault("dir", "ltr")  # "+98 912 …" reads left to right on Persian pages too
        self.widget.attrs.setdefault("autocomplete", "tel")
        self.region_set(self.region)

    def region_set(self, region: str | None) -> None:
        self.region = safe_region(region)
        if hasattr(self.widget, "region"):
            self.widget.region = self.region
        self.error_messages["invalid"] = format_lazy(
            _("Enter a valid phone number (e.g. {example_number}) or a number with an international call prefix."),
            example_number=example_number(self.region),
        )

    def to_python(self, value):
        if isinstance(value, str):
            value = ascii_digits(value.strip())
        return super().to_python(value)
