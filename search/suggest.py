"""Indicator suggestions for a described new project, with well-formed targets.

1. Rank existing projects against the description (the same fused dense + lexical ranking as
   search) and keep the closest few, weighted by their fused score.
2. Score each indicator wording by the weight of the similar projects that use it, plus how well
   the wording itself matches the description (so a new kind of project still gets relevant
   indicators when no project is close).
3. For each chosen wording give its typical target: the most common *quantified* target any
   project set for it; failing that a definite one (`无泄密`); failing that the vague one is
   shown, marked vague, with a quantified alternative (``search.targets.alternative_target``).
4. Organise by level1/level2 in the order of the forms, making sure each level1 the similar
   projects use (产出/效益/满意度/成本) gets at least one indicator.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.search.query import check_query
from jixiao.search.results import Related, SuggestedIndicator, Suggestion
from jixiao.search.targets import (
    DEFINITE,
    QUANTIFIED,
    VAGUE,
    alternative_target,
    budget_from,
    target_quality,
)
from jixiao.vocab import LEVEL1, level1_order, level2_order

if TYPE_CHECKING:
    from jixiao.search.engine import SearchEngine

TOP_PROJECTS = 6
DIRECT_CANDIDATES = 60
PROJECT_SHARE = 0.7  # weight of "similar projects use it" against "the wording matches"
QUANTIFIED_BONUS = 1.1  # prefer, among equals, wordings that projects measured with a number
MAX_DESCRIPTION = 2000


def suggest(engine: SearchEngine, description: str, k: int = 20) -> Suggestion:
    if k < 1:
        raise JixiaoError(f"-k must be at least 1 (got {k})")
    q = check_query(description, "description", limit=MAX_DESCRIPTION)
    qvec = engine.embed(q)
    c = engine.corpus
    index = engine.index

    ranked = engine.rank(q, qvec, engine.project_denses, index.project_lexical, TOP_PROJECTS)
    weights = np.clip(ranked.fused, 0.0, None)
    if weights.size and weights.max() > 0:
        weights = weights / weights.max()
    similar = [
        Related(
            id=c.projects[p].id, type="project", text=c.projects[p].name, score=float(f),
            reasons=[f"项目内容相近：{float(f):.2f}"],
            unit=c.projects[p].unit, year=c.projects[p].year, similarity=float(d),
        )
        for p, f, d in zip(ranked.rows.tolist(), ranked.fused, ranked.dense, strict=True)
    ]

    from_projects: dict[int, float] = {}
    examples: dict[int, list[str]] = {}
    for p, w in zip(ranked.rows.tolist(), weights.tolist(), strict=True):
        for concept in np.unique(c.row_concept[c.project_rows[p]]).tolist():
            from_projects[concept] = from_projects.get(concept, 0.0) + w
            examples.setdefault(concept, []).append(c.projects[p].name)
    total_w = float(weights.sum()) or 1.0

    direct = engine.rank(q, qvec, index.concept_dense, index.concept_lexical, DIRECT_CANDIDATES)
    direct_of = dict(zip(direct.rows.tolist(), np.clip(direct.fused, 0, None).tolist(), strict=True))

    budget = budget_from(q)
    candidates = []
    for concept in set(from_projects) | set(direct_of):
        score = PROJECT_SHARE * from_projects.get(concept, 0.0) / total_w + (
            1 - PROJECT_SHARE
        ) * direct_of.get(concept, 0.0)
        item = _suggested(engine, concept, score, examples.get(concept, []), budget)
        if item.target_quality == QUANTIFIED:
            item.score *= QUANTIFIED_BONUS
        candidates.append(item)
    candidates.sort(key=lambda s: (-s.score, s.text))
    chosen = candidates[:k]
    # Each level1 the candidates cover gets at least one indicator (a form needs all of them).
    for level1 in LEVEL1:
        if any(s.level1 == level1 for s in chosen) or len(chosen) < 1:
            continue
        best = next((s for s in candidates[k:] if s.level1 == level1), None)
        if best is not None and best.score > 0:
            if len(chosen) >= k:
                counts = Counter(s.level1 for s in chosen)
                drop = next(
                    (s for s in reversed(chosen) if counts[s.level1] > 1), None
                )
                if drop is None:
                    continue
                chosen.remove(drop)
            chosen.append(best)
    chosen.sort(
        key=lambda s: (level1_order(s.level1), level2_order(s.level2), -s.score)
    )
    return Suggestion(description=q, similar_projects=similar, indicators=chosen)


def _suggested(
    engine: SearchEngine, concept: int, score: float, examples: list[str], budget: str | None
) -> SuggestedIndicator:
    hit = engine.indicator_hit(concept, score)
    by_quality: dict[str, Counter[str]] = {QUANTIFIED: Counter(), DEFINITE: Counter(), VAGUE: Counter()}
    for u in hit.uses:
        quality = target_quality(u.target)
        if quality:
            by_quality[quality][u.target] += 1
    target, quality = None, None
    for quality_name in (QUANTIFIED, DEFINITE, VAGUE):
        if by_quality[quality_name]:
            target = sorted(by_quality[quality_name].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            quality = quality_name
            break
    vague = quality == VAGUE or quality is None
    level1 = hit.level1 or "未分类"
    level2 = hit.level2 or "未分类"
    return SuggestedIndicator(
        id=hit.id, text=hit.text, level1=level1, level2=level2, target=target,
        target_quality=quality, vague=vague,
        alternative=alternative_target(hit.text, level1, level2, budget) if vague else None,
        targets=hit.targets, used_by=len({u.project_id for u in hit.uses}),
        examples=examples[:3], score=score,
    )
