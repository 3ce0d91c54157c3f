"""The search index behind one small interface: build / add / remove / search.

A backend holds two collections of items, each item an integer id (its *slot*, assigned by the
store and never reused), dense vectors and a text for lexical (BM25) matching:

- ``concepts`` (indicator wordings): field ``vector``;
- ``projects``: fields ``vector`` (name + start of the goal) and ``name_vector`` (name alone).

Writes happen in *segments*: the store gives each write a fresh directory, and a backend that
keeps its data in the store (``local``) writes its files there; a backend with its own server
(``milvus``) inserts and deletes remotely instead. Readers see one generation: the ids the store
lists as live; everything a backend returns is filtered to them.

Filters reach a backend as a boolean mask over ids (``allowed``): the store's corpus evaluates
unit, year and category filters exactly (including the unit's other spellings and row-level
combinations), so every backend answers the same filtered question.

Backends: ``local`` (search/backends/local.py, the default: faiss + BM25 segments in the store),
``milvus:/path/file.db`` (milvus-lite) and ``milvus://host:port`` (a Milvus server),
search/backends/milvus.py.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.files import SealedDir

COLLECTIONS: dict[str, tuple[str, ...]] = {
    "concepts": ("vector",),
    "projects": ("vector", "name_vector"),
}
DEFAULT_BACKEND = "local"


@dataclass
class Items:
    """Items to add to one collection."""

    ids: np.ndarray  # int64
    vectors: dict[str, np.ndarray]  # field → (n, dim) float32, L2-normalised
    texts: list[str]  # what lexical matching sees

    def __len__(self) -> int:
        return len(self.ids)


class SearchReader(ABC):
    """Searches one generation. Ids are slots; ``allowed`` is a boolean mask over ids."""

    @abstractmethod
    def search_dense(self, collection: str, field: str, query: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` (cosine scores, ids) by meaning, best first."""

    @abstractmethod
    def dense_scores(self, collection: str, field: str, query: np.ndarray,
                     ids: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query to each of ``ids``."""

    @abstractmethod
    def vectors(self, collection: str, field: str, ids: np.ndarray) -> np.ndarray:
        """Stored vectors of ``ids``."""

    @abstractmethod
    def search_lexical(self, collection: str, query: str, k: int,
                       allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` (BM25 scores, ids) by wording, best first."""

    @abstractmethod
    def lexical_scores(self, collection: str, query: str, ids: np.ndarray) -> np.ndarray:
        """BM25 score of each of ``ids`` for the query (0 when it shares no term)."""

    @abstractmethod
    def lexical_max(self, collection: str, query: str) -> float:
        """The score a document holding every query term at its best weight would get: fusion
        divides by it (search/fusion.py)."""

    def lexical_matches(self, collection: str,
                        query: str) -> tuple[np.ndarray, np.ndarray, float] | None:
        """Every match (ids ascending, scores) and ``lexical_max``, when the backend can list
        them cheaply (in-process); None otherwise."""
        return None

    def lexical_vocabulary(self, collection: str) -> Iterable[str]:
        """Every indexed term of ``collection`` (for spelling correction); a backend that keeps
        its postings elsewhere lists none."""
        return ()

    @abstractmethod
    def term_stats(self, collection: str) -> Any:
        """Term statistics by id for lexical evidence (``search.matching.TermStats``): idf,
        which documents hold a term, each document's own idf mass; None when the postings are
        not in this process (the engine then counts the collection's terms itself)."""

    @abstractmethod
    def describe(self, collection: str, field: str) -> dict:
        """``kind`` (index type) and ``memory_bytes`` of a dense field, for stats and benches."""

    def lexical_memory_bytes(self, collection: str | None = None) -> int:
        """Memory the lexical index of ``collection`` (all, with None) holds in this process."""
        return 0

    def close(self) -> None:  # noqa: B027 - optional
        """Release connections or files."""


class SearchBackend(ABC):
    """Where a store's vectors and postings live; chosen when the store is built."""

    spec: str  # what the store records ("local", "milvus:/path/file.db", "milvus://host:port")

    @abstractmethod
    def build(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        """Forget everything and hold ``items``; return the files written to ``segment_dir``."""

    @abstractmethod
    def add(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        """Add ``items`` (a new segment); return the files written to ``segment_dir``."""

    @abstractmethod
    def remove(self, ids: dict[str, np.ndarray]) -> None:
        """Forget ``ids`` (the local backend keeps deletions in the store's generation)."""

    def merge(self, sources: Sequence[SealedDir], keep: dict[str, list[np.ndarray]],
              target_dir: Path, dim: int) -> list[str]:
        """Rewrite the kept items of several segments as one (``keep``: per collection, a mask
        per source over its items in stored order); return the files written."""
        return []

    @abstractmethod
    def open(self, segments: Sequence[SealedDir], live: dict[str, np.ndarray]) -> SearchReader:
        """A reader over ``segments`` seeing only the ids where ``live`` (mask per collection)."""

    def check_ahead(self, segments: Sequence[SealedDir]) -> None:  # noqa: B027 - optional
        """Start checking the files ``open`` will load from ``segments`` in the background
        (``SealedDir.check_ahead``), so a store opening them loads its corpus meanwhile."""

    def check(self) -> None:  # noqa: B027 - optional
        """Raise JixiaoError when the backend cannot be reached."""

    def close(self) -> None:  # noqa: B027 - optional
        """Release connections (and an embedded database, for another process to open)."""

    def forget_after(self, next_ids: dict[str, int], pending: dict[str, list[int]]) -> None:  # noqa: B027
        """Before a write: drop items with ids at or past ``next_ids`` (a writer that died before
        publishing left them) and apply the previous write's removals again (``pending``)."""


def parse_spec(spec: str | None) -> str:
    """The canonical spelling of an ``--index`` value; JixiaoError for an unknown one."""
    text = (spec or DEFAULT_BACKEND).strip()
    if text in ("local", "faiss", "default"):
        return "local"
    if text.startswith("milvus:"):
        rest = text[len("milvus:"):]
        if not rest:
            raise JixiaoError("--index milvus: needs a file (milvus:/path/to/file.db) or a "
                              "server (milvus://host:19530)")
        if rest.startswith("//"):
            return text
        path, q, options = rest.partition("?")
        return "milvus:" + str(Path(path).expanduser().resolve()) + q + options
    raise JixiaoError(f"unknown --index {text!r}: use local (default), milvus:/path/to/file.db "
                      "(embedded milvus-lite) or milvus://host:19530 (a Milvus server)")


def open_backend(spec: str, store_id: str, dense_kind: str = "auto") -> SearchBackend:
    """The backend a store records (``parse_spec``), for the store with id ``store_id``."""
    spec = parse_spec(spec)
    if spec == "local":
        from jixiao.search.backends.local import LocalBackend

        return LocalBackend(dense_kind=dense_kind)
    from jixiao.search.backends.milvus import MilvusBackend

    return MilvusBackend(spec, store_id)
