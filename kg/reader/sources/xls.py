"""XLS (BIFF, Excel 97–2003 and WPS) workbooks, through xlrd with formatting information.

Same grid as XLSX: values shown through their number formats, merged ranges as one cell
(WPS and POI write the merged value into every covered cell; only the top-left one counts, as
Excel shows it), hidden sheets, rows and columns named in the warnings.
"""

from __future__ import annotations

import io

import xlrd
from xlrd.formatting import std_format_strings

from jixiao.kg.reader.grid import Grid, SourceDocument
from jixiao.kg.reader.sources import numfmt
from jixiao.kg.reader.sources.cellref import column_letter
from jixiao.kg.reader.sources.limits import CHECK_EVERY_ROWS, Budget, LimitReached, SourceError
from jixiao.kg.reader.sources.xlsx import MAX_NAMED_CELLS, _ranges, spreadsheet_cell

_VISIBILITY = {1: "hidden", 2: "very hidden"}


def read(data: bytes, name: str, budget: Budget) -> SourceDocument:
    doc = SourceDocument(name=name, format="xls")
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO()
        )
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise SourceError(
                f"{name}: the workbook is encrypted (password-protected); save it without a password"
            ) from exc
        raise SourceError(f"{name}: damaged or unsupported XLS file ({exc})") from exc
    except (AssertionError, IndexError, KeyError, ValueError, EOFError, OSError) as exc:
        raise SourceError(f"{name}: damaged or truncated XLS file ({type(exc).__name__}: {exc})") from exc
    if _has_macros(data):
        doc.warnings.append(f"{name}: the workbook contains macros (VBA); they are ignored")
    formats = _formats(book)
    for index in range(book.nsheets):
        sheet_name = book.sheet_names()[index]
        try:
            sheet = book.sheet_by_index(index)
        except Exception as exc:  # noqa: BLE001 - xlrd raises assorted errors on bad records
            doc.errors.append(f"{name}: sheet {sheet_name}: damaged, cannot be read ({type(exc).__name__}: {exc})")
            continue
        if sheet.visibility:
            doc.warnings.append(
                f"{name}: sheet {sheet_name} is {_VISIBILITY.get(sheet.visibility, 'hidden')} (read all the same)"
            )
        grid = Grid(name=sheet_name, shape="xls")
        doc.grids.append(grid)
        try:
            _read_sheet(sheet, book, formats, grid, doc, budget)
        except LimitReached as exc:
            doc.warnings.append(f"{name}: sheet {sheet_name}: stopped: {exc}; the rest of the workbook is not read")
            break
        finally:
            book.unload_sheet(index)
    return doc


def _has_macros(data: bytes) -> bool:
    from jixiao.kg.reader.sources.sniff import ole_streams

    return any(s.lower() in ("_vba_project_cur", "vba", "_vba_project") for s in ole_streams(data))


def _formats(book: xlrd.book.Book) -> dict[int, str]:
    """Number format string per XF index; Chinese built-ins where xlrd has only US ones."""
    out: dict[int, str] = {}
    for index, xf in enumerate(book.xf_list):
        key = xf.format_key
        fmt = book.format_map.get(key)
        text = fmt.format_str if fmt is not None else None
        if key in numfmt.BUILTIN_FORMATS and (text is None or text == std_format_strings.get(key)):
            text = numfmt.BUILTIN_FORMATS[key]
        out[index] = text or "General"
    return out


def _read_sheet(sheet, book, formats: dict[int, str], grid: Grid, doc: SourceDocument, budget: Budget) -> None:
    name = doc.name
    anchors = {}
    covered = set()
    for rlo, rhi, clo, chi in sheet.merged_cells:  # half-open, 0-based
        anchors[(rlo, clo)] = (rhi - 1, chi - 1)
        if (rhi - rlo) * (chi - clo) <= 16384:
            covered.update((r, c) for r in range(rlo, rhi) for c in range(clo, chi) if (r, c) != (rlo, clo))
    hidden_rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden}
    hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
    used_hidden_rows: set[int] = set()
    used_hidden_cols: set[int] = set()
    for r in range(sheet.nrows):
        if r % CHECK_EVERY_ROWS == 0:
            budget.check_time()
        types = sheet.row_types(r)
        values = sheet.row_values(r)
        for c, (kind, value) in enumerate(zip(types, values, strict=True)):
            if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) or (r, c) in covered:
                continue
            text = _display(kind, value, formats.get(sheet.cell_xf_index(r, c), "General"), book.datemode)
            if not text.strip():
                continue
            budget.add_cells()
            r1, c1 = anchors.get((r, c), (r, c))
            grid.cells.append(spreadsheet_cell(text, sheet.name, r + 1, c + 1, r1 + 1, c1 + 1))
            if r in hidden_rows:
                used_hidden_rows.add(r + 1)
            if c in hidden_cols:
                used_hidden_cols.add(c + 1)
    if used_hidden_rows:
        doc.warnings.append(f"{name}: sheet {sheet.name}: hidden rows {_ranges(sorted(used_hidden_rows))} (read all the same)")
    if used_hidden_cols:
        letters = ", ".join(column_letter(c) for c in sorted(used_hidden_cols)[:MAX_NAMED_CELLS])
        doc.warnings.append(f"{name}: sheet {sheet.name}: hidden columns {letters} (read all the same)")


def _display(kind: int, value: object, fmt: str, datemode: int) -> str:
    if kind == xlrd.XL_CELL_TEXT:
        return numfmt.format_value(str(value).replace("\r\n", "\n").replace("\r", "\n"), fmt)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(int(value), "#ERROR")  # type: ignore[arg-type]
    if isinstance(value, int | float):
        return numfmt.format_value(float(value), fmt, date1904=datemode == 1)
    return str(value)
