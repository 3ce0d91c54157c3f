"""Files the page offers for download: suggestion tables (CSV, XLSX) and RDF exports.

Everything is written inside one downloads directory that the app owns (under the store), with
fresh names, and old files are pruned so the directory stays small.
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

KEEP_FILES = 200
MAX_COLUMN_WIDTH = 60
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E5E7EB")
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


@dataclass(frozen=True)
class Sheet:
    """One worksheet: a title, a header row and the rows under it."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Row]


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def write_xlsx(
    directory: Path, stem: str, headers: Sequence[str], rows: Sequence[Row], title: str = "指标",
    extra_sheets: Sequence[Sheet] = (),
) -> Path:
    """XLSX, one sheet per table: a bold, frozen header row with filters, columns as wide as
    their text; text cells are stored as text, never as formulas (`=100(%)`)."""
    path = fresh_path(directory, stem, ".xlsx")
    book = Workbook()
    first = book.active
    for i, sheet in enumerate([Sheet(title, headers, rows), *extra_sheets]):
        ws = first if i == 0 else book.create_sheet()
        _fill(ws, sheet)
    book.save(path)
    return path


def _fill(ws: Any, sheet: Sheet) -> None:
    ws.title = _UNSAFE_STEM.sub("_", sheet.title)[:31] or "Sheet1"
    for r, row in enumerate([list(sheet.headers), *map(list, sheet.rows)], start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, bool):
                cell.value = "是" if value else ""
                cell.data_type = "s"
            elif isinstance(value, int | float):
                cell.value = value
            else:
                cell.value = _cell_text(value)
                # openpyxl treats any string starting with "=" as a formula; targets like
                # `=100(%)` are text.
                cell.data_type = "s"
            if r == 1:
                cell.font = _HEADER_FONT
                cell.fill = _HEADER_FILL
    ws.freeze_panes = "A2"
    if sheet.headers:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{max(1, len(sheet.rows) + 1)}"
    for column in ws.columns:
        width = max(display_width(_cell_text(c.value)) for c in column)
        # Room for the filter button in the header; very long texts wrap instead.
        ws.column_dimensions[column[0].column_letter].width = min(MAX_COLUMN_WIDTH, width + 4)


def write_text(directory: Path, stem: str, suffix: str, text: str) -> Path:
    """A text download (e.g. Turtle or JSON-LD) in UTF-8."""
    path = fresh_path(directory, stem, suffix)
    path.write_text(text, encoding="utf-8")
    return path
