"""Chinese-aware lexical scoring: BM25 over character n-grams, numpy only.

Chinese has no spaces and indicator wordings are short (4–15 characters), so a text's terms are
its CJK character unigrams and bigrams plus its Latin/digit words. Unigrams let 「满意吗」 meet
「满意度」; bigrams reward the right order. The postings are a CSC-like layout (``indptr`` over
terms, ``rows`` and precomputed BM25 ``weights``), so a query is a few slices and one
``bincount`` — no Python loop over documents.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.text import normalize_width

K1 = 1.2
B = 0.75

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9]+(?:\.[0-9]+)?")


def normalize_query(text: str) -> str:
    """What lexical matching sees: width-folded, lower-case, no whitespace."""
    return re.sub(r"\s+", "", normalize_width(text)).lower()


def tokenize(text: str, ngrams: tuple[int, ...] = (1, 2)) -> list[str]:
    """CJK character n-grams (within runs of Chinese) plus whole Latin/digit words."""
    out: list[str] = []
    for run in _RUN.findall(normalize_query(text)):
        if run[0].isascii():
            out.append(run)
            continue
        for n in ngrams:
            out.extend(run[i : i + n] for i in range(len(run) - n + 1))
    return out


def bm25_idf(n_docs: int, df: np.ndarray | float) -> np.ndarray:
    """Lucene's idf: never negative, so a term in most documents still counts a little."""
    return np.asarray(np.log1p((n_docs - np.asarray(df, dtype=np.float64) + 0.5)
                               / (np.asarray(df, dtype=np.float64) + 0.5)), dtype=np.float32)


def unique_ints(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of an integer array (sorted, distinct), without what ``np.unique`` does
    first: ask ``np.ma`` whether the array is masked, which imports numpy.ma (~20 ms of every
    cold start) the first time."""
    values = np.sort(np.asarray(values).ravel())
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def union_ints(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.union1d`` of two integer arrays (``unique_ints`` of both)."""
    return unique_ints(np.concatenate([np.asarray(a).ravel(), np.asarray(b).ravel()]))


def sorted_member(posting: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """For each of ``candidates``, whether it is in the ascending array ``posting``."""
    if not len(posting) or not len(candidates):
        return np.zeros(len(candidates), dtype=bool)
    pos = np.minimum(np.searchsorted(posting, candidates), len(posting) - 1)
    return posting[pos] == candidates


def top_of(rows: np.ndarray, scores: np.ndarray, k: int, allowed: np.ndarray | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """The best ``k`` of matching ``rows`` (only where ``allowed``) as (scores, rows), best
    first, ties by row."""
    if allowed is not None and len(rows):
        keep = allowed[rows]
        rows, scores = rows[keep], scores[keep]
    if len(rows) > k:
        part = np.argpartition(-scores, k - 1)[:k]
        rows, scores = rows[part], scores[part]
    order = np.lexsort((rows, -scores))
    return scores[order], rows[order]


def average_length(lengths: np.ndarray) -> float:
    return float(lengths.mean()) if len(lengths) and lengths.sum() else 1.0


def bm25_weights(idf: np.ndarray, tf: np.ndarray, lengths: np.ndarray, avgdl: float) -> np.ndarray:
    """BM25 weight of postings (float32 throughout, so every index computes the same bits)."""
    norm = K1 * (1 - B + B * lengths / avgdl)
    return (idf * tf * (K1 + 1) / (tf + norm)).astype(np.float32)


def _sum_by_doc(rows: np.ndarray, weights: np.ndarray, n_docs: int, minlength: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """(rows, summed weights) of every document with a posting, rows ascending."""
    if len(rows) * 16 > n_docs:
        dense = np.bincount(rows, weights=weights, minlength=minlength)
        hit = np.flatnonzero(dense)
        return hit.astype(np.int64), dense[hit].astype(np.float32)
    uniq, inverse = np.unique(rows, return_inverse=True)
    return uniq.astype(np.int64), np.bincount(inverse, weights=weights).astype(np.float32)


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` largest scores, best first (ties: lower position first)."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


@dataclass
class LexicalMatch:
    """What fusion needs from the lexical side for one query: the best candidates (rows, within
    the allowed ones), the score of any row, and the query's score bound (``max_score``,
    computed when first asked: the default fusion never reads it)."""

    top: np.ndarray
    _bound: float | Callable[[], float]
    _rows: np.ndarray
    _scores: np.ndarray

    @property
    def max_score(self) -> float:
        if callable(self._bound):
            self._bound = float(self._bound())
        return self._bound

    def scores_for(self, rows: np.ndarray) -> np.ndarray:
        out = np.zeros(len(rows), dtype=np.float32)
        if len(self._rows) and len(rows):
            pos = np.minimum(np.searchsorted(self._rows, rows), len(self._rows) - 1)
            found = self._rows[pos] == rows
            out[found] = self._scores[pos[found]]
        return out

    @classmethod
    def of(cls, rows: np.ndarray, scores: np.ndarray, depth: int, allowed: np.ndarray | None,
           max_score: float | Callable[[], float]) -> LexicalMatch:
        """From every matching row (ascending) and its score."""
        if allowed is not None and len(rows):
            keep = allowed[rows]
            rows, scores = rows[keep], scores[keep]
        top = rows[top_rows(scores, depth)] if len(rows) else rows
        return cls(top, max_score, rows, scores)


@dataclass
class BM25Index:
    """BM25 postings for documents 0..n-1."""

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, len(vocab)+1
    rows: np.ndarray  # int32 document of each posting
    weights: np.ndarray  # float32 BM25 weight of each posting (idf × saturated tf)
    n_docs: int
    ngrams: tuple[int, ...] = (1, 2)

    @classmethod
    def build(cls, texts: Sequence[str], ngrams: tuple[int, ...] = (1, 2)) -> BM25Index:
        return cls.from_tokens((tokenize(t, ngrams) for t in texts), len(texts), ngrams)

    @classmethod
    def from_tokens(
        cls, docs: Iterable[list[str]], n_docs: int, ngrams: tuple[int, ...] = (1, 2)
    ) -> BM25Index:
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        tfs: list[int] = []
        doc_of: list[int] = []
        lengths = np.zeros(n_docs, dtype=np.float32)
        for d, tokens in enumerate(docs):
            lengths[d] = len(tokens)
            for term, tf in Counter(tokens).items():
                tid = vocab.setdefault(term, len(vocab))
                term_ids.append(tid)
                tfs.append(tf)
                doc_of.append(d)
        t = np.asarray(term_ids, dtype=np.int64)
        tf = np.asarray(tfs, dtype=np.float32)
        docs_arr = np.asarray(doc_of, dtype=np.int32)
        order = np.argsort(t, kind="stable")
        t, tf, docs_arr = t[order], tf[order], docs_arr[order]
        df = np.bincount(t, minlength=len(vocab)).astype(np.float64)
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        idf = bm25_idf(n_docs, df)
        avgdl = average_length(lengths)
        weights = bm25_weights(idf[t], tf, lengths[docs_arr], avgdl)
        return cls(vocab, indptr, docs_arr, weights, n_docs, tuple(ngrams))

    def scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of every document sharing a term with the query, unordered."""
        spans = []
        for term, qtf in Counter(tokenize(query, self.ngrams)).items():
            tid = self.vocab.get(term)
            if tid is not None:
                spans.append((self.indptr[tid], self.indptr[tid + 1], qtf))
        if not spans:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        rows = np.concatenate([self.rows[a:b] for a, b, _ in spans])
        weights = np.concatenate([self.weights[a:b] * q for a, b, q in spans])
        return _sum_by_doc(rows, weights, self.n_docs, self.n_docs)

    def match(self, query: str, depth: int, allowed: np.ndarray | None = None) -> LexicalMatch:
        rows, scores = self.scores(query)
        return LexicalMatch.of(rows, scores, depth, allowed, lambda: self.max_score(query))

    def max_score(self, query: str) -> float:
        """An upper bound of any document's score: each query term's best posting weight, summed.

        Fusion divides by it so BM25 lands on a fixed 0–1 scale whatever the query.
        """
        total = 0.0
        for term, qtf in Counter(tokenize(query, self.ngrams)).items():
            tid = self.vocab.get(term)
            if tid is not None:
                a, b = self.indptr[tid], self.indptr[tid + 1]
                total += qtf * float(self.weights[a:b].max()) if b > a else 0.0
        return total

    def top(
        self, query: str, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` (scores, rows), best first, optionally only rows where ``allowed``."""
        return top_of(*self.scores(query), k, allowed)

    def memory_bytes(self) -> int:
        return self.indptr.nbytes + self.rows.nbytes + self.weights.nbytes

    def save(self, path: Path) -> None:
        tmp = Path(str(path) + ".tmp.npz")
        np.savez(
            tmp, indptr=self.indptr, rows=self.rows, weights=self.weights,
            n_docs=np.int64(self.n_docs), ngrams=np.asarray(self.ngrams, dtype=np.int64),
        )
        os.replace(tmp, path)
        vtmp = Path(str(path) + ".vocab.tmp")
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        vtmp.write_text(json.dumps(terms, ensure_ascii=False), "utf-8")
        os.replace(vtmp, Path(str(path) + ".vocab.json"))

    @classmethod
    def load(cls, path: Path) -> BM25Index:
        with np.load(path) as z:
            terms = json.loads(Path(str(path) + ".vocab.json").read_text("utf-8"))
            return cls(
                vocab={t: i for i, t in enumerate(terms)},
                indptr=z["indptr"], rows=z["rows"], weights=z["weights"],
                n_docs=int(z["n_docs"]), ngrams=tuple(int(n) for n in z["ngrams"]),
            )


# ---------------------------------------------------------------------------- segments


@dataclass
class LexicalSegment:
    """Postings of one index segment, documents 0..n-1: term frequencies and document lengths,
    not weights, because BM25 weights depend on statistics of the whole live collection
    (documents, their average length, each term's document frequency) which every addition or
    deletion changes. ``SegmentedBM25`` computes them per query."""

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, len(vocab)+1
    docs: np.ndarray  # int32 document of each posting
    tf: np.ndarray  # float32 term frequency of each posting
    lengths: np.ndarray  # float32 tokens per document
    ngrams: tuple[int, ...] = (1, 2)
    # float32 per document: idf summed over its distinct terms, by this segment's own statistics
    # (saved with it, so a store of one segment with nothing deleted need not derive it: see
    # ``SegmentedTermStats.doc_mass``). None: not saved (segments written before it).
    mass: np.ndarray | None = None

    @property
    def n_docs(self) -> int:
        return len(self.lengths)

    def own_mass(self) -> np.ndarray:
        """Each document's idf mass when this segment is the whole, fully live, collection."""
        return idf_mass(self, np.diff(self.indptr), max(self.n_docs, 1)).astype(np.float32)

    @classmethod
    def build(cls, texts: Sequence[str], ngrams: tuple[int, ...] = (1, 2)) -> LexicalSegment:
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        tfs: list[int] = []
        doc_of: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for d, text in enumerate(texts):
            tokens = tokenize(text, ngrams)
            lengths[d] = len(tokens)
            for term, tf in Counter(tokens).items():
                term_ids.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
                doc_of.append(d)
        return cls._sorted(vocab, np.asarray(term_ids, dtype=np.int64),
                           np.asarray(doc_of, dtype=np.int32), np.asarray(tfs, dtype=np.float32),
                           lengths, tuple(ngrams))

    @classmethod
    def _sorted(cls, vocab: dict[str, int], terms: np.ndarray, docs: np.ndarray, tf: np.ndarray,
                lengths: np.ndarray, ngrams: tuple[int, ...]) -> LexicalSegment:
        order = np.lexsort((docs, terms))
        terms, docs, tf = terms[order], docs[order], tf[order]
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(vocab)), out=indptr[1:])
        return cls(vocab, indptr, docs.astype(np.int32), tf.astype(np.float32), lengths, ngrams)

    @classmethod
    def merge(cls, segments: Sequence[tuple[LexicalSegment, np.ndarray]]) -> LexicalSegment:
        """One segment of the kept documents (boolean mask each) of ``segments``, in order."""
        vocab: dict[str, int] = {}
        terms, docs, tfs, lengths = [], [], [], []
        offset = 0
        for seg, keep in segments:
            new_doc = np.full(seg.n_docs, -1, dtype=np.int64)
            new_doc[keep] = offset + np.arange(int(keep.sum()))
            offset += int(keep.sum())
            lengths.append(seg.lengths[keep])
            words = sorted(seg.vocab, key=seg.vocab.__getitem__)
            remap = np.asarray([vocab.setdefault(w, len(vocab)) for w in words], dtype=np.int64)
            term_of = np.repeat(np.arange(len(words)), np.diff(seg.indptr))
            live = keep[seg.docs]
            terms.append(remap[term_of[live]])
            docs.append(new_doc[seg.docs[live]])
            tfs.append(seg.tf[live])
        ngrams = segments[0][0].ngrams if segments else (1, 2)

        def cat(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)

        return cls._sorted(vocab, cat(terms, np.int64), cat(docs, np.int32),
                           cat(tfs, np.float32), cat(lengths, np.float32), ngrams)

    def memory_bytes(self) -> int:
        return self.indptr.nbytes + self.docs.nbytes + self.tf.nbytes + self.lengths.nbytes

    def save(self, directory: Path, stem: str) -> list[str]:
        with open(Path(directory) / f"{stem}.npz", "wb") as fh:
            np.savez(fh, indptr=self.indptr, docs=self.docs, tf=self.tf, lengths=self.lengths,
                     ngrams=np.asarray(self.ngrams, dtype=np.int64), mass=self.own_mass())
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        (Path(directory) / f"{stem}.vocab.json").write_text(
            json.dumps(terms, ensure_ascii=False), "utf-8")
        return [f"{stem}.npz", f"{stem}.vocab.json"]

    @classmethod
    def from_bytes(cls, npz: bytes, vocab_json: bytes) -> LexicalSegment:
        """A saved segment (its arrays are read-only views of ``npz``)."""
        import orjson

        from jixiao.files import npz_arrays

        z = npz_arrays(npz)
        terms = orjson.loads(vocab_json)
        return cls(vocab={t: i for i, t in enumerate(terms)}, indptr=z["indptr"],
                   docs=z["docs"], tf=z["tf"], lengths=z["lengths"],
                   ngrams=tuple(int(n) for n in z["ngrams"]), mass=z.get("mass"))


class SegmentedBM25:
    """BM25 over the live documents of several segments, documents named by global ids.

    For one segment with nothing deleted the scores are bit for bit those of ``BM25Index``.
    """

    def __init__(self, segments: Sequence[tuple[LexicalSegment, np.ndarray, np.ndarray | None]],
                 capacity: int) -> None:
        # (segment, global id of each document, live mask or None when all live)
        self.segments = list(segments)
        self.capacity = capacity
        live_lengths = [seg.lengths if live is None else seg.lengths[live]
                        for seg, _, live in self.segments]
        lengths = np.concatenate(live_lengths) if live_lengths else np.zeros(0, np.float32)
        self.n_docs = len(lengths)
        self.avgdl = average_length(lengths)
        self.ngrams = self.segments[0][0].ngrams if self.segments else (1, 2)

    def _postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(global ids, weights) of the live postings of ``term``."""
        found_ids, found_tf, found_len = [], [], []
        for seg, gids, live in self.segments:
            tid = seg.vocab.get(term)
            if tid is None:
                continue
            a, b = seg.indptr[tid], seg.indptr[tid + 1]
            docs = seg.docs[a:b]
            tf = seg.tf[a:b]
            if live is not None:
                keep = live[docs]
                docs, tf = docs[keep], tf[keep]
            found_ids.append(gids[docs])
            found_tf.append(tf)
            found_len.append(seg.lengths[docs])
        if not found_ids:
            return None
        ids_ = np.concatenate(found_ids)
        if not len(ids_):
            return None
        tf = np.concatenate(found_tf)
        weights = bm25_weights(bm25_idf(self.n_docs, float(len(ids_))), tf,
                               np.concatenate(found_len), self.avgdl)
        return ids_, weights

    def _query(self, query: str) -> list[tuple[np.ndarray, np.ndarray, int]]:
        out = []
        for term, qtf in Counter(tokenize(query, self.ngrams)).items():
            found = self._postings(term)
            if found is not None:
                out.append((*found, qtf))
        return out

    def scores_and_max(self, query: str) -> tuple[np.ndarray, np.ndarray, float]:
        """(ids ascending, scores) of every live document sharing a term with the query, and
        the query's score bound (each term's best weight, summed: see ``BM25Index.max_score``)."""
        spans = self._query(query)
        if not spans:
            return np.zeros(0, np.int64), np.zeros(0, np.float32), 0.0
        ids_ = np.concatenate([i for i, _, _ in spans])
        weights = np.concatenate([w * q for _, w, q in spans])
        bound = 0.0
        for _, w, q in spans:
            bound += q * float(w.max())
        return (*_sum_by_doc(ids_, weights, self.n_docs, self.capacity), bound)

    def scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        ids_, scores, _ = self.scores_and_max(query)
        return ids_, scores

    def max_score(self, query: str) -> float:
        return self.scores_and_max(query)[2]

    def memory_bytes(self) -> int:
        return sum(seg.memory_bytes() for seg, _, _ in self.segments)

    def term_stats(self) -> SegmentedTermStats:
        """Idf, term membership and document masses over the live documents (for
        search/matching.py), by global id."""
        return SegmentedTermStats(self)


# Terms whose live postings a SegmentedTermStats keeps sorted between queries.
TERM_CACHE = 4096


class SegmentedTermStats:
    """``matching.TermStats`` of a ``SegmentedBM25``: what ``LexicalStats`` derives from one
    index, over the live documents of all segments (equal to it for one segment, none deleted)."""

    def __init__(self, index: SegmentedBM25) -> None:
        self.index = index
        self.ngrams = index.ngrams
        n = max(index.n_docs, 1)
        self.unseen_idf = float(np.log1p((n + 0.5) / 0.5))
        self._n = n
        self._postings: dict[str, np.ndarray] = {}
        self._mass: np.ndarray | None = None

    def _live_ids(self, term: str) -> np.ndarray:
        found = self._postings.get(term)
        if found is None:
            parts = []
            for seg, gids, live in self.index.segments:
                tid = seg.vocab.get(term)
                if tid is None:
                    continue
                docs = seg.docs[seg.indptr[tid]: seg.indptr[tid + 1]]
                if live is not None:
                    docs = docs[live[docs]]
                parts.append(gids[docs])
            found = np.sort(np.concatenate(parts)) if parts else np.zeros(0, np.int64)
            if len(self._postings) >= TERM_CACHE:
                self._postings.pop(next(iter(self._postings)))
            self._postings[term] = found
        return found

    def idf(self, term: str) -> float | None:
        df = len(self._live_ids(term))
        if not df:
            return None
        return float(np.log1p((self._n - df + 0.5) / (df + 0.5)).astype(np.float32))

    def presence(self, term: str, candidates: np.ndarray) -> np.ndarray:
        return sorted_member(self._live_ids(term), np.asarray(candidates, dtype=np.int64))

    def doc_mass(self, candidates: np.ndarray) -> np.ndarray:
        if self._mass is None:
            self._mass = self._masses()
        return self._mass[np.asarray(candidates, dtype=np.int64)].astype(np.float64)

    def _masses(self) -> np.ndarray:
        segs = self.index.segments
        mass = np.zeros(self.index.capacity, dtype=np.float32)
        if len(segs) == 1 and segs[0][2] is None and segs[0][0].mass is not None:
            seg, gids, _ = segs[0]  # the whole collection, as the segment saved it
            if len(seg.mass) == seg.n_docs:
                mass[gids] = seg.mass
                return mass
        for (seg, gids, live), counts in zip(segs, self._live_df(), strict=True):
            local = idf_mass(seg, counts, self._n)
            keep = np.ones(seg.n_docs, bool) if live is None else live
            mass[gids[keep]] = local[keep]
        return mass

    def _live_df(self) -> list[np.ndarray]:
        """Per segment, each of its terms' document frequency over the live documents of all
        segments. Terms are matched by dict look-ups over the small segments' vocabularies only
        (the largest segment's terms are the table the others' are added into)."""
        segs = self.index.segments
        own = []
        for seg, _, live in segs:
            if live is None:
                own.append(np.diff(seg.indptr))
            else:
                alive = np.concatenate([[0], np.cumsum(live[seg.docs], dtype=np.int64)])
                own.append(alive[seg.indptr[1:]] - alive[seg.indptr[:-1]])
        if len(segs) < 2:
            return own
        big = max(range(len(segs)), key=lambda i: len(segs[i][0].vocab))
        base = segs[big][0].vocab
        extra: dict[str, int] = {}
        where: dict[int, np.ndarray] = {}
        for i, (seg, _, _) in enumerate(segs):
            if i == big:
                continue
            at = np.empty(len(seg.vocab), dtype=np.int64)
            for term, tid in seg.vocab.items():
                g = base.get(term)
                at[tid] = g if g is not None else extra.setdefault(term, len(base) + len(extra))
            where[i] = at
        total = np.concatenate([own[big].astype(np.int64), np.zeros(len(extra), np.int64)])
        for i, at in where.items():
            np.add.at(total, at, own[i])
        return [total[:len(base)] if i == big else total[where[i]] for i in range(len(segs))]


def idf_mass(seg: LexicalSegment, df: np.ndarray, n: int) -> np.ndarray:
    """Per document of ``seg``, the idf (from document frequencies ``df`` of its terms among
    ``n`` documents) summed over its distinct terms (float64)."""
    idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
    return np.bincount(seg.docs, weights=np.repeat(idf, np.diff(seg.indptr)),
                       minlength=seg.n_docs)
