"""Identity document numbers: one rule for the intake form and the hand-back."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def normalise_id_number(value: str) -> str:
    """Upper case, without spaces and dashes: "ab 12-3456" → "AB123456"."""
    return re.sub(r"[\s-]+", "", value or "").upper()


def clean_id_number(value: str) -> str:
    """The normalised number, or a ValidationError that says what is expected."""
    number = normalise_id_number(value)
    if not re.fullmatch(settings.REPAIR_ID_DOCUMENT_PATTERN, number):
        raise ValidationError(
            _("Enter the identity document number as printed: 6 to 20 letters and digits."), code="id_number"
        )
    return number
