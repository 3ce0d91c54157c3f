"""Related items: the graph's evidence (same unit, shared indicator concepts) plus meaning.

Projects: ``0.5·cosine(name+goal) + 0.35·shared-concept overlap + 0.15·same unit``. Overlap is
weighted by how rare a concept is (idf), so sharing ``服务对象满意度`` — on most forms — says
less than sharing ``考场编排率``. Indicators: ``0.75·cosine(wording) + 0.25·co-use``, co-use being
``t/(n+1)`` for a wording used in ``n`` projects, ``t`` of which also use the other one (the +1
keeps a wording seen in one project from calling all its neighbours certain company). Every result lists the reasons that
contributed, in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.kg import ids
from jixiao.search.results import Related

if TYPE_CHECKING:
    from jixiao.search.engine import SearchEngine

PROJECT_WEIGHTS = {"meaning": 0.5, "concepts": 0.35, "unit": 0.15}
CONCEPT_WEIGHTS = {"meaning": 0.75, "co_use": 0.25}
CANDIDATES = 200
SHOWN_SHARED = 5


def resolve_item(engine: SearchEngine, item_id: str) -> tuple[str, int]:
    """``("project", index)`` or ``("concept", index)`` for a short id; clear error otherwise."""
    text = (item_id or "").strip()
    if not text:
        raise JixiaoError("empty id: give an id from search results, e.g. project/3f2a9c1b0d4e5f6a7b8c")
    short = ids.to_short(text)
    kind = ids.kind_of(short)
    c = engine.corpus
    if kind == "project":
        i = c.project_index(short)
        if i is None:
            raise JixiaoError(f"no project {short} in this store (ids come from `jixiao search`)")
        return "project", i
    if kind == "concept":
        i = c.concept_index(short)
        if i is None:
            raise JixiaoError(f"no indicator wording {short} in this store")
        return "concept", i
    if kind == "indicator":
        r = c.row_index(short)
        if r is None:
            raise JixiaoError(f"no indicator {short} in this store")
        return "concept", int(c.row_concept[r])
    raise JixiaoError(
        f"{short} is a {kind}; similar works on project/…, indicator/… or concept/… ids"
    )


def similar(engine: SearchEngine, item_id: str, k: int = 10) -> list[Related]:
    if k < 1:
        raise JixiaoError(f"-k must be at least 1 (got {k})")
    kind, i = resolve_item(engine, item_id)
    return similar_projects(engine, i, k) if kind == "project" else similar_concepts(engine, i, k)


def _concept_idf(engine: SearchEngine) -> np.ndarray:
    c = engine.corpus
    df = np.bincount(
        np.unique(np.stack([c.row_concept, c.row_project]), axis=1)[0],
        minlength=len(c.concept_keys),
    ).astype(np.float64)
    return np.log1p(len(c.projects) / np.maximum(df, 1))


def similar_projects(
    engine: SearchEngine, p: int, k: int, qvec: np.ndarray | None = None
) -> list[Related]:
    c = engine.corpus
    dense = engine.index.project_dense
    vec = dense.vectors(np.array([p]))[0] if qvec is None else qvec
    sims, rows = dense.search(vec, min(CANDIDATES, dense.size))
    sim_of = dict(zip(rows.tolist(), sims.tolist(), strict=True))

    idf = _concept_idf(engine)
    mine = np.unique(c.row_concept[c.project_rows[p]])
    shared: dict[int, list[int]] = {}
    for concept in mine.tolist():
        for q in np.unique(c.row_project[c.concept_rows[concept]]).tolist():
            if q != p:
                shared.setdefault(q, []).append(concept)
    same_unit = {
        q for q, info in enumerate(c.projects)
        if q != p and info.unit_id and info.unit_id == c.projects[p].unit_id
    }
    mine_weight = float(idf[mine].sum()) or 1.0
    out = []
    for q in set(sim_of) | set(shared) | same_unit:
        if q == p:
            continue
        sim = max(0.0, sim_of.get(q, float(dense.scores_for(vec, np.array([q]))[0])))
        theirs = np.unique(c.row_concept[c.project_rows[q]])
        common = shared.get(q, [])
        union_weight = mine_weight + float(idf[theirs].sum()) - float(idf[common].sum())
        overlap = float(idf[common].sum()) / union_weight if union_weight > 0 else 0.0
        unit = q in same_unit
        score = (
            PROJECT_WEIGHTS["meaning"] * sim
            + PROJECT_WEIGHTS["concepts"] * overlap
            + PROJECT_WEIGHTS["unit"] * unit
        )
        info = c.projects[q]
        reasons = []
        if unit:
            reasons.append(f"同一实施单位：{info.unit}")
        if common:
            # Rarest shared wordings first: they say most about the kinship.
            names = [c.concept_texts[x] for x in sorted(common, key=lambda x: -idf[x])]
            more = f" 等 {len(names)} 个" if len(names) > SHOWN_SHARED else ""
            reasons.append(
                f"共用指标 {len(names)} 个：{'、'.join(names[:SHOWN_SHARED])}{more}"
            )
        reasons.append(f"项目内容相近：相似度 {sim:.2f}")
        out.append(
            Related(
                id=info.id, type="project", text=info.name, score=score, reasons=reasons,
                unit=info.unit, year=info.year,
                shared_concepts=[c.concept_id(x) for x in common], similarity=sim,
            )
        )
    out.sort(key=lambda r: (-r.score, r.text, r.id))
    return out[:k]


def similar_concepts(engine: SearchEngine, ci: int, k: int) -> list[Related]:
    c = engine.corpus
    dense = engine.index.concept_dense
    vec = dense.vectors(np.array([ci]))[0]
    sims, rows = dense.search(vec, min(CANDIDATES, dense.size))
    sim_of = dict(zip(rows.tolist(), sims.tolist(), strict=True))

    my_projects = np.unique(c.row_project[c.concept_rows[ci]])
    co_use: dict[int, int] = {}
    for q in my_projects.tolist():
        for other in np.unique(c.row_concept[c.project_rows[q]]).tolist():
            if other != ci:
                co_use[other] = co_use.get(other, 0) + 1
    n_mine = len(my_projects)
    scored = []
    for other in set(sim_of) | set(co_use):
        if other == ci:
            continue
        sim = max(0.0, sim_of.get(other, float(dense.scores_for(vec, np.array([other]))[0])))
        together = co_use.get(other, 0)
        score = CONCEPT_WEIGHTS["meaning"] * sim + CONCEPT_WEIGHTS["co_use"] * together / (n_mine + 1)
        scored.append((score, c.concept_texts[other], other, sim, together))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    mine = engine.indicator_hit(ci, 0.0)
    out = []
    for score, _, other, sim, together in scored[:k]:
        hit = engine.indicator_hit(other, score)
        reasons = [f"含义相近：相似度 {sim:.2f}"]
        if together:
            reasons.append(f"与该指标在同一项目中使用：{together} 个项目")
        if hit.level1 and (hit.level1, hit.level2) == (mine.level1, mine.level2):
            reasons.append(f"同一类别：{hit.level1}/{hit.level2}")
        out.append(
            Related(
                id=hit.id, type="indicator", text=hit.text, score=score, reasons=reasons,
                unit=hit.unit, year=hit.year, level1=hit.level1, level2=hit.level2,
                similarity=sim,
            )
        )
    return out
