from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from core.bidi import isolate

ALLOWED_LOGO_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


def validate_logo(file) -> None:
    """A logo must be a real PNG/JPEG/GIF/WebP image (checked by content) within the size limit."""
    if file.size > settings.LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is too large (%(size)s). The limit is %(limit)s.")
            % {"size": isolate(filesizeformat(file.size)), "limit": isolate(filesizeformat(settings.LOGO_MAX_BYTES))},
            code="too_large",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("Upload a valid image: PNG, JPEG, GIF or WebP."), code="invalid_image") from None
    finally:
        file.seek(position)
    if image_format not in ALLOWED_LOGO_FORMATS:
        raise ValidationError(_("Upload a valid image: PNG, JPEG, GIF or WebP."), code="invalid_image")
