"""PDF with a text layer: ruled tables with their cells intact, other text as rows, one grid.

PyMuPDF (``pymupdf<2``) finds the ruled tables and gives the characters with their boxes.
It was chosen over pdfplumber by measurement on the real budget PDFs (docs/parsing.md, "File
formats"): the same cells, table finding 1.7 times as fast, and it tells invisible text
(render mode 3, alpha 0) and text clipped away or outside the page, which pdfplumber's page
text includes. PyMuPDF 2.x is excluded: its table cells scramble punctuation.

* A table cell is the characters whose centre lies in its box, lines joined by ``\\n``; a
  merged cell is one cell with its spans. Cells carry x0/x1 in PDF points.
* Text outside tables: one row per printed line (pieces of a line far apart are cells of the
  same row, ``col`` their order), in reading order with the tables.
* Page numbers in the top or bottom margin (``— 1 —``, ``- 3 -``, ``第 2 页 共 5 页``) are
  dropped and counted in the warnings.
* A table that ends a page and one that starts the next with the same columns (or the same
  less some on the left, where merged cells run on without a top border) are one table: row
  numbers go on, a repeated header row is dropped (and counted), and text inside the table's
  frame that lies in no found cell becomes a cell of the row and column it lies in. A table with the same
  rows at the same heights as one on an earlier page but other columns is its right-hand part
  (a wide sheet printed across pages): its cells join those rows, in the columns after the
  left part's, x0/x1 shifted to lie right of it.
* A page without any text layer (a scan) is an error naming it: it needs OCR.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from jixiao.kg.reader.grid import Cell, Grid, SourceDocument
from jixiao.kg.reader.sources.limits import MAX_PAGES, Budget, LimitReached, SourceError
from jixiao.kg.records import Location

# MuPDF character flags (fz_stext_char.flags): how a glyph is painted.
FILLED, STROKED, CLIPPED = 16, 32, 64
# Share of the page height at the top and bottom where running page numbers are looked for.
MARGIN_BAND = 0.1
# Points: boxes closer than this are the same edge; lines overlapping this much the same row.
EDGE_TOLERANCE = 2.0
SAME_ROW_OVERLAP = 0.5
# Column edges of two tables on consecutive pages may differ this much and still be one table.
CONTINUATION_TOLERANCE = 3.0
# A table continues an earlier one to the right only with at least this many rows in common.
MIN_STITCHED_ROWS = 3

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*"  # — 1 —, - 3 -, 12
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/、]?\s*共\s*\d{1,4}\s*页)?"  # 第 2 页 共 5 页
    r"|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页"
    r"|(?:page\s*)?\d{1,4}\s*(?:/|of)\s*\d{1,4}"  # 2/5, Page 2 of 5
    r")$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    return bool(text.strip()) and bool(_PAGE_NUMBER.match(text.strip()))


@dataclass
class _Char:
    c: str
    x0: float
    y0: float
    x1: float
    y1: float
    line: int  # id of the PDF text line it was printed in

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class _TextLine:
    """A piece of printed text outside tables: one PDF line (or what is left of it)."""

    chars: list[_Char]

    @property
    def text(self) -> str:
        return "".join(c.c for c in self.chars).strip()

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (min(c.x0 for c in self.chars), min(c.y0 for c in self.chars),
                max(c.x1 for c in self.chars), max(c.y1 for c in self.chars))


@dataclass
class _TableCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    box: tuple[float, float, float, float]
    chars: list[_Char] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _cell_text(self.chars)


@dataclass
class _Table:
    box: tuple[float, float, float, float]
    page: int
    xs: list[float]  # left edges of the columns
    tops: list[float]  # top of each row
    cells: list[_TableCell]
    slots: dict[tuple[int, int], _TableCell]  # (row, col) → the cell covering it

    @property
    def rows(self) -> int:
        return len(self.tops)

    def find(self, ch: _Char) -> _TableCell | None:
        r = bisect.bisect_right(self.tops, ch.cy + 0.01) - 1
        c = bisect.bisect_right(self.xs, ch.cx + 0.01) - 1
        cell = self.slots.get((r, c))
        if cell is None:
            return None
        x0, y0, x1, y1 = cell.box
        return cell if x0 - 0.5 <= ch.cx <= x1 + 0.5 and y0 - 0.5 <= ch.cy <= y1 + 0.5 else None

    def row_texts(self, row: int) -> list[str]:
        return [c.text for c in self.cells if c.row == row]


@dataclass
class _Placed:
    """A table already in the grid: where its rows went, for a right-hand part to join."""

    table: _Table
    page: int
    height: float
    number: int
    rows: dict[int, tuple[int, int]] = field(default_factory=dict)  # table row → (grid row, line)
    columns: int = 0
    right: float = 0.0
    next_row: int = 0

    def __post_init__(self) -> None:
        self.columns = len(self.table.xs)
        self.right = self.table.box[2]


@dataclass
class _Open:
    """The table that ended the previous page, which a table at the top of this one may continue."""

    table: _Table  # its first part (its columns are the table's columns)
    number: int
    next_row: int


@dataclass
class _Page:
    number: int  # 1-based
    height: float
    items: list[tuple[float, object]]  # (top y, _Table | list[_TextLine]) in reading order
    dropped: list[str]
    invisible_only: bool = False


def read(data: bytes, name: str, budget: Budget) -> SourceDocument:
    import pymupdf

    if hasattr(pymupdf, "no_recommend_layout"):
        pymupdf.no_recommend_layout()  # it would print advice to stdout on the first table
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - MuPDF's errors are FileDataError/RuntimeError/ValueError
        raise SourceError(f"{name}: damaged or truncated PDF, cannot be opened ({exc})") from exc
    with pdf:
        if pdf.needs_pass:
            raise SourceError(
                f"{name}: the PDF is encrypted (password-protected); open it and save or print "
                "it as a PDF without a password"
            )
        if pdf.page_count == 0:
            raise SourceError(f"{name}: the PDF has no pages (damaged or truncated?)")
        doc = _Reader(name, budget).read(pdf)
        if getattr(pdf, "is_repaired", False):
            doc.warnings.insert(0, f"{name}: the PDF is damaged (truncated?) and was repaired to be read; "
                                   "content may be missing")
        if not any(g.cells for g in doc.grids) and not doc.errors:
            doc.errors.append(f"{name}: no text found in the PDF (damaged, or pages without text)")
        return doc


@dataclass
class _Reader:
    name: str
    budget: Budget
    doc: SourceDocument = field(init=False)
    grid: Grid = field(init=False)
    row: int = 0
    tables: int = 0
    scanned: list[int] = field(default_factory=list)
    invisible_pages: list[int] = field(default_factory=list)
    dropped: int = 0
    repeated_headers: int = 0
    stitched: int = 0
    reorder: bool = False
    placed: list[_Placed] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = SourceDocument(name=self.name, format="pdf")
        self.grid = Grid(name=self.name, shape="pdf")

    def read(self, pdf) -> SourceDocument:
        last = min(pdf.page_count, MAX_PAGES)
        if pdf.page_count > MAX_PAGES:
            self.doc.warnings.append(
                f"{self.name}: {pdf.page_count} pages; only the first {MAX_PAGES} are read"
            )
        open_table: _Open | None = None  # the table that ended the last page
        for index in range(last):
            try:
                self.budget.check_time()
            except LimitReached as exc:
                self.doc.warnings.append(f"{self.name}: stopped before page {index + 1}: {exc}")
                break
            try:
                page = _read_page(pdf[index], index + 1)
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
                self.doc.errors.append(f"{self.name}: page {index + 1}: cannot be read ({type(exc).__name__}: {exc})")
                open_table = None
                continue
            if page is None:
                continue
            if isinstance(page, str):
                if page == "scan":
                    self.scanned.append(index + 1)
                open_table = None
                continue
            if page.invisible_only:
                self.invisible_pages.append(page.number)
            self.dropped += len(page.dropped)
            try:
                open_table = self._emit(page, open_table)
            except LimitReached as exc:
                self.doc.warnings.append(f"{self.name}: stopped on page {page.number}: {exc}")
                break
        if self.reorder:  # right-hand parts were appended to earlier rows
            self.grid.cells.sort(key=lambda c: (c.row, c.col))
        self._report()
        self.doc.grids.append(self.grid)
        return self.doc

    def _emit(self, page: _Page, open_table: _Open | None) -> _Open | None:
        line = 0
        absorbed: set[int] = set()
        for position, (_, item) in enumerate(page.items):
            if position in absorbed:
                continue
            if isinstance(item, _Table):
                offset = None
                if position == 0 and open_table is not None:
                    offset = _column_offset(open_table.table, item)
                left = None if offset is not None else self._left_part(item, page)
                if left is not None:
                    self._emit_right_part(item, page.number, left)
                    open_table = None
                    continue
                skip = 0
                if offset is not None:
                    assert open_table is not None
                    parent, number, next_row = open_table.table, open_table.number, open_table.next_row
                    if (offset == 0 and item.rows > 1 and _nonempty(item.row_texts(0))
                            and item.row_texts(0) == parent.row_texts(0)):
                        skip = 1
                        self.repeated_headers += 1
                else:
                    self.tables += 1
                    parent, number, next_row, offset = item, self.tables, 0, 0
                placed = self._emit_table(item, page, number, next_row, skip, offset)
                absorbed |= self._absorb(page, position, item, parent, placed)
                open_table = _Open(parent, number, placed.next_row)
            else:
                line += 1
                cells = []
                for col, piece in enumerate(item):
                    x0, _, x1, _ = piece.box
                    cells.append(Cell(
                        text=piece.text, row=self.row, col=col,
                        location=Location(page=page.number, line=line), x0=x0, x1=x1,
                    ))
                self.budget.add_cells(len(cells))
                self.grid.cells.extend(cells)
                self.row += 1
                if open_table is None or not _beside_or_fragment(item, open_table.table, page.number):
                    open_table = None
        return open_table

    def _emit_table(
        self, table: _Table, page: _Page, number: int, first_row: int, skip: int, offset: int
    ) -> _Placed:
        """Cells of ``table`` as grid rows (columns shifted by ``offset`` when it continues a
        table with more columns on its left)."""
        by_row: dict[int, list[_TableCell]] = {}
        for cell in table.cells:
            by_row.setdefault(cell.row, []).append(cell)
        placed = _Placed(table, page.number, page.height, number)
        placed.columns = offset + len(table.xs)
        row_number = first_row
        for r in range(skip, table.rows):
            row_number += 1
            cells = sorted(by_row.get(r, []), key=lambda c: c.col)
            if not cells:
                continue
            placed.rows[r] = (self.row, row_number)
            out = [self._cell(cell, page.number, number, row_number, cell.col + offset, 0.0) for cell in cells]
            self.budget.add_cells(len(out))
            self.grid.cells.extend(out)
            self.row += 1
        placed.next_row = row_number
        self.placed.append(placed)
        return placed

    def _absorb(self, page: _Page, position: int, table: _Table, parent: _Table, placed: _Placed) -> set[int]:
        """Text inside a table's frame but in no detected cell (a merged cell continued from the
        previous page has no top border, so no cell is found for it): a cell of the row and
        column it lies in. Returns the positions of the text rows taken."""
        x0, y0, x1, y1 = parent.box[0], table.box[1], table.box[2], table.box[3]
        taken: set[int] = set()
        for j in range(position + 1, len(page.items)):
            _, item = page.items[j]
            if isinstance(item, _Table):
                continue
            top = min(p.box[1] for p in item)
            bottom = max(p.box[3] for p in item)
            if not (y0 <= (top + bottom) / 2 <= y1):
                continue
            if not all(x0 - EDGE_TOLERANCE <= p.box[0] and p.box[2] <= x1 + EDGE_TOLERANCE for p in item):
                continue
            r = bisect.bisect_right(table.tops, (top + bottom) / 2) - 1
            if r not in placed.rows:
                continue
            grid_row, line = placed.rows[r]
            for piece in item:
                px0, _, px1, _ = piece.box
                col = _index(parent.xs, px0)
                cell = Cell(
                    text=piece.text, row=grid_row, col=col,
                    location=Location(page=page.number, table=placed.number, line=line),
                    colspan=max(1, sum(1 for x in parent.xs if px0 - EDGE_TOLERANCE < x < px1 - EDGE_TOLERANCE)),
                    x0=px0, x1=px1,
                )
                self.budget.add_cells()
                self.grid.cells.append(cell)
            taken.add(j)
            self.reorder = True
        return taken

    def _cell(self, cell: _TableCell, page: int, number: int, line: int, col: int, shift: float) -> Cell:
        x0, _, x1, _ = cell.box
        last = line + cell.rowspan - 1
        return Cell(
            text=cell.text, row=self.row, col=col,
            location=Location(page=page, table=number, line=line, last_line=last if last != line else None),
            rowspan=cell.rowspan, colspan=cell.colspan, x0=x0 + shift, x1=x1 + shift,
        )

    def _left_part(self, table: _Table, page: _Page) -> _Placed | None:
        """The table on an earlier page whose rows this one continues to the right (a wide
        sheet printed across pages): the same rows at the same heights, other columns."""
        if table.rows < MIN_STITCHED_ROWS:
            return None
        for placed in reversed(self.placed):
            left = placed.table
            if placed.page == page.number or abs(placed.height - page.height) > EDGE_TOLERANCE:
                continue
            if left.rows != table.rows or left.xs == table.xs:
                continue
            if all(abs(a - b) <= CONTINUATION_TOLERANCE for a, b in zip(left.tops, table.tops, strict=True)):
                return placed
        return None

    def _emit_right_part(self, table: _Table, page: int, left: _Placed) -> None:
        """Cells of ``table`` appended to the grid rows of ``left``, in columns after its own."""
        shift = left.right - table.box[0]
        for cell in table.cells:
            if cell.row not in left.rows:
                continue
            grid_row, line = left.rows[cell.row]
            out = self._cell(cell, page, left.number, line, left.columns + cell.col, shift)
            out.row = grid_row
            self.budget.add_cells()
            self.grid.cells.append(out)
        left.columns += len(table.xs)
        left.right += table.box[2] - table.box[0]
        self.stitched += 1
        self.reorder = True

    def _report(self) -> None:
        name = self.name
        if self.scanned:
            pages = _ranges(self.scanned)
            which = f"page {pages}" if len(self.scanned) == 1 else f"pages {pages}"
            self.doc.errors.append(
                f"{name}: {which}: no text layer (a scanned image); it needs OCR before it can "
                "be read: run it through an OCR tool that adds a text layer, or use the original "
                "XLSX/DOCX"
            )
        if self.invisible_pages:
            self.doc.warnings.append(
                f"{name}: pages {_ranges(self.invisible_pages)}: only invisible text (the OCR layer "
                "of a scan?); read as it is, check it against the page"
            )
        if self.dropped:
            self.doc.warnings.append(f"{name}: {self.dropped} page numbers in page headers/footers dropped")
        if self.stitched:
            self.doc.warnings.append(
                f"{name}: {self.stitched} tables continue a table of an earlier page to the right "
                "(a wide sheet printed across pages) and are joined to its rows"
            )
        if self.repeated_headers:
            self.doc.warnings.append(
                f"{name}: {self.repeated_headers} table header rows repeated on continuation pages dropped"
            )


# --- one page -------------------------------------------------------------------------------


def _read_page(page, number: int) -> _Page | str | None:
    """The page's tables and text lines; "scan" for a page of images only; None when blank."""
    import pymupdf

    chars, hidden = _chars(page, pymupdf)
    invisible_only = False
    if not chars:
        if hidden:
            chars, invisible_only = hidden, True
        elif page.get_images(full=False) or _has_drawn_content(page):
            return "scan"
        else:
            return None
    tables = _tables(page, number)
    leftover: dict[int, list[_Char]] = {}
    for ch in chars:
        for table in tables:
            x0, y0, x1, y1 = table.box
            if x0 <= ch.cx <= x1 and y0 <= ch.cy <= y1:
                cell = table.find(ch)
                if cell is not None:
                    cell.chars.append(ch)
                    break
        else:
            leftover.setdefault(ch.line, []).append(ch)
    lines = [_TextLine(cs) for cs in leftover.values() if "".join(c.c for c in cs).strip()]
    rows = _group_rows(lines)
    dropped: list[str] = []
    height = page.rect.height
    kept_rows = []
    for row in rows:
        top = min(p.box[1] for p in row)
        bottom = max(p.box[3] for p in row)
        in_margin = bottom <= height * MARGIN_BAND or top >= height * (1 - MARGIN_BAND)
        text = " ".join(p.text for p in row)
        if in_margin and is_page_number(text):
            dropped.append(text)
        else:
            kept_rows.append((top, row))
    items: list[tuple[float, object]] = [(t.box[1], t) for t in tables] + kept_rows
    items.sort(key=lambda item: item[0])
    return _Page(number=number, height=height, items=items, dropped=dropped, invisible_only=invisible_only)


def _chars(page, pymupdf) -> tuple[list[_Char], list[_Char]]:
    """Visible characters, and those never painted (render mode 3, alpha 0) or clipped away."""
    flags = (pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_MEDIABOX_CLIP) & ~pymupdf.TEXT_PRESERVE_IMAGES
    raw = page.get_text("rawdict", flags=flags)
    visible: list[_Char] = []
    hidden: list[_Char] = []
    line_id = 0
    for block in raw.get("blocks", []):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            line_id += 1
            for span in line.get("spans", []):
                char_flags = span.get("char_flags")
                painted = char_flags is None or bool(char_flags & (FILLED | STROKED))
                clipped = char_flags is not None and bool(char_flags & CLIPPED)
                target = visible if painted and not clipped and span.get("alpha", 255) > 0 else hidden
                for ch in span.get("chars", []):
                    x0, y0, x1, y1 = ch["bbox"]
                    target.append(_Char(ch["c"], x0, y0, x1, y1, line_id))
    if not any(c.c.strip() for c in visible):
        visible = []
    if not any(c.c.strip() for c in hidden):
        hidden = []
    return visible, hidden


def _has_drawn_content(page) -> bool:
    try:
        return bool(page.get_image_info())
    except Exception:  # noqa: BLE001
        return False


def _tables(page, page_number: int) -> list[_Table]:
    try:
        if not page.get_cdrawings():
            return []  # no vector graphics, so no ruled table: skip the costly finder
        found = page.find_tables()
    except Exception:  # noqa: BLE001 - a page whose drawings confuse the finder: text only
        return []
    out = []
    for table in found.tables:
        built = _build_table(table, page_number)
        if built is not None:
            out.append(built)
    return out


def _build_table(table, page_number: int) -> _Table | None:
    rows = [r for r in table.rows if any(c is not None for c in r.cells)]
    if not rows:
        return None
    boxes = [tuple(b) for b in table.cells if b is not None]
    xs = _edges([b[0] for b in boxes])
    tops = [r.bbox[1] for r in rows]
    cells: list[_TableCell] = []
    slots: dict[tuple[int, int], _TableCell] = {}
    for r, row in enumerate(rows):
        for box in row.cells:
            if box is None:
                continue
            x0, y0, x1, y1 = box
            c = _index(xs, x0)
            colspan = max(1, sum(1 for x in xs if x0 - EDGE_TOLERANCE < x < x1 - EDGE_TOLERANCE))
            rowspan = max(1, sum(1 for t in tops[r:] if t < y1 - EDGE_TOLERANCE))
            cell = _TableCell(r, c, rowspan, colspan, (x0, y0, x1, y1))
            cells.append(cell)
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    slots.setdefault((rr, cc), cell)
    x0, y0, x1, y1 = table.bbox
    return _Table((x0, y0, x1, y1), page_number, xs, tops, cells, slots)


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > EDGE_TOLERANCE:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    i = bisect.bisect_right(edges, value + EDGE_TOLERANCE) - 1
    return max(i, 0)


def _group_rows(lines: list[_TextLine]) -> list[list[_TextLine]]:
    """Lines side by side (overlapping vertically) form one row, left to right."""
    rows: list[list[_TextLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        _, y0, _, y1 = line.box
        if rows:
            last = rows[-1]
            ly0 = min(p.box[1] for p in last)
            ly1 = max(p.box[3] for p in last)
            overlap = min(y1, ly1) - max(y0, ly0)
            if overlap > SAME_ROW_OVERLAP * min(y1 - y0, ly1 - ly0):
                last.append(line)
                continue
        rows.append([line])
    for row in rows:
        row.sort(key=lambda ln: ln.box[0])
    return rows


def _cell_text(chars: list[_Char]) -> str:
    """A cell's characters as lines (top to bottom), each left to right, joined by newlines."""
    if not chars:
        return ""
    by_line: dict[int, list[_Char]] = {}
    for ch in chars:
        by_line.setdefault(ch.line, []).append(ch)
    pieces = sorted(by_line.values(), key=lambda cs: (min(c.cy for c in cs), min(c.x0 for c in cs)))
    lines: list[list[list[_Char]]] = []
    for piece in pieces:
        cy = sum(c.cy for c in piece) / len(piece)
        height = max(c.y1 - c.y0 for c in piece) or 1.0
        if lines:
            last = lines[-1]
            last_cy = sum(c.cy for p in last for c in p) / sum(len(p) for p in last)
            if abs(cy - last_cy) < height * SAME_ROW_OVERLAP:
                last.append(piece)
                continue
        lines.append([piece])
    texts = []
    for line in lines:
        parts = sorted(line, key=lambda p: min(c.x0 for c in p))
        texts.append(" ".join("".join(c.c for c in p).strip() for p in parts).strip())
    return "\n".join(t for t in texts if t)


def _column_offset(previous: _Table, table: _Table) -> int | None:
    """How many columns of ``previous`` lie left of ``table`` when ``table`` continues it on the
    next page: its columns are the same, or the same minus some at the left (merged cells
    running on from the previous page have no top border, so no cell is found there)."""
    if abs(previous.box[2] - table.box[2]) > CONTINUATION_TOLERANCE or len(table.xs) > len(previous.xs):
        return None
    offset = len(previous.xs) - len(table.xs)
    same = all(abs(a - b) <= CONTINUATION_TOLERANCE for a, b in zip(previous.xs[offset:], table.xs, strict=True))
    return offset if same else None


def _beside_or_fragment(row: list[_TextLine], table: _Table, page: int) -> bool:
    """Text that does not end a table: text beside it on its own page (within its height), or
    a character or two just under it (a cell's text running over its border)."""
    text = "".join(p.text for p in row)
    x0, y0, x1, y1 = table.box
    top = min(p.box[1] for p in row)
    bottom = max(p.box[3] for p in row)
    if table.page == page and y0 <= (top + bottom) / 2 <= y1:
        return True
    height = max(p.box[3] - p.box[1] for p in row)
    return (len(text.replace(" ", "")) <= 2 and top < y1 + 2 * height
            and all(x0 - EDGE_TOLERANCE <= p.box[0] and p.box[2] <= x1 + EDGE_TOLERANCE for p in row))


def _nonempty(texts: list[str]) -> bool:
    return any(t.strip() for t in texts)


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)
