"""Uploaded files for every app: types recognised by content (never by the name
the browser sent), names the server chooses, images re-encoded, private
storage, the multi-file form field and the one response that serves a stored
file back. Imports none of our apps; each app keeps its own attachment model.
"""

import io
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, UnidentifiedImageError

from core.bidi import isolate

IMAGE_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
}
ALLOWED_BINARY_TYPES = {
    **IMAGE_TYPES,
    "application/pdf": "pdf",
    "application/zip": "zip",
    # Office documents are ZIP containers; filetype names them precisely.
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
TEXT_EXTENSIONS = {"txt": "text/plain", "csv": "text/csv", "log": "text/plain"}
# Pillow's format name → the MIME type we store and serve.
PILLOW_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}
# Decoding takes width × height × 4 bytes: a small compressed file can need gigabytes.
IMAGE_MAX_PIXELS = 4096 * 4096
# A sandbox for anything a user uploaded: even if a browser ignored the type, no script runs, no form submits.
UPLOAD_CSP = "default-src 'none'; sandbox"


def private_storage():
    """Files that never lie under a public URL; a view that checks scope streams them."""
    return storages["private"]


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed the checks; `name` is for people, `stored_name` for the disk."""

    upload: UploadedFile
    name: str
    content_type: str
    size: int

    @property
    def stored_name(self) -> str:
        return server_name(self.name.rpartition(".")[2].lower())


def safe_name(name: str) -> str:
    """A file name without paths, control characters or anything a shell or browser could trip on."""
    base = os.path.basename(name.replace("\\", "/"))
    base = unicodedata.normalize("NFKC", base)
    base = re.sub(r"[^\w.\- ]+", "_", base, flags=re.UNICODE).strip(" ._") or "file"
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = stem[:80]
    return f"{stem}.{extension[:10]}" if extension else stem


def server_name(extension: str) -> str:
    """A stored name nobody can choose or guess: a random stem and the extension of the detected type."""
    return f"{uuid.uuid4().hex}.{extension}"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def _read_head(file, size: int = 8192) -> bytes:
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def detect_type(file) -> str | None:
    """The MIME type of an allowed binary format, recognised by the file's first bytes."""
    kind = filetype.guess(_read_head(file))
    return kind.mime if kind is not None and kind.mime in ALLOWED_BINARY_TYPES else None


def check_upload(upload: UploadedFile) -> CheckedFile:
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s); the limit is %(limit)s.")
            % {
                "name": upload.name,
                "size": isolate(filesizeformat(upload.size)),
                "limit": isolate(filesizeformat(settings.ATTACHMENT_MAX_BYTES)),
            },
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": upload.name}, code="empty")
    head = _read_head(upload)
    name = safe_name(upload.name or "file")
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    kind = filetype.guess(head)
    if kind is not None and kind.mime in ALLOWED_BINARY_TYPES:
        wanted = ALLOWED_BINARY_TYPES[kind.mime]
        if extension != wanted and not (wanted == "jpg" and extension == "jpeg"):
            name = f"{name.rpartition('.')[0] or name}.{wanted}"
        return CheckedFile(upload=upload, name=name, content_type=kind.mime, size=upload.size)
    if kind is None and extension in TEXT_EXTENSIONS and _looks_like_text(head):
        return CheckedFile(upload=upload, name=name, content_type=TEXT_EXTENSIONS[extension], size=upload.size)
    raise ValidationError(
        _("“%(name)s” is not an allowed type. Attach images, PDF, Word or Excel files, ZIP archives or text files.")
        % {"name": upload.name},
        code="type",
    )


def check_uploads(uploads: list[UploadedFile]) -> list[CheckedFile]:
    limit = settings.ATTACHMENT_MAX_FILES
    if len(uploads) > limit:
        raise ValidationError(
            ngettext("Attach at most %(count)d file at once.", "Attach at most %(count)d files at once.", limit)
            % {"count": limit},
            code="too_many",
        )
    return [check_upload(upload) for upload in uploads]


def upload_limits_text() -> str:
    limit = settings.ATTACHMENT_MAX_FILES
    return ngettext(
        "Up to %(count)d file of at most %(size)s.", "Up to %(count)d files, at most %(size)s each.", limit
    ) % {"count": limit, "size": isolate(filesizeformat(settings.ATTACHMENT_MAX_BYTES))}


# --- images -----------------------------------------------------------------------


def _invalid_image() -> ValidationError:
    return ValidationError(_("Upload a valid image: PNG, JPEG, GIF or WebP."), code="invalid_image")


def validate_image(file, *, max_bytes: int) -> str:
    """Check that a file is a real PNG/JPEG/GIF/WebP within the size limit; return its MIME type."""
    if file.size > max_bytes:
        raise ValidationError(
            _("The image is too large (%(size)s). The limit is %(limit)s.")
            % {"size": isolate(filesizeformat(file.size)), "limit": isolate(filesizeformat(max_bytes))},
            code="too_large",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format, (width, height) = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _invalid_image() from None
    finally:
        file.seek(position)
    if image_format not in PILLOW_FORMATS:
        raise _invalid_image()
    if width * height > IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("The image is too large (%(width)d × %(height)d pixels). Make it smaller than 4096 × 4096.")
            % {"width": width, "height": height},
            code="too_many_pixels",
        )
    return PILLOW_FORMATS[image_format]


def reencode_image(file, *, max_bytes: int) -> ContentFile:
    """Decode the image and write it out again under a server-chosen name.

    Only pixels survive: anything appended after the image data, comments and
    metadata (EXIF, text chunks) are dropped, so a polyglot file stops being one.
    """
    content_type = validate_image(file, max_bytes=max_bytes)
    image_format = next(name for name, mime in PILLOW_FORMATS.items() if mime == content_type)
    file.seek(0)
    try:
        with Image.open(file) as image:
            image.load()
            if image_format == "JPEG" and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            output = io.BytesIO()
            image.save(output, format=image_format)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise _invalid_image() from None
    finally:
        file.seek(0)
    return ContentFile(output.getvalue(), name=server_name(IMAGE_TYPES[content_type]))


# --- forms --------------------------------------------------------------------------


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


class MultipleFileField(forms.FileField):
    """Several files in one field; each is checked by content (`check_uploads`)."""

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


# --- serving --------------------------------------------------------------------------


def stored_file_response(file, *, content_type: str, filename: str, inline: bool = False) -> FileResponse:
    """Serve a stored upload, after the caller has checked the user's scope.

    The type is the one detected at upload, never guessed from the name; only
    images may be shown inline, everything else downloads. The browser must not
    sniff, must sandbox the response and must not cache it.
    """
    inline = inline and content_type in IMAGE_TYPES
    response = FileResponse(file.open("rb"), as_attachment=not inline, filename=filename, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = UPLOAD_CSP
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response
