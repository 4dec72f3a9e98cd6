"""Stock files: every row checked, a bad file loads nothing, the report names each refused row."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from inventory.demo import luhn_digit
from inventory.importing import luhn_ok
from inventory.models import ImportJob, Number, Sim
from tests.inventory.conftest import load_numbers

pytestmark = pytest.mark.django_db


def iccid(serial: int) -> str:
    body = f"897010{serial:012d}"
    return body + str(luhn_digit(body))


def upload(client, name: str, content: bytes, kind: str, *, load_good: bool = False, capture) -> ImportJob:
    data = {"kind": kind, "file": SimpleUploadedFile(name, content)}
    if load_good:
        data["load_good_rows"] = "on"
    with capture(execute=True):
        response = client.post(reverse("inventory_staff:import_new"), data)
    job = ImportJob.objects.latest("pk")
    assert response.status_code == 302 and response["Location"] == reverse(
        "inventory_staff:import_detail", args=[job.pk]
    )
    job.refresh_from_db()
    return job


def test_luhn_check_digit():
    assert luhn_ok(iccid(42))
    assert not luhn_ok(iccid(42)[:-1] + str((int(iccid(42)[-1]) + 1) % 10))


def test_a_clean_csv_loads_every_number(client, stock_manager, django_capture_on_commit_callbacks):
    client.force_login(stock_manager)
    rows = "msisdn;kind;region\n" + "".join(f"7925000{n:04d};regular;Kazan\n" for n in range(300))
    job = upload(client, "numbers.csv", rows.encode(), "numbers", capture=django_capture_on_commit_callbacks)
    assert (job.status, job.loaded, job.refused, job.percent) == ("done", 300, 0, 100)
    assert Number.objects.filter(region="Kazan").count() == 300
    progress = client.get(reverse("inventory_staff:import_progress", args=[job.pk])).json()
    assert progress["percent"] == 100 and progress["finished"]


def test_a_file_with_bad_rows_loads_none_and_names_each(client, stock_manager, django_capture_on_commit_callbacks):
    load_numbers(stock_manager, count=1, prefix="7926000")  # 79260000000 is in stock
    client.force_login(stock_manager)
    bad_iccid = iccid(2)[:-1] + str((int(iccid(2)[-1]) + 1) % 10)
    content = (
        "msisdn,iccid,imsi,pin,puk\n"
        f"79261110001,{iccid(1)},250010000000001,1234,12345678\n"
        f"79261110002,{bad_iccid},250010000000002,1234,12345678\n"
        f"79261110001,{iccid(3)},250010000000003,1234,12345678\n"
        f"79260000000,{iccid(4)},250010000000004,1234,12345678\n"
    )
    job = upload(client, "paired.csv", content.encode(), "paired", capture=django_capture_on_commit_callbacks)
    assert job.status == "refused" and job.loaded == 0
    assert [(r["row"], r["reason"]) for r in job.report] == [
        (3, "wrong ICCID check digit"),
        (4, "duplicate in the file"),
        (5, "already in stock"),
    ]
    assert not Sim.objects.exists() and Number.objects.count() == 1
    report = client.get(reverse("inventory_staff:import_report", args=[job.pk])).content.decode()
    assert "wrong ICCID check digit" in report and "79261110001" in report


def test_an_unknown_column_refuses_the_file(client, stock_manager, django_capture_on_commit_callbacks):
    client.force_login(stock_manager)
    job = upload(
        client, "n.csv", b"msisdn,colour\n79270000001,red\n", "numbers", capture=django_capture_on_commit_callbacks
    )
    assert job.status == "refused" and "colour" in job.message
    assert not Number.objects.exists()


def test_the_good_rows_load_when_the_user_chooses(client, stock_manager, django_capture_on_commit_callbacks):
    client.force_login(stock_manager)
    content = b"msisdn\n79280000001\n12\n79280000002\n"
    job = upload(client, "n.csv", content, "numbers", load_good=True, capture=django_capture_on_commit_callbacks)
    assert (job.status, job.loaded, job.refused) == ("done", 2, 1)
    assert job.report == [{"row": 3, "value": "12", "reason": "a number has 5 to 15 digits"}]


def test_an_excel_file_of_paired_sims_loads_them_paired(client, stock_manager, django_capture_on_commit_callbacks):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["msisdn", "iccid", "imsi", "pin", "puk"])
    for n in range(1, 6):
        sheet.append([f"7929000000{n}", iccid(100 + n), f"25001000000010{n}", "1234", "12345678"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(stock_manager)
    job = upload(client, "sims.xlsx", buffer.getvalue(), "paired", capture=django_capture_on_commit_callbacks)
    assert (job.status, job.loaded) == ("done", 5)
    assert Number.objects.get(msisdn="79290000003").sim.iccid == iccid(103)


def test_a_file_that_is_not_a_table_is_refused_at_upload(client, stock_manager):
    client.force_login(stock_manager)
    response = client.post(
        reverse("inventory_staff:import_new"),
        {"kind": "numbers", "file": SimpleUploadedFile("x.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)},
        follow=True,
    )
    assert "CSV or Excel" in response.content.decode()
    assert not ImportJob.objects.exists()
