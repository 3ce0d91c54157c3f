"""The cell grid every source becomes: rows of cells, each with its place in the source.

Spreadsheets, Word tables and PDF tables give real rows and columns (merged ranges kept as one
cell with a span, never copied into the cells they cover). Text gives what its shape allows:
tab and pipe tables give rows and columns, space-aligned text gives rows and horizontal
positions, one-cell-per-line text gives only an order. ``rows_reliable`` and
``columns_reliable`` say which; the form interpreter relies on nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from jixiao.kg.records import Location


@dataclass
class Cell:
    """One printed cell. ``text`` is as displayed (number formats applied), inner newlines kept."""

    text: str
    row: int  # 0-based row in its grid
    col: int  # 0-based column in its grid (for streams: position within the row)
    location: Location
    rowspan: int = 1
    colspan: int = 1
    # Horizontal extent where the source has one (PDF points, or character columns of
    # space-aligned text): lets a cell be placed under a header when empty cells vanished.
    x0: float | None = None
    x1: float | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def covers(self, col: int) -> bool:
        """Whether column ``col`` lies under this cell (a merged cell covers its span)."""
        return self.col <= col < self.col + max(self.colspan, 1)


@dataclass
class Grid:
    """A sheet, a document body, or a text block: cells in reading order (row by row)."""

    name: str  # sheet name, "第 3 页", or the file name for text
    cells: list[Cell] = field(default_factory=list)
    rows_reliable: bool = True  # a new row in the grid is a new row of the form
    columns_reliable: bool = True  # `col` says which column a cell is in
    # The shape the cells came from: xlsx, xls, docx, pdf, tab_table, pipe_table,
    # space_columns, cell_per_line, token_per_line, run_together…
    shape: str = ""
    # Every cell is printed whole, never a wrapped piece of a longer one (an HTML table copied
    # one cell per line with its cell bars).
    cells_whole: bool = False

    def rows(self) -> Iterator[list[Cell]]:
        """The cells grouped by row, in order (rows without cells are skipped)."""
        current: list[Cell] = []
        row = None
        for cell in self.cells:
            if row is not None and cell.row != row:
                yield current
                current = []
            row = cell.row
            current.append(cell)
        if current:
            yield current


@dataclass
class SourceDocument:
    """What a source file became before interpretation: grids plus what the decoder noticed."""

    name: str
    format: str  # text, xlsx, xls, docx, pdf
    grids: list[Grid] = field(default_factory=list)
    encoding: str | None = None
    # Problems that stop reading part of the file ("file: sheet X: …", "file: page 3: …").
    errors: list[str] = field(default_factory=list)
    # Notes that do not stop anything (hidden sheets/rows, control bytes skipped, macros).
    warnings: list[str] = field(default_factory=list)
    line_count: int = 0  # text sources: number of lines
    # Text lines that held only markup (a markdown rule `|---|`, empty tags): no cells.
    markup_lines: list[int] = field(default_factory=list)
