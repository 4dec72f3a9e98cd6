"""Invoices as PDF (WeasyPrint), in the reader's language; Persian right to left with the numbers kept
left to right (each amount is an isolated LTR run), so "1 234.56" never turns into "56.1 234"."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from billing.services import tax_by_rate

RTL_LANGUAGES = {"fa"}


def render_pdf(template: str, context: dict, *, language: str) -> bytes:
    from weasyprint import CSS, HTML  # heavy import: only when a PDF is asked for

    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    with translation.override(language):
        html = render_to_string(template, {**context, "language": language, "direction": direction})
    stylesheet = CSS(filename=finders.find("css/billing_pdf.css"))
    return HTML(string=html).write_pdf(stylesheets=[stylesheet])


def invoice_pdf(invoice, *, language: str) -> bytes:
    context = {"invoice": invoice, "lines": list(invoice.lines.all()), "taxes": tax_by_rate(invoice)}
    return render_pdf("billing/invoice_pdf.html", context, language=language)


def statement_pdf(statement, *, language: str) -> bytes:
    return render_pdf("billing/statement_pdf.html", {"statement": statement}, language=language)
