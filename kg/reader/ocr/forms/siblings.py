"""Complete cut-off indicator texts from identical indicators elsewhere in the same document.

Documents often hold several forms of one unit that repeat indicators (every exam project has
考务工作完成率). When one copy's cell lost its end (`考务工作`, continuation cell empty) and another
copy with the same level-2 label and the same target prints it whole, the whole text is the
evidence. Nothing is completed when copies disagree or the text is not a strict prefix.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from jixiao.kg.reader.ocr.confusables import look_alike, twins
from jixiao.kg.records import Indicator, Project
from jixiao.kg.targets import parse_target
from jixiao.text import compact

# Shorter texts are too generic to be completed safely (`满意度`) ...
MIN_PREFIX = 4
# ... and a copy that only adds a generic ending (`信息共享` / `信息共享情况`) may well be a
# different wording of a neighbouring project, not the lost end of this one.
MIN_ADDED = 3
# A garbled copy shares this much of its text with the clean one (difflib ratio) ...
MIN_GARBLED_SIMILARITY = 0.85
# ... is at most this many characters longer or shorter ...
MAX_LENGTH_CHANGE = 2
# ... and the clean one puts at least this many more characters into dictionary words.
MIN_WORD_GAIN = 1


def complete_from_siblings(projects: list[Project]) -> None:
    """Complete truncated level-3 texts and qualitative targets in place; warns on projects."""
    rows = [(p, i) for p in projects for i in p.indicators]
    _vote_look_alikes(rows)
    for project, ind in rows:
        level3 = compact(ind.level3 or "")
        if len(level3) >= MIN_PREFIX:
            longer = {
                compact(other.level3)
                for _, other in rows
                if other is not ind
                and other.level2 == ind.level2
                and _comparable_targets(other.target, ind.target)
                and _starts_with(compact(other.level3 or ""), level3)
                and len(compact(other.level3 or "")) >= len(level3) + MIN_ADDED
            }
            if len(longer) == 1:
                whole = longer.pop()
                project.warnings.append(
                    f"line {ind.line}: level-3 {ind.level3!r} completed to {whole!r} "
                    "(same indicator elsewhere in the document)"
                )
                ind.level3 = whole
        garbled = _garbled_copy_of(ind, [other for _, other in rows if other is not ind])
        if garbled:
            project.warnings.append(
                f"line {ind.line}: level-3 {ind.level3!r} read as {garbled!r} "
                "(a clean copy of the same indicator elsewhere in the document)"
            )
            ind.level3 = garbled
        target = compact(ind.target or "")
        if len(target) >= MIN_PREFIX and parse_target(target) is None:
            copies = Counter(
                compact(other.target or "")
                for _, other in rows
                if other is not ind and compact(other.target or "").startswith(target)
            )
            whole = [t for t, n in copies.items() if len(t) > len(target) and n >= 2]
            if len(whole) == 1 and not any(t == target for t in copies):
                project.warnings.append(
                    f"line {ind.line}: target {ind.target!r} completed to {whole[0]!r} "
                    "(printed so in other rows of the document)"
                )
                ind.target = whole[0]


def _same_target(a: str | None, b: str | None) -> bool:
    pa, pb = parse_target(a or ""), parse_target(b or "")
    if pa is not None and pb is not None:
        return pa == pb
    return compact(a or "") == compact(b or "")


def _garbled_copy_of(ind: Indicator, others: list[Indicator]) -> str | None:
    """The clean text of the one indicator elsewhere in the document (same level 2 and target)
    that `ind`'s text is a garbled copy of: nearly the same characters (the copy adds at most
    one), and the copy puts more of them into dictionary words (`价格率各管理系统覆盖` → `价格管理系统覆盖率`)."""
    from jixiao.kg.reader.ocr.wordmodel import word_coverage

    own = compact(ind.level3 or "")
    if len(own) < MIN_PREFIX:
        return None
    found = {
        text
        for other in others
        if other.level2 == ind.level2 and _same_target(other.target, ind.target)
        for text in [compact(other.level3 or "")]
        if text != own
        and abs(len(text) - len(own)) <= MAX_LENGTH_CHANGE
        and SequenceMatcher(None, own, text, autojunk=False).ratio() >= MIN_GARBLED_SIMILARITY
        and word_coverage(text) - word_coverage(own) >= MIN_WORD_GAIN
        # Garbling moves and adds characters; a copy with other characters is another text.
        and sum((Counter(text) - Counter(own)).values()) <= 1
    }
    return found.pop() if len(found) == 1 else None


def _comparable_targets(a: str | None, b: str | None) -> bool:
    """Same target, or targets in the same unit (one indicator, another year's value)."""
    if compact(a or "") == compact(b or ""):
        return True
    pa, pb = parse_target(a or ""), parse_target(b or "")
    return pa is not None and pb is not None and bool(pa.unit) and pa.unit == pb.unit


def _starts_with(text: str, prefix: str) -> bool:
    """`text` starts with `prefix`, whose last character may be a cut look-alike of the one
    `text` prints there (`考点考区记` / `考点考区设置数量`)."""
    if text.startswith(prefix):
        return True
    k = len(prefix) - 1
    return len(text) > k and text.startswith(prefix[:k]) and look_alike(prefix[k], text[k])


def _vote_look_alikes(rows: list[tuple[Project, Indicator]]) -> None:
    """Two copies of one indicator printing different look-alikes at one place (`考点考区证置`,
    `考点考区记`): both misread the character they are look-alikes of (设), which is read when
    it makes a dictionary word there."""
    from jixiao.kg.reader.ocr.wordmodel import word_coverage

    for project, ind in rows:
        text = compact(ind.level3 or "")
        readings = set()
        for _, other in rows:
            theirs = compact(other.level3 or "")
            if other is ind or other.level2 != ind.level2 or not _comparable_targets(other.target, ind.target):
                continue
            p = next((k for k, (x, y) in enumerate(zip(text, theirs, strict=False)) if x != y), None)
            if p is None or p < MIN_PREFIX or p >= len(text) - 1:
                continue
            for c in twins(text[p]) & twins(theirs[p]):
                cand = text[:p] + c + text[p + 1 :]
                if word_coverage(cand) > word_coverage(text):
                    readings.add(cand)
        if len(readings) == 1:
            cand = readings.pop()
            project.warnings.append(
                f"line {ind.line}: level-3 {ind.level3!r} read as {cand!r} (another copy prints "
                "a different look-alike at the same place)"
            )
            ind.level3 = cand
