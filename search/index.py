"""Everything search needs, over any backend: the corpus and views the engine queries, the
incremental writer that turns added and removed projects into a new segment, and a standalone
index directory for benchmarks.

The engine sees ``SearchIndex``: the ``Corpus`` columns (rows 0..n-1 over live items) and, per
collection, a ``DenseView`` and a ``LexicalView`` that translate rows to backend ids (slots)
and back. Embeddings come from the embedding cache, so a rebuild or an incremental add only
embeds texts the cache has never seen.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

from jixiao.errors import JixiaoError
from jixiao.files import SealedDir, seal
from jixiao.kg.records import Project
from jixiao.search.backends import Items, SearchBackend, SearchReader, open_backend
from jixiao.search.cache import EmbeddingCache
from jixiao.search.corpus import (
    Corpus,
    CorpusPart,
    OrgTable,
    StatedProjects,
    display_wording,
    indicator_rows,
    orgs_from_graph,
    part_of_projects,
    project_dense_text,
    project_lexical_text,
    stated_project,
)
from jixiao.search.encoders import Encoder, canonical_name, load_encoder
from jixiao.search.fusion import DEFAULT_FUSION, FusionConfig
from jixiao.search.lexical import LexicalMatch, top_of, top_rows

INDEX_FORMAT = 2
META = "meta.json"
SEGMENT = "segment"

Progress = Callable[[str, int, int], None]


@dataclass
class BuildStats:
    texts: int = 0  # distinct texts needing a vector
    embedded: int = 0  # of which actually sent to the encoder (cache misses)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"texts": self.texts, "embedded": self.embedded, "seconds": self.seconds}


# ------------------------------------------------------------------------------------ views


class DenseView:
    """One dense field of a collection, addressed by corpus rows (what the engine uses)."""

    def __init__(self, reader: SearchReader, collection: str, field: str, slots: np.ndarray,
                 capacity: int) -> None:
        self.reader, self.collection, self.field = reader, collection, field
        self.slots = slots
        self.capacity = capacity
        self.dense_of = np.full(capacity, -1, dtype=np.int64)
        self.dense_of[slots] = np.arange(len(slots))
        self._info = reader.describe(collection, field)

    @property
    def size(self) -> int:
        return len(self.slots)

    @property
    def dim(self) -> int:
        return int(self._info["dim"])

    @property
    def kind(self) -> str:
        return str(self._info["kind"])

    def memory_bytes(self) -> int:
        return int(self._info["memory_bytes"])

    def id_mask(self, allowed: np.ndarray | None) -> np.ndarray | None:
        if allowed is None:
            return None
        mask = np.zeros(self.capacity, dtype=bool)
        mask[self.slots[allowed]] = True
        return mask

    def rows_of(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows, keep): corpus rows of backend ids, dropping ids this generation does not hold."""
        ids = np.asarray(ids, dtype=np.int64)
        inside = (ids >= 0) & (ids < self.capacity)
        rows = np.full(len(ids), -1, dtype=np.int64)
        rows[inside] = self.dense_of[ids[inside]]
        keep = rows >= 0
        return rows[keep], keep

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` rows for one query vector: (scores, rows), best first; only ``allowed``
        rows (boolean mask over rows) when given."""
        k = min(k, self.size)
        if k <= 0 or (allowed is not None and not allowed.any()):
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        scores, ids = self.reader.search_dense(self.collection, self.field, query, k,
                                               self.id_mask(allowed))
        rows, keep = self.rows_of(ids)
        return scores[keep], rows

    def scores_for(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query to each of ``rows``."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return np.zeros(0, np.float32)
        return self.reader.dense_scores(self.collection, self.field, query, self.slots[rows])

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.reader.vectors(self.collection, self.field, self.slots[rows])

    def all_vectors(self) -> np.ndarray:
        return self.vectors(np.arange(self.size))


@dataclass
class RemoteLexicalMatch:
    """``LexicalMatch`` for a backend that cannot list every match: candidates come from its
    BM25 search, other rows' scores are asked for when fusion needs them."""

    top: np.ndarray
    max_score: float
    view: LexicalView
    query: str
    _known: dict[int, float]

    def scores_for(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.int64)
        missing = np.asarray([r for r in rows.tolist() if r not in self._known], dtype=np.int64)
        if len(missing):
            got = self.view.reader.lexical_scores(self.view.collection, self.query,
                                                  self.view.slots[missing])
            self._known.update(zip(missing.tolist(), got.tolist(), strict=True))
        return np.asarray([self._known[r] for r in rows.tolist()], dtype=np.float32)


class RowTermStats:
    """A backend's ``TermStats`` (by id) addressed by corpus rows."""

    def __init__(self, by_id: Any, slots: np.ndarray) -> None:
        self._by_id, self._slots = by_id, slots
        self.ngrams = by_id.ngrams
        self.unseen_idf = by_id.unseen_idf

    def idf(self, term: str) -> float | None:
        return self._by_id.idf(term)

    def presence(self, term: str, candidates: np.ndarray) -> np.ndarray:
        return self._by_id.presence(term, self._slots[candidates])

    def doc_mass(self, candidates: np.ndarray) -> np.ndarray:
        return self._by_id.doc_mass(self._slots[candidates])


class LexicalView:
    """BM25 over a collection, addressed by corpus rows."""

    def __init__(self, reader: SearchReader, collection: str, dense: DenseView) -> None:
        self.reader, self.collection = reader, collection
        self.slots, self.capacity = dense.slots, dense.capacity
        self._dense = dense
        self.ngrams = (1, 2)

    @property
    def n_docs(self) -> int:
        return len(self.slots)

    def memory_bytes(self) -> int:
        return self.reader.lexical_memory_bytes(self.collection)

    def vocabulary(self) -> Iterable[str]:
        """Every term of the collection (empty when the backend cannot list them)."""
        return self.reader.lexical_vocabulary(self.collection)

    def term_stats(self) -> RowTermStats | None:
        """The backend's term statistics, addressed by corpus rows (None: not in process)."""
        by_id = self.reader.term_stats(self.collection)
        return RowTermStats(by_id, self.slots) if by_id is not None else None

    def _all(self, query: str) -> tuple[np.ndarray, np.ndarray, float] | None:
        found = self.reader.lexical_matches(self.collection, query)
        if found is None:
            return None
        ids, scores, bound = found
        rows, keep = self._dense.rows_of(ids)
        scores = scores[keep]
        order = np.argsort(rows, kind="stable")
        return rows[order], scores[order], bound

    def match(self, query: str, depth: int, allowed: np.ndarray | None = None
              ) -> LexicalMatch | RemoteLexicalMatch:
        found = self._all(query)
        if found is not None:
            rows, scores, bound = found
            return LexicalMatch.of(rows, scores, depth, allowed, bound)
        if allowed is not None and not allowed.any():
            top = np.zeros(0, np.int64)
            known: dict[int, float] = {}
        else:
            scores, ids = self.reader.search_lexical(self.collection, query, depth,
                                                     self._dense.id_mask(allowed))
            top, keep = self._dense.rows_of(ids)
            known = dict(zip(top.tolist(), scores[keep].tolist(), strict=True))
        return RemoteLexicalMatch(top, self.reader.lexical_max(self.collection, query), self,
                                  query, known)

    def scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """(rows ascending, scores) of the matching rows (a remote backend: its best 1000)."""
        found = self._all(query)
        if found is not None:
            return found[0], found[1]
        scores, ids = self.reader.search_lexical(self.collection, query, 1000)
        rows, keep = self._dense.rows_of(ids)
        order = np.argsort(rows)
        return rows[order], scores[keep][order]

    def top(self, query: str, k: int, allowed: np.ndarray | None = None
            ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` (scores, rows), best first."""
        return top_of(*self.scores(query), k, allowed)

    def max_score(self, query: str) -> float:
        return self.reader.lexical_max(self.collection, query)


@dataclass
class SearchIndex:
    directory: Path
    meta: dict
    corpus: Corpus
    concept_dense: DenseView
    project_dense: DenseView
    concept_lexical: LexicalView
    project_lexical: LexicalView
    project_name_dense: DenseView
    reader: SearchReader | None = None

    @property
    def encoder_name(self) -> str:
        return self.meta["encoder"]

    @property
    def fusion(self) -> FusionConfig:
        return FusionConfig(**self.meta.get("fusion", {}))

    def memory_bytes(self) -> int:
        lexical = self.reader.lexical_memory_bytes() if self.reader is not None else 0
        return (self.concept_dense.memory_bytes() + self.project_dense.memory_bytes()
                + self.project_name_dense.memory_bytes() + lexical)


def open_index(
    directory: Path,
    meta: dict,
    parts: Sequence[CorpusPart],
    segments: Sequence[SealedDir],
    live_projects: np.ndarray,
    live_concepts: np.ndarray,
    orgs: OrgTable,
    document_rank: Mapping[str, int],
    backend: SearchBackend,
) -> SearchIndex:
    """The engine's view of one generation."""
    corpus = Corpus.assemble(parts, live_projects, live_concepts, orgs, document_rank)
    reader = backend.open(segments, {"concepts": live_concepts, "projects": live_projects})
    concept_dense = DenseView(reader, "concepts", "vector", corpus.concept_slot, len(live_concepts))
    project_dense = DenseView(reader, "projects", "vector", corpus.project_slot, len(live_projects))
    name_dense = DenseView(reader, "projects", "name_vector", corpus.project_slot,
                           len(live_projects))
    meta = {**meta, "counts": counts_of(corpus),
            "dense": {"concepts": concept_dense.kind, "projects": project_dense.kind}}
    return SearchIndex(
        Path(directory), meta, corpus, concept_dense, project_dense,
        LexicalView(reader, "concepts", concept_dense), LexicalView(reader, "projects", project_dense),
        name_dense, reader,
    )


def counts_of(corpus: Corpus) -> dict[str, int]:
    return {"projects": len(corpus.projects), "concepts": len(corpus.concept_keys),
            "indicators": int(len(corpus.row_concept))}


def load_part(src: SealedDir) -> CorpusPart:
    try:
        tables = CorpusPart.TABLES if src.has(CorpusPart.TABLES) else CorpusPart.LEGACY_TABLES
        return CorpusPart.from_bytes(src.read("corpus.npz"), src.read(tables))
    except JixiaoError:
        raise
    except Exception as exc:  # noqa: BLE001 - a part that passed its checksum but cannot be read
        raise JixiaoError(f"{src.directory} is damaged ({type(exc).__name__}: {exc}): "
                          f"{src.repair}") from exc


# ------------------------------------------------------------------------------------ writing


@dataclass
class AddedProject:
    """A project a write adds, with what the store decided about it."""

    project: Project
    pid: str
    base_id: str  # the id without an ordinal (kg.ids.project_id)
    document: str
    position: int  # within its document, in reading order
    slot: int


@dataclass
class IndexDelta:
    """What one write changes in the search index."""

    part: CorpusPart
    files: list[str]
    removed_concepts: np.ndarray  # slots
    next_concept: int
    stats: BuildStats


def _row_order(rank: int, position: int, offset: int) -> tuple[int, int, int]:
    return (rank, position, offset)


def index_changes(
    current: Corpus | None,
    removed_projects: np.ndarray,
    added: Sequence[AddedProject],
    document_rank: Mapping[str, int],
    next_concept: int,
    encoder: Encoder,
    cache: EmbeddingCache,
    backend: SearchBackend,
    segment_dir: Path,
    progress: Progress | None = None,
    rebuild: bool = False,
) -> IndexDelta:
    """Add ``added`` and remove the projects ``removed_projects`` (slots) from the index whose
    live corpus is ``current``: a concept whose rows change gets the wording most of its rows
    now print (a new item when that changes), a concept left without rows is removed; only new
    texts are embedded. Writes the segment's files into ``segment_dir``."""
    stats = BuildStats()
    t0 = time.perf_counter()
    removed_projects = np.asarray(removed_projects, dtype=np.int64)
    added_rows = [indicator_rows(a.project, a.pid) for a in added]

    # Concepts whose rows change, and what each now shows.
    affected: dict[str, tuple[Counter[str], dict[str, tuple]]] = {}
    for a, rows in zip(added, added_rows, strict=True):
        rank = document_rank[a.document]
        for offset, (key, wording, _, _) in enumerate(rows):
            counts, first = affected.setdefault(key, (Counter(), {}))
            counts[wording] += 1
            order = _row_order(rank, a.position, offset)
            if wording not in first or order < first[wording]:
                first[wording] = order
    removed_concepts: list[int] = []
    key_slot: dict[str, int] = {}
    if current is not None and len(current.concept_keys):
        gone_p = np.isin(current.project_slot, removed_projects)
        gone_rows = gone_p[current.row_project]
        keys_touched = set(affected)
        keys_touched.update(current.concept_keys[c] for c in
                            np.unique(current.row_concept[gone_rows]).tolist())
        stated = StatedProjects.of(current.stated)
        # From the stated column, not the projects: making 8k ProjectInfos costs ~0.1 s.
        files = (stated.column("source_file") if len(stated) == len(current.projects)
                 else [p.source_file for p in current.projects])
        prank = np.asarray([document_rank.get(f or "", -1) for f in files], dtype=np.int64)
        first_row = current.project_rows.firsts()
        for key in keys_touched:
            c = current.concept_of_key(key)
            if c is None:
                continue
            key_slot[key] = int(current.concept_slot[c])
            rows = current.concept_rows[c]
            rows = rows[~gone_rows[rows]]
            counts, first = affected.setdefault(key, (Counter(), {}))
            if not len(rows):
                continue
            proj = current.row_project[rows]
            order = np.lexsort((rows - first_row[proj], current.project_position[proj], prank[proj]))
            codes = current.row_wording[rows][order]
            uniq, first_at, n = np.unique(codes, return_index=True, return_counts=True)
            for code, at, count in zip(uniq.tolist(), first_at.tolist(), n.tolist(), strict=True):
                wording = current.wordings[code]
                counts[wording] += count
                r = int(rows[order][at])
                p = int(proj[order][at])
                o = _row_order(int(prank[p]), int(current.project_position[p]), r - int(first_row[p]))
                if wording not in first or o < first[wording]:
                    first[wording] = o
    new_concepts: list[tuple[int, str, str]] = []
    # New items in reading order of their first row, so a full build numbers them as it reads.
    for key, (counts, first) in sorted(affected.items(), key=lambda kv: min(kv[1][1].values())
                                       if kv[1][1] else (0, 0, 0)):
        text = display_wording(counts, first) if counts else None
        old = key_slot.get(key)
        if old is not None:
            c = current.concept_of_key(key)  # type: ignore[union-attr]
            if text == current.concept_texts[c]:  # type: ignore[union-attr, index]
                continue
            removed_concepts.append(old)
        if text is not None:
            new_concepts.append((next_concept, key, text))
            next_concept += 1
    stats.seconds["concepts"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    stated = [stated_project(a.project, a.pid, a.slot, a.document, a.position, a.base_id)
              for a in added]
    part = CorpusPart.build(stated, added_rows, new_concepts)
    stats.seconds["corpus"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    concept_texts = [t for _, _, t in new_concepts]
    dense_texts = [project_dense_text(p["name"], p["goal"]) for p in stated]
    name_texts = [p["name"] for p in stated]
    stats.texts = len(set(concept_texts) | set(dense_texts) | set(name_texts))

    def report(done: int, total: int) -> None:
        if progress:
            progress("embedding", done, total)

    before = cache.embedded
    vecs = cache.get_or_embed(concept_texts + dense_texts + name_texts, encoder, report)
    stats.embedded = cache.embedded - before
    n_c, n_p = len(concept_texts), len(dense_texts)
    stats.seconds["embed"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if progress:
        progress("index", 0, 1)
    items = {
        "concepts": Items(part.concept_slot, {"vector": vecs[:n_c]}, concept_texts),
        "projects": Items(part.project_slot, {"vector": vecs[n_c:n_c + n_p],
                                              "name_vector": vecs[n_c + n_p:]},
                          [project_lexical_text(p["name"], p["goal"]) for p in stated]),
    }
    files = part.save(segment_dir)
    write = backend.build if rebuild else backend.add
    files += write(segment_dir, items, encoder.dim)
    stats.seconds["index"] = time.perf_counter() - t0
    return IndexDelta(part, files, np.asarray(removed_concepts, dtype=np.int64), next_concept,
                      stats)


# ------------------------------------------------------------------------------------ meta


def index_meta(encoder: Encoder, backend: str, fusion: FusionConfig = DEFAULT_FUSION,
               dense_kind: str = "auto") -> dict[str, Any]:
    return {"format": INDEX_FORMAT, "encoder": encoder.name, "dim": encoder.dim,
            "backend": backend, "dense_kind": dense_kind, "fusion": fusion.to_json(),
            "lexical": {"ngrams": [1, 2]}}


def check_encoder(meta: dict, requested: str | None, where: Path) -> None:
    """Refuse a query encoder that differs from the one the store was built with."""
    if requested is None:
        return
    wanted = canonical_name(requested)
    if wanted != meta["encoder"]:
        raise JixiaoError(
            f"the store {where} was built with encoder {meta['encoder']!r}; it cannot answer "
            f"queries embedded with {wanted!r} (vectors of different models are not comparable). "
            f"Query without --encoder, or rebuild the store with --encoder {requested}"
        )


# ------------------------------------------------------------------------------------ standalone


def build_index(
    projects: Sequence[Project],
    index_dir: Path,
    cache_dir: Path,
    encoder: Encoder | str | None = None,
    graph: nx.MultiDiGraph | None = None,
    progress: Progress | None = None,
    dense_kind: str = "auto",
    fusion: FusionConfig = DEFAULT_FUSION,
    backend: str = "local",
) -> tuple[SearchIndex, BuildStats]:
    """Build a standalone search index of ``projects`` in ``index_dir`` (benchmarks, evaluation):
    one segment, slots in corpus order; units resolved as ``graph`` has them."""
    enc = encoder if encoder is not None and not isinstance(encoder, str) else load_encoder(encoder)
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    seg_dir = index_dir / SEGMENT
    seg_dir.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    part = part_of_projects(projects)
    corpus_s = time.perf_counter() - t0
    store_id = f"standalone_{abs(hash(str(index_dir.resolve()))) % 10**10}"
    be = open_backend(backend, store_id, dense_kind)
    added = [AddedProject(p, sp["id"], sp["base_id"], sp["document"], sp["position"], sp["slot"])
             for p, sp in zip(projects, part.projects, strict=True)]
    ranks = {d: i for i, d in enumerate(dict.fromkeys(sp["document"] for sp in part.projects))}
    delta = index_changes(None, np.zeros(0, np.int64), added, ranks, 0,
                          enc, EmbeddingCache(Path(cache_dir), enc.name, enc.dim), be, seg_dir,
                          progress, rebuild=True)
    delta.stats.seconds["corpus"] = corpus_s + delta.stats.seconds.get("corpus", 0.0)
    pids = [sp["id"] for sp in part.projects]
    orgs = orgs_from_graph(graph, pids) if graph is not None else OrgTable.empty(len(pids))
    (seg_dir / "orgs.json").write_text(json.dumps(
        {"ids": orgs.ids, "names": orgs.names, "aliases": orgs.aliases,
         "unit": orgs.project_unit.tolist(), "department": orgs.project_department.tolist()},
        ensure_ascii=False), "utf-8")
    seal(seg_dir)
    meta = {**index_meta(enc, be.spec, fusion, dense_kind), "store_id": store_id,
            "projects": len(pids), "concepts": int(delta.next_concept),
            "documents": list(ranks), "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build": delta.stats.to_json()}
    tmp = index_dir / (META + ".tmp")
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, index_dir / META)
    return load_index(index_dir, backend_object=be), delta.stats


def read_meta(index_dir: Path) -> dict:
    path = Path(index_dir) / META
    if not path.is_file():
        raise JixiaoError(f"no search index in {index_dir} (missing {META})")
    try:
        meta = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise JixiaoError(f"search index {path} is corrupt ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != INDEX_FORMAT:
        raise JixiaoError(f"search index {index_dir} has another format; rebuild it")
    return meta


def load_index(index_dir: Path, encoder: str | None = None,
               backend_object: SearchBackend | None = None) -> SearchIndex:
    """Load a standalone index (``build_index``)."""
    index_dir = Path(index_dir)
    meta = read_meta(index_dir)
    check_encoder(meta, encoder, index_dir)
    src = SealedDir(index_dir / SEGMENT, f"rebuild the index {index_dir}")
    part = load_part(src)
    raw = json.loads(src.read("orgs.json"))
    orgs = OrgTable(raw["ids"], raw["names"], raw["aliases"],
                    np.asarray(raw["unit"], dtype=np.int32),
                    np.asarray(raw["department"], dtype=np.int32))
    be = backend_object or open_backend(meta["backend"], meta["store_id"], meta.get("dense_kind", "auto"))
    ranks = {d: i for i, d in enumerate(meta["documents"])}
    return open_index(index_dir, meta, [part], [src], np.ones(meta["projects"], bool),
                      np.ones(meta["concepts"], bool), orgs, ranks, be)


__all__ = ["AddedProject", "BuildStats", "DenseView", "IndexDelta", "LexicalView",
           "SearchIndex", "build_index", "check_encoder", "counts_of", "index_changes",
           "index_meta", "load_index", "load_part", "open_index", "read_meta", "top_rows"]
