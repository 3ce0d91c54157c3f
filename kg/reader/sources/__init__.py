"""Sources: a file's bytes → a SourceDocument of cell grids, one module per file type.

The type is told by the content (magic bytes), never by the file name.
"""

from __future__ import annotations

from jixiao.kg.reader.grid import SourceDocument
from jixiao.kg.reader.sources.sniff import sniff

__all__ = ["read_source", "sniff"]


def read_source(data: bytes, name: str) -> SourceDocument:
    """Turn a file's bytes into grids; problems go to the document's errors, never raised."""
    kind = sniff(data)
    if kind == "text":
        from jixiao.kg.reader.sources import text

        return text.read(data, name)
    raise NotImplementedError(kind)  # the other formats: see the format modules
