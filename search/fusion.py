"""Fusion of dense (meaning) and lexical (wording) scores into one ranking.

Both scorers are run to a candidate depth, every candidate in the union gets *both* scores, and
the two are combined:

- ``weighted`` (default): ``w·cos + (1−w)·bm25/bm25_max(query)``. Cosine is already on a fixed
  scale; BM25 is divided by the score a document containing every query term would get, so a
  query whose best lexical match shares one common character does not look like a perfect match
  (which min-max normalisation would claim).
- ``rrf``: reciprocal rank fusion, ``Σ 1/(k + rank)``; scale free but throws away how *much*
  better the top candidate is.

Method and weight were chosen by cross-validation on ``bench/eval_queries.json`` (see
``bench/search_quality.py`` and docs/search.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class FusionConfig:
    method: str = "weighted"  # "weighted" | "rrf" | "dense" | "lexical"
    dense_weight: float = 0.7
    rrf_k: float = 60.0
    depth: int = 100  # candidates taken from each scorer

    def to_json(self) -> dict:
        return dict(self.__dict__)


DEFAULT_FUSION = FusionConfig()


def _ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score (best = 1)."""
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(1, len(scores) + 1)
    return ranks


def fuse(
    dense: np.ndarray, lexical: np.ndarray, lexical_max: float, config: FusionConfig = DEFAULT_FUSION
) -> np.ndarray:
    """Fused score of each candidate from its dense cosine and its raw BM25 score."""
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
