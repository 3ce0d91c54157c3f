"""How well a query's words match a document: calibrated lexical evidence for fusion.

BM25 divided by the best possible score says how a document compares with others, not how much
of the query it contains: a query whose one shared character is 率 still gets a "best" hit. For
fusion we want an absolute measure, so for each candidate document this module computes

- ``coverage``: the idf-weighted share of the query's terms the document contains, where a
  phrase the concept table knows (「老百姓知不知道」 → 知晓率) is also covered, at a discount, by
  any of the forms' words for it; query terms found in no document count fully in the
  denominator, so a query sharing only chance characters has low coverage everywhere;
- ``precision``: the idf-weighted share of the document's terms that the query (or its
  expansion) accounts for, so a short exact wording beats a long one that merely contains it.

Both are in [0, 1] whatever the query. Only candidate documents are scored: each query term's
postings are sorted by document, so membership is a binary search per term. The numbers come
from a ``TermStats``: ``LexicalStats`` for one in-memory BM25 index, the search backends' own
for a store's segments (search/backends/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from jixiao.search.lexical import BM25Index, sorted_member, tokenize
from jixiao.search.understand import QueryPlan

# Characters that frame a question (有没有, 多少, 的) share with many wordings by chance; alone
# (as unigrams) they count this much of a content character.
STOP_CHARS = frozenset("的了吗呢吧啊呀么是有没不无多少几个一这那哪些啥谁怎何我们你他她它和与及或在对把被给让要会能可以就都也还又很太最好得地着过般样请问情况")
STOP_WEIGHT = 0.2
# Words nearly every project name carries (「…专项经费」「…工作经费」): in a project query they say
# only that a project is wanted, so they count as little as question characters.
PROJECT_GENERIC = frozenset({"经费", "资金", "专项", "项目", "工作", "年度", "费用"})


class TermStats(Protocol):
    """What lexical evidence needs of an index: term idfs, which documents hold a term, and
    each document's own idf mass (documents as the caller addresses them)."""

    ngrams: tuple[int, ...]
    unseen_idf: float  # idf of a term no document contains

    def idf(self, term: str) -> float | None:
        """The term's idf, None when no document holds it."""
        ...

    def presence(self, term: str, candidates: np.ndarray) -> np.ndarray:
        """For each candidate (ascending), whether it holds the term."""
        ...

    def doc_mass(self, candidates: np.ndarray) -> np.ndarray:
        """For each candidate, idf summed over its distinct terms."""
        ...


@dataclass
class LexicalStats:
    """Per-index numbers derived once from the postings of one ``BM25Index`` (never stored)."""

    idf_of: np.ndarray  # float32 per term
    mass: np.ndarray  # float32 per document: idf summed over its distinct terms
    unseen_idf: float
    # Each term's posting rows in ascending order (the postings' own rows when they already are).
    sorted_rows: np.ndarray
    vocab: dict[str, int]
    indptr: np.ndarray
    ngrams: tuple[int, ...]

    def idf(self, term: str) -> float | None:
        tid = self.vocab.get(term)
        return None if tid is None else float(self.idf_of[tid])

    def presence(self, term: str, candidates: np.ndarray) -> np.ndarray:
        tid = self.vocab.get(term)
        if tid is None or not len(candidates):
            return np.zeros(len(candidates), dtype=bool)
        posting = self.sorted_rows[int(self.indptr[tid]): int(self.indptr[tid + 1])]
        return sorted_member(posting, candidates)

    def doc_mass(self, candidates: np.ndarray) -> np.ndarray:
        return self.mass[candidates].astype(np.float64)

    @classmethod
    def of(cls, index: BM25Index) -> LexicalStats:
        n = max(index.n_docs, 1)
        df = np.diff(index.indptr).astype(np.float64)
        idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        term_of_posting = np.repeat(np.arange(len(df), dtype=np.int32), np.diff(index.indptr))
        mass = np.bincount(index.rows, weights=idf[term_of_posting], minlength=index.n_docs)
        rows = index.rows
        step = np.diff(rows.astype(np.int64))
        starts = np.zeros(len(rows), dtype=bool)
        starts[index.indptr[:-1][index.indptr[:-1] < len(rows)]] = True
        if len(rows) > 1 and np.any((step < 0) & ~starts[1:]):
            rows = rows[np.lexsort((rows, term_of_posting))]
        return cls(idf, mass.astype(np.float32), float(np.log1p((n + 0.5) / 0.5)), rows,
                   index.vocab, index.indptr, tuple(index.ngrams))



@dataclass
class _Slots:
    """The query's terms, each with the idf mass it adds to one slot of the coverage sum."""

    terms: list[str] = field(default_factory=list)
    # (slot, term position, weight) triples
    entries: list[tuple[int, int, float]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def term(self, t: str) -> int:
        if t not in self.terms:
            self.terms.append(t)
        return self.terms.index(t)

    def slot(self, name: str) -> int:
        self.names.append(name)
        return len(self.names) - 1


def _weight(term: str, generic: frozenset[str] = frozenset()) -> float:
    return STOP_WEIGHT if term in generic or all(ch in STOP_CHARS for ch in term) else 1.0


@dataclass
class LexicalEvidence:
    coverage: np.ndarray  # per candidate, [0, 1]
    precision: np.ndarray  # per candidate, [0, 1]

    @property
    def best_coverage(self) -> float:
        return float(self.coverage.max()) if len(self.coverage) else 0.0


def lexical_query(plan: QueryPlan, expansion_weight: float, expand: bool = True,
                  generic: frozenset[str] = frozenset()) -> str:
    """The text the candidate-generating BM25 pass scores: the core, plus the forms' words of
    the concepts it names (not of those named only by a word in ``generic``)."""
    if not expand or expansion_weight <= 0:
        return plan.core
    if not any(m.trigger in generic for m in plan.concepts):
        return plan.expanded
    extra: list[str] = []
    for m in plan.concepts:
        if m.trigger in generic:
            continue
        extra += [w for w in m.concept.formal if w not in plan.core and w not in extra]
    return f"{plan.core} {' '.join(extra)}" if extra else plan.core


def evidence(
    stats: TermStats,
    plan: QueryPlan,
    candidates: np.ndarray,
    expansion_weight: float,
    expand: bool = True,
    generic: frozenset[str] = frozenset(),
) -> LexicalEvidence:
    """Coverage and precision of each candidate document (``candidates`` sorted ascending);
    query terms in ``generic`` weigh as little as question characters."""
    ngrams = stats.ngrams
    s = _Slots()
    core_terms = tokenize(plan.core, ngrams)
    triggers: list[tuple[int, set[str], list[list[str]]]] = []
    in_trigger: set[str] = set()
    if expand and expansion_weight > 0:
        for m in plan.concepts:
            if m.trigger in generic:
                # 「人员培训经费项目」: 经费 says only that a project is wanted, not that it is
                # about costs; its forms' words (费用, 支出) would match every budget line.
                continue
            trig = set(tokenize(m.trigger, ngrams)) & set(core_terms)
            forms = [tokenize(f, ngrams) for f in m.concept.formal]
            forms = [f for f in forms if f]
            if not (trig and forms):
                continue
            # A phrase several concepts list (检修: repair and maintenance) is covered by the
            # forms' words of any of them: one slot for the phrase, all their forms.
            shared = next((t for t in triggers if t[1] == trig), None)
            if shared is not None:
                shared[2].extend(f for f in forms if f not in shared[2])
                continue
            triggers.append((s.slot(m.concept.key), trig, forms))
            in_trigger |= trig
    plain = s.slot("typed")
    query_mass = 0.0
    seen: set[str] = set()
    trigger_mass: dict[int, float] = {}
    for t in core_terms:
        if t in seen:
            continue
        seen.add(t)
        w = _weight(t, generic)
        idf = stats.idf(t)
        idf = stats.unseen_idf if idf is None else idf
        query_mass += w * idf
        slot = next((sl for sl, trig, _ in triggers if t in trig), plain)
        if slot != plain:
            trigger_mass[slot] = trigger_mass.get(slot, 0.0) + w * idf
        s.entries.append((slot, s.term(t), w * idf))
    # Formal words: one slot each, normalised to a share of that word's own mass.
    form_slots: list[tuple[int, int, float]] = []  # (concept slot, form slot, form mass)
    for cslot, _, forms in triggers:
        for f in forms:
            fslot = s.slot(f"form:{cslot}")
            mass = 0.0
            for t in dict.fromkeys(f):
                idf = stats.idf(t)
                idf = stats.unseen_idf if idf is None else idf
                s.entries.append((fslot, s.term(t), idf))
                mass += idf
            form_slots.append((cslot, fslot, mass))

    n_c = len(candidates)
    present = np.zeros((len(s.terms), n_c), dtype=bool)
    term_idf = np.zeros(len(s.terms), dtype=np.float64)
    for i, t in enumerate(s.terms):
        idf = stats.idf(t)
        if idf is None or not n_c:
            continue
        term_idf[i] = idf
        present[i] = stats.presence(t, candidates)
    weights = np.zeros((len(s.names), len(s.terms)), dtype=np.float64)
    for slot, ti, w in s.entries:
        weights[slot, ti] += w
    mass = weights @ present  # (slots, candidates): matched idf mass per slot

    covered = mass[plain].copy()
    for cslot, _, _ in triggers:
        best_form = np.zeros(n_c)
        for c2, fslot, fmass in form_slots:
            if c2 == cslot and fmass > 0:
                best_form = np.maximum(best_form, mass[fslot] / fmass)
        covered += np.maximum(mass[cslot], expansion_weight * trigger_mass.get(cslot, 0.0) * best_form)
    coverage = covered / query_mass if query_mass > 0 else np.zeros(n_c)
    # Document side: the share of its own idf mass that query or expansion terms account for.
    doc_matched = term_idf @ present
    doc_mass = stats.doc_mass(candidates) if n_c else np.zeros(0)
    precision = np.divide(doc_matched, doc_mass, out=np.zeros(n_c), where=doc_mass > 0)
    return LexicalEvidence(np.clip(coverage, 0.0, 1.0), np.clip(precision, 0.0, 1.0))
