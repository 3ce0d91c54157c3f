"""DOCX documents: body paragraphs and tables in document order, in one grid.

A paragraph is a one-cell row. A table row is a row of cells in the table's grid columns; a
merged cell (``gridSpan`` across, ``vMerge`` down) is one cell with its spans, its text only
once. A table nested in a cell follows the row that holds it, its columns offset to that
cell's column. Text boxes anchored in a paragraph follow that paragraph. Tracked deletions
are left out and insertions kept (the document as it would print with changes accepted).
Cells carry x0/x1 in points from the table's column widths.

The body XML is walked directly (lxml) rather than through python-docx: python-docx refuses
macro-enabled documents and templates (DOCM, DOTX) by their content type, and its
``table.rows[i].cells`` repeats a merged cell once per grid column it covers. python-docx
writes the tests' documents.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from jixiao.kg.reader.grid import Cell, Grid, SourceDocument
from jixiao.kg.reader.sources.limits import CHECK_EVERY_ROWS, Budget, LimitReached, SourceError
from jixiao.kg.reader.sources.ooxml import local, main_part, open_package, parse_part
from jixiao.kg.records import Location

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
# Containers whose content counts as the body's (content controls, custom XML, smart tags).
_TRANSPARENT = {"sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink", "fldSimple"}
# Tabs and runs of spaces (ASCII or ideographic) that separate a paragraph's fields.
_PARAGRAPH_GAP = re.compile(r"\t+| {2,}|\u3000{2,}")
# Subtrees never printed as the paragraph's own text.
_SKIPPED = {"del", "moveFrom", "rPr", "pPr", "txbxContent", "Fallback", "instrText", "delText"}
TWIPS_PER_POINT = 20


def read(data: bytes, name: str, budget: Budget) -> SourceDocument:
    archive = open_package(data, name)  # encrypted members, bombs, truncation: clear messages
    part = main_part(archive, "word/document.xml")
    root = parse_part(archive, part, name)
    body = next((el for el in root if local(el.tag) == "body"), None)
    if body is None:
        raise SourceError(f"{name}: damaged DOCX file: {part} has no document body")
    doc = SourceDocument(name=name, format="docx")
    if any(posixpath.basename(n).lower() == "vbaproject.bin" for n in archive.namelist()):
        doc.warnings.append(f"{name}: the document contains macros (VBA); they are ignored")
    walker = _Walker(name=name, budget=budget, grid=Grid(name=name, shape="docx"))
    try:
        walker.block(body)
    except LimitReached as exc:
        doc.warnings.append(f"{name}: stopped after paragraph {walker.paragraphs}: {exc}")
    doc.grids.append(walker.grid)
    doc.warnings.extend(walker.warnings)
    return doc


@dataclass
class _Open:
    """A cell whose vertical merge may continue in the next rows."""

    cell: Cell
    colspan: int


@dataclass
class _Walker:
    name: str
    budget: Budget
    grid: Grid
    row: int = 0  # next grid row
    paragraphs: int = 0  # body paragraphs seen (the line number of a paragraph)
    tables: int = 0
    warnings: list[str] = field(default_factory=list)

    # --- body ---------------------------------------------------------------------------

    def block(self, container) -> None:
        for el in container:
            tag = local(el.tag)
            if tag == "p":
                self.paragraph(el)
            elif tag == "tbl":
                self.table(el, col_offset=0, x_offset=0.0)
            elif tag in _TRANSPARENT:
                self.block(el)

    def paragraph(self, p) -> None:
        self.paragraphs += 1
        if self.paragraphs % CHECK_EVERY_ROWS == 0:
            self.budget.check_time()
        text = paragraph_text(p)
        if text.strip():
            # Head fields laid out on one line with tabs or runs of spaces (`主管部门：XX局
            # 实施单位：XX中心`) are cells of that line, as a table row's would be.
            parts = [t for t in _PARAGRAPH_GAP.split(text) if t.strip()]
            self.emit([Cell(text=t, row=self.row, col=k, location=Location(line=self.paragraphs))
                       for k, t in enumerate(parts)])
        # Text boxes anchored here: their paragraphs follow (mc:Fallback copies are skipped).
        for box in p.iter(f"{_W}txbxContent"):
            if not any(local(a.tag) == "Fallback" for a in box.iterancestors()):
                self.block(box)

    def emit(self, cells: list[Cell]) -> None:
        self.budget.add_cells(len(cells))
        self.grid.cells.extend(cells)
        self.row += 1

    # --- tables -------------------------------------------------------------------------

    def table(self, tbl, col_offset: int, x_offset: float) -> None:
        self.tables += 1
        number = self.tables
        edges = _column_edges(tbl, x_offset)
        open_cells: dict[int, _Open] = {}  # grid column → cell a vMerge continues
        table_row = 0
        for tr in _children(tbl, "tr"):
            table_row += 1
            if table_row % CHECK_EVERY_ROWS == 0:
                self.budget.check_time()
            col = _int(_first(_first(tr, "trPr"), "gridBefore"), 0)
            cells: list[Cell] = []
            nested: list[tuple[object, int, float]] = []
            continued: set[int] = set()
            for tc in _children(tr, "tc"):
                props = _first(tc, "tcPr")
                span = max(_int(_first(props, "gridSpan"), 1), 1)
                vmerge = _first(props, "vMerge")
                merge = None if vmerge is None else (vmerge.get(f"{_W}val") or "continue")
                if merge == "continue" and col in open_cells and open_cells[col].colspan == span:
                    open_cells[col].cell.rowspan += 1
                    last = open_cells[col].cell.location
                    last.last_line = table_row
                    continued.add(col)
                    extra = cell_text(tc)
                    if extra.strip():
                        self.warnings.append(
                            f"{self.name}: table {number}, row {table_row}: text in a vertically "
                            f"merged cell, which Word does not show, ignored: {extra[:40]!r}"
                        )
                    col += span
                    continue
                x0, x1 = _extent(edges, col, span)
                cell = Cell(
                    text=cell_text(tc), row=self.row, col=col_offset + col,
                    location=Location(line=table_row, table=number), colspan=span, x0=x0, x1=x1,
                )
                cells.append(cell)
                if merge == "restart":
                    open_cells[col] = _Open(cell, span)
                    continued.add(col)
                for inner in _children(tc, "tbl"):
                    nested.append((inner, col_offset + col, x0 or 0.0))
                col += span
            # A merge ends where the next row does not continue it.
            for key in [k for k in open_cells if k not in continued]:
                del open_cells[key]
            # Empty cells stay: in a table they are structure (a blank value under a header).
            if cells:
                self.emit(cells)
            for inner, offset, x in nested:
                self.table(inner, col_offset=offset, x_offset=x)


def paragraph_text(p) -> str:
    """The printed text of a paragraph: runs, tabs and breaks, without deletions or field codes."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(el, parts: list[str]) -> None:
    for child in el:
        tag = local(child.tag)
        if tag in _SKIPPED or tag == "tbl":
            continue
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag == "sym":
            char = child.get(f"{_W}char")
            if char and all(c in "0123456789abcdefABCDEF" for c in char):
                parts.append(chr(int(char, 16)))
        else:
            _collect(child, parts)


def cell_text(tc) -> str:
    """A table cell's paragraphs joined by newlines (nested tables are rows of their own)."""
    texts: list[str] = []
    _cell_paragraphs(tc, texts)
    while texts and not texts[-1].strip():
        texts.pop()
    return "\n".join(texts)


def _cell_paragraphs(container, texts: list[str]) -> None:
    for el in container:
        tag = local(el.tag)
        if tag == "p":
            texts.append(paragraph_text(el))
        elif tag in _TRANSPARENT:
            _cell_paragraphs(el, texts)


def _children(el, tag: str):
    """Child elements named ``tag``, looking through content controls and custom XML."""
    for child in el:
        name = local(child.tag)
        if name == tag:
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _children(child, tag)


def _first(el, tag: str):
    if el is None:
        return None
    for child in el:
        if local(child.tag) == tag:
            return child
    return None


def _int(el, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(f"{_W}val", default))
    except (TypeError, ValueError):
        return default


def _column_edges(tbl, x_offset: float) -> list[float]:
    """Left edges of the grid columns and the right edge of the last, in points."""
    grid = _first(tbl, "tblGrid")
    edges = [x_offset]
    for col in _children(grid, "gridCol") if grid is not None else []:
        try:
            width = float(col.get(f"{_W}w", "0")) / TWIPS_PER_POINT
        except ValueError:
            width = 0.0
        edges.append(edges[-1] + width)
    return edges


def _extent(edges: list[float], col: int, span: int) -> tuple[float | None, float | None]:
    if col + span > len(edges) - 1:  # no (or too few) grid column widths
        return None, None
    return edges[col], edges[col + span]
