"""XLSX (and XLSM, XLTX) workbooks: every sheet as a grid of cells as Excel displays them.

Values are the cached ones (what Excel showed when the file was saved, as openpyxl's
``data_only=True`` gives them) with each cell's number format applied. A merged range is one
cell with its row and column span, its text only at its top-left cell. Hidden sheets, rows
and columns are read and named in the warnings.

The sheet XML is streamed with lxml rather than loaded through openpyxl's cell objects:
openpyxl builds an object for every formatted empty cell, which takes 14 s (8 s read-only) on
a sheet with 100k formatted empty rows that streams in about a second (docs/parsing.md,
"File formats"). openpyxl still writes the test workbooks.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from jixiao.kg.reader.grid import Cell, Grid, SourceDocument
from jixiao.kg.reader.sources import numfmt
from jixiao.kg.reader.sources.cellref import column_letter, range_ref, split_ref
from jixiao.kg.reader.sources.limits import CHECK_EVERY_ROWS, Budget, LimitReached, SourceError
from jixiao.kg.reader.sources.ooxml import (
    local,
    main_part,
    open_package,
    parse_part,
    relationships,
    unescape,
)
from jixiao.kg.records import Location

# Cells named one by one in a warning before the rest are counted.
MAX_NAMED_CELLS = 10
_TRUE = ("1", "true")
# Transitional and strict SpreadsheetML: the elements streamed from a sheet, in both.
_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_TAGS = {
    f"{{{ns}}}{tag}": tag
    for ns in _NAMESPACES
    for tag in ("v", "is", "f", "row", "col", "mergeCell", "sheetFormatPr")
}
_STREAMED = list(_TAGS)


@dataclass
class SheetEntry:
    name: str
    state: str  # visible, hidden, veryHidden
    part: str | None  # None: not a worksheet (chart sheet, dialog, macro sheet)
    kind: str = "worksheet"


@dataclass
class Workbook:
    sheets: list[SheetEntry]
    date1904: bool
    strings: list[str]
    formats: list[str]  # number format string per cell style index
    macros: bool


def read(data: bytes, name: str, budget: Budget) -> SourceDocument:
    doc = SourceDocument(name=name, format="xlsx")
    archive = open_package(data, name)
    book = _workbook(archive, name)
    if book.macros:
        doc.warnings.append(f"{name}: the workbook contains macros (VBA); they are ignored")
    for sheet in book.sheets:
        if sheet.part is None:
            doc.warnings.append(f"{name}: sheet {sheet.name} is a {sheet.kind}, not read")
            continue
        if sheet.state != "visible":
            state = "very hidden" if sheet.state == "veryHidden" else "hidden"
            doc.warnings.append(f"{name}: sheet {sheet.name} is {state} (read all the same)")
        reader = _SheetReader(sheet, book, name, budget)
        try:
            reader.read(archive)
        except LimitReached as exc:
            doc.grids.append(reader.grid())
            doc.warnings.extend(reader.warnings)
            doc.warnings.append(
                f"{name}: sheet {sheet.name}: stopped at row {reader.row}: {exc}; "
                "the rest of the workbook is not read"
            )
            return doc
        except SourceError as exc:
            doc.errors.append(str(exc))
            continue
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            doc.errors.append(f"{name}: sheet {sheet.name}: damaged, cannot be read ({exc})")
            continue
        doc.grids.append(reader.grid())
        doc.warnings.extend(reader.warnings)
    if not book.sheets:
        doc.errors.append(f"{name}: the workbook has no sheets")
    return doc


# --- workbook-level parts -------------------------------------------------------------------


def _workbook(archive: zipfile.ZipFile, name: str) -> Workbook:
    part = main_part(archive, "xl/workbook.xml")
    root = parse_part(archive, part, name)
    rels = relationships(archive, part)
    date1904 = False
    sheets: list[SheetEntry] = []
    for el in root.iter():
        tag = local(el.tag)
        if tag == "workbookPr":
            date1904 = str(el.get("date1904", "")).lower() in _TRUE
        elif tag == "sheet":
            rid = next((v for k, v in el.attrib.items() if local(k) == "id"), None)
            kind, target = rels.get(str(rid), ("", ""))
            sheets.append(SheetEntry(
                name=str(el.get("name", "")),
                state=str(el.get("state", "visible")),
                part=target if kind == "worksheet" and target in archive.NameToInfo else None,
                kind={"chartsheet": "chart sheet", "dialogsheet": "dialog sheet",
                      "xlMacrosheet": "macro sheet"}.get(kind, kind or "missing part"),
            ))
    strings_part = next((t for k, t in rels.values() if k == "sharedStrings"), None)
    styles_part = next((t for k, t in rels.values() if k == "styles"), None)
    macros = any(k == "vbaProject" for k, _ in rels.values()) or any(
        posixpath.basename(n).lower() == "vbaproject.bin" for n in archive.namelist()
    )
    return Workbook(
        sheets=sheets,
        date1904=date1904,
        strings=_shared_strings(archive, strings_part, name) if strings_part else [],
        formats=_cell_formats(archive, styles_part, name) if styles_part else [],
        macros=macros,
    )


def _rich_text(el: etree._Element) -> str:
    """A string item's text: its runs, without phonetic guides (rPh)."""
    parts = []
    for child in el:
        tag = local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts.extend(t.text or "" for t in child if local(t.tag) == "t")
    return unescape("".join(parts))


def _shared_strings(archive: zipfile.ZipFile, part: str, name: str) -> list[str]:
    root = parse_part(archive, part, name)
    return [_rich_text(si) for si in root if local(si.tag) == "si"]


def _cell_formats(archive: zipfile.ZipFile, part: str, name: str) -> list[str]:
    root = parse_part(archive, part, name)
    custom: dict[int, str] = {}
    formats: list[str] = []
    for el in root:
        tag = local(el.tag)
        if tag == "numFmts":
            for fmt in el:
                try:
                    custom[int(fmt.get("numFmtId", ""))] = str(fmt.get("formatCode", ""))
                except ValueError:
                    continue
        elif tag == "cellXfs":
            for xf in el:
                try:
                    format_id = int(xf.get("numFmtId", "0"))
                except ValueError:
                    format_id = 0
                formats.append(numfmt.format_id_string(format_id, custom))
    return formats


# --- one sheet ------------------------------------------------------------------------------


@dataclass
class _Value:
    row: int  # 1-based, as Excel numbers rows
    col: int
    text: str


@dataclass
class _SheetReader:
    sheet: SheetEntry
    book: Workbook
    name: str
    budget: Budget
    values: list[_Value] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    rows_hidden_by_default: bool = False
    no_cached_value: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    row: int = 0

    def read(self, archive: zipfile.ZipFile) -> None:
        assert self.sheet.part is not None
        try:
            stream = archive.open(self.sheet.part)  # streamed: a sheet may unpack to 100s of MB
        except KeyError as exc:
            raise SourceError(f"{self.name}: damaged file: part {self.sheet.part} is missing") from exc
        # Events only for value-bearing elements and row ends: a formatted empty cell costs
        # nothing in Python, which keeps sheets with 100k formatted empty rows fast.
        formulas: dict[etree._Element, bool] = {}  # formula cells seen, value not (yet) seen
        rows_seen = 0
        for _, el in etree.iterparse(
            stream, events=("end",), tag=_STREAMED, resolve_entities=False,
            no_network=True, huge_tree=True,
        ):
            tag = _TAGS[el.tag]
            if tag == "v" or tag == "is":
                cell = el.getparent()
                formulas.pop(cell, None)
                self._value(cell, el, tag == "is")
            elif tag == "f":
                formulas[el.getparent()] = True
            elif tag == "row":
                for cell in formulas:
                    self.no_cached_value.append(self._ref(cell))
                formulas.clear()
                number = el.get("r")
                self.row = int(number) if number and number.isdigit() else self.row + 1
                if el.get("hidden") in _TRUE:
                    self.hidden_rows.add(self.row)
                rows_seen += 1
                if rows_seen % CHECK_EVERY_ROWS == 0:
                    self.budget.check_time()
                    # Free what was parsed: rows are never looked at twice.
                    parent = el.getparent()
                    if parent is not None:
                        del parent[:-1]
                    el.clear(keep_tail=False)
            elif tag == "col":
                if str(el.get("hidden", "")).lower() in _TRUE:
                    low, high = int(el.get("min", "1")), int(el.get("max", "1"))
                    # A hidden range to the sheet's last column is common; keep it bounded.
                    self.hidden_cols.update(range(low, min(high, low + 16384) + 1))
            elif tag == "mergeCell":
                merged = _parse_range(str(el.get("ref", "")))
                if merged:
                    self.merges.append(merged)
            elif tag == "sheetFormatPr":
                self.rows_hidden_by_default = str(el.get("zeroHeight", "")).lower() in _TRUE
        self._note_hidden()

    def _position(self, cell: etree._Element) -> tuple[int, int]:
        """(row, column), 1-based; cells and rows may omit their reference (then they follow)."""
        row_el = cell.getparent()
        number = row_el.get("r") if row_el is not None else None
        row = int(number) if number and number.isdigit() else self.row + 1
        steps, el = 0, cell
        while el is not None:
            ref = el.get("r")
            if ref:
                try:
                    return row, split_ref(ref)[1] + steps
                except ValueError:
                    pass
            el = el.getprevious()
            steps += 1
        return row, steps

    def _ref(self, cell: etree._Element) -> str:
        row, col = self._position(cell)
        return f"{column_letter(max(col, 1))}{row}"

    def _value(self, cell: etree._Element, value_el: etree._Element, inline: bool) -> None:
        kind = cell.get("t", "n")
        if inline:
            text = _rich_text(value_el)
        else:
            raw = value_el.text
            if raw is None or (raw == "" and kind != "str"):
                if any(_TAGS.get(child.tag) == "f" for child in cell):
                    self.no_cached_value.append(self._ref(cell))
                return
            text = self._display(raw, kind, self._style(cell))
        if text.strip():
            row, col = self._position(cell)
            self.budget.add_cells()
            self.values.append(_Value(row, col, text))

    def _style(self, el: etree._Element) -> str:
        try:
            index = int(el.get("s", "0"))
        except ValueError:
            return "General"
        formats = self.book.formats
        return formats[index] if 0 <= index < len(formats) else "General"

    def _display(self, raw: str, kind: str, fmt: str) -> str:
        if kind == "s":
            try:
                text = self.book.strings[int(raw)]
            except (ValueError, IndexError):
                return ""
            return numfmt.format_value(text, fmt)
        if kind in ("str", "inlineStr"):
            return numfmt.format_value(unescape(raw), fmt)
        if kind == "e":
            return raw
        if kind == "b":
            return numfmt.format_value(raw.strip() in ("1", "true"), fmt)
        if kind == "d":
            try:
                return numfmt.format_value(datetime.fromisoformat(raw), fmt, date1904=self.book.date1904)
            except ValueError:
                return raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        return numfmt.format_value(number, fmt, date1904=self.book.date1904)

    def _note_hidden(self) -> None:
        sheet = self.sheet.name
        filled_rows = {v.row for v in self.values}
        filled_cols = {v.col for v in self.values}
        if self.rows_hidden_by_default:
            self.warnings.append(f"{self.name}: sheet {sheet}: rows are hidden unless shown (read all the same)")
        rows = sorted(self.hidden_rows & filled_rows)
        if rows:
            self.warnings.append(f"{self.name}: sheet {sheet}: hidden rows {_ranges(rows)} (read all the same)")
        cols = sorted(self.hidden_cols & filled_cols)
        if cols:
            letters = ", ".join(column_letter(c) for c in cols[:MAX_NAMED_CELLS])
            more = f" and {len(cols) - MAX_NAMED_CELLS} more" if len(cols) > MAX_NAMED_CELLS else ""
            self.warnings.append(f"{self.name}: sheet {sheet}: hidden columns {letters}{more} (read all the same)")
        if self.no_cached_value:
            cells = ", ".join(self.no_cached_value[:MAX_NAMED_CELLS])
            more = len(self.no_cached_value) - MAX_NAMED_CELLS
            cells += f" and {more} more" if more > 0 else ""
            self.warnings.append(
                f"{self.name}: sheet {sheet}: formulas without a saved value at {cells} are read as "
                "empty (open the file in Excel or WPS and save it to compute them)"
            )

    def grid(self) -> Grid:
        """The values as cells; a merged range becomes one cell at its top-left corner."""
        anchors: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, r1, c1 in self.merges:
            anchors[(r0, c0)] = (r0, c0, r1, c1)
            if (r1 - r0 + 1) * (c1 - c0 + 1) <= 16384:  # ignore absurd ranges (whole columns)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            covered[(r, c)] = (r0, c0)
        grid = Grid(name=self.sheet.name, shape="xlsx")
        under_merge = []
        for value in sorted(self.values, key=lambda v: (v.row, v.col)):
            if (value.row, value.col) in covered:
                under_merge.append(f"{column_letter(value.col)}{value.row}")
                continue
            r0, c0, r1, c1 = anchors.get((value.row, value.col), (value.row, value.col, value.row, value.col))
            grid.cells.append(spreadsheet_cell(value.text, self.sheet.name, r0, c0, r1, c1))
        if under_merge:
            shown = ", ".join(under_merge[:MAX_NAMED_CELLS])
            self.warnings.append(
                f"{self.name}: sheet {self.sheet.name}: values under merged cells, which Excel does "
                f"not show, ignored at {shown}"
            )
        return grid


def spreadsheet_cell(text: str, sheet: str, r0: int, c0: int, r1: int, c1: int) -> Cell:
    """A sheet cell (1-based Excel row/column numbers; r1/c1 the merged range's far corner)."""
    location = Location(
        line=r0, last_line=r1 if r1 != r0 else None, sheet=sheet, cells=range_ref(r0, c0, r1, c1)
    )
    return Cell(
        text=text, row=r0 - 1, col=c0 - 1, location=location,
        rowspan=r1 - r0 + 1, colspan=c1 - c0 + 1,
    )


def _parse_range(ref: str) -> tuple[int, int, int, int] | None:
    try:
        first, _, last = ref.partition(":")
        r0, c0 = split_ref(first)
        r1, c1 = split_ref(last) if last else (r0, c0)
    except ValueError:
        return None
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


def _ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] → "3–5, 9"."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)

