"""Build, save and load everything search needs, in the store's index directory.

Files in the index directory:

- ``meta.json``: format, encoder name and dimension, counts, index kinds, fusion settings;
- ``corpus.json`` / ``corpus.npz``: projects, indicator wordings (concepts), indicator rows;
- ``concepts.faiss`` / ``projects.faiss`` / ``project_names.faiss``: dense indexes (a project
  is embedded twice: name + start of goal, and name alone, because extracted goals are often
  damaged text that drowns a good name);
- ``concepts.bm25.npz`` / ``projects.bm25.npz`` (+ ``.vocab.json``): lexical indexes.

Embeddings come from the embedding cache, so a rebuild or an incremental add only embeds texts
the cache has never seen.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from jixiao.errors import JixiaoError
from jixiao.kg.records import Project
from jixiao.search.cache import EmbeddingCache
from jixiao.search.corpus import Corpus
from jixiao.search.dense import DenseIndex
from jixiao.search.encoders import Encoder, canonical_name, load_encoder
from jixiao.search.fusion import DEFAULT_FUSION, FusionConfig
from jixiao.search.lexical import BM25Index

INDEX_FORMAT = 1
META = "meta.json"

Progress = Callable[[str, int, int], None]


@dataclass
class BuildStats:
    texts: int = 0  # distinct texts needing a vector
    embedded: int = 0  # of which actually sent to the encoder (cache misses)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"texts": self.texts, "embedded": self.embedded, "seconds": self.seconds}


@dataclass
class SearchIndex:
    directory: Path
    meta: dict
    corpus: Corpus
    concept_dense: DenseIndex
    project_dense: DenseIndex
    concept_lexical: BM25Index
    project_lexical: BM25Index
    project_name_dense: DenseIndex

    @property
    def encoder_name(self) -> str:
        return self.meta["encoder"]

    @property
    def fusion(self) -> FusionConfig:
        return FusionConfig(**self.meta.get("fusion", {}))

    def memory_bytes(self) -> int:
        return (
            self.concept_dense.memory_bytes() + self.project_dense.memory_bytes()
            + self.project_name_dense.memory_bytes()
            + self.concept_lexical.memory_bytes() + self.project_lexical.memory_bytes()
        )


def build_index(
    projects: Sequence[Project],
    index_dir: Path,
    cache_dir: Path,
    encoder: Encoder | str | None = None,
    graph: nx.MultiDiGraph | None = None,
    progress: Progress | None = None,
    dense_kind: str = "auto",
    fusion: FusionConfig = DEFAULT_FUSION,
    corpus: Corpus | None = None,
) -> tuple[SearchIndex, BuildStats]:
    """Build and save the search index of ``projects`` into ``index_dir``."""
    enc = encoder if encoder is not None and not isinstance(encoder, str) else load_encoder(encoder)
    stats = BuildStats()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    corpus = corpus or Corpus.from_projects(projects, graph)
    stats.seconds["corpus"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    cache = EmbeddingCache(Path(cache_dir), enc.name, enc.dim)
    concept_texts = corpus.concept_texts
    project_texts = [corpus.project_dense_text(i) for i in range(len(corpus.projects))]
    name_texts = [p.name for p in corpus.projects]
    stats.texts = len(set(concept_texts) | set(project_texts) | set(name_texts))

    def report(done: int, total: int) -> None:
        if progress:
            progress("embedding", done, total)

    vecs = cache.get_or_embed(concept_texts + project_texts + name_texts, enc, report)
    n_c, n_p = len(concept_texts), len(project_texts)
    concept_vecs, project_vecs, name_vecs = vecs[:n_c], vecs[n_c : n_c + n_p], vecs[n_c + n_p :]
    stats.embedded = cache.embedded
    stats.seconds["embed"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if progress:
        progress("dense index", 0, 1)
    concept_dense = DenseIndex.build(concept_vecs, dense_kind)
    project_dense = DenseIndex.build(project_vecs, dense_kind)
    project_name_dense = DenseIndex.build(name_vecs, dense_kind)
    del vecs, concept_vecs, project_vecs, name_vecs
    stats.seconds["dense"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if progress:
        progress("lexical index", 0, 1)
    concept_lexical = BM25Index.build(concept_texts)
    project_lexical = BM25Index.build(
        [corpus.project_lexical_text(i) for i in range(len(corpus.projects))]
    )
    stats.seconds["lexical"] = time.perf_counter() - t0

    meta = {
        "format": INDEX_FORMAT,
        "encoder": enc.name,
        "dim": enc.dim,
        "counts": {
            "projects": len(corpus.projects),
            "concepts": len(corpus.concept_keys),
            "indicators": int(len(corpus.row_concept)),
        },
        "dense": {"concepts": concept_dense.kind, "projects": project_dense.kind},
        "lexical": {"ngrams": list(concept_lexical.ngrams)},
        "fusion": fusion.to_json(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build": stats.to_json(),
    }
    t0 = time.perf_counter()
    corpus.save(index_dir)
    concept_dense.save(index_dir / "concepts.faiss")
    project_dense.save(index_dir / "projects.faiss")
    project_name_dense.save(index_dir / "project_names.faiss")
    concept_lexical.save(index_dir / "concepts.bm25.npz")
    project_lexical.save(index_dir / "projects.bm25.npz")
    stats.seconds["save"] = time.perf_counter() - t0
    meta["build"] = stats.to_json()
    # meta.json last: an index directory without it is incomplete and is never loaded.
    tmp = index_dir / (META + ".tmp")
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, index_dir / META)
    index = SearchIndex(
        index_dir, meta, corpus, concept_dense, project_dense, concept_lexical, project_lexical,
        project_name_dense,
    )
    return index, stats


def read_meta(index_dir: Path) -> dict:
    path = Path(index_dir) / META
    if not path.is_file():
        raise JixiaoError(
            f"no search index in {index_dir} (missing {META}): build the store with `jixiao build`"
        )
    try:
        meta = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise JixiaoError(f"search index {path} is corrupt ({exc}): rebuild with `jixiao build`") from exc
    if not isinstance(meta, dict) or meta.get("format") != INDEX_FORMAT:
        raise JixiaoError(
            f"search index {index_dir} has format {meta.get('format') if isinstance(meta, dict) else '?'}, "
            f"this version reads {INDEX_FORMAT}: rebuild with `jixiao build`"
        )
    return meta


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


def load_index(index_dir: Path, encoder: str | None = None) -> SearchIndex:
    """Load a saved index; ``encoder``, when given, must be the one it was built with."""
    index_dir = Path(index_dir)
    meta = read_meta(index_dir)
    check_encoder(meta, encoder, index_dir)
    try:
        corpus = Corpus.load(index_dir)
        concept_dense = DenseIndex.load(index_dir / "concepts.faiss")
        project_dense = DenseIndex.load(index_dir / "projects.faiss")
        project_name_dense = DenseIndex.load(index_dir / "project_names.faiss")
        concept_lexical = BM25Index.load(index_dir / "concepts.bm25.npz")
        project_lexical = BM25Index.load(index_dir / "projects.bm25.npz")
    except Exception as exc:  # noqa: BLE001 - whatever broke, the user's remedy is a rebuild
        raise JixiaoError(
            f"search index in {index_dir} is unreadable ({type(exc).__name__}: {exc}): "
            "rebuild with `jixiao build`"
        ) from exc
    counts = meta.get("counts", {})
    if (
        concept_dense.size != counts.get("concepts")
        or project_dense.size != counts.get("projects")
        or project_name_dense.size != counts.get("projects")
        or len(corpus.concept_keys) != counts.get("concepts")
        or concept_dense.dim != meta.get("dim")
    ):
        raise JixiaoError(
            f"search index in {index_dir} is inconsistent (sizes do not match {META}): "
            "rebuild with `jixiao build`"
        )
    return SearchIndex(
        index_dir, meta, corpus, concept_dense, project_dense, concept_lexical, project_lexical,
        project_name_dense,
    )
