"""Cells of tab-separated table lines, and the value types that tell table columns apart.

PDF text extraction writes one visual line per text line with a tab between cells, but cells do
not keep their columns: a cell that wraps is cut into pieces, a merged cell may fill one tab
slot or two, and the same text sometimes spills into a neighbour (`信息` + `息化`). Readers
therefore recognise columns by what a cell holds (a score, a target, an actual value) and use
tab positions only within one table section. This module holds those recognisers and the
joining of cut cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.layouts import strip_markup
from jixiao.kg.targets import looks_like_target
from jixiao.text import clean_cell, compact, normalize_width

# Extraction markup that kg.layouts does not strip (lists and struck-out text in PDF exports).
_MORE_MARKUP = re.compile(r"</?(?:del|s|ul|ol|li|br|p|div|table|tr|td|th)\b[^>]*>", re.I)
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_SCORE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
# An actual value: a number with its unit in brackets (`100.00(%)`, `470000.00 (条)`) or a
# verdict (`达成指标`, `部分达成指标并具有一定效果`, `未达成指标`).
_ACTUAL_NUMBER = re.compile(rf"^{_NUMBER}\s*\([^()]{{0,12}}\)?$")
_VERDICT = re.compile(r"^(?:未|部分|基本)?达成(?:指标|预期|目标)?")
_DECIMAL = re.compile(r"(?<![\d.])\d{1,6}\.\d{2}(?![\d.])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Cells longer than this are looked at for the duplicated-text garbage some PDF layers produce.
_LONG_CELL = 160


@dataclass
class TabLine:
    """One input line cut into cleaned cells; `dropped` keeps cells judged to be garbage."""

    line: int
    raw: str
    cells: list[str]
    dropped: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c)

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    def cell(self, i: int) -> str:
        return self.cells[i] if 0 <= i < len(self.cells) else ""


def clean(text: str) -> str:
    """A cell without markup, width-normalised, without the spaces PDFs put inside words."""
    return clean_cell(_MORE_MARKUP.sub(" ", strip_markup(text)))


def is_garbage_cell(text: str) -> bool:
    """Cells no form prints: long repeated runs (`(0.00 (0.00 …`, `111/1/1…`) and overlays.

    `text` is the cell before spaces inside Chinese are removed. Some PDFs carry a second text
    layer that re-renders a whole table region into one cell (`成本 指标 成本节约率 ≥0.00(%)
    1.06(%) 20.00 20.00 数量 指标 …`): a cell holding several scores is such an overlay.
    """
    t = compact(text)
    if len(t) >= 40 and len(_DECIMAL.findall(text)) >= 3:
        return True
    if len(t) < 12:
        return False
    if re.fullmatch(r"[\d/|.,:;\-_=+~*·•\s]+", t) and len(t) >= 12:
        return True
    if len(text) < _LONG_CELL:
        return _repetitive(t)
    tokens = text.split()
    if len(tokens) >= 8 and len(set(tokens)) <= 0.6 * len(tokens):
        return True
    return _repetitive(t) or len(text) > 3 * _LONG_CELL


def _repetitive(t: str) -> bool:
    # A short unit repeated many times (`1/1/1/1`, `は、は、`): few distinct bigrams for the length.
    if len(t) < 12:
        return False
    bigrams = {t[i:i + 2] for i in range(len(t) - 1)}
    return len(bigrams) <= len(t) / 6


def tab_line(line: int, raw: str) -> TabLine:
    cells: list[str] = []
    dropped: list[str] = []
    if "\t" not in raw and raw.count("|") >= 2:
        # A markdown-style table row: `| a | b |`.
        raw = raw.strip().strip("|").replace("|", "\t")
    for piece in raw.split("\t"):
        spaced = normalize_width(_MORE_MARKUP.sub(" ", strip_markup(piece))).strip()
        text = clean(piece)
        if text and is_garbage_cell(spaced):
            dropped.append(text)
            text = ""
        cells.append(text)
    while cells and not cells[-1]:
        cells.pop()
    return TabLine(line, raw, cells, dropped)


# --------------------------------------------------------------------- value types


def is_score(text: str) -> bool:
    """A weight or score cell: a plain number up to 100 (`10.00`, `2.5`)."""
    t = text.strip()
    return bool(_SCORE.match(t)) and float(t) <= 100


def as_number(text: str | None) -> float | None:
    """`5,014.31` → 5014.31; None for anything that is not one number."""
    if not text:
        return None
    t = normalize_width(text).strip().replace(",", "").replace(" ", "")
    t = t.rstrip(")）")
    try:
        return float(t)
    except ValueError:
        return None


def is_actual(text: str) -> bool:
    """An actual-value cell (`100.00(%)`, `5.00(次)`, `达成指标`)."""
    t = compact(text)
    return bool(t) and bool(_ACTUAL_NUMBER.match(t) or _VERDICT.match(t))


def is_target(text: str) -> bool:
    t = compact(text)
    if not t:
        return False
    if re.match(r"^[≥≤<>=]", t):
        return True
    return looks_like_target(t)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


# --------------------------------------------------------------------- joining cut cells


def join_pieces(a: str, b: str) -> str:
    """Join two pieces of one cut cell, dropping text the cut duplicated.

    The second piece sometimes repeats the end of the first (`信息` + `息化支持度`) or all of
    it (`成本节` + `成本节约率`).
    """
    a, b = a.strip(), b.strip()
    if not a or not b:
        return a or b
    if b.startswith(a) and len(a) >= 2:
        return b
    if a.endswith(b) and len(b) >= 2:
        return a
    for k in range(min(len(a), len(b)) - 1, 0, -1):
        if a[-k:] == b[:k] and (k >= 2 or has_cjk(a[-k:])):
            return a + b[k:]
    # Words of Latin letters keep their space; digits cut apart (`2` + `024年`) do not.
    sep = " " if (a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha()) else ""
    return a + sep + b


def join_all(pieces: list[str]) -> str:
    out = ""
    for p in pieces:
        out = join_pieces(out, p) if out else p.strip()
    return out


def paren_balance(text: str) -> int:
    """Open minus close brackets: >0 means the text goes on, <0 means it began earlier."""
    t = normalize_width(text)
    return t.count("(") - t.count(")")
