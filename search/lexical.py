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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

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
        # Lucene's idf: never negative, so a term in most documents still counts a little.
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        avgdl = float(lengths.mean()) if n_docs and lengths.sum() else 1.0
        norm = K1 * (1 - B + B * lengths[docs_arr] / avgdl)
        weights = (idf[t] * tf * (K1 + 1) / (tf + norm)).astype(np.float32)
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
        if len(rows) * 16 > self.n_docs:
            dense = np.bincount(rows, weights=weights, minlength=self.n_docs)
            hit = np.flatnonzero(dense)
            return hit.astype(np.int64), dense[hit].astype(np.float32)
        uniq, inverse = np.unique(rows, return_inverse=True)
        return uniq.astype(np.int64), np.bincount(inverse, weights=weights).astype(np.float32)

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
        rows, scores = self.scores(query)
        if allowed is not None and len(rows):
            keep = allowed[rows]
            rows, scores = rows[keep], scores[keep]
        if len(rows) > k:
            part = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[part], scores[part]
        order = np.lexsort((rows, -scores))
        return scores[order], rows[order]

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
