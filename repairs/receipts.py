"""Printable receipts: the intake receipt and the hand-back receipt, as an HTML print view and a PDF.

The PDF is WeasyPrint's rendering of the same template (with Pango shaping Persian right to left
and the Noto fonts covering Chinese)."""

from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from repairs.models import Repair
from repairs.terms import terms_for

INTAKE = "intake"
HANDBACK = "handback"
KINDS = (INTAKE, HANDBACK)
STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "receipt.css"


def receipt_context(repair: Repair, *, kind: str) -> dict:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "repair": repair,
        "kind": kind,
        "qr": segno.make(repair.number, error="m").svg_data_uri(scale=3),
        "terms": terms_for(language),
        "desk": getattr(repair.branch, "repair_desk", None),
        "LANGUAGE_CODE": language,
        "LANGUAGE_BIDI": translation.get_language_bidi(),
    }


def receipt_pdf(repair: Repair, *, kind: str) -> bytes:
    """The receipt as PDF bytes, in the active language."""
    from weasyprint import CSS, HTML

    html = render_to_string("repairs/receipt_document.html", {**receipt_context(repair, kind=kind), "pdf": True})
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(stylesheets=[CSS(filename=str(STYLESHEET))])


def may_print_handback(repair: Repair) -> bool:
    return repair.status == Repair.Status.RETURNED
