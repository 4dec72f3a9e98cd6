"""Receipts: the print page, and the PDF in each language turned back into text with pdftotext."""

import re
import shutil
import subprocess

import pytest
from django.urls import reverse
from django.utils import translation

from repairs.models import Repair
from repairs.receipts import HANDBACK, INTAKE, receipt_pdf
from repairs.terms import TERMS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"),
]


def pdf_text(pdf: bytes, tmp_path, *, bbox: bool = False) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-bbox", str(path), "-"] if bbox else ["pdftotext", str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def reads_before(bbox_html: str, first: str, second: str) -> str:
    """ "rtl" or "ltr": where `first` stands from `second` when they are neighbours on one line."""
    words = [
        (text, float(x), float(y))
        for x, y, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox_html)
    ]
    for index, (text, x, y) in enumerate(words):
        for other, other_x, other_y in words[max(0, index - 1) : index + 2]:
            if text == first and other == second and abs(y - other_y) < 1:
                return "rtl" if x > other_x else "ltr"
    raise AssertionError(f"{first!r} and {second!r} are not neighbours in the PDF")


@pytest.mark.parametrize("language", ["en", "ru", "fa", "zh-hans"])
def test_the_intake_receipt_pdf_has_the_number_the_serial_and_text_in_the_language(repair, tmp_path, language):
    with translation.override(language):
        text = pdf_text(receipt_pdf(repair, kind=INTAKE), tmp_path)
    flat = re.sub(r"[\s\u200e\u200f\u202a-\u202e]+", " ", text)
    assert repair.number in flat
    assert repair.serial_number in flat
    first_words = " ".join(TERMS[language].split()[:2]) if language != "zh-hans" else TERMS[language][:8]
    assert first_words in flat


def test_the_persian_receipt_reads_right_to_left(repair, tmp_path):
    """The terms (texts of this app, not of the .po files): the first word stands rightmost.

    pdftotext's -bbox lists right-to-left words with their letters in visual order, hence [::-1]."""
    first, second = TERMS["fa"].split()[:2]
    with translation.override("fa"):
        html = pdf_text(receipt_pdf(repair, kind=INTAKE), tmp_path, bbox=True)
    assert reads_before(html, first[::-1], second[::-1]) == "rtl"
    first, second = TERMS["en"].split()[:2]
    with translation.override("en"):
        html = pdf_text(receipt_pdf(repair, kind=INTAKE), tmp_path, bbox=True)
    assert reads_before(html, first, second) == "ltr"


def test_the_print_page_and_the_pdf_download(client, owner, repair):
    client.force_login(owner)
    page = client.get(reverse("repairs_portal:receipt", args=[repair.pk]))
    assert page.status_code == 200 and repair.number in page.content.decode()
    assert "data:image/svg+xml" in page.content.decode()  # the QR code of the number
    pdf = client.get(reverse("repairs_portal:receipt_pdf", args=[repair.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_the_hand_back_receipt_exists_only_once_returned(client, owner, repair, tmp_path):
    client.force_login(owner)
    assert client.get(reverse("repairs_portal:handback", args=[repair.pk])).status_code == 404
    Repair.objects.filter(pk=repair.pk).update(
        status=Repair.Status.RETURNED, returned_to="Bob Receiver", returned_to_id_number="XY987654"
    )
    repair.refresh_from_db()
    assert client.get(reverse("repairs_portal:handback", args=[repair.pk])).status_code == 200
    text = pdf_text(receipt_pdf(repair, kind=HANDBACK), tmp_path)
    assert "XY987654" in text and "Bob Receiver" in text
