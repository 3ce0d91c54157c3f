"""One generation of a store, opened for reading: documents, records, graph, search index.

Opening takes a lease (``leases``), so the generation and its segments stay on disk while the
``Store`` object lives. Every file is checked against its checksum when it is first loaded; a
damaged one gives a message naming it and the repair (`jixiao build`).
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.errors import JixiaoError
from jixiao.files import SealedDir
from jixiao.kg.records import FileReport, Project
from jixiao.store import leases
from jixiao.store.documents import load_report
from jixiao.store.layout import (
    CURRENT,
    GRAPH_PART,
    LIVE,
    MANIFEST,
    RESOLUTION,
    STORE_FORMAT,
    embedding_cache_dir,
    generations_dir,
    rebuild_hint,
    records_dir,
    segments_dir,
    store_root,
)

_OPEN_ATTEMPTS = 50
_RETRY_PAUSE = 0.02


# ------------------------------------------------------------------------------ resolution


def resolution_bytes(res: Any) -> bytes:
    """The resolution (kg.resolve.Resolution) as a generation stores it, in JSON: the
    entities and decisions are dataclasses, which orjson writes field by field itself (making
    a dict of each first cost ~0.1 s per write at 100k indicators)."""
    import orjson

    return orjson.dumps({
        "entities": list(res.entities.values()),
        "by_name": res.by_name,
        "by_mention": [[doc, key, eid] for (doc, key), eid in res.by_mention.items()],
        "kept_apart": res.kept_apart,
    })


def resolution_from_json(data: dict[str, Any]) -> Any:
    from jixiao.kg.resolve import Decision, OrgEntity, Resolution

    return Resolution(
        entities={e["id"]: OrgEntity(**e) for e in data["entities"]},
        by_name=dict(data["by_name"]),
        by_mention={(doc, key): eid for doc, key, eid in data["by_mention"]},
        kept_apart=[Decision(**d) for d in data["kept_apart"]],
    )


def org_table(res: dict[str, Any], stated: Sequence[dict[str, Any]], capacity: int) -> Any:
    """Per project slot, the entity its unit and department resolve to (search.corpus.OrgTable),
    from the resolution as stored (``resolution_bytes``: no need to build kg.resolve's
    objects, or even import it, to search)."""
    from jixiao.search.corpus import OrgTable, StatedProjects

    table = OrgTable.empty(capacity)
    index = {}
    for i, ent in enumerate(res["entities"]):
        index[ent["id"]] = i
        table.ids.append(ent["id"])
        table.names.append(ent["canonical"])
        table.aliases.append(list(ent.get("alt_labels", ())))
    by_name = res["by_name"]
    by_mention = {(doc, key): eid for doc, key, eid in res["by_mention"]}

    def lookup(doc: str, key: str) -> int:
        if not key:
            return -1
        eid = by_mention.get((doc, key)) or by_name.get(key)
        return index[eid] if eid else -1

    stated = StatedProjects.of(stated)  # the store's are already columns: read those
    slots, docs = stated.column("slot"), stated.column("document")
    unit_keys, department_keys = stated.column("unit_key"), stated.column("department_key")
    if slots:
        at = np.asarray(slots, dtype=np.int64)
        table.project_unit[at] = [lookup(d, k) for d, k in zip(docs, unit_keys, strict=True)]
        table.project_department[at] = [lookup(d, k)
                                         for d, k in zip(docs, department_keys, strict=True)]
    return table


# ------------------------------------------------------------------------------ the store


def _unpack(bits: np.ndarray, n: int) -> np.ndarray:
    return np.unpackbits(bits, count=n, bitorder="little").astype(bool)


@dataclass
class Store:
    """An opened store generation. Records, graph and index load lazily."""

    root: Path
    generation: Path
    manifest: dict[str, Any]
    lease: leases.Lease | None = field(default=None, repr=False)
    _graph: Any = field(default=None, repr=False)
    _reports: list[FileReport] | None = field(default=None, repr=False)
    _corpus: Any = field(default=None, repr=False)
    _parts: list[Any] | None = field(default=None, repr=False)
    _live: dict[str, np.ndarray] | None = field(default=None, repr=False)
    _resolution: Any = field(default=None, repr=False)
    _resolution_json: dict[str, Any] | None = field(default=None, repr=False)

    # ---- what it holds ----------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.generation.name

    @property
    def repair(self) -> str:
        return rebuild_hint(self.root)

    @property
    def documents(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("documents", []))

    @property
    def files(self) -> list[dict[str, Any]]:
        """The documents (the name earlier versions used)."""
        return self.documents

    @property
    def encoder(self) -> str | None:
        return self.manifest.get("index", {}).get("encoder")

    @property
    def index_meta(self) -> dict[str, Any]:
        return dict(self.manifest.get("index", {}))

    @property
    def backend_spec(self) -> str:
        return self.manifest.get("index", {}).get("backend", "local")

    @property
    def embedding_cache_dir(self) -> Path:
        """Embedding cache shared by all generations (survives rebuilds)."""
        return embedding_cache_dir(self.root)

    @property
    def records_dir(self) -> Path:
        return records_dir(self.root)

    @property
    def segments(self) -> list[SealedDir]:
        return [SealedDir(segments_dir(self.root) / s, self.repair)
                for s in self.manifest.get("segments", [])]

    def close(self) -> None:
        if self.lease is not None:
            self.lease.close()

    # ---- records ----------------------------------------------------------------------------

    def reports(self) -> list[FileReport]:
        """What was read from each document, in manifest order (documents by name)."""
        if self._reports is None:
            self._reports = [load_report(self.records_dir / f"{d['records']}.json")
                             for d in self.documents]
        return self._reports

    def records(self) -> list[Project]:
        return [p for r in self.reports() for p in r.projects]

    # ---- generation files -------------------------------------------------------------------

    def _sealed(self) -> SealedDir:
        return SealedDir(self.generation, self.repair)

    def live(self) -> dict[str, np.ndarray]:
        if self._live is None:
            src = self._sealed()
            try:
                with np.load(io.BytesIO(src.read(LIVE))) as z:
                    nxt = self.manifest["next"]
                    self._live = {"projects": _unpack(z["projects"], nxt["project"]),
                                  "concepts": _unpack(z["concepts"], nxt["concept"])}
            except (ValueError, KeyError, OSError) as exc:
                raise JixiaoError(f"{self.generation / LIVE} is damaged ({exc}): "
                                  f"{self.repair}") from exc
        return self._live

    def resolution_json(self) -> dict[str, Any]:
        """The organisations as stored (``resolution_bytes``)."""
        if self._resolution_json is None:
            try:
                data = _loads(self._sealed().read(RESOLUTION))
                if not isinstance(data, dict):
                    raise ValueError("not an object")
            except ValueError as exc:
                raise JixiaoError(f"{self.generation / RESOLUTION} is damaged ({exc}): "
                                  f"{self.repair}") from exc
            self._resolution_json = data
        return self._resolution_json

    def resolution(self) -> Any:
        if self._resolution is None:
            try:
                self._resolution = resolution_from_json(self.resolution_json())
            except (ValueError, KeyError, TypeError) as exc:
                raise JixiaoError(f"{self.generation / RESOLUTION} is damaged ({exc}): "
                                  f"{self.repair}") from exc
        return self._resolution

    def parts(self, cache: dict[str, Any] | None = None) -> list[Any]:
        """The corpus parts of this generation's segments (``cache``: by segment name)."""
        if self._parts is None:
            from jixiao.search.index import load_part

            out = []
            for src in self.segments:
                part = cache.get(src.name) if cache is not None else None  # parts never change
                if part is None:
                    part = load_part(src)
                    if cache is not None:
                        cache[src.name] = part
                out.append(part)
            self._parts = out
            if cache is not None:  # forget parts of segments merged away (memory of a server)
                names = {src.name for src in self.segments}
                for old in [k for k in cache if not k.startswith("corpus:") and k not in names]:
                    del cache[old]
        return self._parts

    def document_rank(self) -> dict[str, int]:
        return {d["name"]: i for i, d in enumerate(self.documents)}

    def corpus(self, cache: dict[str, Any] | None = None) -> Any:
        """The live corpus (search.corpus.Corpus) in full-build order (``cache``: a process's
        loaded parts, and the last corpus assembled, reused by the next write)."""
        key = f"corpus:{self.name}"
        if self._corpus is None and cache is not None and key in cache:
            self._corpus = cache[key]
        if self._corpus is None:
            from jixiao.search.corpus import Corpus, StatedProjects

            parts = self.parts(cache)
            live = self.live()
            stated = StatedProjects.concat([part.projects for part in parts]).live(
                live["projects"])
            try:
                orgs = org_table(self.resolution_json(), stated, len(live["projects"]))
                self._corpus = Corpus.assemble(parts, live["projects"], live["concepts"], orgs,
                                               self.document_rank())
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise JixiaoError(f"the store {self.root} is inconsistent ({exc}): "
                                  f"{self.repair}") from exc
            if cache is not None:
                for old in [k for k in cache if k.startswith("corpus:")]:
                    del cache[old]
                cache[key] = self._corpus
        return self._corpus

    def search_index(self, backend: Any = None, cache: dict[str, Any] | None = None) -> Any:
        """The engine's index (search.index.SearchIndex) over this generation."""
        from jixiao.search.backends import open_backend
        from jixiao.search.index import DenseView, LexicalView, SearchIndex, counts_of

        meta = self.index_meta
        if not meta:
            raise JixiaoError(f"the store {self.root} has no search index: {self.repair}")
        be = backend or open_backend(meta["backend"], self.manifest["store_id"],
                                     meta.get("dense_kind", "auto"))
        segments = self.segments
        be.check_ahead(segments)  # the index files' checksums, while the corpus loads
        corpus = self.corpus(cache)
        live = self.live()
        try:
            reader = be.open(segments, {"concepts": live["concepts"],
                                        "projects": live["projects"]})
        except JixiaoError:
            raise
        except Exception as exc:  # noqa: BLE001 - whatever broke in a file, the remedy is a build
            raise JixiaoError(f"search index of {self.root} is unreadable ({type(exc).__name__}: "
                              f"{exc}): {self.repair}") from exc
        n_c, n_p = len(live["concepts"]), len(live["projects"])
        concept_dense = DenseView(reader, "concepts", "vector", corpus.concept_slot, n_c)
        project_dense = DenseView(reader, "projects", "vector", corpus.project_slot, n_p)
        name_dense = DenseView(reader, "projects", "name_vector", corpus.project_slot, n_p)
        meta = {**meta, "counts": counts_of(corpus),
                "dense": {"concepts": concept_dense.kind, "projects": project_dense.kind}}
        return SearchIndex(self.generation, meta, corpus, concept_dense, project_dense,
                           LexicalView(reader, "concepts", concept_dense),
                           LexicalView(reader, "projects", project_dense), name_dense, reader)

    # ---- graph ------------------------------------------------------------------------------

    def graph(self, cache: dict[str, Any] | None = None) -> Any:
        """The knowledge graph: the segments' graph parts (live projects only), the resolved
        organisations attached and concepts labelled, as ``kg.graph.build_graph`` would give."""
        if self._graph is None:
            from jixiao.kg import graph as kgg

            live = self.live()["projects"]
            alive = {p["id"] for part in self.parts(cache) for p in part.projects
                     if live[p["slot"]]}
            g = kgg.new_graph(self.resolution())
            for src in self.segments:
                try:
                    merge_graph_part(g, _loads(src.read(GRAPH_PART)), alive)
                except (ValueError, KeyError, TypeError) as exc:
                    raise JixiaoError(f"cannot read the graph {src.directory / GRAPH_PART}: "
                                      f"{exc}: {self.repair}") from exc
            kgg.attach_orgs(g, self.resolution())
            kgg.label_concepts(g)
            self._graph = g
        return self._graph


def _loads(data: bytes) -> Any:
    import orjson

    return orjson.loads(data)


def graph_part(projects: Sequence[Project], pids: Sequence[str]) -> bytes:
    """The graph nodes and edges of ``projects`` without organisations (a segment's part)."""
    import networkx as nx
    import orjson

    from jixiao.kg import graph as kgg

    g = kgg.new_graph(None)
    order = sorted(range(len(projects)), key=lambda i: kgg._sort_key(projects[i]))
    kgg.add_projects(g, [projects[i] for i in order], [pids[i] for i in order])
    return orjson.dumps(nx.node_link_data(g, edges="edges"))


def merge_graph_part(g: Any, data: dict[str, Any], alive: set[str],
                     out: dict[str, list] | None = None) -> None:
    """Add a graph part's live projects (and what they reference) to ``g``; with ``out``, also
    collect the kept nodes and edges (to write a merged part)."""
    from jixiao.kg.graph import CATEGORY, INDICATOR, PROJECT

    nodes = data["nodes"]
    kind = {n["id"]: n.get("type") for n in nodes}

    def owned(n: str) -> bool:
        t = kind.get(n)
        if t == PROJECT:
            return n in alive
        if t == INDICATOR:
            return owner.get(n) in alive
        return False

    owner = {n["id"]: n.get("project") for n in nodes if n.get("type") == INDICATOR}
    used: set[str] = set()
    for e in data["edges"]:
        if owned(e["source"]):
            used.add(e["target"])
    for e in data["edges"]:
        if e["source"] in used and kind.get(e["source"]) == CATEGORY:
            used.add(e["target"])
    kept_nodes = []
    for n in nodes:
        nid = n["id"]
        if not (owned(nid) or nid in used):
            continue
        kept_nodes.append(n)
        attrs = {k: v for k, v in n.items() if k != "id"}
        if nid in g:
            if kind.get(nid) == CATEGORY:
                alts = g.nodes[nid].setdefault("alt_labels", [])
                for a in attrs.get("alt_labels", []):
                    if a not in alts:
                        alts.append(a)
                alts.sort()
            continue
        g.add_node(nid, **attrs)
    kept_edges = []
    for e in data["edges"]:
        if (owned(e["source"]) or e["source"] in used) and e["target"] in g:
            if not g.has_edge(e["source"], e["target"], key=e["key"]):
                g.add_edge(e["source"], e["target"], key=e["key"], rel=e.get("rel", e["key"]))
            kept_edges.append(e)
    if out is not None:
        out["nodes"] += kept_nodes
        out["edges"] += kept_edges


# ------------------------------------------------------------------------------ opening


def current_name(root: Path) -> str:
    hint = f"build it with `jixiao build --store {root}`"
    if not root.is_dir():
        raise JixiaoError(f"no store at {root}: {hint}")
    try:
        raw = (root / CURRENT).read_bytes()
    except FileNotFoundError:
        raise JixiaoError(f"{root} is not a jixiao store (no {CURRENT} file): {hint}") from None
    except OSError as exc:
        raise JixiaoError(f"cannot read store {root}: {exc}") from exc
    try:
        name = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        name = ""
    if not name or "/" in name or name.startswith(".") or len(name) > 200:
        raise JixiaoError(f"store {root} is damaged ({root / CURRENT} does not name a "
                          f"generation): {rebuild_hint(root)}")
    return name


def read_manifest(root: Path, gen: Path) -> dict[str, Any]:
    src = SealedDir(gen, rebuild_hint(root))
    try:
        manifest = _loads(src.read(MANIFEST))
    except JixiaoError:
        raise
    except (ValueError, UnicodeDecodeError) as exc:
        raise JixiaoError(f"store {root} is corrupt ({MANIFEST}: {exc}): "
                          f"{rebuild_hint(root)}") from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != STORE_FORMAT:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise JixiaoError(f"store {root} has format {found!r}, this version reads "
                          f"{STORE_FORMAT}: rebuild it with `jixiao build FILES --store {root}`")
    return manifest


def open_store(directory: str | Path | None = None,
               manifests: dict[str, dict[str, Any]] | None = None) -> Store:
    """Open the live generation of a store; JixiaoError when missing or damaged.
    ``manifests``: those a process has read or written, by generation directory (a generation
    never changes; a 1M-indicator store's lists 7k documents, ~0.2 s to read and check)."""
    root = store_root(directory)
    for _ in range(_OPEN_ATTEMPTS):
        name = current_name(root)
        gen = generations_dir(root) / name
        lease = leases.acquire(gen)
        if lease is None:
            if not (gen / MANIFEST).exists() and current_name(root) == name:
                raise JixiaoError(f"store {root} is corrupt (generation {name!r} is missing): "
                                  f"{rebuild_hint(root)}")
            time.sleep(_RETRY_PAUSE)  # a writer switched generations under us: read CURRENT again
            continue
        try:
            manifest = manifests.get(str(gen)) if manifests is not None else None
            if manifest is None:
                manifest = read_manifest(root, gen)
        except BaseException:
            lease.close()
            raise
        return Store(root=root, generation=gen, manifest=manifest, lease=lease)
    raise JixiaoError(f"store {root} keeps changing; try again")


def current_generation(root: Path) -> str | None:
    """The live generation's name, or None (cheap: for watchers)."""
    try:
        return current_name(root)
    except JixiaoError:
        return None
