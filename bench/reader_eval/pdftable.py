"""Draw a form as a ruled PDF table (PyMuPDF), the way Excel/WPS print one: shared by make_dev6.py and make_dev7.py (dev4 keeps its earlier copy).

A table is a list of rows of cell strings; `spans` maps (row, col) to (rows, cols) covered by a
merged cell (its text is in that top-left cell, the covered cells are ""). Text wraps inside its
cell, so the extraction tools see what they see in published PDFs: wrapped names, stacked
two-line headers, merged labels centred in their block.
"""

from __future__ import annotations

import math

import pymupdf

FONT = "china-s"
SIZE = 8.0
PAD = 2.0
LINE = SIZE * 1.35


def _text_width(text: str) -> float:
    # (dev6) the width insert_text really draws (china-s draws every character, digits too, full width)
    return pymupdf.get_text_length(text, fontname=FONT, fontsize=SIZE)


def _lines(text: str, width: float) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if _text_width(cur + ch) > width - 2 * PAD and cur:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out


def render(path: str, tables: list[tuple[list[float], list[list[str]], dict]], title: str = "") -> None:
    """Write one page per call group: a title line and the tables stacked below each other."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 40.0
    if title:
        page.insert_text((595 / 2 - _text_width(title) * 0.75, y), title, fontname=FONT, fontsize=SIZE * 1.5)
        y += 20
    for widths, rows, spans in tables:
        scale = 515 / sum(widths)
        xs = [40.0]
        for w in widths:
            xs.append(xs[-1] + w * scale)
        covered = {(r + i, c + j) for (r, c), (h, w) in spans.items() for i in range(h) for j in range(w)}
        heights = []
        for r, row in enumerate(rows):
            need = 1
            for c, text in enumerate(row):
                h, w = spans.get((r, c), (1, 1))
                if text and h == 1:  # (dev6) a cell merged across columns wraps at its merged width
                    need = max(need, len(_lines(text, xs[c + w] - xs[c])))
            heights.append(need * LINE + 2 * PAD)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        if ys[-1] > 800:
            page = doc.new_page(width=595, height=842)
            shift = ys[0] - 40
            ys = [v - shift for v in ys]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if (r, c) in covered and (r, c) not in spans:
                    continue
                h, w = spans.get((r, c), (1, 1))
                rect = pymupdf.Rect(xs[c], ys[r], xs[c + w], ys[r + h])
                page.draw_rect(rect, width=0.5)
                if not text:
                    continue
                lines = _lines(text, rect.width)
                top = rect.y0 + (rect.height - len(lines) * LINE) / 2 + SIZE
                for k, line in enumerate(lines):
                    x = rect.x0 + (rect.width - _text_width(line)) / 2
                    page.insert_text((x, top + k * LINE), line, fontname=FONT, fontsize=SIZE)
        y = ys[-1] + 12
    doc.save(path)


def extract(path: str) -> dict[str, str]:
    """The text the usual tools give for a PDF: PyMuPDF plain and sorted, pdfplumber plain and laid out."""
    import pdfplumber

    out = {}
    with pymupdf.open(path) as doc:
        out["mupdf"] = "".join(p.get_text() for p in doc)
        out["mupdf_sort"] = "".join(p.get_text(sort=True) for p in doc)
    with pdfplumber.open(path) as pdf:
        out["plumber"] = "\n".join(p.extract_text() or "" for p in pdf.pages)
        out["plumber_layout"] = "\n".join(p.extract_text(layout=True) or "" for p in pdf.pages)
    return out


def wraps(n: int) -> int:
    return math.ceil(n)
