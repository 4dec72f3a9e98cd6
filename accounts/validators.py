from django.conf import settings

from core.files import validate_image


def validate_logo(file) -> None:
    """A logo must be a real PNG/JPEG/GIF/WebP image (checked by content) within the size limit."""
    validate_image(file, max_bytes=settings.LOGO_MAX_BYTES)
