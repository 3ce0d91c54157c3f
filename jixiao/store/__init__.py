"""The store: documents, their records, the knowledge graph and the search index, kept as
generations that writers publish atomically and readers hold safely (see ``layout``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jixiao.data import samples_dir
from jixiao.store.context import BuildResult, Progress, StoreContext
from jixiao.store.documents import FileResult
from jixiao.store.generation import Store, current_generation, open_store
from jixiao.store.layout import (
    CURRENT,
    STORE_FORMAT,
    default_store_dir,
    embedding_cache_dir,
    reader_fingerprint,
)
from jixiao.store.publication import PUBLICATION_KEYS, publication_settings

#: The writes, imported on first use: a process that only searches never loads the writer.
_WRITES = frozenset({"add_documents", "build_store", "compact_store", "merge_plan",
                     "remove_documents"})


def __getattr__(name: str) -> Any:
    if name in _WRITES:
        from jixiao.store import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def add_to_store(
    paths: Sequence[str | Path],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    encoder: str | None = None,
    as_name: str | None = None,
    publication: dict[str, str | None] | None = None,
) -> BuildResult:
    """Add or replace documents (``add_documents``)."""
    from jixiao.store.writer import add_documents

    return add_documents(paths, store_dir, as_name=as_name, progress=progress, encoder=encoder,
                         publication=publication)


__all__ = [
    "CURRENT", "PUBLICATION_KEYS", "STORE_FORMAT", "BuildResult", "FileResult", "Progress", "Store", "StoreContext",
    "add_documents", "add_to_store", "build_store", "compact_store", "current_generation",
    "default_store_dir", "embedding_cache_dir", "merge_plan", "open_store",
    "publication_settings", "reader_fingerprint", "remove_documents", "samples_dir",
]
