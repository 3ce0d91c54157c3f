"""Where things are in a store directory (``STORE_FORMAT`` 2).

::

    <store>/
      CURRENT                  name of the live generation; switched with os.replace
      lock                     writers queue on it (flock, with a timeout)
      generations/<gen>/       one state of the store: small files only
        manifest.json          documents, segments, index settings, counts
        live.npz               which project and concept ids are live
        resolution.json        the organisations (kg.resolve) the documents name
        lease                  readers hold a shared flock on it: an old generation is deleted
                               only when no process holds it
        CHECKSUMS.json         size and CRC-32 of every file above (written last)
      segments/<seg>/          immutable, shared by generations: what one write (or merge)
                               added: corpus columns, graph fragment, local index files
      records/<key>.json       what the reader made of one document version (content hash,
                               name and reader fingerprint): re-reading is never needed
      sources/<sha256>         the documents' bytes, so `jixiao build` can re-read them after a
                               reader upgrade without the original files
      cache/embeddings/        embedding cache (search.cache); survives rebuilds
      cache/encoder-state/     the encoder's parsed model, for a fast start (search.encoders)

A write builds its segment and generation as ``*.partial`` directories, seals them
(``jixiao.files.seal``), renames them and only then switches ``CURRENT``: a writer killed at any
point leaves the previous generation live, and the next writer removes the leftovers.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

STORE_FORMAT = 2
RECORDS_FORMAT = 2
CURRENT = "CURRENT"
LOCK = "lock"
MANIFEST = "manifest.json"
LIVE = "live.npz"
RESOLUTION = "resolution.json"
LEASE = "lease"
GRAPH_PART = "graph.json"
PARTIAL = ".partial"
GENERATION_FILES = (MANIFEST, LIVE, RESOLUTION)

# kg modules that are not part of reading documents: changing them keeps cached records valid.
_NOT_READER = {"graph.py", "rdf.py", "rdf_cube.py", "rdf_catalog.py", "push.py", "resolve.py",
               "ontology.py", "ids.py", "errors.py"}


def default_store_dir() -> Path:
    """$JIXIAO_STORE, else $XDG_DATA_HOME/jixiao/store, else ~/.local/share/jixiao/store."""
    env = os.environ.get("JIXIAO_STORE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "jixiao" / "store"


def store_root(directory: str | Path | None) -> Path:
    return Path(directory).expanduser() if directory else default_store_dir()


def rebuild_hint(root: Path) -> str:
    return f"repair it with `jixiao build --store {root}`"


def generations_dir(root: Path) -> Path:
    return root / "generations"


def segments_dir(root: Path) -> Path:
    return root / "segments"


def records_dir(root: Path) -> Path:
    return root / "records"


def sources_dir(root: Path) -> Path:
    return root / "sources"


def embedding_cache_dir(root: Path) -> Path:
    return Path(root) / "cache" / "embeddings"


def reader_fingerprint() -> str:
    """Changes whenever the reader's code changes, so cached records are never stale."""
    from jixiao import kg
    from jixiao.kg import reader

    h = hashlib.sha256(str(getattr(reader, "READER_VERSION", "")).encode())
    root = Path(kg.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        if path.parent == root and path.name in _NOT_READER:
            continue
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def new_name(prefix: str) -> str:
    """A fresh directory name that sorts after every earlier one (microseconds: several writes
    fall in one second, and the random part alone would order them by chance)."""
    import time

    now = time.time_ns()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(now // 1_000_000_000))
    return f"{prefix}{stamp}.{now // 1000 % 1_000_000:06d}-{os.getpid()}-{os.urandom(3).hex()}"
