"""Renderers of the dev3 set: one table (rows of cells) in the shapes extraction tools give.

Used by make_dev3.py only; the content (and the gold written beside it) lives there.
A table is a list of rows, a row a list of cell strings ("" = empty cell). A merged label is
written in its block's first row and "" below; `spans` gives (row, col, height) of merges.
"""

from __future__ import annotations

import csv
import io
import unicodedata


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def tab(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r).rstrip("\t") if any(r) else "" for r in rows) + "\n"


def pipe(rows: list[list[str]], header_at: int | None = None) -> str:
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(r) + " |")
        if header_at is not None and i == header_at:
            out.append("|" + "|".join("---" for _ in r) + "|")
    return "\n".join(out) + "\n"


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def cells(rows: list[list[str]], empty: str = "") -> str:
    """One cell per line, empty cells as `empty` lines (Word / web table copied as text)."""
    return "\n".join(c if c else empty for r in rows for c in r) + "\n"


def tokens(rows: list[list[str]], wrap: int = 12) -> str:
    """PDF text without layout: non-empty cells one per line, long cells broken at `wrap`."""
    out = []
    for r in rows:
        for c in r:
            while len(c) > wrap:
                out.append(c[:wrap])
                c = c[wrap:]
            if c:
                out.append(c)
    return "\n".join(out) + "\n"


def one_line(rows: list[list[str]]) -> str:
    """Every non-empty cell joined by single spaces on one line."""
    return " ".join(c for r in rows for c in r if c)


def line_per_row(rows: list[list[str]]) -> str:
    """Each row's non-empty cells joined by single spaces (pypdf / PyMuPDF text)."""
    return "\n".join(" ".join(c for c in r if c) for r in rows if any(r)) + "\n"


def centre_merged(rows: list[list[str]], cols: list[int]) -> list[list[str]]:
    """Move each merged label (first row of its block, blanks below) to its block's middle row."""
    rows = [list(r) for r in rows]
    for col in cols:
        i = 0
        while i < len(rows):
            if rows[i][col]:
                j = i + 1
                while j < len(rows) and not rows[j][col] and any(rows[j]):
                    j += 1
                label, mid = rows[i][col], i + (j - i - 1) // 2
                rows[i][col] = ""
                rows[mid][col] = label
                i = j
            else:
                i += 1
    return rows


def layout(rows: list[list[str]], wraps: dict[int, int] | None = None, gap: int = 3,
           indent: int = 0, centre: tuple[int, ...] = ()) -> str:
    """pdftotext -layout: columns padded with spaces; cells longer than wraps[col] characters
    continue on the next line(s) at the same column, carrying only the wrapped part.
    Merged labels in the `centre` columns (first row of their block, blanks below) are printed
    on the middle line of their block, as a PDF draws a vertically centred merged cell."""
    wraps = wraps or {}
    ncol = max(len(r) for r in rows)
    pieces: list[list[list[str]]] = []
    if centre:
        return _layout_centred(rows, wraps, gap, indent, centre)
    for r in rows:
        r = r + [""] * (ncol - len(r))
        cellparts = []
        for ci, c in enumerate(r):
            w = wraps.get(ci)
            parts = [c[k:k + w] for k in range(0, len(c), w)] if w and len(c) > w else [c]
            cellparts.append(parts)
        pieces.append(cellparts)
    widths = [0] * ncol
    for cellparts in pieces:
        for ci, parts in enumerate(cellparts):
            widths[ci] = max(widths[ci], *(width(p) for p in parts))
    out = []
    for cellparts in pieces:
        height = max(len(p) for p in cellparts)
        for k in range(height):
            line = " " * indent
            for ci, parts in enumerate(cellparts):
                text = parts[k] if k < len(parts) else ""
                line += text + " " * (widths[ci] - width(text) + gap)
            out.append(line.rstrip())
    return "\n".join(out) + "\n"


def _layout_centred(rows, wraps, gap, indent, centre):
    blocks = []  # (first row, last row, col, label)
    for col in centre:
        i = 0
        while i < len(rows):
            if rows[i][col]:
                j = i + 1
                while j < len(rows) and not rows[j][col] and any(rows[j]):
                    j += 1
                blocks.append((i, j - 1, col, rows[i][col]))
                i = j
            else:
                i += 1
    bare = [list(r) for r in rows]
    for first, _last, col, label in blocks:
        bare[first][col] = " " * width(label)  # keeps the column's width
    text = layout(bare, wraps, gap, indent)
    lines = text.rstrip("\n").split("\n")
    # each row's first line and height, as layout() wrapped it
    heights = []
    for r in bare:
        h = 1
        for ci, c in enumerate(r):
            w = wraps.get(ci)
            if w and len(c) > w:
                h = max(h, -(-len(c) // w))
        heights.append(h)
    starts = [sum(heights[:k]) for k in range(len(heights))]
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for ci, c in enumerate(r):
            w = wraps.get(ci)
            part = c[:w] if w and len(c) > w else c
            widths[ci] = max(widths[ci], width(part))
    for first, last, col, label in blocks:
        x = indent + sum(widths[k] + gap for k in range(col))
        mid = (starts[first] + starts[last] + heights[last] - 1) // 2
        line = lines[mid]
        pad = line + " " * max(0, x - width(line))
        # the column is empty on that line: put the label in
        head, rest = _cut_at(pad, x)
        tail = rest[width(label):] if rest.startswith(" " * width(label)) else rest
        lines[mid] = (head + label + tail).rstrip()
    return "\n".join(lines) + "\n"


def _cut_at(line: str, x: int) -> tuple[str, str]:
    w = 0
    for k, ch in enumerate(line):
        if w >= x:
            return line[:k], line[k:]
        w += width(ch)
    return line, ""
