"""Repair the seam where PDF extraction cut one cell's text in two.

When a table cell wraps, extraction may cut a character in half and print a stray piece of it on
either side of the cut (`费用执行` + `亍情况`, `参与调研单位` + `立(人)数`), or a mark that is no
character at all (`工作服制。` + `式规范性`). Which side holds the stray piece is decided with a
unigram language model (jieba's dictionary): a piece is dropped only when the text reads much
better without it *and* clearly better than without the character on the other side, so real
text (and seams where both sides are garbled) is left as printed.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from kg.forms.columns import join_pieces

# Log-probability gain (natural log, whole text) a drop must bring ...
MIN_GAIN = 7.5
# ... and its lead over dropping the character on the other side of the seam.
MIN_LEAD = 5.0

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TRAILING_DEBRIS = re.compile(r"(?<=[\u4e00-\u9fff])[0-9A-Za-z\u00c0-\u024f]$")


@lru_cache(maxsize=1)
def _model():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt


@lru_cache(maxsize=8192)
def log_prob(text: str) -> float:
    """Log-probability of the best word segmentation of `text` (0 for empty text)."""
    if not text:
        return 0.0
    model = _model()
    route: dict[int, tuple[float, int]] = {}
    model.calc(text, model.get_DAG(text), route)
    return route[0][0]


def join_seam(a: str, b: str) -> tuple[str, str | None]:
    """`a` and `b` joined across a cut; the note says which stray piece was dropped, if any."""
    a, b = a.strip(), b.strip()
    joined = join_pieces(a, b)
    if not a or not b or joined != a + b or not (_CJK.search(a[-1]) or _CJK.search(b[0])):
        return joined, None
    base = log_prob(a + b)
    gain_a = log_prob(a[:-1] + b) - base if len(a) > 1 else float("-inf")
    gain_b = log_prob(a + b[1:]) - base if len(b) > 1 else float("-inf")
    if gain_a >= MIN_GAIN and gain_a - gain_b >= MIN_LEAD:
        return a[:-1] + b, f"dropped {a[-1]!r} before a cell break in {a + b!r}"
    if gain_b >= MIN_GAIN and gain_b - gain_a >= MIN_LEAD:
        return a + b[1:], f"dropped {b[0]!r} after a cell break in {a + b!r}"
    return joined, None


def join_cut_text(pieces: list[str]) -> tuple[str, list[str]]:
    """Pieces of one cell in reading order, joined seam by seam; notes for every repair."""
    out = ""
    notes: list[str] = []
    for piece in pieces:
        if not out:
            out = piece.strip()
            continue
        out, note = join_seam(out, piece)
        if note:
            notes.append(note)
    stripped = _TRAILING_DEBRIS.sub("", out)
    if stripped != out and not re.search(r"[0-9A-Za-z]", stripped):
        notes.append(f"dropped stray {out[-1]!r} at the end of {out!r}")
        out = stripped
    return out, notes
