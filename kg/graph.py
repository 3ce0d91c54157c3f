"""The knowledge graph: departments, units, projects, indicators, categories, concepts, years.

Nodes are keyed by short ids (``kg.ids``) and carry a ``type`` and the record data (labels,
targets, funds, source), so search and UI can show context without the records. Edges carry a
``rel`` (also the edge key): ``partOf`` (unit→department), ``implementedBy`` (project→unit),
``supervisedBy`` (project→department), ``hasIndicator``, ``inCategory`` (indicator→category),
``broader`` (level-2 category→level-1 category), ``realises`` (indicator→concept), ``hasYear``.

A department or unit is one ``org/…`` node whatever role it plays; ``roles`` lists
``Department`` and/or ``Unit`` and ``type`` is ``Unit`` when it implements any project.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path, PurePath
from typing import Any

import networkx as nx

from jixiao.errors import JixiaoError
from jixiao.kg import ids
from jixiao.kg.records import Indicator, Project, TargetValue
from jixiao.kg.resolve import Resolution, resolve_orgs
from jixiao.kg.targets import parse_target

# 2: 80-bit digests, locations, codes, parsed actual values (rebuild stores of format 1).
GRAPH_FORMAT = 2

DEPARTMENT = "Department"
UNIT = "Unit"
PROJECT = "Project"
INDICATOR = "Indicator"
CATEGORY = "IndicatorCategory"
CONCEPT = "IndicatorConcept"
YEAR = "Year"
NODE_TYPES = (DEPARTMENT, UNIT, PROJECT, INDICATOR, CATEGORY, CONCEPT, YEAR)

PART_OF = "partOf"
IMPLEMENTED_BY = "implementedBy"
SUPERVISED_BY = "supervisedBy"
HAS_INDICATOR = "hasIndicator"
IN_CATEGORY = "inCategory"
BROADER = "broader"
REALISES = "realises"
HAS_YEAR = "hasYear"

MISSING_WORDING = "(未填写三级指标)"


def _sort_key(p: Project) -> tuple:
    # Reading order must not matter: order records by where they come from.
    return (PurePath(p.source.file).name, p.source.first_line, p.source.last_line, p.name or "")


def project_ids(projects: Iterable[Project]) -> list[str]:
    """Short ids for ``projects`` (same order); records with identical content get ordinals."""
    projects = list(projects)
    order = sorted(range(len(projects)), key=lambda i: _sort_key(projects[i]))
    seen: Counter[str] = Counter()
    out = [""] * len(projects)
    for i in order:
        base = ids.project_id(projects[i])
        out[i] = ids.project_id(projects[i], seen[base])
        seen[base] += 1
    return out


def project_label(p: Project) -> str:
    """A project's display name; a form whose name could not be read still gets one."""
    return p.name or p.name_as_printed or f"(未命名项目 {PurePath(p.source.file).name}:{p.source.first_line})"


def _add_edge(g: nx.MultiDiGraph, u: str, v: str, rel: str) -> None:
    if not g.has_edge(u, v, key=rel):
        g.add_edge(u, v, key=rel, rel=rel)


def build_graph(projects: Iterable[Project], resolution: Resolution | None = None) -> nx.MultiDiGraph:
    """The graph of ``projects``; organisations resolved with ``kg.resolve`` unless given."""
    projects = sorted(projects, key=_sort_key)
    registry = ids.IdRegistry()
    res = resolution or resolve_orgs(projects, registry=registry)
    if resolution is not None:
        for ent in res.entities.values():
            registry.claim(ent.id, "org", ids.name_key(ent.canonical))
    g = new_graph(res)
    add_projects(g, projects, project_ids(projects), res, registry)
    label_concepts(g)
    return g


# The phases of build_graph, also used by the store to assemble a graph from per-segment parts
# (projects added without organisations, then organisations attached and concepts labelled).


def new_graph(resolution: Resolution | None = None) -> nx.MultiDiGraph:
    """An empty graph holding the resolved organisations (none without a resolution)."""
    g = nx.MultiDiGraph(format=GRAPH_FORMAT)
    g.graph["kept_apart"] = [asdict(d) for d in resolution.kept_apart] if resolution else []
    for ent in (resolution.entities.values() if resolution else ()):
        g.add_node(
            ent.id,
            type=UNIT if "unit" in ent.roles else DEPARTMENT,
            roles=[r.capitalize() for r in ent.roles],
            label=ent.canonical,
            alt_labels=list(ent.alt_labels),
            hidden_labels=list(ent.hidden_labels),
            evidence=list(ent.evidence),
            documents=list(ent.documents),
            identifiers=[],
        )
    return g


def add_projects(
    g: nx.MultiDiGraph,
    projects: Iterable[Project],
    pids: Iterable[str],
    resolution: Resolution | None = None,
    registry: ids.IdRegistry | None = None,
) -> None:
    """Project, indicator, category and year nodes of ``projects`` (with their short ids);
    concept nodes are created unlabelled (``label_concepts``). Without a resolution, projects
    are linked to no organisation (``attach_orgs`` does it later). ``registry``: the ids
    handed out so far, checked for collisions (a fresh one checks these projects only)."""
    registry = registry if registry is not None else ids.IdRegistry()
    seen: Counter[str] = Counter()
    for p, pid in zip(projects, pids, strict=True):
        doc = PurePath(p.source.file).name
        registry.claim(pid, *ids.project_identity(p, seen[ids.project_id(p)]))
        seen[ids.project_id(p)] += 1
        doc_id = registry.claim(ids.document_id(doc), "document", doc)
        g.add_node(
            pid,
            type=PROJECT,
            label=project_label(p),
            name_as_printed=p.name_as_printed,
            department=None,
            department_as_printed=p.department,
            unit=None,
            unit_as_printed=p.unit,
            year=p.year,
            form=p.form,
            funds=asdict(p.funds),
            goal=p.goal,
            total_score=p.total_score,
            grade=p.grade,
            source={"file": doc, "first_line": p.source.first_line,
                    "last_line": p.source.last_line},
            location=_location(p.source.location.to_json(), last_page=p.source.last_page),
            file_format=p.source.format,
            document=doc_id,
            warnings=list(p.warnings),
            indicator_count=len(p.indicators),
            project_code=p.project_code,
            # Official codes printed for its organisations, given to them by _link_orgs.
            department_code=p.department_code,
            unit_code=p.unit_code,
            extra=dict(p.extra),
            flags=list(p.flags),
        )
        if resolution is not None:
            _link_orgs(g, pid, resolution)
        if p.year:
            yid = ids.year_id(p.year)
            if yid not in g:
                g.add_node(yid, type=YEAR, label=str(p.year), year=p.year)
            _add_edge(g, pid, yid, HAS_YEAR)

        rows_seen: Counter[tuple[str, str, str]] = Counter()
        for ordinal_id, ind in zip(ids.indicator_ids(p, pid), p.indicators, strict=True):
            row_key = (ids.name_key(ind.level1), ids.name_key(ind.level2), ids.name_key(ind.level3))
            registry.claim(ordinal_id, *ids.indicator_identity(pid, ind, rows_seen[row_key]))
            rows_seen[row_key] += 1
            cat = _add_categories(g, registry, ind.level1, ind.level2, ind.level1_as_printed,
                                  ind.level2_as_printed)
            # A row whose wording could not be read is still a row, but realises no concept.
            cid = ids.concept_id(ind.level3) if ids.concept_key(ind.level3 or "") else None
            if cid:
                registry.claim(cid, "concept", ids.concept_key(ind.level3))
            g.add_node(
                ordinal_id,
                type=INDICATOR,
                label=ind.level3 or MISSING_WORDING,
                level1=ind.level1,
                level2=ind.level2,
                level3=ind.level3,
                target=ind.target,
                target_parsed=_parsed_target(ind),
                actual=ind.actual,
                actual_parsed=_parsed(ind.actual_parsed, ind.actual),
                midterm_target=ind.midterm_target,
                midterm_parsed=_parsed(None, ind.midterm_target),
                weight=ind.weight,
                score=ind.score,
                deviation=ind.deviation,
                level1_as_printed=ind.level1_as_printed,
                level2_as_printed=ind.level2_as_printed,
                line=ind.line,
                project=pid,
                source={"file": doc, "line": ind.line},
                location=_location(ind.location.to_json() if ind.location
                                   else {"line": ind.line} if ind.line else {}),
                document=doc_id,
                extra=dict(ind.extra),
                flags=list(ind.flags),
            )
            _add_edge(g, pid, ordinal_id, HAS_INDICATOR)
            _add_edge(g, ordinal_id, cat, IN_CATEGORY)
            if cid:
                _add_edge(g, ordinal_id, cid, REALISES)


def _link_orgs(g: nx.MultiDiGraph, pid: str, res: Resolution) -> None:
    attrs = g.nodes[pid]
    doc = attrs["source"]["file"]
    dept = res.lookup(attrs.get("department_as_printed"), doc)
    unit = res.lookup(attrs.get("unit_as_printed"), doc)
    attrs["department"] = dept.canonical if dept else None
    attrs["unit"] = unit.canonical if unit else None
    _add_identifier(g, dept, attrs.get("department_code"))
    _add_identifier(g, unit, attrs.get("unit_code"))
    if unit:
        _add_edge(g, pid, unit.id, IMPLEMENTED_BY)
    if dept:
        _add_edge(g, pid, dept.id, SUPERVISED_BY)
    if unit and dept and unit.id != dept.id:
        _add_edge(g, unit.id, dept.id, PART_OF)


def attach_orgs(g: nx.MultiDiGraph, resolution: Resolution) -> None:
    """Link every project of ``g`` to its resolved unit and department (``g`` holds the
    resolution's organisations: ``new_graph(resolution)``)."""
    for pid in [n for n, d in g.nodes(data=True) if d.get("type") == PROJECT]:
        _link_orgs(g, pid, resolution)


def label_concepts(g: nx.MultiDiGraph) -> None:
    """Label each concept with the wording most of its indicator rows print."""
    concept_wordings: dict[str, Counter[str]] = defaultdict(Counter)
    for n, d in g.nodes(data=True):
        if d.get("type") == INDICATOR and d.get("level3"):
            for _, cid, rel in g.out_edges(n, keys=True):
                if rel == REALISES:
                    concept_wordings[cid][d["level3"]] += 1
    for cid, wordings in concept_wordings.items():
        # Most used wording first; ties broken by the text so the label is stable.
        ranked = sorted(wordings.items(), key=lambda kv: (-kv[1], kv[0]))
        g.add_node(
            cid,
            type=CONCEPT,
            label=ranked[0][0],
            alt_labels=[w for w, _ in ranked[1:]],
            key=ids.concept_key(ranked[0][0]),
        )


def _parsed_target(ind: Indicator) -> dict[str, Any] | None:
    # Records from elsewhere (hand-written, older readers) may carry only the printed target.
    return _parsed(ind.target_parsed, ind.target)


def _parsed(parsed: TargetValue | None, printed: str | None) -> dict[str, Any] | None:
    """A value as the reader parsed it, else as the target parser reads the printed text."""
    value = parsed or parse_target(printed)
    return asdict(value) if value else None


def _location(data: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {k: v for k, v in {**data, **more}.items() if v is not None}


def _add_identifier(g: nx.MultiDiGraph, ent: Any, code: str | None) -> None:
    # An official code printed for an organisation (统一社会信用代码, 单位编码).
    code = (code or "").strip()
    if ent is not None and code and code not in g.nodes[ent.id]["identifiers"]:
        g.nodes[ent.id]["identifiers"].append(code)
        g.nodes[ent.id]["identifiers"].sort()


def _add_categories(
    g: nx.MultiDiGraph,
    registry: ids.IdRegistry,
    level1: str | None,
    level2: str | None,
    level1_printed: str | None,
    level2_printed: str | None,
) -> str:
    c1 = registry.claim(ids.category_id(level1), "category", ids.category_path(level1))
    if c1 not in g:
        g.add_node(c1, type=CATEGORY, label=level1 or "未分类", level=1,
                   path=ids.category_path(level1), alt_labels=[])
    _add_alt(g, c1, level1_printed)
    if not level2:
        return c1
    c2 = registry.claim(ids.category_id(level1, level2), "category",
                        ids.category_path(level1, level2))
    if c2 not in g:
        g.add_node(c2, type=CATEGORY, label=level2, level=2,
                   path=ids.category_path(level1, level2), alt_labels=[])
        _add_edge(g, c2, c1, BROADER)
    _add_alt(g, c2, level2_printed)
    return c2


def _add_alt(g: nx.MultiDiGraph, node: str, printed: str | None) -> None:
    alts = g.nodes[node]["alt_labels"]
    if printed and printed != g.nodes[node]["label"] and printed not in alts:
        alts.append(printed)
        alts.sort()


# ---------------------------------------------------------------- persistence


def save_graph(g: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(g, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def load_graph(path: Path) -> nx.MultiDiGraph:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a graph object")
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise JixiaoError(f"cannot read the graph {path}: {exc}") from exc
    if g.graph.get("format") != GRAPH_FORMAT:
        raise JixiaoError(f"graph {path} has format {g.graph.get('format')!r}, "
                          f"expected {GRAPH_FORMAT}: rebuild the store with `jixiao build`")
    return g


# ---------------------------------------------------------------- queries


def nodes_of_type(g: nx.MultiDiGraph, node_type: str) -> list[str]:
    """Ids of nodes of ``node_type``, sorted; an org counts for every role it plays."""
    if node_type in (DEPARTMENT, UNIT):
        return sorted(n for n, d in g.nodes(data=True) if node_type in d.get("roles", ()))
    return sorted(n for n, d in g.nodes(data=True) if d.get("type") == node_type)


def node(g: nx.MultiDiGraph, node_id: str) -> dict[str, Any]:
    """Attributes of a node (short id or IRI); JixiaoError when unknown."""
    short = ids.to_short(node_id)
    if short not in g:
        raise JixiaoError(f"no such node in the store: {short}")
    return {"id": short, **g.nodes[short]}


def _targets(g: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    return [v for _, v, k in g.out_edges(n, keys=True) if k == rel]


def _sources(g: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    return [u for u, _, k in g.in_edges(n, keys=True) if k == rel]


def project_of(g: nx.MultiDiGraph, indicator: str) -> str:
    """The project an indicator row belongs to."""
    owners = _sources(g, ids.to_short(indicator), HAS_INDICATOR)
    if not owners:
        raise JixiaoError(f"not an indicator of any project: {indicator}")
    return owners[0]


def indicators_of(g: nx.MultiDiGraph, project: str) -> list[str]:
    """Indicator rows of a project, in the order of the form."""
    rows = _targets(g, ids.to_short(project), HAS_INDICATOR)
    return sorted(rows, key=lambda n: (g.nodes[n].get("line") or 0, n))


def unit_of(g: nx.MultiDiGraph, project: str) -> str | None:
    found = _targets(g, ids.to_short(project), IMPLEMENTED_BY)
    return found[0] if found else None


def department_of(g: nx.MultiDiGraph, project: str) -> str | None:
    found = _targets(g, ids.to_short(project), SUPERVISED_BY)
    return found[0] if found else None


def concept_of(g: nx.MultiDiGraph, indicator: str) -> str | None:
    """The concept a row realises; None for a row whose wording could not be read."""
    found = _targets(g, ids.to_short(indicator), REALISES)
    return found[0] if found else None


def category_of(g: nx.MultiDiGraph, indicator: str) -> str:
    return _targets(g, ids.to_short(indicator), IN_CATEGORY)[0]


def category_path_labels(g: nx.MultiDiGraph, category: str) -> list[str]:
    """Labels from the top category down, e.g. ``['产出指标', '数量指标']``."""
    path, cur = [], category
    while cur:
        path.append(g.nodes[cur]["label"])
        up = _targets(g, cur, BROADER)
        cur = up[0] if up else None
    return path[::-1]


def _by_year_name(g: nx.MultiDiGraph, projects: Iterable[str]) -> list[str]:
    return sorted(set(projects),
                  key=lambda p: (-(g.nodes[p].get("year") or 0), g.nodes[p]["label"], p))


def projects_of_unit(g: nx.MultiDiGraph, org: str) -> list[str]:
    """Projects an organisation implements (newest year first)."""
    return _by_year_name(g, _sources(g, ids.to_short(org), IMPLEMENTED_BY))


def projects_of_department(g: nx.MultiDiGraph, org: str) -> list[str]:
    return _by_year_name(g, _sources(g, ids.to_short(org), SUPERVISED_BY))


def concepts_of(g: nx.MultiDiGraph, project: str) -> set[str]:
    return {c for i in indicators_of(g, project) if (c := concept_of(g, i))}


def projects_sharing_concepts(g: nx.MultiDiGraph, project: str) -> list[tuple[str, list[str]]]:
    """Other projects that use any of this project's indicator concepts, with the shared
    concepts; most shared first."""
    pid = ids.to_short(project)
    mine = concepts_of(g, pid)
    shared: dict[str, set[str]] = defaultdict(set)
    for c in mine:
        for ind in _sources(g, c, REALISES):
            other = project_of(g, ind)
            if other != pid:
                shared[other].add(c)
    return sorted(
        ((p, sorted(cs)) for p, cs in shared.items()),
        key=lambda item: (-len(item[1]), g.nodes[item[0]]["label"], item[0]),
    )


def concept_usage(g: nx.MultiDiGraph, concept: str) -> list[dict[str, Any]]:
    """Every row realising a concept: indicator, project, unit, year, wording and target."""
    cid = ids.to_short(concept)
    rows = []
    for ind in _sources(g, cid, REALISES):
        p = project_of(g, ind)
        pa, ia = g.nodes[p], g.nodes[ind]
        rows.append({
            "indicator": ind,
            "project": p,
            "project_label": pa["label"],
            "unit": pa.get("unit"),
            "department": pa.get("department"),
            "year": pa.get("year"),
            "wording": ia["label"],
            "level1": ia.get("level1"),
            "level2": ia.get("level2"),
            "target": ia.get("target"),
            "actual": ia.get("actual"),
        })
    return sorted(rows, key=lambda r: (-(r["year"] or 0), r["project_label"], r["indicator"]))


def target_counts(g: nx.MultiDiGraph, concept: str) -> list[tuple[str, int]]:
    """Targets set for a concept and how often, most frequent first (e.g. ``≥90(%)`` ×8)."""
    counts = Counter(r["target"] for r in concept_usage(g, concept) if r["target"])
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def neighbourhood(g: nx.MultiDiGraph, project: str) -> set[str]:
    """A project with everything needed to describe it: indicators, their categories (up to the
    top) and concepts, unit, department, year."""
    pid = ids.to_short(project)
    if pid not in g or g.nodes[pid].get("type") != PROJECT:
        raise JixiaoError(f"no such project in the store: {project}")
    keep = {pid}
    for _, v in g.out_edges(pid):
        keep.add(v)
    for ind in indicators_of(g, pid):
        keep.add(ind)
        concept = concept_of(g, ind)
        if concept:
            keep.add(concept)
        cat = category_of(g, ind)
        while cat:
            keep.add(cat)
            up = _targets(g, cat, BROADER)
            cat = up[0] if up else None
    unit = unit_of(g, pid)
    dept = department_of(g, pid)
    if unit and dept:
        keep.add(dept)
    return keep
