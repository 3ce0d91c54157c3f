"""The one core API: the CLI, the web UI and the tests all go through here.

    from jixiao import api
    jx = api.open_store("~/jx", build_if_missing=True)
    result = jx.search("考生对考试满意吗", k=5)
    for hit in result.hits: print(hit.text, hit.targets_text)
    jx.similar(result.hits[0].id); jx.suggest("组织全市卫生专业技术资格考试"); jx.project(pid)

Results are plain dataclasses with ``to_json()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.kg import ids
from jixiao.kg.records import FileReport, Indicator, Project
from jixiao.search.corpus import ProjectInfo as ProjectSummary
from jixiao.search.engine import SearchEngine
from jixiao.search.index import check_encoder
from jixiao.search.query import Filters
from jixiao.search.results import Hit, Related, SuggestedIndicator, Suggestion, Use
from jixiao.search.similar import similar
from jixiao.search.suggest import suggest
from jixiao.search.targets import target_quality
from jixiao.store import (
    BuildResult,
    FileResult,
    Progress,
    Store,
    StoreContext,
    add_documents,
    build_store,
    compact_store,
    current_generation,
    default_store_dir,
    remove_documents,
)
from jixiao.store import (
    open_store as _open_store_dir,
)

__all__ = [
    "FileReport", "Hit", "Indicator", "IndicatorRow", "Jixiao", "Project",
    "ProjectDetails", "ProjectSummary", "Related", "SearchResult", "SuggestedIndicator",
    "Suggestion", "Use", "add", "build", "default_store_dir", "open_store", "parse",
    "store_exists", "remove", "compact", "DocumentInfo", "BuildResult", "FileResult",
]


def __getattr__(name: str) -> Any:
    # The RDF formats come from kg.rdf, imported only when asked (rdflib is slow to import and a
    # search never needs it).
    if name == "EXPORT_FORMATS":
        from jixiao.kg import rdf

        return tuple(rdf.FORMATS)
    raise AttributeError(name)


@dataclass
class DocumentInfo:
    """A stored document, as `jixiao list` shows it."""

    name: str
    origin: str | None
    projects: int
    indicators: int
    added: str | None
    sha256: str | None
    errors: list[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    query: str
    type: str
    k: int
    filters: dict[str, Any]
    hits: list[Hit]

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query, "type": self.type, "k": self.k, "filters": self.filters,
            "hits": [h.to_json() for h in self.hits],
        }


@dataclass
class IndicatorRow:
    id: str
    concept_id: str
    level1: str | None
    level2: str | None
    level3: str
    target: str | None
    target_quality: str | None
    actual: str | None
    weight: float | None
    score: float | None
    deviation: str | None
    line: int | None


@dataclass
class ProjectDetails:
    id: str
    name: str
    name_as_printed: str | None
    department: str | None
    unit: str | None
    year: int | None
    form: str | None
    funds: dict[str, Any]
    goal: str | None
    total_score: float | None
    grade: str | None
    source: dict[str, Any]
    warnings: list[str]
    indicators: list[IndicatorRow]
    related: list[Related] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["related"] = [r.to_json() for r in self.related]
        return out


class Jixiao:
    """An opened store generation: its graph, records and search engine (loaded on first use).

    A long-running process calls ``refreshed()`` between requests to follow the writes of other
    processes; the generation it holds stays on disk while this object lives."""

    def __init__(self, store: Store, encoder: str | None = None,
                 context: StoreContext | None = None) -> None:
        self.store = store
        self._encoder_spec = encoder
        self._engine: SearchEngine | None = None
        self.context = context or StoreContext()
        if encoder is not None and store.index_meta:
            # Refuse a mismatched encoder when the store is opened, not at the first query.
            check_encoder(store.index_meta, encoder, store.root)

    @property
    def root(self) -> Path:
        return self.store.root

    @property
    def generation(self) -> str:
        return self.store.name

    @property
    def engine(self) -> SearchEngine:
        if self._engine is None:
            meta = self.store.index_meta
            if not meta:
                raise JixiaoError(f"the store {self.store.root} has no search index: "
                                  f"{self.store.repair}")
            backend = self.context.backend(meta["backend"], self.store.manifest["store_id"],
                                           meta.get("dense_kind", "auto"))
            index = self.store.search_index(backend, self.context.parts)
            self._engine = SearchEngine(index, self.context.encoder(index.encoder_name, self.root))
        return self._engine

    def load(self) -> Jixiao:
        """Load the search engine now (so the first question is quick); returns self."""
        _ = self.engine
        return self

    def refreshed(self) -> Jixiao:
        """This store's live generation: self when unchanged, else a new object for it (with
        its engine loaded, reusing what both generations share)."""
        if current_generation(self.root) in (None, self.generation):
            return self
        fresh = Jixiao(_open_store_dir(self.root), self._encoder_spec, self.context)
        return fresh.load() if self._engine is not None else fresh

    @property
    def encoder(self) -> str:
        return self.engine.index.encoder_name

    def stats(self) -> dict[str, Any]:
        meta = self.engine.index.meta
        return {"store": str(self.root), "encoder": meta["encoder"], "backend": meta["backend"],
                "generation": self.generation, "documents": len(self.store.documents),
                **meta.get("counts", {})}

    def document_list(self) -> list[DocumentInfo]:
        """The stored documents, by name."""
        return [DocumentInfo(d["name"], d.get("origin"), d.get("projects", 0),
                             d.get("indicators", 0), d.get("added"), d.get("sha256"),
                             list(d.get("errors", []))) for d in self.store.documents]

    # ---- queries -------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        type: str = "indicator",
        k: int = 10,
        unit: str | None = None,
        year: int | None = None,
        level1: str | None = None,
        level2: str | None = None,
    ) -> SearchResult:
        filters = Filters(unit=unit or None, year=year or None, level1=level1 or None,
                          level2=level2 or None)
        hits = self.engine.search(query, type=type, k=k, filters=filters)
        return SearchResult(
            query=query, type=type, k=k,
            filters={"unit": filters.unit, "year": filters.year, "level1": filters.level1,
                     "level2": filters.level2},
            hits=hits,
        )

    def similar(self, item_id: str, k: int = 10) -> list[Related]:
        return similar(self.engine, item_id, k)

    def suggest(self, description: str, k: int = 20) -> Suggestion:
        return suggest(self.engine, description, k)

    def project(self, project_id: str, related: int = 8) -> ProjectDetails:
        """A project with funds, goal, its indicator table and related projects."""
        from jixiao.kg import graph as kgg

        short = _short_id(project_id, "project")
        g = self.store.graph()
        if short not in g or g.nodes[short].get("type") != kgg.PROJECT:
            raise JixiaoError(f"no project {short} in the store {self.root}")
        a = g.nodes[short]
        rows = []
        for ind in kgg.indicators_of(g, short):
            ia = g.nodes[ind]
            rows.append(
                IndicatorRow(
                    id=ind, concept_id=kgg.concept_of(g, ind), level1=ia.get("level1"),
                    level2=ia.get("level2"), level3=ia.get("level3") or ia.get("label") or "",
                    target=ia.get("target"), target_quality=target_quality(ia.get("target")),
                    actual=ia.get("actual"), weight=ia.get("weight"), score=ia.get("score"),
                    deviation=ia.get("deviation"), line=ia.get("line"),
                )
            )
        return ProjectDetails(
            id=short, name=a.get("label") or "", name_as_printed=a.get("name_as_printed"),
            department=a.get("department"), unit=a.get("unit"), year=a.get("year"),
            form=a.get("form"), funds=dict(a.get("funds") or {}), goal=a.get("goal"),
            total_score=a.get("total_score"), grade=a.get("grade"),
            source=dict(a.get("source") or {}), warnings=list(a.get("warnings") or []),
            indicators=rows,
            related=self.similar(short, related) if related else [],
        )

    def projects(self) -> list[ProjectSummary]:
        """Every project: id, name, unit, year (for pickers and listings)."""
        return list(self.engine.corpus.projects)

    def documents(self) -> list[str]:
        """Names of the stored source documents."""
        return [d["name"] for d in self.store.documents]

    # ---- export (delegates to kg.rdf) ---------------------------------------------------------

    def export(self, fmt: str = "turtle", project: str | None = None) -> str:
        """The graph (or one project and its neighbourhood) as RDF in `fmt` (EXPORT_FORMATS)."""
        from jixiao.kg import rdf

        return rdf.export(self.store.graph(), fmt, project=project)

    def export_suggestion_rows(self, suggestion: Suggestion) -> list[dict[str, Any]]:
        """A suggestion as table rows (for CSV/XLSX downloads)."""
        return [
            {
                "一级指标": s.level1, "二级指标": s.level2, "三级指标": s.text,
                "建议指标值": s.recommended_target or "",
                "常见指标值": "; ".join(f"{t} ×{n}" for t, n in s.targets),
                "指标值不明确": "是" if s.vague else "",
                "使用项目数": s.used_by,
            }
            for s in suggestion.indicators
        ]


def _short_id(value: str, kind: str | None = None) -> str:
    text = (value or "").strip()
    if not text:
        raise JixiaoError("empty id: give an id such as project/3f2a9c1b0d")
    short = ids.to_short(text)
    if kind and ids.kind_of(short) != kind:
        raise JixiaoError(f"{short} is not a {kind} id")
    return short


def store_exists(store_dir: str | Path | None = None) -> bool:
    """True when `store_dir` (default: the default store) holds a usable store."""
    root = Path(store_dir).expanduser() if store_dir else default_store_dir()
    try:
        _open_store_dir(root)
    except JixiaoError:
        return False
    return True


def open_store(
    store_dir: str | Path | None = None,
    build_if_missing: bool = False,
    encoder: str | None = None,
    progress: Progress | None = None,
) -> Jixiao:
    """Open a store; with ``build_if_missing`` build it from the bundled samples first."""
    root = Path(store_dir).expanduser() if store_dir else default_store_dir()
    try:
        store = _open_store_dir(root)
    except JixiaoError:
        if not build_if_missing or (root.exists() and any(root.iterdir())):
            raise
        store = build_store(None, root, encoder=encoder, progress=progress).store
    return Jixiao(store, encoder)


def parse(paths: Sequence[str | Path]) -> list[FileReport]:
    """Read documents (files or directories) into records, one report per file; never raises
    for a bad file (its report carries the errors)."""
    from jixiao.kg.reader import read_paths

    return read_paths(paths)


def _context(jx: Jixiao | None) -> StoreContext | None:
    return jx.context if jx is not None else None


def _opened(result: BuildResult, jx: Jixiao | None) -> Jixiao:
    context = _context(jx)
    if jx is not None and result.store.name == jx.generation:
        return jx
    return Jixiao(result.store, context=context)


def build(
    paths: Sequence[str | Path] | None = None,
    store_dir: str | Path | None = None,
    encoder: str | None = None,
    progress: Progress | None = None,
    index: str | None = None,
    dense: str | None = None,
) -> tuple[Jixiao, BuildResult]:
    """(Re)build a store from documents: ``paths``, or the store's own documents (the bundled
    samples for a new store). ``index``: the search backend (``local``, ``milvus:/file.db``,
    ``milvus://host:port``), recorded in the store; ``dense``: the local backend's index kind
    for large segments (``hnsw`` default, ``sq8`` for a quarter of the memory)."""
    result = build_store(paths, store_dir, encoder=encoder, progress=progress, index=index,
                         dense_kind=dense)
    return Jixiao(result.store), result


def add(
    paths: Sequence[str | Path],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    as_name: str | None = None,
    jx: Jixiao | None = None,
) -> tuple[Jixiao, BuildResult]:
    """Add documents, or replace the stored versions (same name and folder, or ``as_name``);
    only they are read and only new texts are embedded. ``jx``: the caller's open store, whose
    loaded state the write reuses (a server)."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    result = add_documents(paths, root, as_name=as_name, progress=progress, context=_context(jx))
    return _opened(result, jx), result


def remove(
    names: Sequence[str],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    jx: Jixiao | None = None,
) -> tuple[Jixiao, BuildResult]:
    """Remove stored documents by name."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    result = remove_documents(names, root, progress=progress, context=_context(jx))
    return _opened(result, jx), result


def compact(
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    force: bool = False,
    jx: Jixiao | None = None,
) -> BuildResult | None:
    """Merge the store's index segments when due (or always with ``force``)."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    return compact_store(root, progress=progress, force=force, context=_context(jx))


# ---- for the web UI (issue 5): the graph around one project, for a small picture -------------


@dataclass
class GraphNode:
    id: str
    label: str
    kind: str  # project | unit | department | concept | year


@dataclass
class GraphEdge:
    source: str
    target: str
    label: str  # the relation, in Chinese


@dataclass
class Neighbourhood:
    center: str
    nodes: list[GraphNode]
    edges: list[GraphEdge]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def project_neighbourhood(
    jx: Jixiao, project_id: str, max_concepts: int = 8, max_projects: int = 8
) -> Neighbourhood:
    """A project's unit, department, year and indicator concepts, and the other projects that
    share its unit or its concepts (most shared first), read from the graph."""
    from jixiao.kg import graph as kgg

    g = jx.store.graph()
    pid = _short_id(project_id, "project")
    if pid not in g or g.nodes[pid].get("type") != kgg.PROJECT:
        raise JixiaoError(f"no project {pid} in the store {jx.root}")
    nodes: dict[str, GraphNode] = {}
    edges: list[GraphEdge] = []

    def add(node_id: str, kind: str) -> None:
        nodes.setdefault(node_id, GraphNode(node_id, str(g.nodes[node_id].get("label", "")), kind))

    add(pid, "project")
    unit, dept = kgg.unit_of(g, pid), kgg.department_of(g, pid)
    if unit:
        add(unit, "unit")
        edges.append(GraphEdge(pid, unit, "实施单位"))
    if dept and dept != unit:
        add(dept, "department")
        edges.append(GraphEdge(unit or pid, dept, "隶属" if unit else "主管部门"))
    for _, year, rel in g.out_edges(pid, keys=True):
        if rel == kgg.HAS_YEAR:
            add(year, "year")
            edges.append(GraphEdge(pid, year, "年度"))
    sharing = kgg.projects_sharing_concepts(g, pid)
    # Concepts shared with other projects say most about the project's place in the graph.
    shared_count: dict[str, int] = {}
    for _, concepts in sharing:
        for c in concepts:
            shared_count[c] = shared_count.get(c, 0) + 1
    concepts = sorted(kgg.concepts_of(g, pid),
                      key=lambda c: (-shared_count.get(c, 0), g.nodes[c].get("label", ""), c))
    for c in concepts[:max_concepts]:
        add(c, "concept")
        edges.append(GraphEdge(pid, c, "使用指标"))
    others = [p for p in kgg.projects_of_unit(g, unit) if p != pid][: max_projects // 2] if unit else []
    for p in others:
        add(p, "project")
        edges.append(GraphEdge(p, unit, "实施单位"))
    for p, shared in sharing:
        if sum(1 for n in nodes.values() if n.kind == "project") > max_projects:
            break
        drawn = [c for c in shared if c in nodes]
        if not drawn:
            continue
        add(p, "project")
        edges.extend(GraphEdge(p, c, "使用指标") for c in drawn)
    return Neighbourhood(pid, list(nodes.values()), edges)


# ---- a store served by a long-running process -------------------------------------------------

#: How often a server looks for a generation another process published (seconds).
WATCH_INTERVAL = 1.0


@dataclass
class _Job:
    paths: list[Path]
    names: list[str | None]
    done: Any = field(default=None)  # threading.Event
    result: BuildResult | None = None
    error: BaseException | None = None


class LiveStore:
    """A store a server holds: it follows other processes' writes (a watcher thread switches to
    a new generation between requests, loading it off the request path) and queues its own
    writes on one writer thread, which commits the uploads waiting at that moment together.

    ``jx`` is the generation to answer the next request from; a request keeps the object it
    started with, so a switch never changes an answer half-way.
    """

    def __init__(self, jx: Jixiao, on_change: Any = None, watch_interval: float = WATCH_INTERVAL
                 ) -> None:
        import queue
        import threading

        self._jx = jx.load()
        self._on_change = on_change
        self._interval = watch_interval
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._swap = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._watch, name="jixiao-watch", daemon=True),
                         threading.Thread(target=self._write, name="jixiao-write", daemon=True)]
        for t in self._threads:
            t.start()

    @property
    def jx(self) -> Jixiao:
        return self._jx

    def close(self) -> None:
        self._stop.set()

    def _switch(self, fresh: Jixiao) -> None:
        with self._swap:
            if fresh is self._jx:
                return
            self._jx = fresh
        if self._on_change is not None:
            self._on_change(fresh)

    def _watch(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                with self._swap:
                    current = self._jx
                fresh = current.refreshed()
                if fresh is not current:
                    self._switch(fresh)
            except Exception:  # noqa: BLE001 - a generation that fails to load is retried
                import logging

                logging.getLogger(__name__).exception("cannot switch to the new generation")

    def add(self, paths: Sequence[str | Path], names: Sequence[str | None] | None = None,
            timeout: float | None = None) -> BuildResult:
        """Queue documents for adding (``names``: the document name of each, None for its file
        name) and wait for the write that commits them."""
        import threading

        paths = [Path(p) for p in paths]
        job = _Job(paths, list(names) if names is not None else [None] * len(paths),
                   threading.Event())
        self._jobs.put(job)
        if not job.done.wait(timeout):
            raise JixiaoError("the store did not finish writing in time; the documents stay "
                              "queued and will be added")
        if job.error is not None:
            raise job.error
        assert job.result is not None
        return job.result

    def _write(self) -> None:
        import queue

        while not self._stop.is_set():
            try:
                first = self._jobs.get(timeout=0.5)
            except queue.Empty:
                continue
            batch, later = [first], []
            while True:  # everything waiting now goes into one write, one job per name
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                taken = {_job_key(p, n) for b in batch for p, n in zip(b.paths, b.names, strict=True)}
                if any(_job_key(p, n) in taken for p, n in zip(job.paths, job.names, strict=True)):
                    later.append(job)
                else:
                    batch.append(job)
            for job in later:
                self._jobs.put(job)
            self._commit(batch)

    def _commit(self, batch: list[_Job]) -> None:
        paths = [p for job in batch for p in job.paths]
        names = [n for job in batch for n in job.names]
        try:
            result = add_documents(paths, self._jx.root, as_name=names,
                                   context=self._jx.context)
            fresh = _opened(result, self._jx).load()
            self._switch(fresh)
        except BaseException as exc:  # noqa: BLE001 - handed to every waiting request
            for job in batch:
                job.error = exc
                job.done.set()
            return
        by_path = {f.path: f for f in result.files}
        for job in batch:
            files = [by_path[str(p)] for p in job.paths if str(p) in by_path]
            job.result = BuildResult(store=result.store, files=files, seconds=result.seconds,
                                     index=result.index, changed=result.changed)
            job.done.set()
        if result.merge_due:
            try:
                if compact_store(self._jx.root, context=self._jx.context) is not None:
                    self._switch(self._jx.refreshed())
            except JixiaoError:
                pass  # merging is an optimisation; the next write tries again


def _job_key(path: Path, name: str | None) -> str:
    return name if name is not None else str(Path(path).resolve())
