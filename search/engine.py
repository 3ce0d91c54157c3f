"""Query engine: search (dense + lexical, fused, grouped by wording), similar, suggest."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.search.concepts import MEASURE_FAMILY, concept_keys_in
from jixiao.search.corpus import DAMAGED_BITS, Corpus, flags_of
from jixiao.search.dense import DenseIndex
from jixiao.search.encoders import Encoder, encode_query, load_encoder
from jixiao.search.fusion import DEFAULT_FUSION, Evidence, FusionConfig, dense_score, fuse_evidence
from jixiao.search.index import DenseView, LexicalView, SearchIndex
from jixiao.search.lexical import BM25Index, union_ints, unique_ints
from jixiao.search.matching import (
    PROJECT_GENERIC,
    LexicalStats,
    TermStats,
    evidence,
    lexical_query,
)
from jixiao.search.query import Filters, check_query
from jixiao.search.results import Hit, Use
from jixiao.search.sound import ReadingCache, SoundIndex
from jixiao.search.understand import QueryPlan, understand
from jixiao.text import clean_cell, compact
from jixiao.vocab import LEVEL2, canonical_level2, label_key

TYPES = ("indicator", "project", "all")
_FAMILY_BIT = {f: 1 << i for i, f in enumerate(sorted(set(MEASURE_FAMILY.values())))}
# Characters' readings, in the cache directory (search/sound.py).
READINGS_FILE = "readings.json"
# Query vectors kept (2 KB each): a query and its concept-expanded form are both embedded.
EMBED_CACHE = 1024


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



def concept_project_pairs(c: Corpus) -> tuple[np.ndarray, np.ndarray]:
    """(concept, project) of each distinct pair of a wording and a project using it, ordered by
    concept, then project."""
    n = max(len(c.projects), 1)
    pairs = unique_ints(c.row_concept.astype(np.int64) * n + c.row_project)
    return pairs // n, pairs % n

class SearchEngine:
    """Answers queries over one loaded ``SearchIndex``."""

    def __init__(self, index: SearchIndex, encoder: Encoder | None = None,
                 cache_dir: Path | None = None) -> None:
        """``cache_dir``: where derived tables that outlive the process may be kept (the
        store's cache; None keeps nothing)."""
        self.index = index
        self._cache_dir = cache_dir
        self.corpus = index.corpus
        self._encoder = encoder
        if encoder is not None and encoder.name != index.encoder_name:
            raise JixiaoError(
                f"this store was built with encoder {index.encoder_name!r}, not {encoder.name!r}"
            )
        self._encoder_lock = threading.RLock()
        self._embed_cached = lru_cache(maxsize=EMBED_CACHE)(self._embed_uncached)
        self._plan_cached = lru_cache(maxsize=EMBED_CACHE)(self._plan_uncached)
        self._unit_key_table: list[list[str]] | None = None  # only a unit filter needs it
        self._level1_keys = [_level1_key(x) for x in self.corpus.level1s]
        self._level2_keys = [_level2_key(x) for x in self.corpus.level2s]
        self._years = np.array([y or 0 for y in self.corpus.project_years()], dtype=np.int32)
        self._lexical_stats: dict[int, TermStats] = {}
        self._level2_cols: tuple[list[str], np.ndarray] | None = None
        self._damaged: np.ndarray | None = None
        self._sound: SoundIndex | None = None
        self._wording_concepts: dict[int, frozenset[str]] = {}
        self._form_vectors: dict[str, np.ndarray] = {}
        self._family_bits: np.ndarray | None = None
        self._specificity: np.ndarray | None = None
        self._centroids: np.ndarray | None = None

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
            vec = np.asarray(encode_query(encoder, text), dtype=np.float32)
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
            ok &= np.array([any(want in u for u in keys) for keys in self._unit_keys()],
                           dtype=bool)
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

    def _unit_keys(self) -> list[list[str]]:
        if self._unit_key_table is None:
            self._unit_key_table = [
                [compact(u).casefold() for u in [p.unit, *p.unit_aliases] if u]
                for p in self.corpus.projects
            ]
        return self._unit_key_table

    def concept_mask(self, row_mask: np.ndarray | None) -> np.ndarray | None:
        if row_mask is None:
            return None
        ok = np.zeros(len(self.corpus.concept_keys), dtype=bool)
        ok[self.corpus.row_concept[row_mask]] = True
        return ok

    # ---- ranking -----------------------------------------------------------------------------

    def lexical_stats(self, lexical: LexicalView | BM25Index) -> TermStats:
        """Idf and document masses of one lexical index, derived on first use (a backend's
        view gives its own: ``LexicalView.term_stats``)."""
        key = id(lexical)
        with self._encoder_lock:
            if key not in self._lexical_stats:
                own = getattr(lexical, "term_stats", None)
                stats = own() if own is not None else LexicalStats.of(lexical)
                if stats is None:  # a remote backend: the very terms it indexed, counted here
                    stats = LexicalStats.of(BM25Index.build(self._lexical_texts(lexical)))
                self._lexical_stats[key] = stats
            return self._lexical_stats[key]

    def _lexical_texts(self, lexical: LexicalView) -> list[str]:
        c = self.corpus
        if lexical is self.index.project_lexical:
            return [c.project_lexical_text(i) for i in range(len(c.projects))]
        return list(c.concept_texts)

    def _level2_columns(self) -> tuple[list[str], np.ndarray]:
        """(canonical 二级指标 labels, the column of each stored level-2 code; the last entry,
        for rows without a level 2, is -1)."""
        if self._level2_cols is None:
            c = self.corpus
            names = sorted({canonical_level2(x) or x for x in c.level2s})
            col = {n: i for i, n in enumerate(names)}
            self._level2_cols = (names, np.array([col[canonical_level2(x) or x]
                                                   for x in c.level2s] + [-1]))
        return self._level2_cols

    def category_share(self, concepts: np.ndarray, level2s: set[str]) -> np.ndarray:
        """Share of each concept's rows filed under any of ``level2s``. Counted over the given
        concepts' rows only: the table for every concept (~15 ms at 100k indicators) would be
        most of a cold query's own work."""
        if not level2s or not len(concepts):
            return np.zeros(len(concepts))
        names, code_col = self._level2_columns()
        cols = [i for i, n in enumerate(names) if n in level2s]
        if not cols:
            return np.zeros(len(concepts))
        c = self.corpus
        groups = [c.concept_rows[int(k)] for k in concepts]
        rows = np.concatenate(groups)
        local = np.repeat(np.arange(len(concepts)), [len(g) for g in groups])
        share = np.zeros((len(concepts), len(names) + 1), dtype=np.float32)
        np.add.at(share, (local, code_col[c.row_level2[rows]]), 1.0)  # -1: the padding column
        share = share[:, :-1] if len(names) else share[:, :0]
        counts = np.bincount(local, minlength=len(concepts)).astype(np.float32)
        share /= np.maximum(counts, 1)[:, None]
        return share[:, cols].sum(axis=1).astype(np.float64)

    def damaged_share(self, concepts: np.ndarray) -> np.ndarray:
        """Share of each concept's rows the reader flagged garbled or a fragment."""
        if self._damaged is None:
            c = self.corpus
            bad = (c.row_flags & DAMAGED_BITS) != 0
            counts = np.bincount(c.row_concept, minlength=len(c.concept_keys))
            hits = np.bincount(c.row_concept, weights=bad, minlength=len(c.concept_keys))
            self._damaged = hits / np.maximum(counts, 1)
        return self._damaged[concepts] if len(concepts) else np.zeros(0)

    @staticmethod
    def dense_text(plan: QueryPlan, cfg: FusionConfig) -> str:
        """What is embedded for meaning: the query folded, abbreviations spelled out."""
        if cfg.expand and plan.meaning:
            return plan.meaning
        return plan.folded if cfg.fold else plan.text

    def _expanded_vector(self, qvec: np.ndarray, forms: Sequence[str]) -> np.ndarray:
        """The query vector moved towards the forms' words for the concepts it names: the query's
        vector plus the mean of the words' vectors, normalised. The words are few (a few
        hundred in the concept table) and embedded once each, so an expanded query costs no
        second encoder run; on the development queries this ranks as well as embedding the
        query and the words together (recall@5 0.696 against 0.689)."""
        with self._encoder_lock:
            missing = [f for f in forms if f not in self._form_vectors]
        for f in missing:
            vec = self.embed(f)
            with self._encoder_lock:
                self._form_vectors[f] = vec
        mean = np.mean([self._form_vectors[f] for f in forms], axis=0)
        out = qvec + mean
        return (out / max(float(np.linalg.norm(out)), 1e-12)).astype(np.float32)

    def wording_concepts(self, concept: int) -> frozenset[str]:
        """Keys of the table's concepts one indicator wording expresses (tagged on first use)."""
        keys = self._wording_concepts.get(concept)
        if keys is None:
            keys = self._wording_concepts[concept] = concept_keys_in(self.corpus.concept_texts[concept])
        return keys

    def _measure_bits(self, concepts: np.ndarray) -> np.ndarray:
        """Bit set of the measure families each wording expresses (tagged on first use)."""
        if self._family_bits is None:
            self._family_bits = np.full(len(self.corpus.concept_keys), -1, dtype=np.int64)
        bits = self._family_bits[concepts]
        for i in np.flatnonzero(bits < 0).tolist():
            c = int(concepts[i])
            b = 0
            for k in self.wording_concepts(c):
                if k in MEASURE_FAMILY:
                    b |= _FAMILY_BIT[MEASURE_FAMILY[k]]
            self._family_bits[c] = bits[i] = b
        return bits

    def measure_agreement(self, concepts: np.ndarray, plan: QueryPlan) -> np.ndarray:
        """+1 a wording expresses a measure of a family the query names, -1 it expresses only
        measures of other families, 0 it expresses none (all 0 when the query names no measure)."""
        wanted = 0
        for m in plan.concepts:
            if m.concept.key in MEASURE_FAMILY:
                wanted |= _FAMILY_BIT[MEASURE_FAMILY[m.concept.key]]
        if not wanted or not len(concepts):
            return np.zeros(len(concepts))
        bits = self._measure_bits(concepts)
        return np.where(bits & wanted, 1.0, np.where(bits != 0, -1.0, 0.0))

    def evidence(
        self,
        query: str | QueryPlan,
        dense: DenseView | DenseIndex | Sequence[DenseView | DenseIndex],
        lexical: LexicalView | BM25Index,
        k: int,
        allowed: np.ndarray | None = None,
        fusion: FusionConfig | None = None,
        concepts: bool = True,
        qvec: np.ndarray | None = None,
    ) -> tuple[np.ndarray, Evidence]:
        """Candidate rows of one document space (concepts or projects) and all their scores.

        Several dense indexes over the same rows (a project's name, and name + goal) count as
        one scorer whose score is the best of theirs.
        """
        cfg = fusion or DEFAULT_FUSION
        plan = query if isinstance(query, QueryPlan) else self.plan(query, cfg)
        depth = max(cfg.depth, k)
        denses = list(dense) if isinstance(dense, list | tuple) else [dense]
        if qvec is None:
            qvec = self.embed(self.dense_text(plan, cfg))
        use_expanded = cfg.expand and cfg.expanded_dense > 0 and bool(plan.dense_forms)
        evec = self._expanded_vector(qvec, plan.dense_forms) if use_expanded else qvec
        vecs = [qvec, evec] if use_expanded else [qvec]
        d_rows = unique_ints(
            np.concatenate([d.search(v, depth, allowed)[1] for d in denses for v in vecs])
        )
        generic = frozenset() if concepts else PROJECT_GENERIC
        lex_text = lexical_query(plan, cfg.expansion_weight, cfg.expand, generic)
        # The lexical side's best candidates within `allowed`, and any row's score on demand.
        lexical_match = lexical.match(lex_text, depth, allowed)
        cand = union_ints(d_rows, lexical_match.top).astype(np.int64)
        project_score = concept_score = None
        if concepts and cfg.context_weight > 0 and cfg.method in ("calibrated", "learned"):
            project_score, extra = self._project_context(plan, cfg, allowed, qvec)
            cand = union_ints(cand, extra).astype(np.int64)
        elif (not concepts and cfg.project_context_weight > 0
              and cfg.method in ("calibrated", "learned")):
            concept_score, extra = self._concept_context(plan, cfg, allowed, qvec)
            cand = union_ints(cand, extra).astype(np.int64)
        n = len(cand)
        dense_s = np.max([d.scores_for(qvec, cand) for d in denses], axis=0) if n else np.zeros(0)
        dense_e = (
            np.max([d.scores_for(evec, cand) for d in denses], axis=0) if use_expanded and n
            else dense_s
        )
        # Raw BM25 is a feature of the other fusion methods only; calibrated fusion does not
        # read it, so it is not gathered (nor its bound computed) for the default.
        raw_bm25 = cfg.method != "calibrated" or (not concepts and cfg.project_bm25_weight > 0)
        bm25 = (lexical_match.scores_for(cand).astype(np.float64) if raw_bm25 and n
                else np.zeros(n, dtype=np.float64))
        lex = evidence(self.lexical_stats(lexical), plan, cand, cfg.expansion_weight,
                       cfg.expand, generic=generic)
        category = (
            self.category_share(cand, plan.level2_hints) if concepts and cfg.expand
            else np.zeros(n)
        )
        damaged = self.damaged_share(cand) if concepts else np.zeros(n)
        measure = self.measure_agreement(cand, plan) if concepts and cfg.expand else np.zeros(n)
        if project_score is not None:
            context = self._context_of(cand, project_score)
        elif concept_score is not None:
            context = concept_score[cand]
        else:
            context = np.zeros(n)
        centroid = None
        if not concepts and cfg.project_centroid_weight > 0 and n:
            centroid = (self.project_centroids()[cand] @ qvec).astype(np.float64)
        return cand, Evidence(
            centroid=centroid,
            dense=dense_s.astype(np.float64), dense_expanded=dense_e.astype(np.float64),
            coverage=lex.coverage, precision=lex.precision, bm25=bm25,
            bm25_max=lexical_match.max_score if raw_bm25 else 0.0, category=category,
            damaged=damaged.astype(np.float64), context=context, measure=measure,
        )

    def project_centroids(self) -> np.ndarray:
        """Each project's indicator profile as one vector: the mean of its wordings' vectors,
        each weighted by its specificity (a wording most projects carry says little), normalised;
        derived on first use from the stored wording vectors."""
        with self._encoder_lock:
            if self._centroids is None:
                c = self.corpus
                vecs = self.index.concept_dense.all_vectors()
                n = len(c.projects)
                concepts, projects = concept_project_pairs(c)
                w = self.specificity(concepts)
                order = np.argsort(projects, kind="stable")
                concepts, projects, w = concepts[order], projects[order], w[order]
                out = np.zeros((n, vecs.shape[1]), dtype=np.float32)
                if len(projects):
                    starts = np.r_[0, np.flatnonzero(np.diff(projects)) + 1]
                    out[projects[starts]] = np.add.reduceat(
                        vecs[concepts] * w[:, None].astype(np.float32), starts, axis=0)
                norm = np.linalg.norm(out, axis=1, keepdims=True)
                self._centroids = (out / np.where(norm > 0, norm, 1.0)).astype(np.float32)
            return self._centroids

    def _project_context(
        self, plan: QueryPlan, cfg: FusionConfig, allowed: np.ndarray | None, qvec: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(each project's score above the context floor, the wordings of the best projects)."""
        c = self.corpus
        # No recursion back into wordings. Only the few best projects matter, so few candidates,
        # and the names alone with the query as typed: on the development queries this costs
        # 0.008 recall@5 against names + goals with the expanded query too, and saves three of
        # the four project vector searches (about a third of the query time at 100k).
        flat = replace(cfg, project_context_weight=0.0, depth=cfg.context_depth,
                       expanded_dense=0.0, project_bm25_weight=0.0, project_centroid_weight=0.0)
        cand, ev = self.evidence(plan, self.index.project_name_dense, self.index.project_lexical,
                                 cfg.context_projects, None, flat, concepts=False, qvec=qvec)
        score = np.zeros(len(c.projects))
        if len(cand):
            fused = fuse_evidence(ev, flat, projects=True)
            score[cand] = np.maximum(fused - cfg.context_floor, 0)
            if cfg.context_temperature > 0:
                # Projects well below the best match lend their wordings little: a topic query
                # (「住院医师规范化培训」) wants that project's indicators, not a namesake's.
                score[cand] *= np.exp((fused - fused.max()) / cfg.context_temperature)
        best = [int(p) for p in _top(score, cfg.context_projects) if score[p] > 0]
        extra = (
            unique_ints(c.row_concept[np.concatenate([c.project_rows[p] for p in best])])
            if best else np.zeros(0, dtype=np.int64)
        )
        if allowed is not None and len(extra):
            extra = extra[allowed[extra]]
        return score, extra

    def _concept_context(
        self, plan: QueryPlan, cfg: FusionConfig, allowed: np.ndarray | None, qvec: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(each project's indicator profile score, the projects it reaches).

        A project's profile is the mean of its ``project_context_top`` best wording scores above
        the floor (fewer wordings count as zeros): a project with several wordings about the
        query does what the query asks even when its name and goal say little
        (「辅助业务管理与支持」 with 鉴定案例数, 学术讲座举办数, 医疗教育培训数). A wording most
        projects carry (费用执行情况, 服务对象满意度) says little about what any of them does, so
        each wording counts by its specificity (``specificity``).
        """
        c = self.corpus
        flat = replace(cfg, context_weight=0.0)  # no recursion back into projects
        cand, ev = self.evidence(plan, self.index.concept_dense, self.index.concept_lexical,
                                 cfg.context_projects, None, flat, concepts=True, qvec=qvec)
        per_project = np.zeros(len(c.projects))
        if len(cand):
            over = np.maximum(fuse_evidence(ev, flat) - cfg.project_context_floor, 0)
            if cfg.project_context_specific:
                over *= self.specificity(cand)
            hit = np.flatnonzero(over > 0)
            if len(hit):
                rows = [c.concept_rows[int(cand[i])] for i in hit]
                projects = np.concatenate([c.row_project[r] for r in rows])
                values = np.repeat(over[hit], [len(r) for r in rows])
                # Each (project, wording) pair once, best values first within each project.
                order = np.lexsort((-values, projects))
                projects, values = projects[order], values[order]
                starts = np.r_[0, np.flatnonzero(np.diff(projects)) + 1]
                rank = np.arange(len(projects)) - np.repeat(starts, np.diff(np.r_[starts, len(projects)]))
                keep = rank < cfg.project_context_top
                np.add.at(per_project, projects[keep], values[keep])
                per_project /= cfg.project_context_top
        extra = np.flatnonzero(per_project > 0)
        if allowed is not None and len(extra):
            extra = extra[allowed[extra]]
        return per_project, extra

    def specificity(self, concepts: np.ndarray) -> np.ndarray:
        """How specific each wording is to the projects using it, in (0, 1]: 1 for a wording one
        project uses, falling with the log of the number of projects (idf over projects, as the
        related-projects overlap weighs shared wordings)."""
        if self._specificity is None:
            c = self.corpus
            n = max(len(c.projects), 1)
            df = np.bincount(concept_project_pairs(c)[0],
                             minlength=len(c.concept_keys)).astype(np.float64)
            top = np.log((n + 1) / 1.5)
            self._specificity = np.clip(np.log((n + 1) / (df + 0.5)) / top, 0.0, 1.0) if top > 0 \
                else np.ones(len(c.concept_keys))
        return self._specificity[concepts]

    def _context_of(self, concepts: np.ndarray, project_score: np.ndarray) -> np.ndarray:
        """Each concept's best score among the projects using it (only scored projects count)."""
        c = self.corpus
        out = np.zeros(len(concepts))
        scored = np.flatnonzero(project_score > 0)
        if not len(scored):
            return out
        rows = np.concatenate([c.project_rows[p] for p in scored.tolist()])
        used = c.row_concept[rows]
        best = np.zeros(len(c.concept_keys))
        np.maximum.at(best, used, project_score[c.row_project[rows]])
        return best[concepts]

    def plan(self, query: str, fusion: FusionConfig | None = None) -> QueryPlan:
        """What the query asks (``search.understand``), typing slips fixed when ``cfg.correct``."""
        cfg = fusion or DEFAULT_FUSION
        return self._plan_cached(query, cfg.fold, cfg.correct)

    def _plan_uncached(self, query: str, fold: bool, correct: bool) -> QueryPlan:
        return understand(query, fold_text=fold, sound=self.sound_index() if correct else None)

    def sound_index(self) -> SoundIndex:
        """Characters of both lexical vocabularies by pinyin, built on first use."""
        with self._encoder_lock:
            if self._sound is None:
                readings = ReadingCache(self._cache_dir / READINGS_FILE if self._cache_dir
                                        else None)
                self._sound = SoundIndex(readings=readings, vocabularies=[
                    self._vocabulary(self.index.concept_lexical),
                    self._vocabulary(self.index.project_lexical)])
            return self._sound

    def _vocabulary(self, lexical: LexicalView) -> Iterable[str]:
        """Every term of a lexical index; for a backend that keeps its postings elsewhere, the
        terms the engine counted itself (``lexical_stats``), so typing slips are corrected
        against the same words whatever the backend."""
        words = _vocabulary(lexical)
        if isinstance(lexical, LexicalView) and lexical.reader.term_stats(lexical.collection) is None:
            return getattr(self.lexical_stats(lexical), "vocab", words)
        return words

    def rank(
        self,
        query: str | QueryPlan,
        dense: DenseView | DenseIndex | Sequence[DenseView | DenseIndex],
        lexical: LexicalView | BM25Index,
        k: int,
        allowed: np.ndarray | None = None,
        fusion: FusionConfig | None = None,
        concepts: bool = True,
        qvec: np.ndarray | None = None,
    ) -> Ranked:
        """Fused ranking of one document space, best first."""
        cfg = fusion or DEFAULT_FUSION
        cand, ev = self.evidence(query, dense, lexical, k, allowed, cfg, concepts, qvec)
        if not len(cand):
            empty = np.zeros(0)
            return Ranked(cand, empty, empty, empty)
        fused = fuse_evidence(ev, cfg, projects=not concepts)
        order = _top(fused, k)
        return Ranked(cand[order], fused[order], dense_score(ev, cfg)[order], ev.coverage[order])

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
        plan = self.plan(q, fusion)
        hits: list[Hit] = []
        if type in ("indicator", "all"):
            rmask = self.row_mask(filters)
            cmask = self.concept_mask(rmask)
            ranked = self.rank(
                plan, self.index.concept_dense, self.index.concept_lexical, k, cmask, fusion
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
            ranked = self.rank(plan, self.project_denses, self.index.project_lexical, k, pmask,
                               fusion, concepts=False)
            hits += [
                self.project_hit(int(p), float(f), float(d), float(lx))
                for p, f, d, lx in zip(ranked.rows, ranked.fused, ranked.dense, ranked.lexical, strict=True)
            ]
        if type == "all":
            # Wordings and projects are scored on different scales (context and name boosts):
            # in mixed results a hit's score is relative to the best hit of its kind (best = 1).
            best = {t: max((h.score for h in hits if h.type == t), default=1.0) for t in TYPES}
            for h in hits:
                h.score = h.score / best[h.type] if best[h.type] > 0 else 0.0
            if plan.asks_project:
                # 「有没有…的项目」 wants projects: they come first, then the wordings.
                hits.sort(key=lambda h: (h.type != "project", -h.score))
                return hits[:k]
        hits.sort(key=lambda h: (-h.score, h.type))
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
                    flags=flags_of(int(c.row_flags[r])),
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
        flag_counts = Counter(f for u in uses for f in u.flags)
        flags = sorted(f for f, n in flag_counts.items() if 2 * n >= len(uses))
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
            uses=uses, dense_score=dense, lexical_score=lexical, flags=flags,
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


def _vocabulary(lexical: LexicalView | BM25Index) -> Iterable[str]:
    """Every term a lexical index knows (a backend that cannot list them: none)."""
    own = getattr(lexical, "vocabulary", None)
    return own() if own is not None else lexical.vocab
