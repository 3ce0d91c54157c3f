"""Columns of a table printed without its header row: from what the cells hold and where.

A page that starts in the middle of an indicator table (the header was on the page before),
or a form that prints its rows under 「绩效指标：」 with no header, still has columns: category
labels on the left, names, then targets (and, in self-evaluations, actual values, weights and
scores). Where the text keeps horizontal positions the columns are the clusters of the cells'
left edges; otherwise the row shape (how many values follow a name) says which columns exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from jixiao.kg.reader.table import Column, Header, is_tail
from jixiao.kg.reader.tokens import Kind, Token
from jixiao.vocab import NATURE_WORDS

# Left edges closer than this (display columns) are one column.
COLUMN_GAP = 3
# A column needs cells on this many rows to count.
MIN_CELLS = 2
# Cells longer than this in a right-hand column are explanations (偏差原因), not values.
LONG_TEXT = 12
# Names shifted right by a longer label beside them stay within this many columns of the rest.
NAME_SHIFT = 8
# Rows looked at to tell the table's shape.
SAMPLE_ROWS = 12


@dataclass
class _Cluster:
    x0: float
    x1: float
    tokens: list[Token]

    def share(self, *kinds: Kind) -> float:
        return sum(1 for t in self.tokens if t.kind in kinds) / max(len(self.tokens), 1)


def _line(t: Token) -> int:
    return t.cell.location.line or t.row


def row_like(tokens: list[Token]) -> bool:
    """A line that reads as an indicator row: a name followed by a value."""
    kinds = [t.kind for t in tokens if t.kind is not Kind.EMPTY]
    if Kind.TEXT not in kinds:
        return False
    first_text = kinds.index(Kind.TEXT)
    return any(k in (Kind.VALUE, Kind.NUMBER) for k in kinds[first_text + 1:])


def infer_header(tokens: list[Token], by_x: bool) -> Header | None:
    """The header a headerless table would have, or None when the tokens are no table."""
    end = next((k for k, t in enumerate(tokens) if is_tail(t)), len(tokens))
    tokens = tokens[:end]  # 总分, signatures: no columns of the table
    lines: dict[int, list[Token]] = {}
    for t in tokens:
        if t.kind is not Kind.EMPTY:
            lines.setdefault(_line(t), []).append(t)
    rows = [ln for ln in sorted(lines) if row_like(lines[ln])][:SAMPLE_ROWS]
    if len(rows) < MIN_CELLS:
        return None
    if by_x and all(t.cell.x0 is not None for ln in rows for t in lines[ln]):
        return _by_position(tokens)
    return _by_shape([lines[ln] for ln in rows])


def _values_after_name(row: list[Token]) -> tuple[int, int, bool]:
    """(values, numbers at the end, ends with a long text) after the row's name."""
    items = [t for t in row if not t.is_level]
    start = next((k for k, t in enumerate(items) if t.kind is Kind.TEXT), 0)
    after = items[start + 1:]
    long_tail = bool(after) and after[-1].kind is Kind.TEXT and len(after[-1].text) > LONG_TEXT
    if long_tail:
        after = after[:-1]
    numbers = 0
    for t in reversed(after):
        if t.kind is Kind.NUMBER:
            numbers += 1
        else:
            break
    return len(after) - numbers, numbers, long_tail


def header_of_rows(rows: list[list[Token]]) -> Header:
    """The header implied by rows already cut (a name, then its values)."""
    return _by_shape(rows)


# Share of rows whose cell after the name is a 指标性质 (≥, 正向, 定量) for the table to be one
# of 指标类型 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 权重 | 完成值 | 评价标准.
NATURE_SHARE = 0.6
_LONE_OP = re.compile(r"^(?:≥|≤|>|<|=|>=|<=)$")


def _nature_after_name(row: list[Token]) -> bool:
    items = [t for t in row if not t.is_level]
    start = next((k for k, t in enumerate(items) if t.kind is Kind.TEXT), None)
    nxt = items[start + 1] if start is not None and start + 1 < len(items) else None
    return nxt is not None and (nxt.text in NATURE_WORDS or bool(_LONE_OP.match(nxt.text)))


def _chongqing_roles(rows: list[list[Token]]) -> list[str]:
    numbers = round(median(sum(1 for t in r if t.kind is Kind.NUMBER) for r in rows))
    # (The target is one of the numbers; the others are weight, 完成值 and score.)
    after = ["weight", "actual", "score"][:max(0, numbers - 1)]
    return ["type", "level3", "op", "target", "measure_unit", *after, "criteria"]


def _by_shape(rows: list[list[Token]]) -> Header:
    anchor = rows[0][0]
    if sum(_nature_after_name(r) for r in rows) >= NATURE_SHARE * len(rows):
        return Header([Column(role, anchor) for role in _chongqing_roles(rows)], [])
    shapes = [_values_after_name(r) for r in rows]
    values = round(median(s[0] for s in shapes))
    numbers = round(median(s[1] for s in shapes))
    roles = ["level1", "level2", "level3", "target"]
    if values >= 2:
        roles.append("actual")
    if numbers >= 2:
        roles += ["weight", "score"]
    elif numbers == 1:
        roles.append("weight" if values >= 2 else "target")
    if any(s[2] for s in shapes):
        roles.append("deviation")
    return Header([Column(role, anchor) for role in dict.fromkeys(roles)], [])


# Texts at least this long in a column of numbers are another column's cells.
MIN_TEXT_IN_NUMBERS = 6


def _split_texts_from_numbers(cluster: _Cluster) -> list[_Cluster]:
    """The last column's explanations (偏差原因) wrapped onto lines of their own start where
    the score column starts: a column of numbers with long texts is two columns."""
    texts = [t for t in cluster.tokens if t.kind is Kind.TEXT and len(t.text) >= MIN_TEXT_IN_NUMBERS]
    numbers = [t for t in cluster.tokens if t not in texts]
    if len(texts) < MIN_CELLS or sum(1 for t in numbers if t.kind is Kind.NUMBER) < MIN_CELLS:
        return [cluster]
    x1 = max(t.cell.x1 or t.cell.x0 or 0.0 for t in numbers)
    left = _Cluster(cluster.x0, x1, numbers)
    right = _Cluster(x1 + 1, max(t.cell.x1 or 0.0 for t in texts), texts)
    return [left, right]


def _by_position(tokens: list[Token]) -> Header | None:
    cells = sorted((t for t in tokens if t.kind is not Kind.EMPTY and t.cell.x0 is not None),
                   key=lambda t: t.cell.x0 or 0.0)
    clusters: list[_Cluster] = []
    for t in cells:
        x0, x1 = t.cell.x0 or 0.0, t.cell.x1 or t.cell.x0 or 0.0
        if clusters and x0 - clusters[-1].x0 <= COLUMN_GAP:
            c = clusters[-1]
            c.tokens.append(t)
            c.x1 = max(c.x1, x1)
        else:
            clusters.append(_Cluster(x0, x1, [t]))
    clusters = [c for part in clusters for c in _split_texts_from_numbers(part)]
    clusters = [c for c in clusters if len({_line(t) for t in c.tokens}) >= MIN_CELLS]
    if not clusters:
        return None
    # The name column: the one with most plain text; categories left of it; values right.
    name_k = max(range(len(clusters)), key=lambda k: clusters[k].share(Kind.TEXT) *
                 len(clusters[k].tokens))
    cols: list[Column] = []
    left = clusters[:name_k]
    for k, c in enumerate(left[-2:]):
        role = "level1" if len(left[-2:]) == 2 and k == 0 else "level2"
        cols.append(Column(role, c.tokens[0], c.x0, c.x1))
    name = clusters[name_k]
    cols.append(Column("level3", name.tokens[0], name.x0, name.x1))
    value_roles = ["target", "actual"]
    number_roles = ["weight", "score"]
    for c in clusters[name_k + 1:]:
        if value_roles == ["target", "actual"] and c.share(Kind.TEXT) >= 0.5 and \
                max(len(t.text) for t in c.tokens) <= LONG_TEXT * 2 and \
                c.share(Kind.NUMBER) == 0 and c.x0 - name.x0 <= NAME_SHIFT:
            # Names a line printed a little to the right (after a longer label): still names.
            cols.append(Column("level3", c.tokens[0], c.x0, c.x1))
            continue
        if c.share(Kind.NUMBER) >= 0.6 and number_roles:
            role = number_roles.pop(0)
        elif c.share(Kind.TEXT) >= 0.5 and max(len(t.text) for t in c.tokens) > LONG_TEXT:
            role = "deviation"
        elif value_roles:
            role = value_roles.pop(0)
        else:
            role = "note"
        cols.append(Column(role, c.tokens[0], c.x0, c.x1))
    return Header(cols, [])
