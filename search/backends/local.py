"""The default backend: faiss + BM25 segments kept in the store, searched in-process.

Each write adds a segment directory holding, per collection, the ids of its items, a faiss
index per dense field (``DenseIndex``: exact below ``HNSW_MIN`` vectors, HNSW above; ``sq8``
or ``ivfpq`` on request, with the float vectors beside it) and BM25 postings
(``LexicalSegment``). Deleted items stay in their segment and are masked out (the generation
lists the live ids); BM25 statistics are those of the live items, so scores are what a rebuild
would give. The store merges segments when they get many or
small (see ``jixiao.store.segments``): a merge rewrites the kept items as one segment.

Loaded segments are kept by the backend object across generations (segments never change), so
a server switching to a new generation loads only the new segments.
"""

from __future__ import annotations

import io
from collections.abc import Sequence, Set
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jixiao.files import SealedDir
from jixiao.search.backends import COLLECTIONS, Items, SearchBackend, SearchReader
from jixiao.search.dense import HNSW_MIN, RERANKED, DenseIndex
from jixiao.search.lexical import (
    LexicalSegment,
    SegmentedBM25,
    SegmentedTermStats,
    top_rows,
    unique_ints,
)


def segment_kind(dense_kind: str, n: int, large: int = HNSW_MIN) -> str:
    """The faiss index a segment of ``n`` vectors gets: exact below ``large`` whatever was asked
    (small segments are cheap to scan and exact), else the store's choice (hnsw, sq8, ivfpq)."""
    if dense_kind == "flat" or n < large:
        return "flat"
    return "hnsw" if dense_kind in ("auto", "hnsw") else dense_kind


def _npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return buf.getvalue()


@dataclass
class LoadedSegment:
    name: str
    ids: dict[str, np.ndarray]
    dense: dict[tuple[str, str], DenseIndex]
    lexical: dict[str, LexicalSegment]


class LocalBackend(SearchBackend):
    spec = "local"

    def __init__(self, dense_kind: str = "auto", large: int = HNSW_MIN) -> None:
        """``large``: segments with at least this many vectors get ``dense_kind``'s index."""
        self.dense_kind = dense_kind
        self.large = large
        self._loaded: dict[str, LoadedSegment] = {}

    # ---- writing ----------------------------------------------------------------------------

    def build(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        return self.add(segment_dir, items, dim)

    def add(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        files: list[str] = []
        for collection, fields in COLLECTIONS.items():
            batch = items.get(collection) or Items(np.zeros(0, np.int64),
                                                   {f: np.zeros((0, dim), np.float32) for f in fields}, [])
            files += self._write(segment_dir, collection, batch.ids,
                                 {f: batch.vectors[f] for f in fields},
                                 LexicalSegment.build(batch.texts), dim)
        return files

    def _write(self, directory: Path, collection: str, ids: np.ndarray,
               vectors: dict[str, np.ndarray], lexical: LexicalSegment, dim: int) -> list[str]:
        directory = Path(directory)
        files = [f"{collection}.ids.npy"]
        (directory / files[0]).write_bytes(_npy_bytes(np.asarray(ids, dtype=np.int64)))
        for field, vecs in vectors.items():
            vecs = np.ascontiguousarray(vecs, dtype=np.float32).reshape(-1, dim)
            dense = DenseIndex.build(vecs, segment_kind(self.dense_kind, len(vecs), self.large))
            name = f"{collection}.{field}.faiss"
            (directory / name).write_bytes(dense.to_bytes())
            files.append(name)
            if dense.kind in RERANKED:  # the float vectors for re-ranking, read row by row
                raw = f"{collection}.{field}.f32"
                (directory / raw).write_bytes(vecs.tobytes())
                files.append(raw)
        files += lexical.save(directory, f"{collection}.lex")
        return files

    def remove(self, ids: dict[str, np.ndarray]) -> None:
        """Deletions live in the store's generation (its live ids); nothing to do here."""

    def merge(self, sources: Sequence[SealedDir], keep: dict[str, list[np.ndarray]],
              target_dir: Path, dim: int) -> list[str]:
        loaded = [self._load(src) for src in sources]
        files: list[str] = []
        for collection, fields in COLLECTIONS.items():
            masks = keep[collection]
            ids = np.concatenate([seg.ids[collection][m] for seg, m in zip(loaded, masks, strict=True)]
                                 ) if loaded else np.zeros(0, np.int64)
            vectors = {
                f: np.concatenate([seg.dense[(collection, f)].vectors(np.flatnonzero(m))
                                   for seg, m in zip(loaded, masks, strict=True)])
                if loaded else np.zeros((0, dim), np.float32)
                for f in fields
            }
            lexical = LexicalSegment.merge([(seg.lexical[collection], m)
                                            for seg, m in zip(loaded, masks, strict=True)])
            files += self._write(target_dir, collection, ids, vectors, lexical, dim)
        return files

    # ---- reading ----------------------------------------------------------------------------

    def _load(self, src: SealedDir) -> LoadedSegment:
        seg = self._loaded.get(src.name)
        if seg is not None:
            return seg
        ids, dense, lexical = {}, {}, {}
        for collection, fields in COLLECTIONS.items():
            ids[collection] = np.load(io.BytesIO(src.read(f"{collection}.ids.npy")))
            for field in fields:
                raw = f"{collection}.{field}.f32"
                try:
                    index = DenseIndex.load_mapped(  # sq8, ivfpq: re-ranked from the float rows
                        src.path(f"{collection}.{field}.faiss"),
                        src.path(raw) if src.has(raw) else None)
                except (RuntimeError, ValueError) as exc:  # unparsable after a good checksum
                    raise ValueError(f"{src.directory}/{collection}.{field}.faiss: {exc}") from exc
                dense[(collection, field)] = index
            lexical[collection] = LexicalSegment.from_bytes(
                src.read(f"{collection}.lex.npz"), src.read(f"{collection}.lex.vocab.json"))
        seg = LoadedSegment(src.name, ids, dense, lexical)
        self._loaded[src.name] = seg
        return seg

    def check_ahead(self, segments: Sequence[SealedDir]) -> None:
        for src in segments:
            if src.name not in self._loaded:
                src.check_ahead(  # the large files of a segment (its faiss indexes, postings)
                    paths=[f"{c}.{f}.faiss" for c, fields in COLLECTIONS.items() for f in fields],
                    reads=[f"{c}.lex.npz" for c in COLLECTIONS])

    def open(self, segments: Sequence[SealedDir], live: dict[str, np.ndarray]) -> LocalReader:
        loaded = [self._load(src) for src in segments]
        # Keep only what this generation uses: older generations' readers hold their own refs.
        self._loaded = {seg.name: seg for seg in loaded}
        return LocalReader(loaded, live)


class LocalReader(SearchReader):
    def __init__(self, segments: Sequence[LoadedSegment], live: dict[str, np.ndarray]) -> None:
        self.segments = list(segments)
        self.live = live
        self._parts: dict[str, list[tuple[LoadedSegment, np.ndarray, np.ndarray | None]]] = {}
        self._where: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._lexical: dict[str, SegmentedBM25] = {}
        for collection in COLLECTIONS:
            capacity = len(live[collection])
            seg_of = np.full(capacity, -1, dtype=np.int32)
            local_of = np.full(capacity, -1, dtype=np.int64)
            parts = []
            for si, seg in enumerate(self.segments):
                ids = seg.ids[collection]
                alive = live[collection][ids] if len(ids) else np.zeros(0, bool)
                seg_of[ids[alive]] = si
                local_of[ids[alive]] = np.flatnonzero(alive)
                if alive.any():
                    parts.append((seg, ids, None if alive.all() else alive))
            self._parts[collection] = parts
            self._where[collection] = (seg_of, local_of)
            self._lexical[collection] = SegmentedBM25(
                [(seg.lexical[collection], ids, alive) for seg, ids, alive in parts], capacity)

    # ---- dense --------------------------------------------------------------------------------

    def search_dense(self, collection: str, field: str, query: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        found = []
        for seg, ids, alive in self._parts[collection]:
            mask = alive
            if allowed is not None:
                mask = allowed[ids] if mask is None else (allowed[ids] & mask)
                if not mask.any():
                    continue
            scores, rows = seg.dense[(collection, field)].search(query, k, mask)
            found.append((scores, ids[rows]))
        if not found:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        if len(found) == 1:
            return found[0]
        scores = np.concatenate([s for s, _ in found])
        ids = np.concatenate([i for _, i in found])
        top = top_rows(scores, k)
        return scores[top], ids[top]

    def vectors(self, collection: str, field: str, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        seg_of, local_of = self._where[collection]
        dim = self.describe(collection, field)["dim"]
        out = np.zeros((len(ids), dim), dtype=np.float32)
        where = seg_of[ids]
        for si in unique_ints(where).tolist():
            if si < 0:
                continue
            pick = where == si
            out[pick] = self.segments[si].dense[(collection, field)].vectors(local_of[ids[pick]])
        return out

    def dense_scores(self, collection: str, field: str, query: np.ndarray,
                     ids: np.ndarray) -> np.ndarray:
        q = np.asarray(query, dtype=np.float32).reshape(-1)
        ids = np.asarray(ids, dtype=np.int64)
        seg_of, local_of = self._where[collection]
        where = seg_of[ids]
        segs = unique_ints(where)
        if len(segs) == 1 and segs[0] >= 0:  # the common case, computed as one product
            return self.segments[int(segs[0])].dense[(collection, field)].scores_for(q, local_of[ids])
        out = np.zeros(len(ids), dtype=np.float32)
        for si in segs.tolist():
            if si >= 0:
                pick = where == si
                out[pick] = self.segments[si].dense[(collection, field)].scores_for(
                    q, local_of[ids[pick]])
        return out

    def describe(self, collection: str, field: str) -> dict:
        denses = [seg.dense[(collection, field)] for seg in self.segments]
        kinds = sorted({d.kind for d in denses if d.size}) or ["flat"]
        dim = next((d.dim for d in denses), 0)
        return {"kind": "+".join(kinds), "dim": dim, "segments": len(self._parts[collection]),
                "memory_bytes": sum(d.memory_bytes() for d in denses)}

    # ---- lexical ------------------------------------------------------------------------------

    def lexical_matches(self, collection: str,
                        query: str) -> tuple[np.ndarray, np.ndarray, float] | None:
        return self._lexical[collection].scores_and_max(query)

    def search_lexical(self, collection: str, query: str, k: int,
                       allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        ids, scores, _ = self._lexical[collection].scores_and_max(query)
        if allowed is not None and len(ids):
            keep = allowed[ids]
            ids, scores = ids[keep], scores[keep]
        top = top_rows(scores, k)
        return scores[top], ids[top]

    def lexical_scores(self, collection: str, query: str, ids: np.ndarray) -> np.ndarray:
        found, scores, _ = self._lexical[collection].scores_and_max(query)
        out = np.zeros(len(ids), dtype=np.float32)
        if len(found):
            pos = np.minimum(np.searchsorted(found, ids), len(found) - 1)
            hit = found[pos] == ids
            out[hit] = scores[pos[hit]]
        return out

    def lexical_max(self, collection: str, query: str) -> float:
        return self._lexical[collection].max_score(query)

    def lexical_vocabulary(self, collection: str) -> Set[str]:
        segments = self._lexical[collection].segments
        if len(segments) == 1:  # the terms as they are, not copied (a built or merged store)
            return segments[0][0].vocab.keys()
        return {t for seg, _, _ in segments for t in seg.vocab}

    def term_stats(self, collection: str) -> SegmentedTermStats:
        return self._lexical[collection].term_stats()

    def lexical_memory_bytes(self, collection: str | None = None) -> int:
        return sum(lex.memory_bytes() for name, lex in self._lexical.items()
                   if collection in (None, name))
