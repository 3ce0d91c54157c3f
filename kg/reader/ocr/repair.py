"""Repair names garbled or cut by PDF extraction, using other spellings in the same document.

Evidence is only ever text printed elsewhere in the same document (a form title, another
form's unit cell, a one-line header): nothing is invented. Callers keep the printed form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from jixiao.text import CJK, clean_cell, compact

# Below this similarity two strings are different names, not two spellings of one.
MIN_SIMILARITY = 0.8
_NOISE = re.compile(rf"[A-Za-z0-9]|[^{CJK}()（）·、\-]")
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


# A spelling whose text repeats a piece of this length or more back to back was printed twice
# over itself (an overlay text layer): `…管理所(上海医药…管理所(上海医药采购中心)`.
MIN_REPEAT = 4
# A spelling sharing less than this share of its characters with the consensus base (in
# order) names another organisation.
MIN_CONSENSUS_SIMILARITY = 0.6
# A consensus change must put this many more characters into dictionary words ...
MIN_CONSENSUS_WORDS = 2
# ... and may cost at most this much log-probability (natural log, whole name).
MAX_CONSENSUS_LOSS = 3.0


def collapse_repeats(text: str) -> str:
    """`ABCABCD` → `ABCD`: drop back-to-back copies of a piece of MIN_REPEAT characters or more."""
    changed = True
    while changed:
        changed = False
        for size in range(len(text) // 2, MIN_REPEAT - 1, -1):
            for i in range(len(text) - 2 * size + 1):
                if text[i : i + size] == text[i + size : i + 2 * size]:
                    text = text[: i + size] + text[i + 2 * size :]
                    changed = True
                    break
            if changed:
                break
    return text


def _complete_prefix_of(text: str) -> str | None:
    """The longest start of `text` that ends like an organisation name (drops a next label
    glued on: `…采购中心)項目资金(万元)`)."""
    for end in range(len(text), 3, -1):
        if _is_complete(text[:end]) and text[:end].count("(") == text[:end].count(")"):
            return text[:end]
    return None


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name, however garbled: the shorter shares most of its characters,
    in order, with the longer (`医药集中招标另(上海医药采则` and `上海市医药集中…(上海医药采购中心)`)."""
    a, b = compact(a), compact(b)
    if not a or not b:
        return False
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= MIN_CONSENSUS_SIMILARITY * min(len(a), len(b))


def consensus_spelling(spellings: Iterable[str]) -> tuple[str, list[str]] | None:
    """One organisation name voted from several garbled spellings of it in one document.

    The base is the longest spelling that reads as a complete name (after dropping a piece
    printed twice over itself and text glued after the name); every other spelling is aligned
    to it and votes, character by character, where it differs. A run of the base is replaced
    when more spellings vote for other characters than print the base's, and the name then
    reads clearly better (dictionary words: `集中和新采购` → `集中招标采购`). Returns the name
    and notes on what was changed, or None when the spellings do not agree on one name.
    """
    from jixiao.kg.reader.ocr.wordmodel import log_prob, word_coverage

    copies = [collapse_repeats(compact(s)) for s in spellings if s and compact(s)]
    complete = [p for p in (_complete_prefix_of(c) for c in copies) if p and not _looks_garbled(p)]
    if not complete:
        return None
    base = max(complete, key=lambda c: (len(c), log_prob(c) / len(c)))
    votes: list[Counter[str]] = [Counter({ch: 1}) for ch in base]
    base_used = False
    for copy in copies:
        if not base_used and copy.startswith(base):
            base_used = True  # the base's own copy voted above
            continue
        if not same_name(base, copy):
            return None  # another organisation: no single name to agree on
        matcher = SequenceMatcher(None, base, copy, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for k in range(i2 - i1):
                    votes[i1 + k][base[i1 + k]] += 1
            elif op == "replace":
                # Aligned from the start of the difference only: a garbled copy often loses
                # characters after it, so its tail says nothing about the base's tail.
                for k in range(min(i2 - i1, j2 - j1)):
                    votes[i1 + k][copy[j1 + k]] += 1
    name, notes = base, []
    i = 0
    while i < len(base):
        if votes[i].most_common(1)[0][0] == base[i]:
            i += 1
            continue
        end = i
        while end < len(base) and votes[end].most_common(1)[0][0] != base[end]:
            end += 1
        best = None
        for s in range(i, end):
            for e in range(s + 1, end + 1):
                alt = "".join(votes[k].most_common(1)[0][0] for k in range(s, e))
                cand = name[:s] + alt + name[e:]
                gain = word_coverage(cand) - word_coverage(name)
                if gain < MIN_CONSENSUS_WORDS or log_prob(cand) < log_prob(name) - MAX_CONSENSUS_LOSS:
                    continue
                if best is None or (gain, log_prob(cand)) > best[0]:
                    best = ((gain, log_prob(cand)), cand, name[s:e], alt)
        if best:
            _, name, old, new = best
            notes.append(f"{old!r} read as {new!r} (most spellings in the document)")
        i = end
    return name, notes
