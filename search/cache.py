"""Embedding cache: each distinct text is embedded once per encoder, ever.

Layout of one encoder's cache (``<root>/<encoder slug>/``):

- ``vectors.f32``: raw float32 rows, appended;
- ``keys.txt``: one text digest per line, row *i* of ``vectors.f32`` belongs to line *i*;
- ``encoder.json``: the encoder's name and dimension.

Vectors are written and flushed before their keys, so a crash can only leave unkeyed trailing
rows, which the next open ignores (and overwrites). A lock file serialises writers.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.search.encoders import Encoder

DIGEST_BYTES = 16


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=DIGEST_BYTES).hexdigest()


def encoder_slug(name: str) -> str:
    """A directory name for an encoder: readable prefix + digest of the full name."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", name)[-40:].strip("_") or "encoder"
    return f"{readable}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"


@dataclass
class EmbeddingCache:
    """Persistent (encoder, text) → vector store for one encoder."""

    root: Path
    encoder_name: str
    dim: int
    _rows: dict[str, int] = field(default_factory=dict, repr=False)
    _loaded_size: int = -1
    _sound_bytes: int = 0
    embedded: int = 0  # texts this object actually sent to the encoder
    hits: int = 0

    @property
    def dir(self) -> Path:
        return Path(self.root) / encoder_slug(self.encoder_name)

    @property
    def _vec_path(self) -> Path:
        return self.dir / "vectors.f32"

    @property
    def _key_path(self) -> Path:
        return self.dir / "keys.txt"

    def __len__(self) -> int:
        self._refresh()
        return len(self._rows)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _check_header(self) -> None:
        meta = self.dir / "encoder.json"
        if meta.exists():
            try:
                info = json.loads(meta.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise JixiaoError(f"embedding cache {self.dir} is corrupt ({exc}); delete it") from exc
            if info.get("name") != self.encoder_name or int(info.get("dim", -1)) != self.dim:
                raise JixiaoError(
                    f"embedding cache {self.dir} belongs to encoder {info.get('name')!r} "
                    f"(dim {info.get('dim')}), not {self.encoder_name!r} (dim {self.dim})"
                )
        else:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = meta.with_suffix(".tmp")
            tmp.write_text(json.dumps({"name": self.encoder_name, "dim": self.dim}), "utf-8")
            os.replace(tmp, meta)

    def _refresh(self) -> None:
        size = self._key_path.stat().st_size if self._key_path.exists() else 0
        if size == self._loaded_size:
            return
        # Keys are only appended (a writer truncates nothing but a torn tail past the sound
        # prefix), so a grown file is read from where this object stopped: a long-lived process
        # (the server) reads what each write added, not the whole cache again.
        start = self._sound_bytes if 0 < self._sound_bytes <= size else 0
        rows: dict[str, int] = self._rows if start else {}
        sound = start
        if size > start:
            with open(self._key_path, "rb") as fh:
                fh.seek(start)
                for i, line in enumerate(fh, len(rows)):
                    key = line.strip().decode("ascii", "replace")
                    if len(key) != 2 * DIGEST_BYTES or not line.endswith(b"\n"):
                        # A torn last line from a crash: everything before it is sound.
                        break
                    rows[key] = i
                    sound += len(line)
        self._rows = rows
        self._sound_bytes = sound
        self._loaded_size = size

    def _vectors(self, count: int) -> np.ndarray:
        if count == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.memmap(self._vec_path, dtype=np.float32, mode="r", shape=(count, self.dim))

    def rows_for(self, texts: Sequence[str]) -> np.ndarray:
        """Cache row of each text (-1 when absent)."""
        self._refresh()
        return np.array([self._rows.get(text_key(t), -1) for t in texts], dtype=np.int64)

    def get_or_embed(
        self,
        texts: Sequence[str],
        encoder: Encoder,
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 2048,
    ) -> np.ndarray:
        """Vectors for ``texts`` (in order), embedding only the distinct texts not cached yet."""
        if encoder.name != self.encoder_name or encoder.dim != self.dim:
            raise JixiaoError(f"encoder {encoder.name!r} cannot use the cache of {self.encoder_name!r}")
        with self._locked():
            self._check_header()
            self._refresh()
            keys = [text_key(t) for t in texts]
            missing: dict[str, str] = {}
            for key, text in zip(keys, texts, strict=True):
                if key not in self._rows and key not in missing:
                    missing[key] = text
            self.hits += len(set(keys)) - len(missing)
            if missing:
                self._append(list(missing.items()), encoder, progress, chunk)
            rows = np.array([self._rows[k] for k in keys], dtype=np.int64)
            if not len(rows):
                return self._vectors(0)
            return np.ascontiguousarray(self._vectors(len(self._rows))[rows])

    def _append(
        self,
        items: list[tuple[str, str]],
        encoder: Encoder,
        progress: Callable[[int, int], None] | None,
        chunk: int,
    ) -> None:
        start = len(self._rows)
        # Drop whatever a crashed writer left past the sound prefix (unkeyed rows, torn key).
        with open(self._vec_path, "ab") as vf:
            vf.truncate(start * self.dim * 4)
        with open(self._key_path, "ab") as kf:
            kf.truncate(self._sound_bytes)
        done = 0
        for i in range(0, len(items), chunk):
            part = items[i : i + chunk]
            vecs = encoder.encode([t for _, t in part]).astype(np.float32, copy=False)
            if vecs.shape != (len(part), self.dim):
                raise JixiaoError(f"encoder {encoder.name} returned shape {vecs.shape}")
            with open(self._vec_path, "ab") as vf:
                vf.write(vecs.tobytes())
                vf.flush()
                os.fsync(vf.fileno())
            with open(self._key_path, "a", encoding="ascii") as kf:
                kf.write("".join(k + "\n" for k, _ in part))
                kf.flush()
                os.fsync(kf.fileno())
            for j, (key, _) in enumerate(part):
                self._rows[key] = start + i + j
            self._loaded_size = self._sound_bytes = self._key_path.stat().st_size
            done += len(part)
            self.embedded += len(part)
            if progress:
                progress(done, len(items))
