"""The one core API: the CLI, the web UI and the tests all go through here.

    from jixiao import api
    jx = api.open_store("~/jx", build_if_missing=True)
    result = jx.search("考生对考试满意吗", k=5)
    for hit in result.hits: print(hit.text, hit.targets_text)
    jx.similar(result.hits[0].id); jx.suggest("组织全市卫生专业技术资格考试"); jx.project(pid)

Results are plain dataclasses with ``to_json()``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jixiao import store as _writes  # the writer loads on a write's first call (store.__getattr__)
from jixiao.errors import JixiaoError
from jixiao.kg import ids, push
from jixiao.kg.records import RECORDS_SCHEMA, FileReport, Indicator, Location, Project
from jixiao.search.corpus import ProjectInfo as ProjectSummary
from jixiao.search.engine import SearchEngine
from jixiao.search.index import check_encoder
from jixiao.search.query import Filters
from jixiao.search.results import Hit, Related, SuggestedIndicator, Suggestion, Use
from jixiao.search.targets import target_quality
from jixiao.search.understand import understand
from jixiao.store import (
    BuildResult,
    FileResult,
    Progress,
    Store,
    StoreContext,
    current_generation,
    default_store_dir,
)
from jixiao.store import (
    open_store as _open_store_dir,
)
from jixiao.vocab import LEVEL1, LEVEL2, canonical_level1, canonical_level2

if TYPE_CHECKING:
    from jixiao.kg.rdf_catalog import Publication
    from jixiao.search.target_stats import TargetAnswer, TargetStats

__all__ = [
    "DEFAULT_BASE", "BuildResult", "DocumentInfo",
    "DocumentReport", "FileReport", "FileResult", "FilterChoices", "Hit", "Indicator",
    "IndicatorRow", "IndicatorSource", "ItemSummary", "Jixiao", "LiveStore", "Location",
    "NotUnderstood", "Project", "ProjectDetails", "ProjectRef", "ProjectSummary", "PushResult",
    "RECORDS_SCHEMA", "Related", "SearchResult", "SuggestedIndicator", "Suggestion",
    "TargetAnswer", "TargetStats", "Use", "add", "build", "compact", "default_store_dir",
    "document_reports", "is_target_question", "open_store", "parse", "records_json", "remove",
    "store_exists",
]

#: How many known values an "unknown filter value" message lists.
KNOWN_VALUES_LISTED = 12

#: The placeholder base IRI used until a store is given its own (`jixiao build --base`).
DEFAULT_BASE = ids.DEFAULT_BASE
#: Environment variable read for basic auth (`user:password`) by `Jixiao.push`.
PUSH_AUTH_ENV = "JIXIAO_PUSH_AUTH"
PushResult = push.PushResult


def __getattr__(name: str) -> Any:
    # EXPORT_FORMATS (RDF serialisations `Jixiao.export` writes, by name; TriG and N-Quads keep
    # the named graphs) and EXPORT_EXTENSIONS (each one's file name extension) come from kg.rdf,
    # imported only when asked: rdflib is slow to import and a search never needs it.
    if name in ("EXPORT_FORMATS", "EXPORT_EXTENSIONS"):
        from jixiao.kg import rdf

        return tuple(rdf.FORMATS) if name == "EXPORT_FORMATS" else dict(rdf.EXTENSIONS)
    if name in ("TargetAnswer", "TargetStats"):  # a search does not import target_stats
        from jixiao.search import target_stats

        return getattr(target_stats, name)
    if name == "READABLE_SUFFIXES":  # the file types the reader takes (it reads the content)
        from jixiao.kg.reader import READABLE_SUFFIXES

        return READABLE_SUFFIXES
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
    format: str | None = None
    bytes: int | None = None

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
    #: Where the row is printed, in Chinese (「第 12 行」「表 Sheet1，B12:D12」).
    location: str = ""
    #: Text-quality flags from the reader (values of jixiao.vocab.TextFlag).
    flags: list[str] = field(default_factory=list)


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
    #: The source document and where in it, in Chinese (「a.xlsx，表 Sheet1，A1:H30」).
    source_text: str = ""
    #: Text-quality flags of the project's own fields (values of jixiao.vocab.TextFlag).
    flags: list[str] = field(default_factory=list)

    @property
    def all_flags(self) -> list[str]:
        """Flags of the project and of any of its indicator rows, each once."""
        seen = dict.fromkeys(self.flags)
        for row in self.indicators:
            seen.update(dict.fromkeys(row.flags))
        return list(seen)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["related"] = [r.to_json() for r in self.related]
        return out


@dataclass
class FilterChoices:
    """The values the store's filters can take (for pickers and "unknown value" messages)."""

    units: list[str]
    years: list[int]  # newest first
    level1: list[str] = field(default_factory=lambda: list(LEVEL1))
    level2: list[str] = field(default_factory=lambda: list(LEVEL2))


@dataclass
class ItemSummary:
    """What an id names: a project, an indicator row or an indicator wording."""

    id: str
    type: str  # project | indicator | concept
    text: str
    unit: str | None = None
    year: int | None = None
    level1: str | None = None
    level2: str | None = None


@dataclass
class IndicatorSource:
    """One project row that uses an indicator wording, with where it is printed."""

    project_id: str
    project: str
    unit: str | None
    year: int | None
    wording: str
    target: str | None
    file: str | None
    location: str  # Chinese, e.g. 「第 12 行」


@dataclass
class ProjectRef:
    """A project as listed in an upload report: enough to name it and open it."""

    id: str
    name: str
    unit: str | None
    year: int | None
    indicators: int
    flags: list[str] = field(default_factory=list)


@dataclass
class NotUnderstood:
    """A line or cell of a document the reader could not place, and where it is."""

    where: str  # Chinese, e.g. 「第 12 行」「表 Sheet1，C7」
    text: str
    reason: str


@dataclass
class DocumentReport:
    """What reading one document gave: its projects, warnings and what was not understood."""

    file: str
    added: bool
    projects: list[ProjectRef] = field(default_factory=list)
    indicators: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    not_understood: list[NotUnderstood] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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
        """Name of the store generation this object reads."""
        return self.store.name

    def live_generation(self) -> str | None:
        """Name of the store's live generation now (one small file read); None if unreadable."""
        return current_generation(self.root)

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
            self._engine = SearchEngine(index, self.context.encoder(index.encoder_name, self.root),
                                        cache_dir=self.root / "cache")
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
        # The manifest as the process's writes left it, if they wrote this generation.
        store = _open_store_dir(self.root, self.context.manifests)
        fresh = Jixiao(store, self._encoder_spec, self.context)
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
                             list(d.get("errors", [])), d.get("format"), d.get("bytes"))
                for d in self.store.documents]

    # ---- queries -------------------------------------------------------------------------------

    # ---- identifiers ---------------------------------------------------------------------------

    @property
    def base(self) -> str:
        """The base IRI the store publishes under (its setting, else the placeholder)."""
        return ids.check_base((self.store.manifest.get("publication") or {}).get("base"))

    def iri(self, item_id: str, base: str | None = None) -> str:
        """The IRI of a short id (``project/…``) under the store's base (or ``base``)."""
        return ids.to_iri(item_id, base or self.base)

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
        filters = self.check_filters(unit=unit, year=year, level1=level1, level2=level2)
        hits = self.engine.search(query, type=type, k=k, filters=filters)
        for hit in hits:
            hit.iri = self.iri(hit.id)
        return SearchResult(
            query=query, type=type, k=k,
            filters={"unit": filters.unit, "year": filters.year, "level1": filters.level1,
                     "level2": filters.level2},
            hits=hits,
        )

    def filter_choices(self) -> FilterChoices:
        """Units and years present in the store (the category tree is fixed)."""
        projects = self.projects()
        return FilterChoices(
            units=sorted({p.unit for p in projects if p.unit}),
            years=sorted({p.year for p in projects if p.year}, reverse=True),
        )

    def check_filters(
        self,
        unit: str | None = None,
        year: int | None = None,
        level1: str | None = None,
        level2: str | None = None,
    ) -> Filters:
        """The filters as search applies them (categories in their canonical names); a
        JixiaoError naming an unknown value and listing the known ones."""
        unit = (unit or "").strip() or None
        if level1:
            canon = canonical_level1(level1)
            if canon is None:
                raise JixiaoError(_unknown("一级指标", level1, LEVEL1))
            level1 = canon
        if level2:
            canon = canonical_level2(level2, level1)
            if canon is None:
                raise JixiaoError(_unknown("二级指标", level2, LEVEL2))
            level2 = canon
        if unit or year:
            projects = self.projects()
            if year and not any(p.year == int(year) for p in projects):
                years = sorted({p.year for p in projects if p.year}, reverse=True)
                raise JixiaoError(_unknown("年度", str(year), [str(y) for y in years]))
            if unit and not _unit_known(unit, projects):
                units = sorted({p.unit for p in projects if p.unit})
                raise JixiaoError(_unknown("实施单位", unit, units))
        return Filters(unit=unit, year=int(year) if year else None, level1=level1 or None,
                       level2=level2 or None)

    def item(self, item_id: str) -> ItemSummary:
        """What a project, indicator or concept id names (for 「与……相关」 headings)."""
        from jixiao.kg import graph as kgg

        short = _short_id(item_id)
        g = self.store.graph()
        if short not in g:
            raise JixiaoError(f"库 {self.root} 中没有 {short}")
        a = g.nodes[short]
        kind = a.get("type")
        if kind == kgg.PROJECT:
            return ItemSummary(short, "project", a.get("label") or "", a.get("unit"),
                               a.get("year"))
        if kind == kgg.INDICATOR:
            p = g.nodes[kgg.project_of(g, short)]
            return ItemSummary(short, "indicator", a.get("label") or "", p.get("unit"),
                               p.get("year"), a.get("level1"), a.get("level2"))
        if kind == kgg.CONCEPT:
            return ItemSummary(short, "concept", a.get("label") or "")
        return ItemSummary(short, str(kind or ""), str(a.get("label") or ""))

    def text_flags(self, item_ids: Sequence[str]) -> dict[str, list[str]]:
        """Text-quality flags (jixiao.vocab.TextFlag values) of projects and indicator rows;
        ids without flags are left out."""
        g = self.store.graph()
        out: dict[str, list[str]] = {}
        for item_id in item_ids:
            if item_id in g and (flags := g.nodes[item_id].get("flags")):
                out[item_id] = list(flags)
        return out

    def indicator_sources(self, concept_id: str) -> list[IndicatorSource]:
        """Every project row using an indicator wording, newest year first, with its source."""
        from jixiao.kg import graph as kgg

        g = self.store.graph()
        short = _short_id(concept_id, "concept")
        if short not in g:
            raise JixiaoError(f"库 {self.root} 中没有指标 {short}")
        out = []
        for row in kgg.concept_usage(g, short):
            ia = g.nodes[row["indicator"]]
            out.append(IndicatorSource(
                project_id=row["project"], project=row["project_label"], unit=row["unit"],
                year=row["year"], wording=row["wording"], target=row["target"],
                file=(ia.get("source") or {}).get("file"),
                location=_location_text(ia.get("location"), ia.get("line")),
            ))
        return out

    def document_report(self, name: str) -> DocumentReport:
        """What was read from one stored document (by file name)."""
        from jixiao.kg import graph as kgg

        reports = self.store.reports()
        # Project ids depend on every project in the store (duplicates get ordinals).
        pids = iter(kgg.project_ids(self.store.records()))
        for entry, report in zip(self.store.files, reports, strict=True):
            own = [next(pids) for _ in report.projects]
            if entry["name"] == name:
                return self._document_report(name, report, own)
        raise JixiaoError(f"库 {self.root} 中没有文档 {name}")

    def _document_report(self, name: str, report: FileReport, pids: list[str]) -> DocumentReport:
        from jixiao.kg import graph as kgg

        g = self.store.graph()
        refs = []
        for project, pid in zip(report.projects, pids, strict=True):
            flags = dict.fromkeys(project.flags)
            for ind in project.indicators:
                flags.update(dict.fromkeys(ind.flags))
            a = g.nodes[pid] if pid in g else {}
            refs.append(ProjectRef(pid, a.get("label") or kgg.project_label(project),
                                   a.get("unit") or project.unit, project.year,
                                   len(project.indicators), list(flags)))
        warnings = list(report.warnings)
        for p in report.projects:
            warnings += [f"{p.name}：{w}" for w in p.warnings]
        return DocumentReport(
            file=name, added=bool(refs), projects=refs,
            indicators=sum(len(p.indicators) for p in report.projects),
            errors=list(report.errors), warnings=warnings,
            not_understood=_not_understood(report),
        )

    def target_question(self, question: str) -> TargetAnswer:
        """「知晓率一般定多少」: what projects set for that measure and what they achieved."""
        from jixiao.search.target_stats import answer_target_question

        return answer_target_question(self.engine, question)

    def similar(self, item_id: str, k: int = 10) -> list[Related]:
        from jixiao.search.similar import similar

        return similar(self.engine, item_id, k)

    def suggest(self, description: str, k: int = 20) -> Suggestion:
        from jixiao.search.suggest import suggest

        return suggest(self.engine, description, k)

    def project(self, project_id: str, related: int = 8) -> ProjectDetails:
        """A project with funds, goal, its indicator table and related projects."""
        from jixiao.kg import graph as kgg

        short = _short_id(project_id, "project")
        g = self.store.graph()
        if short not in g or g.nodes[short].get("type") != kgg.PROJECT:
            raise JixiaoError(f"库 {self.root} 中没有项目 {short}")
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
                    location=_location_text(ia.get("location"), ia.get("line")),
                    flags=list(ia.get("flags") or []),
                )
            )
        # Where the project is printed: file and lines, with sheet/cells/pages when known.
        source = {**(a.get("location") or {}), **(a.get("source") or {})}
        if a.get("file_format"):
            source["format"] = a["file_format"]
        return ProjectDetails(
            id=short, name=a.get("label") or "", name_as_printed=a.get("name_as_printed"),
            department=a.get("department"), unit=a.get("unit"), year=a.get("year"),
            form=a.get("form"), funds=dict(a.get("funds") or {}), goal=a.get("goal"),
            total_score=a.get("total_score"), grade=a.get("grade"),
            source=source, warnings=list(a.get("warnings") or []),
            indicators=rows,
            related=self.similar(short, related) if related else [],
            source_text=_source_text(source),
            flags=list(a.get("flags") or []),
        )

    def projects(self) -> list[ProjectSummary]:
        """Every project: id, name, unit, year (for pickers and listings)."""
        return list(self.engine.corpus.projects)

    def documents(self) -> list[str]:
        """Names of the stored source documents."""
        return [d["name"] for d in self.store.documents]

    # ---- export (delegates to kg.rdf) ---------------------------------------------------------

    def publication(self, base: str | None = None) -> Publication:
        """What the export's catalog says: the store's publication settings, its dates, reader
        version and source documents (from the manifest)."""
        from jixiao.kg.rdf_catalog import Publication, SourceDocument

        m = self.store.manifest
        settings = m.get("publication") or {}
        return Publication(
            base=ids.check_base(base or settings.get("base")),
            title=settings.get("title") or Publication.title,
            publisher=settings.get("publisher"),
            licence=settings.get("licence"),
            issued=settings.get("issued") or m.get("created"),
            modified=m.get("created"),
            generation=self.generation,
            reader=m.get("reader"),
            software_version=_version(),
            documents=[
                SourceDocument(name=f["name"], sha256=f.get("sha256"), bytes=f.get("bytes"),
                               format=f.get("format"), projects=f.get("projects", 0),
                               indicators=f.get("indicators", 0))
                for f in self.store.files
            ],
        )

    def export(self, fmt: str = "turtle", project: str | None = None,
               base: str | None = None) -> str:
        """The graph (or one project and its neighbourhood) as RDF in `fmt` (EXPORT_FORMATS),
        with IRIs under ``base`` (default: the store's setting). A whole export holds the
        vocabulary and a DCAT/VoID/PROV description of the store."""
        from jixiao.kg import rdf

        pub = self.publication(base)
        return rdf.export(self.store.graph(), fmt, project=project, base=pub.base,
                          publication=pub)

    def push(
        self,
        url: str,
        base: str | None = None,
        auth_env: str | None = None,
        timeout: float = push.DEFAULT_TIMEOUT,
        full: bool = False,
        dry_run: bool = False,
        progress: push.Progress | None = None,
    ) -> PushResult:
        """Send the store to a SPARQL 1.1 store's Graph Store Protocol endpoint ``url``: one
        graph per source document plus the shared, vocabulary and catalog graphs; only graphs
        changed since the last push to ``url`` (all with ``full``). Basic auth comes from the
        environment variable ``auth_env`` (default ``JIXIAO_PUSH_AUTH``, if set)."""
        from jixiao.kg import rdf

        target = push.Target(url.strip(), auth=_auth_from_env(auth_env), timeout=timeout)
        pub = self.publication(base)
        graphs = rdf.named_graphs(self.store.graph(), base=pub.base, publication=pub)
        payload = {}
        for name, part in graphs.items():
            text = rdf.serialize(part, "nt")  # sorted lines: the checksum of equal graphs is equal
            payload[str(name)] = (text, rdf.text_checksum(text), len(part))
        state = push.state_path(self.root / "push", target.url)
        return push.push(payload, target, state, full=full, dry_run=dry_run, progress=progress)

    def export_suggestion_rows(self, suggestion: Suggestion) -> list[dict[str, Any]]:
        """A suggestion as table rows (for CSV/XLSX downloads)."""
        return [
            {
                "一级指标": s.level1, "二级指标": s.level2, "三级指标": s.text,
                "建议指标值": s.recommended_target or "",
                "常见指标值": "; ".join(f"{t} ×{n}" for t, n in s.targets),
                "指标值不明确": "是" if s.vague else "",
                "使用项目数": s.used_by,
                "指标概念ID": s.id,
                "IRI": self.iri(s.id),
            }
            for s in suggestion.indicators
        ]


_KIND_ZH = {"project": "项目", "indicator": "指标", "concept": "指标表述", "org": "单位"}

def _version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version  # slow to import: only here

    try:
        return version("jixiao")
    except PackageNotFoundError:
        return None


def _auth_from_env(name: str | None) -> tuple[str, str] | None:
    """(user, password) from ``$name`` (``user:password``); None when the default is unset."""
    var = name or PUSH_AUTH_ENV
    value = os.environ.get(var)
    if value is None:
        if name:
            raise JixiaoError(f"the environment variable {name} is not set (expected "
                              "user:password for basic auth)")
        return None
    user, sep, password = value.partition(":")
    if not sep or not user:
        raise JixiaoError(f"the environment variable {var} must be user:password for basic auth")
    return user, password


def records_json(reports: Sequence[FileReport], base: str | None = None) -> list[dict[str, Any]]:
    """The projects of ``reports`` as `jixiao parse --json` prints them (one object each):
    the record contract (``data/records.schema.json``) with ``schema_version``, the ids and
    IRIs the store will give the project, its rows and their concepts, and its document."""
    from jixiao.kg import graph as kgg

    base = ids.check_base(base)
    projects = [p for r in reports for p in r.projects]
    out = []
    for p, pid in zip(projects, kgg.project_ids(projects), strict=True):
        data = {"schema_version": RECORDS_SCHEMA, "id": pid, "iri": ids.to_iri(pid, base),
                **p.to_json()}
        doc = ids.document_id(p.source.file)
        data["document_id"] = doc
        data["document_iri"] = ids.to_iri(doc, base)
        for raw, ind, iid in zip(data["indicators"], p.indicators, ids.indicator_ids(p, pid),
                                 strict=True):
            raw["id"] = iid
            raw["iri"] = ids.to_iri(iid, base)
            has_concept = bool(ind.level3 and ids.concept_key(ind.level3))
            raw["concept_id"] = ids.concept_id(ind.level3) if has_concept else None
        out.append(data)
    return out


def _short_id(value: str, kind: str | None = None) -> str:
    text = (value or "").strip()
    if not text:
        raise JixiaoError("编号是空的：请给出形如 project/3f2a9c1b0d4e5f6a7b8c 的编号")
    short = ids.to_short(text)
    if kind and ids.kind_of(short) != kind:
        raise JixiaoError(f"{short} 不是{_KIND_ZH.get(kind, kind)}编号")
    return short


def _unknown(what: str, value: str, known: Sequence[str]) -> str:
    shown = "、".join(known[:KNOWN_VALUES_LISTED])
    more = f" 等 {len(known)} 个" if len(known) > KNOWN_VALUES_LISTED else ""
    return f"没有这个{what}：「{value}」。已知的{what}：{shown or '（无）'}{more}"


def _unit_known(unit: str, projects: Sequence[ProjectSummary]) -> bool:
    # The search filter matches a part of the unit's name or of any other spelling of it.
    from jixiao.text import compact

    want = compact(unit).casefold()
    return any(
        want in compact(name).casefold()
        for p in projects for name in [p.unit, *p.unit_aliases] if name
    )


def _location_text(location: dict[str, Any] | None, line: int | None = None) -> str:
    """「第 12 行」「表 Sheet1，B12:D12」 from a stored Location (or just a line number)."""
    loc = Location.from_json(location) if location else None
    if loc is None and line:
        loc = Location(line=line)
    return loc.describe() if loc else ""


def _source_text(source: dict[str, Any]) -> str:
    where = Location(
        line=source.get("first_line"), last_line=source.get("last_line"),
        sheet=source.get("sheet"), cells=source.get("cells"), page=source.get("page"),
    ).describe()
    if source.get("page") and source.get("last_page") and source["last_page"] != source["page"]:
        where = where.replace(f"第 {source['page']} 页", f"第 {source['page']}–{source['last_page']} 页")
    return "，".join(x for x in (str(source.get("file") or ""), where) if x)


def document_reports(jx: Jixiao, result: BuildResult, names: dict[str, str] | None = None
                     ) -> list[DocumentReport]:
    """Per input file of an add or build: its projects (with ids to open them), indicators,
    warnings and what was not understood. ``names`` maps stored names to names to show."""
    from jixiao.kg.reader import read_paths

    names = names or {}
    stored = {f["name"] for f in jx.store.files}
    out = []
    for f in result.files:
        shown = names.get(f.name, f.name)
        if f.records and f.projects and f.name in stored:
            report = jx.document_report(f.name)
            report.file = shown
            report.errors = list(dict.fromkeys([*report.errors, *f.errors]))
        else:
            report = DocumentReport(file=shown, added=False, errors=list(f.errors))
            # What the reader made of a file it could not add (the store keeps no record): the
            # write's own reading, or the file read again when the write did not keep it.
            read = f.report
            if read is None and f.path and Path(f.path).is_file():
                [read] = read_paths([Path(f.path)])
            if read is not None:
                report.warnings = list(read.warnings)
                report.not_understood = _not_understood(read)
        out.append(report)
    return out


def _not_understood(report: FileReport) -> list[NotUnderstood]:
    return [
        NotUnderstood(_location_text(u.location.to_json() if u.location else None, u.line),
                      u.text.strip(), u.reason)
        for u in report.unread if u.text.strip()
    ]

def is_target_question(text: str | None) -> bool:
    """True when a question asks what target to set (「知晓率一般定多少」「满意度目标值填多少」)."""
    return bool(text and text.strip()) and understand(text).target_question


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
        store = _writes.build_store(None, root, encoder=encoder, progress=progress).store
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
    publication: dict[str, str | None] | None = None,
) -> tuple[Jixiao, BuildResult]:
    """(Re)build a store from documents: ``paths``, or the store's own documents (the bundled
    samples for a new store). ``index``: the search backend (``local``, ``milvus:/file.db``,
    ``milvus://host:port``), recorded in the store; ``dense``: the local backend's index kind
    for large segments (``hnsw`` default, ``sq8`` for a quarter of the memory, ``ivfpq`` for
    1/32 of it; both re-rank exactly from float vectors on disk);
    ``publication``: RDF settings kept by the store (``base``, ``title``, ``publisher``,
    ``licence``)."""
    result = _writes.build_store(paths, store_dir, encoder=encoder, progress=progress, index=index,
                                 dense_kind=dense, publication=check_publication(publication))
    return Jixiao(result.store), result


def add(
    paths: Sequence[str | Path],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    as_name: str | None = None,
    jx: Jixiao | None = None,
    publication: dict[str, str | None] | None = None,
) -> tuple[Jixiao, BuildResult]:
    """Add documents, or replace the stored versions (same name and folder, or ``as_name``);
    only they are read and only new texts are embedded. ``jx``: the caller's open store, whose
    loaded state the write reuses (a server)."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    result = _writes.add_documents(paths, root, as_name=as_name, progress=progress, context=_context(jx),
                                   publication=check_publication(publication))
    return _opened(result, jx), result


def remove(
    names: Sequence[str],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    jx: Jixiao | None = None,
) -> tuple[Jixiao, BuildResult]:
    """Remove stored documents by name."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    result = _writes.remove_documents(names, root, progress=progress, context=_context(jx))
    return _opened(result, jx), result


def compact(
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    force: bool = False,
    jx: Jixiao | None = None,
) -> BuildResult | None:
    """Merge the store's index segments when due (or always with ``force``)."""
    root = jx.root if jx is not None and store_dir is None else store_dir
    return _writes.compact_store(root, progress=progress, force=force, context=_context(jx))


def check_publication(settings: dict[str, str | None] | None) -> dict[str, str | None] | None:
    """Publication settings as given, checked: an http(s) base IRI, a licence IRI or SPDX
    identifier (``CC-BY-4.0`` → its spdx.org IRI). An empty string clears a setting."""
    if not settings:
        return settings
    out = dict(settings)
    if out.get("base"):
        out["base"] = ids.check_base(out["base"])
    licence = (out.get("licence") or "").strip()
    if licence:
        if licence.startswith(("http://", "https://")):
            out["licence"] = licence
        elif licence.replace("-", "").replace(".", "").replace("+", "").isalnum():
            out["licence"] = f"http://spdx.org/licenses/{licence}"
        else:
            raise JixiaoError(f"not a licence: {licence!r} (give its IRI, e.g. "
                              "https://creativecommons.org/licenses/by/4.0/, or an SPDX "
                              "identifier such as CC-BY-4.0)")
    return out


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
        raise JixiaoError(f"库 {jx.root} 中没有项目 {pid}")
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

    def __init__(self, jx: Jixiao, watch_interval: float = WATCH_INTERVAL) -> None:
        import queue
        import threading

        self._jx = jx.load()
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

    def current(self) -> Jixiao:
        """The live generation now: one small file read, switching here if another process
        published since the watcher last looked (so a request never answers from the past)."""
        with self._swap:
            current = self._jx
        fresh = current.refreshed()
        if fresh is not current:
            self._switch(fresh)
        return self._jx

    def close(self) -> None:
        self._stop.set()

    def _switch(self, fresh: Jixiao) -> None:
        with self._swap:
            if fresh is self._jx:
                return
            self._jx = fresh

    def _watch(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.current()
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
            result = _writes.add_documents(paths, self._jx.root, as_name=names,
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
                if _writes.compact_store(self._jx.root, context=self._jx.context) is not None:
                    self._switch(self._jx.refreshed())
            except JixiaoError:
                pass  # merging is an optimisation; the next write tries again


def _job_key(path: Path, name: str | None) -> str:
    return name if name is not None else str(Path(path).resolve())
