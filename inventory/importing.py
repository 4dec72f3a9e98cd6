"""Stock files: read CSV or Excel rows, check every one, and load all of them or none.

Checks: the columns (an unknown column refuses the file), each value's format, the ICCID's
Luhn check digit, duplicates inside the file and against the stock. A file with refused rows
loads nothing unless the job says to load the good rows. Loading is one transaction, so
nothing half-loaded ever remains."""

import csv
import io
from collections.abc import Iterator

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from inventory.models import ImportJob, Number, Sim, StockKind
from inventory.services import numbers_load, numbers_pair, sims_load

COLUMNS = {
    ImportJob.Kind.NUMBERS: ({"msisdn"}, {"kind", "region", "price_class"}),
    ImportJob.Kind.SIMS: ({"iccid", "imsi"}, {"pin", "puk", "kind", "region"}),
    ImportJob.Kind.PAIRED: ({"msisdn", "iccid", "imsi"}, {"pin", "puk", "kind", "region", "price_class"}),
}
# Rows checked between two progress writes.
PROGRESS_EVERY = 2000
STOCK_CHECK_CHUNK = 2000


class ImportRefused(Exception):
    """The whole file is refused (unreadable, or its columns are wrong)."""


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return total % 10 == 0


def _rows_csv(data: bytes) -> Iterator[list[str]]:
    text = data.decode("utf-8-sig")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    yield from csv.reader(io.StringIO(text), delimiter=delimiter)


def _rows_xlsx(data: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    for values in workbook.worksheets[0].iter_rows(values_only=True):
        yield ["" if value is None else str(int(value) if isinstance(value, float) else value) for value in values]


def read_rows(data: bytes, *, xlsx: bool) -> list[list[str]]:
    try:
        return [[cell.strip() for cell in row] for row in (_rows_xlsx(data) if xlsx else _rows_csv(data)) if any(row)]
    except (UnicodeDecodeError, csv.Error, ValueError, KeyError, OSError) as error:
        raise ImportRefused(_("The file cannot be read: %(error)s") % {"error": error}) from error


def header_of(kind: str, header: list[str]) -> list[str]:
    names = [name.strip().lower() for name in header]
    required, optional = COLUMNS[kind]
    unknown = [name for name in names if name not in required | optional]
    if unknown:
        raise ImportRefused(_("Unknown column: %(names)s.") % {"names": ", ".join(unknown)})
    missing = sorted(required - set(names))
    if missing:
        raise ImportRefused(_("Missing column: %(names)s.") % {"names": ", ".join(missing)})
    return names


def _check_value(name: str, value: str) -> str | None:
    """Why `value` is not a valid `name`, as an English msgid (translated when shown), or None."""
    if name == "msisdn" and not (value.isdigit() and 5 <= len(value) <= 15):
        return gettext_noop("a number has 5 to 15 digits")
    if name == "iccid":
        if not (value.isdigit() and 18 <= len(value) <= 20):
            return gettext_noop("an ICCID has 18 to 20 digits")
        if not luhn_ok(value):
            return gettext_noop("wrong ICCID check digit")
    if name == "imsi" and not (value.isdigit() and 14 <= len(value) <= 15):
        return gettext_noop("an IMSI has 14 or 15 digits")
    if name == "pin" and value and not (value.isdigit() and 4 <= len(value) <= 8):
        return gettext_noop("a PIN has 4 to 8 digits")
    if name == "puk" and value and not (value.isdigit() and len(value) == 8):
        return gettext_noop("a PUK has 8 digits")
    if name == "kind" and value and value not in StockKind.values:
        return gettext_noop("unknown type")
    return None


def _existing(model, field: str, values: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(values), STOCK_CHECK_CHUNK):
        chunk = values[start : start + STOCK_CHECK_CHUNK]
        found.update(model.objects.filter(**{f"{field}__in": chunk}).values_list(field, flat=True))
    return found


def check_rows(job: ImportJob, names: list[str], rows: list[list[str]]) -> tuple[list[dict], list[dict]]:
    """The good rows (as dicts) and the refusals ({row, value, reason}); writes progress as it goes."""
    unique = [name for name in ("msisdn", "iccid", "imsi") if name in names]
    seen: dict[str, dict[str, int]] = {name: {} for name in unique}
    good: list[tuple[int, dict]] = []
    refused: list[dict] = []
    for index, cells in enumerate(rows, start=2):
        if len(cells) != len(names):
            refused.append({"row": index, "value": ";".join(cells), "reason": gettext_noop("wrong number of columns")})
            continue
        row = dict(zip(names, cells, strict=True))
        reason = next((r for name, value in row.items() if (r := _check_value(name, value))), None)
        if reason is None:
            for name in unique:
                first = seen[name].setdefault(row[name], index)
                if first != index:
                    reason = gettext_noop("duplicate in the file")
                    break
        if reason:
            refused.append({"row": index, "value": row.get(unique[0], ""), "reason": reason})
        else:
            good.append((index, row))
        if index % PROGRESS_EVERY == 0:
            ImportJob.objects.filter(pk=job.pk).update(processed=index - 1)
    for name, model in (("msisdn", Number), ("iccid", Sim), ("imsi", Sim)):
        if name not in unique:
            continue
        taken = _existing(model, name, [row[name] for _index, row in good])
        if taken:
            refused += [
                {"row": index, "value": row[name], "reason": gettext_noop("already in stock")}
                for index, row in good
                if row[name] in taken
            ]
            good = [(index, row) for index, row in good if row[name] not in taken]
    refused.sort(key=lambda item: item["row"])
    return [row for _index, row in good], refused


@transaction.atomic
def load_rows(job: ImportJob, rows: list[dict]) -> int:
    by = job.created_by
    reason = f"import {job.pk}"
    if job.kind == ImportJob.Kind.NUMBERS:
        return numbers_load(rows=rows, by=by, reason=reason)
    sims = sims_load(rows=rows, by=by, reason=reason)
    if job.kind == ImportJob.Kind.PAIRED:
        numbers_load(rows=rows, by=by, reason=reason)
        numbers = Number.objects.in_bulk([row["msisdn"] for row in rows], field_name="msisdn")
        by_iccid = {sim.iccid: sim for sim in Sim.objects.filter(iccid__in=[row["iccid"] for row in rows])}
        numbers_pair(pairs=[(numbers[row["msisdn"]], by_iccid[row["iccid"]]) for row in rows], by=by)
    return len(sims)


def import_run(*, job_id: int) -> ImportJob:
    """Run one import job to its end (the Celery task calls this); a finished job is left alone."""
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    if job.status != ImportJob.Status.PENDING:
        return job
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        rows = read_rows(data, xlsx=job.original_name.lower().endswith(".xlsx"))
        if not rows:
            raise ImportRefused(_("The file is empty."))
        names = header_of(job.kind, rows[0])
        body = rows[1:]
        ImportJob.objects.filter(pk=job.pk).update(total=len(body))
        good, refused = check_rows(job, names, body)
    except ImportRefused as error:
        return _finish(job, status=ImportJob.Status.REFUSED, message=str(error), refused=[])
    job.refresh_from_db()
    if refused and not job.load_good_rows:
        return _finish(
            job,
            status=ImportJob.Status.REFUSED,
            message=gettext_noop("Some rows are refused; nothing was loaded."),
            refused=refused,
        )
    ImportJob.objects.filter(pk=job.pk).update(processed=len(body))
    loaded = load_rows(job, good) if good else 0
    return _finish(job, status=ImportJob.Status.DONE, message="", refused=refused, loaded=loaded)


def _finish(job: ImportJob, *, status: str, message: str, refused: list[dict], loaded: int = 0) -> ImportJob:
    ImportJob.objects.filter(pk=job.pk).update(
        status=status,
        message=message,
        loaded=loaded,
        refused=len(refused),
        report=refused[: settings.INVENTORY_IMPORT_REPORT_ROWS],
        processed=job.total,
        finished_at=timezone.now(),
    )
    job.refresh_from_db()
    return job
