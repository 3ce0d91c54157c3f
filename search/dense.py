"""Dense vector index with faiss: exact inner product when small, HNSW when large.

Vectors are L2-normalised, so inner product is cosine similarity.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

# Below this many vectors an exact IndexFlatIP search is fast enough and exact; above it HNSW.
# Measured with bench/search_speed.py (docs/search.md): a flat query over 512-d vectors costs
# about 1 ms per 6k vectors on this box, so 50k vectors ≈ 8 ms — the point where the
# approximate index starts paying for its build time and small recall loss.
HNSW_MIN = 50_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 64
HNSW_EF_SEARCH = 128
# A filter that leaves at most this many candidates is searched exactly over just those.
EXACT_SUBSET_MAX = 20_000


def _threads() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass
class DenseIndex:
    """A faiss index over rows 0..n-1 plus the parameters it was built with."""

    index: faiss.Index
    kind: str  # "flat" | "hnsw"

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @property
    def dim(self) -> int:
        return int(self.index.d)

    @classmethod
    def build(cls, vectors: np.ndarray, kind: str = "auto") -> DenseIndex:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        if kind == "auto":
            kind = "hnsw" if n >= HNSW_MIN else "flat"
        faiss.omp_set_num_threads(_threads())
        if kind == "flat":
            index: faiss.Index = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown dense index kind {kind!r}")
        if n:
            index.add(vectors)
        return cls(index=index, kind=kind)

    def save(self, path: Path) -> None:
        tmp = Path(str(path) + ".tmp")
        faiss.write_index(self.index, str(tmp))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        index = faiss.read_index(str(path))
        kind = "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"
        if kind == "hnsw":
            index.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index=index, kind=kind)

    def memory_bytes(self) -> int:
        """Approximate resident size: vectors plus (for HNSW) the neighbour lists."""
        n, d = self.size, self.dim
        if self.kind == "hnsw":
            links = faiss.vector_to_array(self.index.hnsw.neighbors).nbytes
            return n * d * 4 + links
        return n * d * 4

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` rows for one query vector: (scores, rows), best first.

        ``allowed`` is an optional boolean mask over rows; only those rows are returned.
        """
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        if allowed is not None:
            rows = np.flatnonzero(allowed)
            if len(rows) == 0:
                return np.zeros(0, np.float32), np.zeros(0, np.int64)
            if self.kind == "flat":
                scores = self.all_vectors() @ q[0]
                scores[~allowed] = -np.inf
                top = _top(scores, min(k, len(rows)))
                return scores[top], top.astype(np.int64)
            if len(rows) <= EXACT_SUBSET_MAX:
                scores = self.vectors(rows) @ q[0]
                top = _top(scores, k)
                return scores[top], rows[top]
            bits = np.packbits(allowed.astype(bool), bitorder="little")
            sel = faiss.IDSelectorBitmap(self.size, faiss.swig_ptr(bits))
            params = (
                faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, k))
                if self.kind == "hnsw"
                else faiss.SearchParameters(sel=sel)
            )
            dist, ids = self.index.search(q, k, params=params)
        else:
            if self.kind == "hnsw" and k > self.index.hnsw.efSearch:
                params = faiss.SearchParametersHNSW(efSearch=k)
                dist, ids = self.index.search(q, k, params=params)
            else:
                dist, ids = self.index.search(q, k)
        keep = ids[0] >= 0
        return dist[0][keep], ids[0][keep].astype(np.int64)

    def all_vectors(self) -> np.ndarray:
        """A read-only view of every stored vector (no copy; lives as long as the index)."""
        if self.size == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        storage = (
            faiss.downcast_index(self.index.storage) if self.kind == "hnsw" else self.index
        )
        flat = faiss.rev_swig_ptr(storage.get_xb(), self.size * self.dim)
        view = flat.reshape(self.size, self.dim)
        view.flags.writeable = False
        return view

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        """Stored vectors of ``rows`` (exact: both kinds keep full float32 vectors)."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.all_vectors()[rows]

    def scores_for(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query to each of ``rows``."""
        return self.vectors(rows) @ np.asarray(query, dtype=np.float32).reshape(-1)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest scores, best first."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
