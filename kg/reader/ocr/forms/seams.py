"""Repair the seam where PDF extraction cut one cell's text in two.

When a table cell wraps, extraction may cut a character in half and print a stray piece of it on
either side of the cut (`费用执行` + `亍情况`, `参与调研单位` + `立(人)数`), or a mark that is no
character at all (`工作服制。` + `式规范性`). Which side holds the stray piece is decided with a
unigram language model (jieba's dictionary): a piece is dropped only when the text reads much
better without it *and* clearly better than without the character on the other side, so real
text (and seams where both sides are garbled) is left as printed.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from jixiao.kg.reader.ocr.confusables import look_alike
from jixiao.kg.reader.ocr.forms.columns import join_pieces
from jixiao.kg.reader.ocr.wordmodel import DocumentText, is_word, log_prob, model

# Log-probability gain (natural log, whole text) a drop must bring ...
MIN_GAIN = 7.5
# ... and its lead over dropping the character on the other side of the seam.
MIN_LEAD = 5.0
# A mended character (evidence in the document) must beat dropping either piece by this much.
EVIDENCE_LEAD = 3.5

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TRAILING_DEBRIS = re.compile(r"(?<=[\u4e00-\u9fff])[0-9A-Za-z\u00c0-\u024f]$")


def _alone(text: str) -> set[int]:
    """Positions of `text` that jieba's best cut leaves as one-character words."""
    out, pos = set(), 0
    for w in model().cut(text, HMM=False):
        if len(w) == 1:
            out.add(pos)
        pos += len(w)
    return out


def _seam_is_garbled(a: str, b: str) -> bool:
    """No dictionary word spans the cut: the characters either side belong to no word
    together (`考务人员均|音训` — not `考场编|排率`, where 编排 is one)."""
    for i in range(max(0, len(a) - 3), len(a)):
        for j in range(1, min(len(b), 3) + 1):
            if is_word(a[i:] + b[:j]):
                return False
    return True


def _evidence_repairs(a: str, b: str, words: Collection[str]) -> list[tuple[str, int, str, str]]:
    """(text, position, word, what) for each way a character of a document word mends the seam.

    The seam's two characters are merged into one, or one of them is replaced; the new
    character (at `position`) must complete `word` together with its untouched neighbours.
    """
    out = []
    shapes = (
        (a[:-1], b[1:], f"{a[-1] + b[0]!r}"),  # two halves of one character
        (a[:-1], b, f"{a[-1]!r}"),  # a misread character before the cut
        (a, b[1:], f"{b[0]!r}"),  # ... or after it
    )
    for word in words:
        for k, c in enumerate(word):
            for head, tail, what in shapes:
                start = len(head) - k
                text = head + c + tail
                if start >= 0 and text[start : start + len(word)] == word:
                    out.append((text, len(head), word, what))
    return out


def _mend(a: str, b: str, doc: DocumentText, near: str, rival: float) -> tuple[str, str] | None:
    """The seam mended with a character from a document word, with its note; None when no
    mending reads much better than `a + b` and than `rival` (the best stray-piece drop)."""
    base = log_prob(a + b)
    mended = [
        m for m in _evidence_repairs(a, b, doc.words)
        if log_prob(m[0]) - base >= MIN_GAIN and log_prob(m[0]) - rival >= EVIDENCE_LEAD
    ]
    if not mended:
        return None
    # The most context the document prints around the new character wins (外部单位对接 over
    # 对于), then a word printed in the same row, then the better reading.
    text, pos, word, what = max(
        mended, key=lambda m: (doc.context(m[0], m[1]), m[2] in near, log_prob(m[0]))
    )
    # Dropping a stray piece that the document backs as well (`工的|资` → 工资, printed in
    # `编制人员工资发放`) is the simpler reading.
    dropped = max(
        doc.context(a[:-1] + b, len(a) - 2, len(a) - 1), doc.context(a + b[1:], len(a) - 1, len(a))
    )
    if doc.context(text, pos) <= dropped:
        return None
    note = f"read {what} at a cell break in {a + b!r} as {text!r} ({word} is printed elsewhere in the document)"
    return text, note


def join_seam(
    a: str, b: str, doc: DocumentText | None = None, near: str = ""
) -> tuple[str, str | None]:
    """`a` and `b` joined across a cut; the note says which stray piece was dropped, if any.

    `doc`: what the document prints, the evidence for replacing a character cut in two (see
    the module docstring); `near`: text printed next to this one (the row's other cells),
    whose words are preferred. Without `doc` only stray pieces are dropped.
    """
    a, b = a.strip(), b.strip()
    joined = join_pieces(a, b)
    if not a or not b or joined != a + b or not (_CJK.search(a[-1]) or _CJK.search(b[0])):
        return joined, None
    base = log_prob(a + b)
    gain_a = log_prob(a[:-1] + b) - base if len(a) > 1 else float("-inf")
    gain_b = log_prob(a + b[1:]) - base if len(b) > 1 else float("-inf")
    if doc and _CJK.search(a[-1]) and _CJK.search(b[0]) and _seam_is_garbled(a, b):
        mended = _mend(a, b, doc, near, base + max(gain_a, gain_b, 0.0))
        if mended:
            return mended
    # The same character printed on both sides of the cut, one side as its look-alike half
    # (`着装在|有效`): the simpler reading wins without the usual margin.
    # Only a character that belongs to no word of the joined text (`存在|有无` stays).
    alone = _alone(a + b) if look_alike(a[-1], b[0]) else set()
    if len(a) - 1 in alone and gain_a > 0 and gain_a > gain_b:
        return a[:-1] + b, f"dropped {a[-1]!r} (a cut copy of {b[0]!r}) before a cell break in {a + b!r}"
    if len(a) in alone and gain_b > 0 and gain_b > gain_a:
        return a + b[1:], f"dropped {b[0]!r} (a cut copy of {a[-1]!r}) after a cell break in {a + b!r}"
    if gain_a >= MIN_GAIN and gain_a - gain_b >= MIN_LEAD:
        return a[:-1] + b, f"dropped {a[-1]!r} before a cell break in {a + b!r}"
    if gain_b >= MIN_GAIN and gain_b - gain_a >= MIN_LEAD:
        return a + b[1:], f"dropped {b[0]!r} after a cell break in {a + b!r}"
    return joined, None


def join_cut_text(
    pieces: list[str], doc: DocumentText | None = None, near: str = ""
) -> tuple[str, list[str]]:
    """Pieces of one cell in reading order, joined seam by seam; notes for every repair.

    `doc`, `near`: evidence for mending a character cut in two (see join_seam)."""
    out = ""
    notes: list[str] = []
    for piece in pieces:
        if not out:
            out = piece.strip()
            continue
        out, note = join_seam(out, piece, doc, near)
        if note:
            notes.append(note)
    stripped = _TRAILING_DEBRIS.sub("", out)
    if stripped != out and not re.search(r"[0-9A-Za-z]", stripped):
        notes.append(f"dropped stray {out[-1]!r} at the end of {out!r}")
        out = stripped
    return out, notes
