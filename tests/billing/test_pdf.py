"""Invoice PDFs in the four languages, read back as text (pdftotext): numbers, totals and language."""

import re
import shutil
import subprocess

import pytest
from django.urls import reverse

from billing.pdf import invoice_pdf
from tests.billing.conftest import make_invoice
from tests.services import require_service

pytestmark = pytest.mark.django_db

WORDS = {"en": "Customer", "ru": "Клиент", "fa": "مشتری", "zh-hans": "客户"}


def pdf_text(data: bytes, tmp_path) -> str:
    require_service("pdftotext", shutil.which("pdftotext") is not None, "install poppler-utils")
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("language", list(WORDS))
def test_invoice_pdf_in_each_language(language, account_a, finance, tmp_path):
    invoice = make_invoice(account_a, finance, amounts=["1000.00", "234.56"])
    data = invoice_pdf(invoice, language=language)
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    assert invoice.number in text
    # gross: 1234.56 + 20 % tax 246.91, with the language's decimal separator
    assert re.search(r"1481[.,]47", text) and re.search(r"246[.,]91", text)
    assert WORDS[language] in text


def test_persian_invoice_is_right_to_left_with_numbers_intact(account_a, finance, tmp_path):
    from django.template.loader import render_to_string
    from django.utils import translation

    invoice = make_invoice(account_a, finance)
    with translation.override("fa"):
        html = render_to_string(
            "billing/invoice_pdf.html",
            {"invoice": invoice, "lines": [], "taxes": {}, "language": "fa", "direction": "rtl"},
        )
    assert 'dir="rtl"' in html
    text = pdf_text(invoice_pdf(invoice, language="fa"), tmp_path)
    assert invoice.number in text and "120.00" in text and "مشتری" in text


def test_only_the_accounts_users_download_the_pdf(client, owner, outsider, finance):
    invoice = make_invoice(owner.customer, finance)
    client.force_login(outsider)
    assert client.get(reverse("billing_portal:invoice_pdf", args=[invoice.pk])).status_code == 404
    client.force_login(owner)
    response = client.get(reverse("billing_portal:invoice_pdf", args=[invoice.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_statement_pdf_reads_back(client, owner, finance, tmp_path):
    invoice = make_invoice(owner.customer, finance)
    client.force_login(finance)
    response = client.get(reverse("billing_staff:statement", args=[owner.customer.pk]), {"format": "pdf"})
    text = pdf_text(response.content, tmp_path)
    assert invoice.number in text and "120.00" in text
