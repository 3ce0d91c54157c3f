"""Dense vector index with faiss: exact inner product when small, HNSW when large.

Vectors are L2-normalised, so inner product is cosine similarity.

Kinds: ``flat`` (exact), ``hnsw`` (HNSW graph over float32 vectors), ``sq8`` (HNSW over 8-bit
scalar-quantised codes, a quarter of the memory) and ``ivfpq`` (inverted lists of product-
quantised codes, 1/32 of the memory and no graph). The two compressed kinds re-rank their top
candidates exactly with the float32 vectors, which stay in a file on disk: ``FloatRows`` reads
just the candidates' rows.
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
# sq8: candidates taken from the quantised index per result, re-ranked with float vectors.
# Measured with bench/search_speed.py --dense sq8 (docs/scale.md).
SQ8_RERANK = 4
SQ8_MIN_CANDIDATES = 100
# ivfpq: about sqrt(n) lists, of which a share IVF_PROBE_SHARE (at least IVF_MIN_PROBE) are
# scanned; codes of dim / PQ_DIMS bytes; the best max(k * IVFPQ_RERANK, IVFPQ_MIN_CANDIDATES) by
# code distance are re-ranked in float. At 100k wordings (316 lists) recall@10 against exact
# search was 0.934 scanning 32 lists, 0.975 scanning 64; the re-rank depth hardly mattered
# (docs/scale.md). Recall is bounded by the lists scanned, hence a share of them.
IVF_PROBE_SHARE = 0.2
IVF_MIN_PROBE = 32
PQ_DIMS = 8  # dimensions per one-byte sub-quantiser code
IVFPQ_RERANK = 20
IVFPQ_MIN_CANDIDATES = 200
IVF_TRAIN_PER_LIST = 64  # training sample: this many vectors per list (faiss caps at 256)
KINDS = ("auto", "flat", "hnsw", "sq8", "ivfpq")
RERANKED = ("sq8", "ivfpq")  # kinds whose scores come from the float rows


def ivf_lists(n: int) -> int:
    return int(min(65_536, max(16, round(np.sqrt(max(n, 1))))))


def ivf_probes(nlist: int) -> int:
    return int(min(nlist, max(IVF_MIN_PROBE, np.ceil(nlist * IVF_PROBE_SHARE))))


# FloatRows: a request for at least this share of the rows is read as one sequential pass.
BULK_SHARE = 8


class FloatRows:
    """Float32 vectors kept in a raw file (row-major, ``dim`` floats a row), read row by row.

    Rows are read with ``pread`` into fresh arrays rather than through a memory map: this
    kernel maps the page cache's large folios whole on a fault (measured: 100 random rows of a
    memory-mapped 1.6 GB file made 150 MB resident, ``MADV_RANDOM`` or not), so a re-rank
    touching a few hundred rows per query made the whole file resident within 20 queries. With
    ``pread`` the process holds only the rows it asked for; the kernel's page cache keeps the
    hot ones without charging them to the process, and drops them under memory pressure.
    """

    def __init__(self, path: Path, n: int, dim: int) -> None:
        self.path, self.n, self.dim = Path(path), int(n), int(dim)
        self._fh = open(self.path, "rb")  # noqa: SIM115 - lives as long as the index
        size = os.fstat(self._fh.fileno()).st_size
        if size != self.n * self.dim * 4:
            self._fh.close()
            raise ValueError(f"{self.path}: {size} bytes, expected {self.n} rows of {self.dim} floats")

    def rows(self, rows: np.ndarray) -> np.ndarray:
        """The vectors of ``rows`` (any order, repeats allowed), as a new array."""
        rows = np.asarray(rows, dtype=np.int64).reshape(-1)
        out = np.empty((len(rows), self.dim), dtype=np.float32)
        if not len(rows):
            return out
        if rows.min() < 0 or rows.max() >= self.n:
            raise IndexError(f"row out of range 0..{self.n - 1}")
        if len(rows) * BULK_SHARE >= self.n:
            out[:] = self.all()[rows]
            return out
        fd, width = self._fh.fileno(), self.dim * 4
        order = np.argsort(rows, kind="stable")
        sorted_rows = rows[order]
        # Runs of consecutive rows are read with one call each.
        breaks = np.flatnonzero(np.diff(sorted_rows) != 1) + 1
        got = np.empty_like(out)
        for run in np.split(np.arange(len(rows)), breaks):
            first, count = int(sorted_rows[run[0]]), len(run)
            view = memoryview(got[run[0]:run[0] + count]).cast("B")
            done = os.preadv(fd, [view], first * width)
            if done != count * width:
                raise OSError(f"{self.path}: short read at row {first}")
        out[order] = got
        return out

    def all(self) -> np.ndarray:
        """Every vector, memory-mapped read-only (bulk work: merges, exact scans)."""
        if not self.n:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.memmap(self.path, dtype=np.float32, mode="r", shape=(self.n, self.dim))


def _threads() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass
class DenseIndex:
    """A faiss index over rows 0..n-1 plus the parameters it was built with."""

    index: faiss.Index
    kind: str  # "flat" | "hnsw" | "sq8" | "ivfpq"
    floats: np.ndarray | FloatRows | None = None  # sq8, ivfpq: float32 vectors (on disk once saved)

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
        elif kind == "sq8":
            index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M,
                                      faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
            if n:
                index.train(vectors)
        elif kind == "ivfpq":
            m = dim // PQ_DIMS if dim % PQ_DIMS == 0 else dim // 4
            index = faiss.index_factory(dim, f"IVF{ivf_lists(n)},PQ{m}x8",
                                        faiss.METRIC_INNER_PRODUCT)
            if n:
                sample = ivf_lists(n) * IVF_TRAIN_PER_LIST
                rows = np.random.default_rng(0).choice(n, sample, replace=False) \
                    if n > sample else np.arange(n)
                index.train(vectors[np.sort(rows)])
        else:
            raise ValueError(f"unknown dense index kind {kind!r}")
        if n:
            index.add(vectors)
        return cls(index=index, kind=kind, floats=vectors if kind in RERANKED else None)

    def save(self, path: Path) -> None:
        tmp = Path(str(path) + ".tmp")
        faiss.write_index(self.index, str(tmp))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        return cls._wrap(faiss.read_index(str(path)))

    def to_bytes(self) -> bytes:
        return faiss.serialize_index(self.index).tobytes()

    @classmethod
    def load_mapped(cls, path: Path, floats_file: Path | None = None) -> DenseIndex:
        """Open a saved index memory-mapped (its vectors are not copied: a large index opens in
        milliseconds and its pages are shared by every process that opens it); an sq8 or ivfpq
        index re-ranks from the raw float32 rows in ``floats_file``."""
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)
        floats = FloatRows(floats_file, index.ntotal, index.d) if floats_file is not None else None
        return cls._wrap(index, floats)

    @classmethod
    def from_bytes(cls, data: bytes, floats: np.ndarray | FloatRows | None = None) -> DenseIndex:
        return cls._wrap(faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8)), floats)

    @classmethod
    def _wrap(cls, index: faiss.Index, floats: np.ndarray | FloatRows | None = None) -> DenseIndex:
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = HNSW_EF_SEARCH
            kind = "sq8" if isinstance(index, faiss.IndexHNSWSQ) else "hnsw"
        elif isinstance(index, faiss.IndexIVFPQ):
            kind = "ivfpq"
        else:
            kind = "flat"
        if kind in RERANKED and floats is None:
            raise ValueError(f"an {kind} index needs its float vectors")
        return cls(index=index, kind=kind, floats=floats)

    def memory_bytes(self) -> int:
        """Approximate resident size: vectors plus (for HNSW) the neighbour lists."""
        n, d = self.size, self.dim
        if self.kind == "hnsw":
            links = self.index.hnsw.neighbors.size() * 4  # int32 neighbour ids (no copy)
            return n * d * 4 + links
        if self.kind == "sq8":
            links = self.index.hnsw.neighbors.size() * 4
            return n * d + links  # codes; the float vectors stay on disk
        if self.kind == "ivfpq":
            ivf = faiss.extract_index_ivf(self.index)
            return n * (ivf.code_size + 8) + ivf.nlist * d * 4  # codes, ids, centroids
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
        if self.kind in RERANKED:
            return self._search_reranked(q, k, allowed)
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

    def _search_reranked(self, q: np.ndarray, k: int, allowed: np.ndarray | None
                         ) -> tuple[np.ndarray, np.ndarray]:
        """sq8 / ivfpq: candidates by code distance, re-ranked exactly in float32."""
        if allowed is not None:
            rows = np.flatnonzero(allowed)
            if len(rows) == 0:
                return np.zeros(0, np.float32), np.zeros(0, np.int64)
            if len(rows) <= EXACT_SUBSET_MAX:
                scores = self.vectors(rows) @ q[0]
                top = _top(scores, k)
                return scores[top].astype(np.float32), rows[top]
        if self.kind == "sq8":
            depth = min(self.size, max(k * SQ8_RERANK, SQ8_MIN_CANDIDATES))
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, depth))
        else:
            depth = min(self.size, max(k * IVFPQ_RERANK, IVFPQ_MIN_CANDIDATES))
            params = faiss.SearchParametersIVF(
                nprobe=ivf_probes(faiss.extract_index_ivf(self.index).nlist))
        if allowed is not None:
            bits = np.packbits(allowed.astype(bool), bitorder="little")
            params.sel = faiss.IDSelectorBitmap(self.size, faiss.swig_ptr(bits))
        _, ids = self.index.search(q, depth, params=params)
        cand = np.sort(ids[0][ids[0] >= 0])
        scores = self.vectors(cand) @ q[0]
        top = _top(scores, min(k, len(cand)))
        return scores[top].astype(np.float32), cand[top].astype(np.int64)

    def all_vectors(self) -> np.ndarray:
        """A read-only view of every stored vector (no copy; lives as long as the index)."""
        if self.size == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        if isinstance(self.floats, FloatRows):
            return self.floats.all()
        if self.floats is not None:
            return self.floats
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
        if isinstance(self.floats, FloatRows):
            return self.floats.rows(rows)
        return np.asarray(self.all_vectors()[rows])

    def scores_for(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query to each of ``rows``."""
        return self.vectors(rows) @ np.asarray(query, dtype=np.float32).reshape(-1)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest scores, best first."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
