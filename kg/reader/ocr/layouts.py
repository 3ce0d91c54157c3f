"""How a document's text lays out its tables, and turning lines into logical rows of cells.

Layouts seen in PDF text extraction:

- ``tab_table``: one table row per line, cells separated by tabs (or ``|`` in markdown-ish
  tables); a PDF may shift cells left or right, so readers rely on vocabulary, not columns.
- ``cell_per_line``: one cell per line (usually with a leading tab); rows are separated by
  blank lines.
- ``token_per_line``: one PDF text line per line, cells separated by spaces, long cells and
  labels broken over several lines (`满意度指` / `标`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.text import normalize_width
from jixiao.vocab import field_prefix, is_level_label, label_prefix, match_field, match_header

TAB_TABLE = "tab_table"
CELL_PER_LINE = "cell_per_line"
TOKEN_PER_LINE = "token_per_line"

_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?(?:u|b|i|em|strong|sup|sub|span)\b[^>]*>", re.I)
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class Cell:
    text: str
    line: int
    col: int
    # Every input line the cell's text came from (a label joined over lines has several).
    lines: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines = (self.line,)


def strip_markup(text: str) -> str:
    """Remove extraction markup (`[bookmark: …]`, `<u> </u>`, heading `#`), keep the text."""
    text = _MARKUP.sub("", text)
    if _MD_RULE.match(text):
        return ""
    return re.sub(r"^(\s*)#{1,6}\s+", r"\1", text)


def _is_blank(text: str) -> bool:
    return not text.strip()


def _cells_of(text: str) -> list[str]:
    text = strip_markup(normalize_width(text))
    if text.count("|") >= 2 and "\t" not in text:
        text = text.strip().strip("|").replace("|", "\t")
    return text.split("\t")


def detect_layout(lines: list[tuple[int, str]]) -> str:
    """Name of the layout most lines follow (see module docstring)."""
    content = [t for _, t in lines if t.strip()]
    if not content:
        return TAB_TABLE
    multi = single_tab = 0
    for t in content:
        cells = [c for c in _cells_of(t) if c.strip()]
        if len(cells) >= 2:
            multi += 1
        elif t.startswith("\t") and len(cells) == 1:
            single_tab += 1
    n = len(content)
    if multi >= 0.3 * n:
        return TAB_TABLE
    if single_tab >= 0.3 * n:
        return CELL_PER_LINE
    return TOKEN_PER_LINE


def _raw_rows(lines: list[tuple[int, str]], layout: str) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    if layout == CELL_PER_LINE:
        group: list[Cell] = []
        for n, t in lines:
            # A tab-only line is an empty cell of the current row; a truly blank line ends it.
            if _is_blank(t) and "\t" not in t:
                if group:
                    rows.append(group)
                group = []
                continue
            for piece in _cells_of(t):
                group.append(Cell(piece.strip(), n, len(group)))
        if group:
            rows.append(group)
    elif layout == TOKEN_PER_LINE:
        for n, t in lines:
            tokens = strip_markup(normalize_width(t)).split()
            if tokens:
                rows.append([Cell(tok, n, i) for i, tok in enumerate(tokens)])
    else:
        for n, t in lines:
            cells = [Cell(c.strip(), n, i) for i, c in enumerate(_cells_of(t))]
            if any(c.text for c in cells):
                rows.append(cells)
    return [[c for c in r if c.text] for r in rows if any(c.text for c in r)]


def _is_label(text: str) -> bool:
    return bool(match_field(text) or match_header(text) or is_level_label(text))


def _is_fragment(text: str) -> bool:
    return label_prefix(text) or field_prefix(text)


def _merge_cells(row: list[Cell]) -> list[Cell]:
    """Join neighbouring cells that only together form a label (`主管` + `部门`)."""
    out: list[Cell] = []
    i = 0
    while i < len(row):
        merged = None
        if _is_fragment(row[i].text):
            for k in range(min(4, len(row) - i), 1, -1):
                text = "".join(c.text for c in row[i:i + k])
                if _is_label(text):
                    span = tuple(sorted({n for c in row[i:i + k] for n in c.lines}))
                    merged = Cell(text, row[i].line, row[i].col, span), k
                    break
        if merged:
            out.append(merged[0])
            i += merged[1]
        else:
            out.append(row[i])
            i += 1
    return out


def _merge_split_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Join a label cut by line breaks (`满意度指` / `标`, `社会效益` / `指标 学科知名度 提高`).

    The last cell of a row, the lone cells of following rows and the first cell of the row
    after them are joined when together (and only together) they form a label.
    """
    rows = [list(r) for r in rows]
    i = 0
    while i < len(rows):
        last = rows[i][-1] if rows[i] else None
        if last is not None and _is_fragment(last.text):
            text, span = last.text, list(last.lines)
            best = None  # the longest label wins: 服务对象满意度指 / 标 → …满意度指标
            for j in range(i + 1, min(i + 4, len(rows))):
                if not rows[j]:
                    break
                text += rows[j][0].text
                span += rows[j][0].lines
                if _is_label(text):
                    best = j, text, tuple(span)
                if len(rows[j]) > 1 or not _is_fragment(text):
                    break
            if best:
                j, text, lines = best
                rows[i][-1] = Cell(text, last.line, last.col, lines)
                rows[j] = rows[j][1:]
                for k in range(i + 1, j):
                    rows[k] = []
        i += 1
    return [r for r in rows if r]


def join_split_labels(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Labels cut over rows joined back (`服务对象满意` / `度指标`), as in token-per-line text."""
    return _merge_split_rows([_merge_cells(r) for r in rows])


def logical_rows(lines: list[tuple[int, str]], layout: str | None = None) -> list[list[Cell]]:
    """Rows of non-empty cells, labels split over cells or lines joined back together.

    A cell's ``line`` is the input line it starts on, so readers can say where data came from;
    ``lines`` lists every line a joined cell consumed.
    """
    layout = layout or detect_layout(lines)
    rows = [_merge_cells(r) for r in _raw_rows(lines, layout)]
    if layout == TOKEN_PER_LINE:
        rows = _merge_split_rows(rows)
    return rows


def rows_lines(rows: list[list[Cell]]) -> set[int]:
    return {n for r in rows for c in r for n in c.lines}
