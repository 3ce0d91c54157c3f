"""Complete cut-off indicator texts from identical indicators elsewhere in the same document.

Documents often hold several forms of one unit that repeat indicators (every exam project has
考务工作完成率). When one copy's cell lost its end (`考务工作`, continuation cell empty) and another
copy with the same level-2 label and the same target prints it whole, the whole text is the
evidence. Nothing is completed when copies disagree or the text is not a strict prefix.
"""

from __future__ import annotations

from collections import Counter

from kg.normalize import compact
from kg.records import Project
from kg.targets import parse_target

# Shorter texts are too generic to be completed safely (`满意度`) ...
MIN_PREFIX = 4
# ... and a copy that only adds a generic ending (`信息共享` / `信息共享情况`) may well be a
# different wording of a neighbouring project, not the lost end of this one.
MIN_ADDED = 3


def complete_from_siblings(projects: list[Project]) -> None:
    """Complete truncated level-3 texts and qualitative targets in place; warns on projects."""
    rows = [(p, i) for p in projects for i in p.indicators]
    for project, ind in rows:
        level3 = compact(ind.level3 or "")
        if len(level3) >= MIN_PREFIX:
            longer = {
                compact(other.level3)
                for _, other in rows
                if other is not ind
                and other.level2 == ind.level2
                and compact(other.target or "") == compact(ind.target or "")
                and compact(other.level3 or "").startswith(level3)
                and len(compact(other.level3 or "")) >= len(level3) + MIN_ADDED
            }
            if len(longer) == 1:
                whole = longer.pop()
                project.warnings.append(
                    f"line {ind.line}: level-3 {ind.level3!r} completed to {whole!r} "
                    "(same indicator elsewhere in the document)"
                )
                ind.level3 = whole
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
