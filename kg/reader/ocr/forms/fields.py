"""The head of a form (above the indicator table): labels and the values that follow them.

Forms print `label value label value …` in any layout, with values split over cells or lines
(`上海市松江区卫生` / `健康委员会`) and some labels as column headers whose values sit on the
next row (`项目总目标 … 年度总体目标` then the goal text under the second one). Reading is
driven by the vocabulary in kg.vocab, not by positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.layouts import Cell
from jixiao.text import clean_cell, compact
from jixiao.vocab import amount_unit, match_field, match_header, org_name, scan_fields

_YEAR_CELL = re.compile(r"^[(（]?\s*((?:19|20)\d\d)\s*年度?\s*[)）]?$")
_UNIT_CELL = re.compile(r"^(?:金额)?单位[:：]?\s*(万元|元)$")
_TITLE = re.compile(r"(绩效目标申报表|绩效目标表|绩效自评表|自评表)$")
_AMOUNT = re.compile(r"^-?[\d,]*\.?\d+(万元|元)?$")
_NUMBERED_TITLE = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．]\s*")


@dataclass
class Head:
    """Values found for each field label, in reading order, with the cells they came from."""

    values: dict[str, list[Cell]] = field(default_factory=dict)
    labels: dict[str, list[Cell]] = field(default_factory=dict)
    titles: list[Cell] = field(default_factory=list)
    year: int | None = None
    year_cell: Cell | None = None
    amount_unit: str | None = None
    unit_cells: list[Cell] = field(default_factory=list)  # cells declaring 元/万元
    orgs: list[Cell] = field(default_factory=list)  # unlabelled organisation names
    stray: list[Cell] = field(default_factory=list)  # values before any label

    @property
    def title(self) -> Cell | None:
        return self.titles[-1] if self.titles else None

    def text(self, name: str) -> str | None:
        return join_cells(self.values.get(name, [])) or None


def join_cells(cells: list[Cell]) -> str:
    """Text of a value split over cells/lines: pieces joined without the break."""
    out = ""
    for c in cells:
        piece = clean_cell(c.text)
        if not piece:
            continue
        if out and re.match(r"[A-Za-z0-9]", piece) and re.search(r"[A-Za-z0-9]$", out):
            out += " "
        out += piece
    return out


def title_name(text: str) -> str | None:
    """Project name a numbered form title carries (`2.卫生健康人才培养绩效目标表` → …)."""
    t = clean_cell(text)
    if not _TITLE.search(compact(t)):
        return None
    t = _NUMBERED_TITLE.sub("", t)
    t = re.sub(r"(项目)?(支出)?(绩效目标申报表|绩效目标表|绩效自评表|自评表)$", "", t).strip()
    # A document title (`某县2024年度项目支出…`) names an organisation and year, not a project.
    if not t or re.search(r"(财政|项目|(19|20)\d\d\s*年度?)$", t):
        return None
    return t


def _expand(cell: Cell) -> list[tuple[str | None, Cell]]:
    """Split a cell holding `label value label value` (one-line heads) into pieces."""
    f = match_field(cell.text)
    if f:
        return [(f, cell)]
    found = [m for m in scan_fields(cell.text)
             if m[1] == 0 or cell.text[m[1] - 1].isspace()]
    if not found or found[0][1] > 0:
        return [(None, cell)]
    pieces: list[tuple[str | None, Cell]] = []
    for i, (fname, start, end) in enumerate(found):
        pieces.append((fname, Cell(cell.text[start:end], cell.line, cell.col, cell.lines)))
        stop = found[i + 1][1] if i + 1 < len(found) else len(cell.text)
        value = cell.text[end:stop].strip()
        if value:
            pieces.append((None, Cell(value, cell.line, cell.col, cell.lines)))
    return pieces


def read_head(rows: list[list[Cell]], columns: bool = True) -> Head:
    """Collect field values. `columns`: cell positions are meaningful (tab/cell layouts)."""
    head = Head()
    current: str | None = None
    pending: list[tuple[str, int]] = []  # a label-only row: its labels head the next rows
    for row in rows:
        pieces = [p for c in row for p in _expand(c)]
        row_labels = [(f, c.col) for f, c in pieces if f]
        has_values = False
        # A row of amounts under a row of amount labels: one value per label, in order.
        in_order = (not row_labels and len(pending) == len(pieces) and len(pieces) > 1
                    and all(_AMOUNT.match(compact(c.text)) for _, c in pieces))
        for index, (fname, c) in enumerate(pieces):
            t = compact(c.text)
            if fname is None and _TITLE.search(t) and "汇总" not in t:
                head.titles.append(c)  # the last one, nearest the form, names it
                continue
            if fname is None and (m := _YEAR_CELL.match(t)):
                head.year = head.year or int(m.group(1))
                head.year_cell = head.year_cell or c
                continue
            if fname is None and (m := _UNIT_CELL.match(t)):
                head.amount_unit = head.amount_unit or m.group(1)
                head.unit_cells.append(c)
                continue
            if fname:
                current = fname
                head.labels.setdefault(fname, []).append(c)
                if (u := amount_unit(c.text)) and fname in ("funds_block", "total"):
                    head.amount_unit = head.amount_unit or u
                continue
            if match_header(c.text):
                head.stray.append(c)
                continue
            has_values = True
            target = current
            if in_order:
                target = pending[index][0]
            elif columns and pending and not row_labels:
                fit = [f for f, col in pending if col <= c.col]
                target = fit[-1] if fit else pending[-1][0]
            if target is None:
                if org_name(c.text):
                    head.orgs.append(c)
                else:
                    head.stray.append(c)
                continue
            head.values.setdefault(target, []).append(c)
        if row_labels and not has_values:
            pending = row_labels
        elif row_labels:
            pending = []
    return head
