"""Repair names garbled or cut by PDF extraction, using other spellings in the same document.

Evidence is only ever text printed elsewhere in the same document (a form title, another
form's unit cell, a one-line header): nothing is invented. Callers keep the printed form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from kg.normalize import clean_cell, compact

# Below this similarity two strings are different names, not two spellings of one.
MIN_SIMILARITY = 0.8
_NOISE = re.compile(r"[A-Za-z0-9]|[^\u4e00-\u9fff()（）·、\-]")
_COMPLETE = re.compile(
    r"(委员会|中心|局|厅|院|所|站|办公室|学校|大学|医院|协会|学会|会|处|队|馆|室|部|社|公司|集团|"
    r"委|府|署|科|校|园)$"
)


def _looks_garbled(text: str) -> bool:
    """Latin letters, digits or symbols inside a Chinese name are extraction noise."""
    return bool(_NOISE.search(text))


def _is_complete(text: str) -> bool:
    """Ends like an organisation name does (中心, 局, 委员会 …): not cut off."""
    text = text.strip()
    if text.endswith((")", "）")):  # `…管理所(上海医药采购中心)`: the bracket must be complete too
        inner = re.search(r"[(（]([^()（）]*)[)）]$", text)
        return bool(inner and _COMPLETE.search(inner.group(1)) and _COMPLETE.search(
            text[: inner.start()]))
    return bool(_COMPLETE.search(text))


def _only_gaps(a: str, b: str) -> bool:
    """True when b differs from a only by dropped/extra characters, not swapped ones."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return all(op in ("equal", "insert", "delete") for op, *_ in ops)


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def complete_prefix(prefix: str, copies: Iterable[str]) -> str | None:
    """Finish a clean but cut-off spelling with the ending other copies agree on.

    `上海市卫生人才交流服务中` + a copy `…交流月服务中心` → `上海市卫生人才交流服务中心`: the
    copy is searched for the prefix's last characters and its clean remainder appended.
    """
    votes: Counter[str] = Counter()
    for copy in {compact(c) for c in copies if c}:
        for k in range(min(4, len(prefix)), 1, -1):
            pos = copy.rfind(prefix[-k:])
            if pos < 0:
                continue
            rest = copy[pos + k:]
            if rest and len(rest) <= 6 and not _looks_garbled(rest):
                cand = prefix + rest
                if _is_complete(cand):
                    votes[cand] += 1
            break
    return votes.most_common(1)[0][0] if votes else None


def _completions(spellings: list[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for s in set(spellings):
        if len(s) >= 4 and not _looks_garbled(s) and not _is_complete(s):
            done = complete_prefix(s, spellings)
            if done:
                out[done] += 1
    return out


def repair_name(printed: str, candidates: Iterable[str | None],
                organisation: bool = True) -> tuple[str, float, str | None]:
    """Best spelling of `printed` given `candidates` seen in the same document.

    Returns (name, confidence, note): `note` says what was repaired, None when the printed
    name is kept. Repairs: a cut-off name completed by a longer candidate starting with it;
    a garbled name replaced by a near-identical candidate (or by a clean cut-off spelling
    completed from the other copies). A clean, complete name is only changed by a
    candidate one dropped/extra character away: 第一/第六人民医院 stay two hospitals.
    `organisation=False` for project names, which have no typical ending (中心, 局 …).
    """
    complete = _is_complete if organisation else (lambda _text: True)
    p = compact(printed)
    spellings = [compact(c) for c in candidates if c and compact(c)]
    seen = Counter(spellings)
    # A clean cut-off copy usually comes from the text layer (a one-line header) while the
    # complete copies went through OCR: its completion outranks look-alike OCR copies.
    completed = _completions(spellings + [p])
    seen.update(completed)
    if not p or not seen:
        return printed, 1.0, None
    # Many different spellings of one name mean OCR noise at that spot (用B/用设/月服…): then
    # the completed text-layer spelling is the evidence to trust, even over a clean copy.
    variants = {c for c in seen if _similar(p, c) >= 0.75}
    trusted = [c for c in completed if _similar(p, c) >= MIN_SIMILARITY and c != p]
    if len(variants) >= 3 and trusted:
        best = max(trusted, key=lambda c: (completed[c], _similar(p, c)))
        return clean_cell(best), round(_similar(p, best), 2), f"repaired from {printed!r}"
    if p in seen and not _looks_garbled(p):
        return printed, 1.0, None
    clean = not _looks_garbled(p)
    if not organisation or not _is_complete(p):
        longer = [c for c in seen if c.startswith(p) and c != p and len(p) >= 4
                  and complete(c) and not _looks_garbled(c)]
        if longer:
            best = max(longer, key=lambda c: (seen[c], -len(c)))
            return clean_cell(best), 0.9, f"completed from {printed!r} (cut off in the cell)"
    scored = []
    for cand, count in seen.items():
        if cand == p or _looks_garbled(cand) or not complete(cand):
            continue
        if abs(len(cand) - len(p)) > (1 if clean else max(2, len(p) // 5)):
            continue
        sim = _similar(p, cand)
        if sim >= MIN_SIMILARITY and (not clean or _only_gaps(p, cand)):
            scored.append((cand in completed, sim, count, cand))
    if not scored:
        return printed, 1.0, None
    _, sim, _count, cand = max(scored)
    return clean_cell(cand), round(sim, 2), f"repaired from {printed!r}"


def merge_spellings(spellings: Iterable[str]) -> str | None:
    """One spelling from several noisy copies of the same name (e.g. every 实施单位 cell of
    a document): the most frequent clean, complete copy, repaired against all the copies."""
    copies = [compact(s) for s in spellings if s and compact(s)]
    if not copies:
        return None
    counts = Counter(copies)
    ranked = sorted(counts, key=lambda c: (not _looks_garbled(c), _is_complete(c), counts[c],
                                           len(c)), reverse=True)
    name, _confidence, _note = repair_name(ranked[0], copies)
    return clean_cell(name)
