"""Rebuild table rows of a self-evaluation printed one cell per line with no row separators.

Some PDF extractions put every cell on its own line (long cells broken over two) and nothing
marks where a table row ends. Rows are rebuilt from what the cells say: a field label
(`项目名称`, `年度资金总额`, `总分` …) starts a row; column headers (`年初预算数` …) stay together;
in the indicator table a row ends at its weight/score pair, and sentence-like cells right after
it are its deviation reason. The result is the tab-table lines the self-evaluation reader reads.
"""

from __future__ import annotations

import re

from jixiao.kg.reader.ocr.forms.columns import is_score
from jixiao.kg.reader.ocr.layouts import Cell, join_split_labels
from jixiao.vocab import canonical_level1, is_level_label, match_field, match_header

# Field labels that open a row of their own (label, then its values).
_ROW_FIELDS = {
    "name", "nature", "category", "department", "unit", "start", "end", "period", "funds_block",
    "project_total", "total", "fiscal", "carryover", "other", "goal", "goal_block", "goal_total",
    "indicators_block", "total_score", "grade",
}
_SENTENCE = re.compile(r"[，。；,;：:]")
_EMPTY_MARK = re.compile(r"^[—\-/无]+$")

Row = list[Cell]


def is_cell_stream(numbered: list[tuple[int, str]]) -> bool:
    """Nearly every non-blank line is one cell (no tab, no wide gap) and there are many."""
    content = [t.strip() for _, t in numbered if t.strip()]
    if len(content) < 30:
        return False
    single = sum(1 for t in content if "\t" not in t and not re.search(r"\s{2,}", t))
    return single >= 0.9 * len(content)


def _field(text: str) -> str | None:
    return match_field(text)


def _is_column_word(text: str) -> bool:
    return bool(match_header(text)) or (_field(text) not in (None, *_ROW_FIELDS))


def stream_rows(numbered: list[tuple[int, str]]) -> list[Row]:
    """Rows of cells rebuilt from one-cell lines (see module docstring)."""
    rows = join_split_labels(
        [[Cell(t.strip(), n, 0)] for n, t in numbered if t.strip()]
    )
    cells = [c for r in rows for c in r]
    out: list[Row] = []
    table: set[int] = set()  # indexes in `out` of indicator rows
    cur: Row = []
    in_table = False

    def flush() -> None:
        nonlocal cur
        if cur:
            if in_table:
                table.add(len(out))
            out.append(cur)
        cur = []

    i = 0
    while i < len(cells):
        cell = cells[i]
        text = cell.text
        field = _field(text)
        if field in ("total_score", "grade"):
            in_table = False
            flush()
            cur = [cell]
        elif in_table:
            if _row_complete(cur) and not _continues_row(text):
                flush()
            cur.append(cell)
            if match_header(text) and len(cur) == 1 and out and _all_headers(out[-1]):
                out[-1].append(cur.pop())  # a header cell broken off the header row
        elif match_header(text) in ("level1", "level2", "level3"):
            # The indicator table's header: all consecutive header cells form one row.
            if not (cur and _all_headers(cur)):
                flush()
            cur.append(cell)
            while i + 1 < len(cells) and match_header(cells[i + 1].text):
                i += 1
                cur.append(cells[i])
            flush()
            in_table = True
        elif field in _ROW_FIELDS:
            flush()
            cur = [cell]
        elif _is_column_word(text):
            goal_row = bool(cur) and _field(cur[0].text) in ("goal", "goal_block", "goal_total")
            if cur and not goal_row and not all(_is_column_word(c.text) or _field(c.text) for c in cur):
                flush()
            cur.append(cell)
        else:
            cur.append(cell)
        i += 1
    flush()
    return [_table_row(r) if k in table and _row_complete(r) else r for k, r in enumerate(out)]


def _all_headers(row: Row) -> bool:
    return all(match_header(c.text) or _field(c.text) for c in row)


def _continues_row(text: str) -> bool:
    """After a row's score: its deviation reason (a sentence, or an empty mark like `—`)."""
    if is_level_label(text) or match_header(text):
        return False
    return bool(_SENTENCE.search(text)) or bool(_EMPTY_MARK.match(text))


def _pair_at(row: Row) -> int | None:
    """Index of the weight of the row's weight/score pair (level-3, target, actual before it)."""
    for k in range(len(row) - 2, 0, -1):
        if is_score(row[k].text) and is_score(row[k + 1].text):
            body = [c for c in row[:k] if not is_level_label(c.text)]
            if len(body) >= 3 and not (k + 2 < len(row) and is_score(row[k + 2].text)):
                return k
    return None


def _row_complete(row: Row) -> bool:
    return bool(row) and _pair_at(row) is not None


def _table_row(row: Row) -> Row:
    """[level-1, level-2, level-3, target, actual, weight, score, deviation] with empty cells
    where the row prints no label (merged label cells above)."""
    k = _pair_at(row)
    assert k is not None
    labels = [c for c in row[:k] if is_level_label(c.text)]
    body = [c for c in row[:k] if not is_level_label(c.text)]
    l1 = l2 = None
    for c in labels:
        if canonical_level1(c.text) and l1 is None and l2 is None:
            l1 = c
        else:
            l2 = c
    first = row[0]
    level3 = body[:-2]
    l3 = Cell("".join(c.text for c in level3), level3[0].line, 2,
              tuple(n for c in level3 for n in c.lines))
    tail = row[k + 2:]
    dev = Cell("".join(c.text for c in tail if not _EMPTY_MARK.match(c.text)), first.line, 7,
               tuple(n for c in tail for n in c.lines))
    blank = Cell("", first.line, 0, (first.line,))
    return [l1 or blank, l2 or blank, l3, body[-2], body[-1], row[k], row[k + 1], dev]


def stream_lines(numbered: list[tuple[int, str]]) -> list[tuple[int, list[int], str]]:
    """(line, every input line used, tab-joined text) per rebuilt row."""
    out = []
    for row in stream_rows(numbered):
        lines = sorted({n for c in row for n in c.lines})
        first = next((c.line for c in row if c.text), lines[0])
        if len(row) == 8 and row[2].text:  # an indicator row: where its level-3 text starts
            first = row[2].line
        out.append((first, lines, "\t".join(c.text for c in row)))
    return out
