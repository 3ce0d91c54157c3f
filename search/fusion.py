"""Fusion of dense (meaning) and lexical (wording) evidence into one ranking.

Both scorers propose candidates to a depth; every candidate in the union gets every score.

- ``calibrated`` (default): ``cos + λ·b(q)^γ · lex`` with ``lex = coverage·(β + (1−β)·precision)``
  (``search.matching``: absolute shares of the query's and the document's terms, in [0, 1]) and
  ``b(q)`` the best coverage any candidate reaches. When the query's words match nothing well
  (「项目省下多少钱」 shares only chance characters with 成本节约率) ``b(q)`` is small and meaning
  decides; when some wording contains the query's words, words count. Plus a small bonus for
  wordings filed under the 二级指标 the query's concepts belong to, and a penalty for wordings
  the reader flagged as damaged. Projects also gain BM25 over its per-query bound (the name
  counts twice and long goals are discounted, which coverage cannot say) and, optionally, the
  cosine to their indicator centroid.
- ``weighted``: ``w·cos + (1−w)·bm25/bm25max(query)`` (the earlier default).
- ``rrf``: reciprocal rank fusion, ``Σ 1/(k + rank)``.
- ``learned``: a linear model over the same features (``FEATURES``), weights fitted on the
  development queries by ``bench/search_quality.py``.

Parameters were chosen on the development split of ``bench/search_eval/queries.json`` and
reported on its frozen test split (docs/search.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

#: Features of one candidate, in the order ``learned`` weights use them.
FEATURES = ("dense", "dense_expanded", "coverage", "precision", "coverage×best", "category",
            "bm25", "damaged", "context")


@dataclass(frozen=True)
class FusionConfig:
    method: str = "calibrated"  # calibrated | weighted | rrf | learned | dense | lexical
    dense_weight: float = 0.7  # weighted
    rrf_k: float = 60.0  # rrf
    depth: int = 100  # candidates taken from each scorer
    # calibrated
    lexical_weight: float = 0.7  # λ: weight of a full lexical match
    coverage_power: float = 1.0  # γ: how fast the lexical weight falls with poor word matches
    precision_share: float = 1.0  # β
    # query understanding (search.understand, search.concepts)
    fold: bool = True  # traditional → simplified before embedding and matching
    correct: bool = True  # fix sound-alike typing slips (search.sound)
    expand: bool = True  # add the forms' words for the concepts a query names
    expansion_weight: float = 0.7  # how much a form's word covers the phrase that named it
    expanded_dense: float = 0.5  # share of the expanded query's cosine in the dense score
    category_weight: float = 0.1  # bonus for wordings filed under the query's 二级指标
    # When the query names a measure (合格率, 人数, 及时): a wording expressing the same measure
    # gains measure_weight, one expressing only other measures loses it; and the graph context
    # of a wording (below) is scaled by measure_context[agree, neutral, conflict].
    measure_weight: float = 0.05
    measure_context: tuple[float, float, float] = (1.0, 0.5, 0.5)
    damaged_penalty: float = 0.1  # subtracted for a wording the reader flagged damaged
    # Graph context: a wording used by a project that matches the query well gains
    # context_weight × (the project's fused score − context_floor) (topic queries such as
    # 「职称评审」 want every indicator of those projects); the best context_projects projects
    # also add their wordings to the candidates.
    context_weight: float = 1.2
    # The context weight shrinks by this share of the best wording coverage: when some wording
    # contains the query's words the query names a measure, not a kind of project.
    context_yield: float = 0.0
    context_floor: float = 0.3
    # A project's context falls by exp((score − best score) / context_temperature) (0: off).
    context_temperature: float = 0.4
    context_projects: int = 3
    context_depth: int = 10  # candidates each scorer proposes when projects are ranked for context
    # Projects gain project_context_weight × (best score − project_context_floor, ≥ 0) of the
    # wordings they use: a project whose indicators answer the query is about it.
    project_context_weight: float = 2.0
    project_context_floor: float = 0.6
    # How many of a project's best wordings its indicator profile averages (1: the best alone).
    project_context_top: int = 1
    # Each wording counts by its specificity (idf over the projects using it).
    project_context_specific: bool = True
    # Projects: names are short and specific, so words weigh more than for wordings.
    project_lexical_weight: float = 1.0
    project_coverage_power: float = 0.25
    project_precision_share: float = 0.8
    # Weight of BM25 over the per-query bound (each term's best posting weight summed): BM25's
    # term-frequency (the name is indexed twice) and length normalisation favour names over
    # goal mentions.
    project_bm25_weight: float = 0.5
    # Weight of the cosine to the project's indicator centroid (engine.project_centroids). Off:
    # its dev gain came from one project whose name hides what it does (docs/search.md).
    project_centroid_weight: float = 0.0
    learned: tuple[float, ...] = ()

    def to_json(self) -> dict:
        out = asdict(self)
        out["learned"] = list(self.learned)
        return out

    @classmethod
    def from_json(cls, data: dict) -> FusionConfig:
        known = set(cls.__dataclass_fields__)
        data = {k: v for k, v in (data or {}).items() if k in known}
        if "learned" in data:
            data["learned"] = tuple(data["learned"])
        if "measure_context" in data:
            data["measure_context"] = tuple(data["measure_context"])
        return cls(**data)


DEFAULT_FUSION = FusionConfig()


@dataclass
class Evidence:
    """Every score of each candidate (arrays of one length)."""

    dense: np.ndarray  # cosine of the query as typed (folded)
    dense_expanded: np.ndarray  # cosine of the expanded query (= dense when nothing expands)
    coverage: np.ndarray
    precision: np.ndarray
    bm25: np.ndarray  # raw BM25 of the candidate-generating query
    bm25_max: float
    category: np.ndarray  # share of the wording's rows under the query's 二级指标
    damaged: np.ndarray  # share of the wording's rows flagged garbled or fragment
    context: np.ndarray  # best (project score − floor, ≥ 0) of the projects using the wording
    # +1 the wording expresses a measure the query names, -1 only other measures, 0 no measure
    # (or the query names none)
    measure: np.ndarray | None = None
    # projects: cosine of the query to the project's indicator centroid
    centroid: np.ndarray | None = None

    @property
    def best_coverage(self) -> float:
        return float(self.coverage.max()) if len(self.coverage) else 0.0

    def features(self) -> np.ndarray:
        bm = self.bm25 / self.bm25_max if self.bm25_max > 0 else np.zeros_like(self.bm25)
        return np.stack([
            self.dense, self.dense_expanded, self.coverage, self.precision,
            self.coverage * self.best_coverage, self.category, np.clip(bm, 0, 1), self.damaged,
            self.context,
        ], axis=1)


def _ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score (best = 1)."""
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(1, len(scores) + 1)
    return ranks


def dense_score(ev: Evidence, cfg: FusionConfig) -> np.ndarray:
    a = cfg.expanded_dense if cfg.expand else 0.0
    return (1 - a) * ev.dense + a * ev.dense_expanded


def fuse_evidence(
    ev: Evidence, cfg: FusionConfig = DEFAULT_FUSION, projects: bool = False
) -> np.ndarray:
    """Fused score of each candidate (``projects``: the candidates are projects)."""
    if cfg.method == "calibrated":
        if projects:
            weight, power, share = (cfg.project_lexical_weight, cfg.project_coverage_power,
                                    cfg.project_precision_share)
        else:
            weight, power, share = cfg.lexical_weight, cfg.coverage_power, cfg.precision_share
        lex = ev.coverage * (share + (1 - share) * ev.precision)
        lam = weight * ev.best_coverage ** power
        measure = ev.measure if ev.measure is not None else np.zeros_like(ev.dense)
        agree, neutral, conflict = cfg.measure_context
        context_scale = np.where(measure > 0, agree, np.where(measure < 0, conflict, neutral))
        project_terms = 0.0  # BM25 and the indicator centroid, for projects only
        if projects and cfg.project_bm25_weight > 0 and ev.bm25_max > 0:
            project_terms = cfg.project_bm25_weight * np.clip(ev.bm25 / ev.bm25_max, 0.0, 1.0)
        if projects and ev.centroid is not None:
            project_terms = project_terms + cfg.project_centroid_weight * ev.centroid
        return (
            dense_score(ev, cfg) + lam * lex + project_terms + cfg.category_weight * ev.category
            + cfg.measure_weight * measure
            - cfg.damaged_penalty * ev.damaged
            + (cfg.project_context_weight if projects else
               cfg.context_weight * (1 - cfg.context_yield * ev.best_coverage)
               * context_scale) * ev.context
        )
    if cfg.method == "learned":
        w = np.asarray(cfg.learned, dtype=np.float64)
        if len(w) != len(FEATURES):
            raise ValueError(f"learned fusion needs {len(FEATURES)} weights, got {len(w)}")
        return ev.features() @ w
    return fuse(dense_score(ev, cfg), ev.bm25, ev.bm25_max, cfg)


def fuse(
    dense: np.ndarray, lexical: np.ndarray, lexical_max: float, config: FusionConfig = DEFAULT_FUSION
) -> np.ndarray:
    """Fused score from dense cosine and raw BM25 (the ``weighted``/``rrf``/single methods)."""
    dense = np.asarray(dense, dtype=np.float64)
    lexical = np.asarray(lexical, dtype=np.float64)
    lex_norm = np.clip(lexical / lexical_max, 0.0, 1.0) if lexical_max > 0 else np.zeros_like(lexical)
    if config.method == "dense":
        return dense
    if config.method == "lexical":
        return lex_norm
    if config.method == "weighted":
        w = config.dense_weight
        return w * np.clip(dense, 0.0, 1.0) + (1 - w) * lex_norm
    if config.method == "rrf":
        out = 1.0 / (config.rrf_k + _ranks(dense))
        has_lex = lexical > 0
        out[has_lex] += 1.0 / (config.rrf_k + _ranks(np.where(has_lex, lexical, -1.0))[has_lex])
        return out
    raise ValueError(f"unknown fusion method {config.method!r}")
