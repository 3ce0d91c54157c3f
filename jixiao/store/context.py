"""What both sides of the store name: a write's result, its progress callback and the
``StoreContext`` a long-lived process keeps. Apart from ``writer`` so that a search process,
which only reads, does not import the writer's code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao.store.documents import FileResult
from jixiao.store.generation import Store
from jixiao.store.layout import embedding_cache_dir

#: progress(stage, done, total): stage is e.g. "reading 000_x.txt", "embedding", "publish".
Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    """What a write did."""

    store: Store
    files: list[FileResult]
    seconds: float = 0.0
    index: dict[str, Any] | None = None  # search build stats, when the index changed
    removed: list[str] = field(default_factory=list)
    changed: bool = True  # False: nothing to do, no new generation
    merge_due: bool = False  # segments should be merged (``compact_store``)

    @property
    def errors(self) -> list[str]:
        return [e for f in self.files for e in f.errors]

    @property
    def read(self) -> int:
        return sum(1 for f in self.files if f.records and not f.reused)

    @property
    def reused(self) -> int:
        return sum(1 for f in self.files if f.reused)


@dataclass
class StoreContext:
    """What a long-lived process (the web server) keeps between writes: loaded corpus parts and
    the backend (with its loaded segments), so a write or a switch loads only what is new."""

    parts: dict[str, Any] = field(default_factory=dict)
    backends: dict[str, Any] = field(default_factory=dict)
    encoders: dict[str, Any] = field(default_factory=dict)
    #: Embedding caches by directory and encoder: each write reads only the keys added since.
    embeddings: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: The organisations of the last write (``jixiao.store.orgs.OrgResolver``), kept per
    #: document: the next write resolves only the documents it changes.
    orgs: Any = None
    #: Generations blocked by this process's own leases that a collection did not free.
    collected_for: set[str] = field(default_factory=set)
    #: The manifests of the generations the cleaner keeps, by directory (they never change).
    manifests: dict[str, dict[str, Any]] = field(default_factory=dict)

    def encoder(self, name: str | None, root: Path | None = None) -> Any:
        """The encoder ``name``, loaded once per process (its parsed state kept in the store
        ``root``'s cache, so the next process loads it in milliseconds)."""
        from jixiao.search.encoders import canonical_name, load_encoder

        key = canonical_name(name)
        if key not in self.encoders:
            state = Path(root) / "cache" / "encoder-state" if root is not None else None
            self.encoders[key] = load_encoder(key, state)
        return self.encoders[key]

    def embedding_cache(self, root: Path, encoder: Any) -> Any:
        from jixiao.search.cache import EmbeddingCache

        key = (str(embedding_cache_dir(root)), encoder.name)
        cache = self.embeddings.get(key)
        if cache is None or cache.dim != encoder.dim:
            cache = self.embeddings[key] = EmbeddingCache(embedding_cache_dir(root), encoder.name,
                                                          encoder.dim)
        return cache

    def backend(self, spec: str, store_id: str, dense_kind: str) -> Any:
        from jixiao.search.backends import open_backend

        key = f"{spec}|{store_id}|{dense_kind}"
        if key not in self.backends:
            self.backends = {key: open_backend(spec, store_id, dense_kind)}
        return self.backends[key]
