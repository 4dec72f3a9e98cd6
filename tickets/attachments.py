"""Attachment checks: size limit, an allow-list of types recognised by content
(not by the name the browser sent), and safe stored names."""

import os
import re
import unicodedata
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.bidi import isolate

ALLOWED_BINARY_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "application/pdf": "pdf",
    "application/zip": "zip",
    # Office documents are ZIP containers; filetype names them precisely.
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
TEXT_EXTENSIONS = {"txt": "text/plain", "csv": "text/csv", "log": "text/plain"}


@dataclass(frozen=True)
class CheckedFile:
    upload: UploadedFile
    name: str
    content_type: str
    size: int


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


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


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
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
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
