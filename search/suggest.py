"""Indicator suggestions for a described new project, with targets backed by evidence.

1. Rank existing projects against the description (name and goal, the same fused ranking as
   project search). Each project's weight falls off sharply with its distance from the best
   match (``exp((score − best) / PROJECT_TEMPERATURE)``), so the indicators come from the projects
   that really do the same thing, not from any project sharing a word.
2. Score each indicator wording by the share of that weight carried by projects using it, plus a
   small share of how well the wording itself matches the description (so a new kind of project
   still gets relevant indicators when no project is close).
3. For each chosen wording give what projects set and achieved (``search.target_stats``:
   「≥90(%) ×8；实际 96–100% ×6（达到目标 6/6）」) and a recommended target from evidence only:
   the most common quantified target of the same wording; failing that a definite one (无泄密);
   failing that the quantified targets of a similar wording (same 二级指标, close in meaning);
   failing that none — the advice says the target should be quantified and how (comparison,
   value N, unit), never an invented number.
4. Organise by level1/level2 in the order of ``jixiao.vocab.CATEGORY_TREE``, making sure each
   level1 the similar projects use gets at least one indicator.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.search.fusion import DEFAULT_FUSION
from jixiao.search.query import check_query
from jixiao.search.results import Related, SuggestedIndicator, Suggestion
from jixiao.search.target_stats import advice_for, target_stats
from jixiao.search.targets import (
    DEFINITE,
    QUANTIFIED,
    VAGUE,
    budget_from,
    target_quality,
    target_shape,
)
from jixiao.vocab import LEVEL1, canonical_level1, canonical_level2, level1_order, level2_order

if TYPE_CHECKING:
    from jixiao.search.engine import SearchEngine

TOP_PROJECTS = 8
# Fused-score distance from the best project at which a project's weight falls to 1/e.
PROJECT_TEMPERATURE = 0.05
MIN_PROJECT_WEIGHT = 0.05  # projects weighing less are not "similar"
DIRECT_CANDIDATES = 60
DIRECT_SHARE = 0.4  # weight of "the wording matches the description" against "similar projects use it"
QUANTIFIED_BONUS = 1.05  # prefer, among equals, wordings that projects measured with a number
# A wording at least this close in meaning (cosine) and under the same 二级指标 lends its
# quantified targets to a wording whose own targets are all vague.
SIMILAR_WORDING = 0.8
SIMILAR_CANDIDATES = 20
MAX_DESCRIPTION = 2000
# A description's leading name: the text before its first colon, comma or full stop.
_HEAD = re.compile(r"^\s*([^：:，,。；;\n]+)[：:，,。；;\n]")
MIN_HEAD = 4
# A wording is suggested only when a project within this fused-score distance of the best
# match uses it (or it comes from the similar projects themselves).
SUPPORT_DISTANCE = 0.2
# Weight of a project's indicator profile when it is matched against a description: lower than
# for a search query (DEFAULT_FUSION), because a long description's match to any one wording is
# blurred (0.8 against 2.5, chosen on the development cases).
DESCRIPTION_PROFILE_WEIGHT = 0.8
# Nor is the indicator centroid used here: a long description lies close to many projects'
# centroids (dev precision@10 0.686 without, 0.643 with the search weight 0.6).
DESCRIPTION_CENTROID_WEIGHT = 0.0
UNSORTED = "未分类"


def suggest(engine: SearchEngine, description: str, k: int = 20) -> Suggestion:
    if k < 1:
        raise JixiaoError(f"-k must be at least 1 (got {k})")
    q = check_query(description, "description", limit=MAX_DESCRIPTION)
    c = engine.corpus

    ranked = _similar_projects(engine, q)
    weights = (
        np.exp((ranked.fused - ranked.fused[0]) / PROJECT_TEMPERATURE) if len(ranked.rows)
        else np.zeros(0)
    )
    keep = weights >= MIN_PROJECT_WEIGHT
    similar = [
        Related(
            id=c.projects[p].id, type="project", text=c.projects[p].name, score=float(f),
            reasons=[f"项目内容相近：{float(f):.2f}"],
            unit=c.projects[p].unit, year=c.projects[p].year, similarity=float(d),
        )
        for p, f, d, ok in zip(ranked.rows.tolist(), ranked.fused, ranked.dense, keep, strict=True)
        if ok
    ]

    from_projects: dict[int, float] = {}
    examples: dict[int, list[str]] = {}
    for p, w, ok in zip(ranked.rows.tolist(), weights.tolist(), keep, strict=True):
        if not ok:
            continue
        for concept in np.unique(c.row_concept[c.project_rows[p]]).tolist():
            from_projects[concept] = from_projects.get(concept, 0.0) + w
            examples.setdefault(concept, []).append(c.projects[p].name)
    total_w = float(weights[keep].sum()) or 1.0

    direct_of = _direct_matches(engine, q)

    budget = budget_from(q)
    candidates = []
    pool = set(from_projects) | set(direct_of)
    if from_projects:
        # A wording only unrelated projects use is not what this project should measure,
        # however close its words are: a candidate needs a user among the related projects
        # (within SUPPORT_DISTANCE of the best match).
        related = ranked.rows[ranked.fused >= ranked.fused[0] - SUPPORT_DISTANCE]
        supported = set(np.unique(c.row_concept[np.concatenate(
            [c.project_rows[p] for p in related.tolist()])]).tolist())
        pool = set(from_projects) | (set(direct_of) & supported)
    for concept in pool:
        share = from_projects.get(concept, 0.0) / total_w
        score = (1 - DIRECT_SHARE) * share + DIRECT_SHARE * direct_of.get(concept, 0.0)
        item = _suggested(engine, concept, score, examples.get(concept, []), budget)
        if item.target_quality == QUANTIFIED:
            item.score *= QUANTIFIED_BONUS
        candidates.append((item, share))
    candidates.sort(key=lambda t: (-t[0].score, t[0].text))
    chosen = [s for s, _ in candidates[:k]]
    # Each level1 the similar projects use gets at least one indicator (a form needs them all).
    for level1 in LEVEL1:
        if any(s.level1 == level1 for s in chosen) or not chosen:
            continue
        best = next((s for s, share in candidates[k:] if s.level1 == level1 and share > 0), None)
        if best is None:
            continue
        if len(chosen) >= k:
            counts = Counter(s.level1 for s in chosen)
            drop = next((s for s in reversed(chosen) if counts[s.level1] > 1), None)
            if drop is None:
                continue
            chosen.remove(drop)
        chosen.append(best)
    chosen.sort(key=lambda s: (level1_order(s.level1), level2_order(s.level2), -s.score))
    return Suggestion(description=q, similar_projects=similar, indicators=chosen)


def _direct_matches(engine: SearchEngine, description: str) -> dict[int, float]:
    """Each wording's fused match to the description, relative to the best match."""
    index = engine.index
    ranked = engine.rank(description, index.concept_dense, index.concept_lexical,
                         DIRECT_CANDIDATES)
    if not len(ranked.fused) or ranked.fused[0] <= 0:
        return {}
    rel = np.clip(ranked.fused / ranked.fused[0], 0, 1)
    return dict(zip(ranked.rows.tolist(), rel.tolist(), strict=True))


def _head(description: str) -> str | None:
    """The project's name when the description starts with one (「援外医疗队派遣保障：选派…」)."""
    m = _HEAD.match(description)
    return m.group(1) if m and len(m.group(1)) >= MIN_HEAD else None


def _similar_projects(engine: SearchEngine, description: str) -> Ranked:  # noqa: F821
    """Projects ranked against the description, and against its leading name when it has one:
    each project keeps the better of its two scores (a name says most about what a project
    does; the sentence after it adds what the name leaves out)."""
    from jixiao.search.engine import Ranked

    index = engine.index
    cfg = replace(DEFAULT_FUSION, project_context_weight=DESCRIPTION_PROFILE_WEIGHT,
                  project_centroid_weight=DESCRIPTION_CENTROID_WEIGHT)
    full = engine.rank(description, engine.project_denses, index.project_lexical,
                       TOP_PROJECTS * 2, fusion=cfg, concepts=False)
    head = _head(description)
    if head is None:
        return full
    named = engine.rank(head, engine.project_denses, index.project_lexical, TOP_PROJECTS * 2,
                        fusion=cfg, concepts=False)
    best: dict[int, tuple[float, float, float]] = {}
    for r in (full, named):
        for p, f, d, lx in zip(r.rows.tolist(), r.fused, r.dense, r.lexical, strict=True):
            if p not in best or f > best[p][0]:
                best[p] = (float(f), float(d), float(lx))
    order = sorted(best, key=lambda p: -best[p][0])[:TOP_PROJECTS]
    return Ranked(
        np.array(order, dtype=np.int64), np.array([best[p][0] for p in order]),
        np.array([best[p][1] for p in order]), np.array([best[p][2] for p in order]),
    )


def _categories(level1: str | None, level2: str | None) -> tuple[str, str]:
    """The category tree's labels for a row's printed level1/level2 (未分类 when unknown)."""
    l1 = canonical_level1(level1 or "") or (level1 or UNSORTED)
    l2 = canonical_level2(level2 or "", l1) or (level2 or UNSORTED)
    return l1, l2


def _best(targets: Counter[str]) -> str | None:
    return sorted(targets.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if targets else None


def _similar_quantified(engine: SearchEngine, concept: int, level2: str) -> tuple[str, str] | None:
    """(target, wording) from the closest wording under the same 二级指标 with numbers."""
    dense = engine.index.concept_dense
    vec = dense.vectors(np.array([concept]))[0]
    sims, rows = dense.search(vec, min(SIMILAR_CANDIDATES, dense.size))
    for sim, other in zip(sims.tolist(), rows.tolist(), strict=True):
        if other == concept or sim < SIMILAR_WORDING:
            continue
        hit = engine.indicator_hit(other, 0.0)
        if _categories(hit.level1, hit.level2)[1] != level2:
            continue
        quantified = Counter(u.target for u in hit.uses if target_quality(u.target) == QUANTIFIED)
        if quantified:
            return _best(quantified), hit.text
    return None


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
            target, quality = _best(by_quality[quality_name]), quality_name
            break
    vague = quality == VAGUE or quality is None
    level1, level2 = _categories(hit.level1, hit.level2)
    stats = target_stats(hit.uses)
    alternative, evidence, advice = None, None, None
    if not vague:
        evidence = f"同一指标：{hit.count} 行中 {by_quality[quality][target]} 行设为 {target}"
    else:
        borrowed = _similar_quantified(engine, concept, level2)
        if borrowed is not None:
            alternative = borrowed[0]
            evidence = f"相近指标「{borrowed[1]}」常设为 {borrowed[0]}"
        else:
            shape = target_shape(hit.text, level1, level2, budget)
            advice = advice_for(stats, shape)
    return SuggestedIndicator(
        id=hit.id, text=hit.text, level1=level1, level2=level2, target=target,
        target_quality=quality, vague=vague, alternative=alternative,
        targets=hit.targets, used_by=len({u.project_id for u in hit.uses}),
        examples=examples[:3], score=score, target_evidence=evidence, advice=advice,
        stats=stats.to_json(), flags=hit.flags,
    )
