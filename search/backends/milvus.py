"""The search index on Milvus (pymilvus): a Milvus server, or the embedded milvus-lite.

One collection per store and kind of item (``jixiao_<store id>_concepts`` / ``_projects``): the
id (the store's slot), the dense vectors (HNSW, inner product), the text and its BM25 sparse
vector, computed by Milvus's own BM25 function with its jieba analyzer. The store keeps what
Milvus does not: the corpus columns, the graph and the live ids of each generation; everything
Milvus returns is filtered to the reader's generation, so readers and writers coexist (a reader
sees its generation's items; one deleted by a newer write drops out before the reader
switches).

The BM25 field's words are, by default, the very terms the local backend scores (CJK character
unigrams and bigrams, Latin/digit words: search/lexical.py), given to Milvus as space-separated
text (analyzer ``standard`` on milvus-lite, ``whitespace`` on a server), so both backends rank
alike; ``?analyzer=jieba`` (e.g. ``milvus:/path/file.db?analyzer=jieba``) gives Milvus the raw
text for its jieba analyzer instead (word-level matching: agreement with the local backend
measured in docs/scale.md).

Filters are evaluated by the store's corpus exactly as for the local backend (unit names with
their other spellings, row-level category and year combinations) and reach Milvus as a filter
on the primary key: ``id in [...]`` or ``id not in [...]``, whichever list is shorter. Fusion
happens in the engine as for every backend; BM25 scores of candidates that came from the dense
side are asked for with a filtered BM25 search, and the query's score bound (``lexical_max``)
with one batched search per query term.

``milvus:/path/file.db`` uses milvus-lite (one process at a time may open a database);
``milvus://host:19530`` a Milvus server (``milvus://user:password@host:port`` for one with
authentication).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.files import SealedDir
from jixiao.search.backends import COLLECTIONS, Items, SearchBackend, SearchReader

# HNSW on both milvus-lite and a server; the same parameters as the local backend's.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 64
HNSW_EF_SEARCH = 128
BM25_K1 = 1.2  # as search/lexical.py
BM25_B = 0.75
INSERT_BATCH = 2000
MAX_TEXT = 20_000  # characters of text kept per item (the VARCHAR limit is 65,535 bytes)
# A primary-key filter longer than this many ids is not sent: the search over-fetches instead and
# the results are filtered here (large allowed sets are most of the collection anyway).
MAX_FILTER_IDS = 100_000
OVERFETCH = 4
ANALYZERS = ("ngrams", "jieba")
CONNECT_TIMEOUT = 10.0  # seconds; $JIXIAO_MILVUS_TIMEOUT overrides


def _connect_timeout() -> float:
    import os

    try:
        return float(os.environ.get("JIXIAO_MILVUS_TIMEOUT", CONNECT_TIMEOUT))
    except ValueError:
        return CONNECT_TIMEOUT


def _install_hint(exc: Exception) -> JixiaoError:
    return JixiaoError(f"the Milvus backend needs pymilvus (and milvus-lite for a local file): "
                       f"pip install 'jixiao[milvus]' ({exc})")


class MilvusBackend(SearchBackend):
    def __init__(self, spec: str, store_id: str) -> None:
        self.spec = spec
        rest, _, options = spec[len("milvus:"):].partition("?")
        self.analyzer = dict(o.split("=", 1) for o in options.split("&") if "=" in o).get(
            "analyzer", "ngrams")
        if self.analyzer not in ANALYZERS:
            raise JixiaoError(f"unknown Milvus analyzer {self.analyzer!r}: use "
                              f"{' or '.join(ANALYZERS)}")
        self.local = not rest.startswith("//")
        self.uri = rest if self.local else "http://" + rest[2:]
        self.prefix = f"jixiao_{store_id}"
        self._client: Any = None

    def where(self) -> str:
        return f"the milvus-lite database {self.uri}" if self.local else f"Milvus at {self.uri}"

    def name(self, collection: str) -> str:
        return f"{self.prefix}_{collection}"

    # ---- connection ---------------------------------------------------------------------------

    def client(self, creating: bool = False) -> Any:
        if self._client is not None:
            return self._client
        try:
            from pymilvus import MilvusClient
        except ImportError as exc:
            raise _install_hint(exc) from exc
        if self.local:
            path = Path(self.uri)
            if not path.parent.is_dir():
                raise JixiaoError(f"cannot create {self.where()}: the folder {path.parent} "
                                  "does not exist")
            if not creating and not path.exists():
                raise JixiaoError(f"{self.where()} does not exist (moved or deleted?): rebuild "
                                  f"the store with `jixiao build --index milvus:{path}`")
            try:
                import milvus_lite  # noqa: F401 - pymilvus needs it for a local file
            except ImportError as exc:
                raise _install_hint(exc) from exc
        try:
            self._client = MilvusClient(uri=self.uri, timeout=_connect_timeout())
        except Exception as exc:  # noqa: BLE001 - pymilvus raises several kinds
            hint = ("another process may have it open (milvus-lite serves one process: stop "
                    "`jixiao serve`, or use a Milvus server)" if self.local else
                    "start Milvus or check the address, or rebuild the store with --index local")
            raise JixiaoError(f"cannot open {self.where()}: {_reason(exc)}; {hint}") from exc
        return self._client

    def check(self) -> None:
        self.client(creating=True)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.local:
            from milvus_lite.server_manager import server_manager_instance

            server_manager_instance.release_server(str(Path(self.uri).resolve()))

    # ---- writing ------------------------------------------------------------------------------

    def _create(self, dim: int) -> None:
        from pymilvus import DataType, Function, FunctionType

        client = self.client(creating=True)
        for collection, fields in COLLECTIONS.items():
            name = self.name(collection)
            if client.has_collection(name):
                client.drop_collection(name)
            schema = client.create_schema(auto_id=False)
            schema.add_field("id", DataType.INT64, is_primary=True)
            for field in fields:
                schema.add_field(field, DataType.FLOAT_VECTOR, dim=dim)
            schema.add_field("text", DataType.VARCHAR, max_length=65_535,
                             enable_analyzer=True, analyzer_params=self.analyzer_params())
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            schema.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                         input_field_names=["text"],
                                         output_field_names=["sparse"]))
            index = client.prepare_index_params()
            for field in fields:
                hnsw = {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION}
                index.add_index(field, index_type="HNSW", metric_type="IP",
                                params={**hnsw, "params": hnsw})
            bm25 = {"bm25_k1": BM25_K1, "bm25_b": BM25_B}
            # Servers read the parameters flat, milvus-lite only from a nested "params".
            index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                            params={**bm25, "params": bm25})
            client.create_collection(name, schema=schema, index_params=index)

    def analyzer_params(self) -> dict[str, str]:
        if self.analyzer == "jieba":
            return {"tokenizer": "jieba"}
        return {"tokenizer": "standard" if self.local else "whitespace"}

    def words(self, text: str) -> str:
        """What the BM25 field holds (and a query is searched as)."""
        if self.analyzer == "jieba":
            return text
        from jixiao.search.lexical import tokenize

        return " ".join(tokenize(text))

    def query_terms(self, text: str) -> list[str]:
        if self.analyzer == "jieba":
            return _jieba_terms(text)
        from jixiao.search.lexical import tokenize

        return tokenize(text)

    def build(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        self._create(dim)
        return self.add(segment_dir, items, dim)

    def add(self, segment_dir: Path, items: dict[str, Items], dim: int) -> list[str]:
        client = self.client()
        try:
            for collection, fields in COLLECTIONS.items():
                batch = items.get(collection)
                if batch is None or not len(batch):
                    continue
                for start in range(0, len(batch), INSERT_BATCH):
                    stop = min(len(batch), start + INSERT_BATCH)
                    rows = [
                        {"id": int(batch.ids[i]),
                         **{f: batch.vectors[f][i].astype(np.float32).tolist() for f in fields},
                         "text": (self.words(batch.texts[i]) or " ")[:MAX_TEXT]}
                        for i in range(start, stop)
                    ]
                    client.insert(self.name(collection), rows)
                client.flush(self.name(collection))
        except JixiaoError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise JixiaoError(f"cannot add to {self.where()}: {_reason(exc)}") from exc
        return []

    def remove(self, ids: dict[str, np.ndarray]) -> None:
        client = self.client()
        for collection, gone in ids.items():
            gone = [int(i) for i in np.asarray(gone).tolist()]
            for start in range(0, len(gone), INSERT_BATCH):
                client.delete(self.name(collection),
                              filter=f"id in {gone[start:start + INSERT_BATCH]}")

    def forget_after(self, next_ids: dict[str, int], pending: dict[str, list[int]]) -> None:
        client = self.client()
        for collection, key in (("concepts", "concept"), ("projects", "project")):
            if client.has_collection(self.name(collection)):
                client.delete(self.name(collection), filter=f"id >= {int(next_ids[key])}")
        if pending:
            self.remove({c: np.asarray(v, dtype=np.int64) for c, v in pending.items()})

    # ---- reading ------------------------------------------------------------------------------

    def open(self, segments: Sequence[SealedDir], live: dict[str, np.ndarray]) -> MilvusReader:
        client = self.client()
        for collection in COLLECTIONS:
            if not client.has_collection(self.name(collection)):
                raise JixiaoError(f"{self.where()} has no collection {self.name(collection)}: "
                                  "rebuild the store with `jixiao build`")
            client.load_collection(self.name(collection))
        return MilvusReader(self, live)


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "message", "") or exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


class MilvusReader(SearchReader):
    def __init__(self, backend: MilvusBackend, live: dict[str, np.ndarray]) -> None:
        self.backend = backend
        self.client = backend.client()
        self.live = live
        self._dim: dict[str, int] = {}

    def _filter(self, collection: str, allowed: np.ndarray | None) -> tuple[str | None, bool]:
        """(Milvus filter, whether results must still be filtered here)."""
        if allowed is None:
            return None, False
        ids = np.flatnonzero(allowed)
        if len(ids) <= MAX_FILTER_IDS:
            return f"id in {ids.tolist()}", False
        others = np.flatnonzero(self.live[collection] & ~allowed)
        if len(others) <= MAX_FILTER_IDS:
            return (f"id not in {others.tolist()}" if len(others) else None), False
        return None, True

    def _keep(self, collection: str, ids: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
        live = self.live[collection]
        inside = (ids >= 0) & (ids < len(live))
        keep = np.zeros(len(ids), dtype=bool)
        keep[inside] = live[ids[inside]]
        if allowed is not None:
            keep[inside] &= allowed[ids[inside]]
        return keep

    def _search(self, collection: str, data: list, field: str, k: int, expr: str | None,
                params: dict) -> list:
        try:
            return self.client.search(self.backend.name(collection), data=data, anns_field=field,
                                      limit=int(k), filter=expr or "", search_params=params,
                                      output_fields=["id"])
        except Exception as exc:  # noqa: BLE001
            raise JixiaoError(f"search failed on {self.backend.where()}: {_reason(exc)}") from exc

    @staticmethod
    def _hits(found: list) -> tuple[np.ndarray, np.ndarray]:
        ids = np.asarray([h["id"] for h in found], dtype=np.int64)
        # BM25 "distances" are scores (milvus-lite reports them negated); cosine is IP.
        scores = np.asarray([h["distance"] for h in found], dtype=np.float32)
        return ids, scores

    def search_dense(self, collection: str, field: str, query: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        expr, post = self._filter(collection, allowed)
        fetch = k * OVERFETCH if post else k + 16  # room for items of newer generations
        params = {"metric_type": "IP", "params": {"ef": max(HNSW_EF_SEARCH, fetch)}}
        found = self._search(collection, [np.asarray(query, np.float32).tolist()], field, fetch,
                             expr, params)[0]
        ids, scores = self._hits(found)
        keep = self._keep(collection, ids, allowed)
        return scores[keep][:k], ids[keep][:k]

    def _get(self, collection: str, field: str, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros((0, self._dim.get(field, 0)), dtype=np.float32)
        try:
            rows = self.client.get(self.backend.name(collection), ids=ids.tolist(),
                                   output_fields=[field])
        except Exception as exc:  # noqa: BLE001
            raise JixiaoError(f"cannot read vectors from {self.backend.where()}: "
                              f"{_reason(exc)}") from exc
        by_id = {int(r["id"]): r[field] for r in rows}
        dim = len(next(iter(by_id.values()))) if by_id else self._dim.get(field, 0)
        self._dim[field] = dim
        out = np.zeros((len(ids), dim), dtype=np.float32)
        for i, item in enumerate(ids.tolist()):
            if item in by_id:
                out[i] = by_id[item]
        return out

    def vectors(self, collection: str, field: str, ids: np.ndarray) -> np.ndarray:
        return self._get(collection, field, ids)

    def dense_scores(self, collection: str, field: str, query: np.ndarray,
                     ids: np.ndarray) -> np.ndarray:
        return self._get(collection, field, ids) @ np.asarray(query, np.float32).reshape(-1)

    def search_lexical(self, collection: str, query: str, k: int,
                       allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        expr, post = self._filter(collection, allowed)
        fetch = k * OVERFETCH if post else k + 16
        words = self.backend.words(query)
        if not words.strip():
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        found = self._search(collection, [words], "sparse", fetch, expr, {"metric_type": "BM25"})
        ids, scores = self._hits(found[0])
        scores = np.abs(scores)
        keep = self._keep(collection, ids, allowed)
        return scores[keep][:k], ids[keep][:k]

    def lexical_scores(self, collection: str, query: str, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        out = np.zeros(len(ids), dtype=np.float32)
        words = self.backend.words(query)
        if not len(ids) or not words.strip():
            return out
        found = self._search(collection, [words], "sparse", len(ids), f"id in {ids.tolist()}",
                             {"metric_type": "BM25"})
        got = {int(h["id"]): abs(float(h["distance"])) for h in found[0]}
        for i, item in enumerate(ids.tolist()):
            out[i] = got.get(item, 0.0)
        return out

    def lexical_max(self, collection: str, query: str) -> float:
        # Each query word alone: the best document's score is that word's best weight.
        terms = Counter(t for t in self.backend.query_terms(query) if t.strip())
        if not terms:
            return 0.0
        words = list(terms)
        found = self._search(collection, words, "sparse", 1, None, {"metric_type": "BM25"})
        return float(sum(terms[w] * abs(float(hits[0]["distance"])) for w, hits in
                         zip(words, found, strict=True) if hits))

    def term_stats(self, collection: str) -> None:
        return None  # the postings live in Milvus (the engine counts the same terms itself)

    def describe(self, collection: str, field: str) -> dict:
        if field not in self._dim:
            try:
                info = self.client.describe_collection(self.backend.name(collection))
                for f in info.get("fields", []):
                    if f.get("name") == field:
                        self._dim[field] = int(f.get("params", {}).get("dim", 0))
            except Exception:  # noqa: BLE001 - only for stats
                self._dim[field] = 0
        return {"kind": "milvus-hnsw", "dim": self._dim.get(field, 0), "segments": 0,
                "memory_bytes": 0}


def _jieba_terms(text: str) -> list[str]:
    """The words Milvus's jieba analyzer makes of a query (search mode, lower-cased)."""
    import jieba

    jieba.setLogLevel(60)
    return [t.strip().lower() for t in jieba.cut_for_search(text) if t.strip()]
