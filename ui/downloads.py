"""Files the page offers for download: suggestion tables (CSV, XLSX) and RDF exports.

Everything is written inside one downloads directory that the app owns (under the store), with
fresh names, and old files are pruned so the directory stays small.
"""

from __future__ import annotations

import csv
import re
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

KEEP_FILES = 200
# Spreadsheet programs run a CSV cell that starts with one of these as a formula (CSV injection);
# such cells get a leading apostrophe, which Excel and LibreOffice show as plain text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_STEM = re.compile(r"[^\w-]+")

Row = Sequence[object]


def _cell_text(value: object) -> str:
    return "" if value is None else str(value)


def fresh_path(directory: Path, stem: str, suffix: str) -> Path:
    """A new file name inside `directory` (created); `stem` is reduced to word characters."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = _UNSAFE_STEM.sub("_", stem).strip("_")[:40] or "jixiao"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = directory / f"{stem}-{stamp}-{uuid.uuid4().hex[:8]}{suffix}"
    _prune(directory)
    return path


def _prune(directory: Path) -> None:
    files = sorted(
        (p for p in directory.iterdir() if p.is_file()), key=lambda p: p.stat().st_mtime
    )
    for old in files[: max(0, len(files) - KEEP_FILES)]:
        old.unlink(missing_ok=True)


def csv_safe(value: object) -> str:
    text = _cell_text(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(directory: Path, stem: str, headers: Sequence[str], rows: Sequence[Row]) -> Path:
    """CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly."""
    path = fresh_path(directory, stem, ".csv")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_safe(h) for h in headers])
        writer.writerows([csv_safe(v) for v in row] for row in rows)
    return path


def write_xlsx(
    directory: Path, stem: str, headers: Sequence[str], rows: Sequence[Row], title: str = "指标"
) -> Path:
    """XLSX with one sheet; text cells are stored as text, never as formulas (`=100(%)`)."""
    path = fresh_path(directory, stem, ".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = _UNSAFE_STEM.sub("_", title)[:31] or "Sheet1"
    for r, row in enumerate([list(headers), *map(list, rows)], start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.value = value
            else:
                cell.value = _cell_text(value)
                # openpyxl treats any string starting with "=" as a formula; targets like
                # `=100(%)` are text.
                cell.data_type = "s"
    for column in sheet.columns:
        width = max(len(_cell_text(c.value)) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, 4 + 2 * width)
    book.save(path)
    return path


def write_text(directory: Path, stem: str, suffix: str, text: str) -> Path:
    """A text download (e.g. Turtle or JSON-LD) in UTF-8."""
    path = fresh_path(directory, stem, suffix)
    path.write_text(text, encoding="utf-8")
    return path
