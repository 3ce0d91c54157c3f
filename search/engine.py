"""Query engine: search (dense + lexical, fused, grouped by wording), similar, suggest."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.search.dense import DenseIndex
from jixiao.search.encoders import Encoder, load_encoder
from jixiao.search.fusion import FusionConfig, fuse
from jixiao.search.index import DenseView, LexicalView, SearchIndex
from jixiao.search.lexical import BM25Index
from jixiao.search.query import Filters, check_query
from jixiao.search.results import Hit, Use
from jixiao.text import clean_cell, compact
from jixiao.vocab import LEVEL2, canonical_level2, label_key

TYPES = ("indicator", "project", "all")


def _level1_key(text: str) -> str:
    k = compact(text)
    return k[:-2] if k.endswith("指标") else k


def _level2_key(text: str) -> str:
    """Printed variants (质量 / 质量指标 / 質量類指標) meet on the canonical label."""
    return canonical_level2(text) or label_key(text)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


@dataclass
class Ranked:
    rows: np.ndarray  # document rows (concept or project index), best first
    fused: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray


class SearchEngine:
    """Answers queries over one loaded ``SearchIndex``."""

    def __init__(self, index: SearchIndex, encoder: Encoder | None = None) -> None:
        self.index = index
        self.corpus = index.corpus
        self._encoder = encoder
        if encoder is not None and encoder.name != index.encoder_name:
            raise JixiaoError(
                f"this store was built with encoder {index.encoder_name!r}, not {encoder.name!r}"
            )
        self._encoder_lock = threading.RLock()
        self._embed_cached = lru_cache(maxsize=256)(self._embed_uncached)
        self._unit_keys = [
            [compact(u).casefold() for u in [p.unit, *p.unit_aliases] if u]
            for p in self.corpus.projects
        ]
        self._level1_keys = [_level1_key(x) for x in self.corpus.level1s]
        self._level2_keys = [_level2_key(x) for x in self.corpus.level2s]
        self._years = np.array([p.year or 0 for p in self.corpus.projects], dtype=np.int32)

    @property
    def project_denses(self) -> tuple[DenseView, DenseView]:
        return (self.index.project_dense, self.index.project_name_dense)

    # ---- encoder --------------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        with self._encoder_lock:
            if self._encoder is None:
                self._encoder = load_encoder(self.index.encoder_name)
            return self._encoder

    def _embed_uncached(self, text: str) -> np.ndarray:
        encoder = self.encoder
        # One encoder call at a time: the web app serves queries from several threads and the
        # encoders are neither documented as thread-safe nor faster when run concurrently here.
        with self._encoder_lock:
            vec = encoder.encode([text])[0]
        vec.flags.writeable = False
        return vec

    def embed(self, text: str) -> np.ndarray:
        return self._embed_cached(text)

    # ---- filters ---------------------------------------------------------------------------

    def project_mask(self, filters: Filters) -> np.ndarray | None:
        if not (filters.unit or filters.year):
            return None
        ok = np.ones(len(self.corpus.projects), dtype=bool)
        if filters.year:
            ok &= self._years == int(filters.year)
        if filters.unit:
            want = compact(filters.unit).casefold()
            ok &= np.array([any(want in u for u in keys) for keys in self._unit_keys], dtype=bool)
        return ok

    def row_mask(self, filters: Filters) -> np.ndarray | None:
        if not filters.active:
            return None
        c = self.corpus
        ok = np.ones(len(c.row_concept), dtype=bool)
        pmask = self.project_mask(filters)
        if pmask is not None:
            ok &= pmask[c.row_project]
        if filters.level1:
            want = _level1_key(filters.level1)
            codes = np.array([i for i, k in enumerate(self._level1_keys) if k.startswith(want)])
            ok &= np.isin(c.row_level1, codes) if len(codes) else False
        if filters.level2:
            ok &= np.isin(c.row_level2, self.level2_codes(filters.level2))
        return ok

    def level2_codes(self, level2: str) -> np.ndarray:
        """Codes of the stored level-2 labels `level2` names; JixiaoError when it names none."""
        want = _level2_key(level2)
        if not canonical_level2(level2) and want not in self._level2_keys:
            raise JixiaoError(
                f"unknown level-2 category {level2!r}: use one of {' '.join(LEVEL2)} "
                "(or a short form such as 质量)"
            )
        return np.array([i for i, k in enumerate(self._level2_keys) if k == want], dtype=np.int32)

    def concept_mask(self, row_mask: np.ndarray | None) -> np.ndarray | None:
        if row_mask is None:
            return None
        ok = np.zeros(len(self.corpus.concept_keys), dtype=bool)
        ok[self.corpus.row_concept[row_mask]] = True
        return ok

    # ---- ranking -----------------------------------------------------------------------------

    def rank(
        self,
        query: str,
        qvec: np.ndarray,
        dense: DenseView | DenseIndex | Sequence[DenseView | DenseIndex],
        lexical: LexicalView | BM25Index,
        k: int,
        allowed: np.ndarray | None = None,
        fusion: FusionConfig | None = None,
    ) -> Ranked:
        """Fused ranking of one document space (concepts or projects).

        Several dense indexes over the same rows (a project's name, and name + goal) count as
        one scorer whose score is the best of theirs.
        """
        cfg = fusion or self.index.fusion
        depth = max(cfg.depth, k)
        denses = list(dense) if isinstance(dense, list | tuple) else [dense]
        d_rows = np.unique(
            np.concatenate([d.search(qvec, depth, allowed)[1] for d in denses])
        )
        # The lexical side's best candidates within `allowed`, and any row's score on demand.
        lexical_match = lexical.match(query, depth, allowed)
        cand = np.union1d(d_rows, lexical_match.top).astype(np.int64)
        if not len(cand):
            empty = np.zeros(0)
            return Ranked(cand, empty, empty, empty)
        dense_s = np.max([d.scores_for(qvec, cand) for d in denses], axis=0)
        lex_s = lexical_match.scores_for(cand)
        fused = fuse(dense_s, lex_s, lexical_match.max_score, cfg)
        order = _top(fused, k)
        return Ranked(cand[order], fused[order], dense_s[order], lex_s[order])

    # ---- search ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        type: str = "indicator",
        k: int = 10,
        filters: Filters | None = None,
        fusion: FusionConfig | None = None,
    ) -> list[Hit]:
        """Best hits for a query; indicator hits grouped by wording."""
        if type not in TYPES:
            raise JixiaoError(f"unknown type {type!r}: use one of {', '.join(TYPES)}")
        if k < 1:
            raise JixiaoError(f"-k must be at least 1 (got {k})")
        q = check_query(query)
        filters = filters or Filters()
        qvec = self.embed(q)
        hits: list[Hit] = []
        if type in ("indicator", "all"):
            rmask = self.row_mask(filters)
            cmask = self.concept_mask(rmask)
            ranked = self.rank(
                q, qvec, self.index.concept_dense, self.index.concept_lexical, k, cmask, fusion
            )
            hits += [
                self.indicator_hit(int(c), float(f), float(d), float(lx), rmask)
                for c, f, d, lx in zip(ranked.rows, ranked.fused, ranked.dense, ranked.lexical, strict=True)
            ]
        if type in ("project", "all"):
            pmask = self.project_mask(filters)
            if filters.by_category:
                rmask = self.row_mask(Filters(level1=filters.level1, level2=filters.level2))
                has = np.zeros(len(self.corpus.projects), dtype=bool)
                has[self.corpus.row_project[rmask]] = True
                pmask = has if pmask is None else pmask & has
            ranked = self.rank(q, qvec, self.project_denses, self.index.project_lexical, k, pmask,
                               fusion)
            hits += [
                self.project_hit(int(p), float(f), float(d), float(lx))
                for p, f, d, lx in zip(ranked.rows, ranked.fused, ranked.dense, ranked.lexical, strict=True)
            ]
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def uses_of(self, concept: int, row_mask: np.ndarray | None = None) -> list[Use]:
        c = self.corpus
        rows = c.concept_rows[concept]
        if row_mask is not None:
            rows = rows[row_mask[rows]]
        uses = []
        for r in rows.tolist():
            p = c.projects[c.row_project[r]]
            uses.append(
                Use(
                    indicator_id=c.row_id(r), project_id=p.id, project=p.name, unit=p.unit,
                    year=p.year, level1=c.level1s[c.row_level1[r]] if c.row_level1[r] >= 0 else None,
                    level2=c.level2s[c.row_level2[r]] if c.row_level2[r] >= 0 else None,
                    target=c.targets[c.row_target[r]] if c.row_target[r] >= 0 else None,
                    actual=c.actuals[c.row_actual[r]] if c.row_actual[r] >= 0 else None,
                    file=p.source_file, line=int(c.row_line[r]) or None,
                )
            )
        uses.sort(key=lambda u: (-(u.year or 0), u.project, u.indicator_id))
        return uses

    def indicator_hit(
        self,
        concept: int,
        score: float,
        dense: float = 0.0,
        lexical: float = 0.0,
        row_mask: np.ndarray | None = None,
    ) -> Hit:
        uses = self.uses_of(concept, row_mask)
        first = uses[0] if uses else None
        targets = Counter(u.target for u in uses if u.target)
        level1 = _most_common([u.level1 for u in uses])
        level2 = _most_common([u.level2 for u in uses if u.level1 == level1])
        return Hit(
            id=self.corpus.concept_id(concept), type="indicator", score=score,
            text=self.corpus.concept_texts[concept],
            project=first.project if first else None,
            project_id=first.project_id if first else None,
            unit=first.unit if first else None, year=first.year if first else None,
            level1=level1, level2=level2,
            target=first.target if first else None, actual=first.actual if first else None,
            count=len(uses),
            targets=sorted(targets.items(), key=lambda kv: (-kv[1], kv[0])),
            uses=uses, dense_score=dense, lexical_score=lexical,
        )

    def project_hit(self, p: int, score: float, dense: float = 0.0, lexical: float = 0.0) -> Hit:
        info = self.corpus.projects[p]
        goal = clean_cell(info.goal or "")
        return Hit(
            id=info.id, type="project", score=score, text=info.name, project=info.name,
            project_id=info.id, unit=info.unit, year=info.year, department=info.department,
            form=info.form, funds_total=info.funds_total,
            goal=goal[:200] + ("…" if len(goal) > 200 else ""),
            indicator_count=int(len(self.corpus.project_rows[p])),
            dense_score=dense, lexical_score=lexical,
        )


def _most_common(values: Sequence[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

