"""The graph as standard RDF (rdflib): SKOS, W3C ORG, PROV, DCTERMS, schema.org, and JX terms.

Mapping (see docs/rdf.md):

- departments and units: ``org:Organization`` + ``jx:Department``/``jx:Unit``, names as
  ``skos:prefLabel``/``skos:altLabel`` @zh, ``org:subOrganizationOf`` unit → department;
- indicator categories and concepts: ``skos:Concept`` in one ``skos:ConceptScheme``; level-1
  categories are top concepts, level-2 ``skos:broader`` level-1, a concept ``skos:broader`` the
  categories it is used under;
- projects and indicator rows: ``jx:Project``/``jx:Indicator`` (``prov:Entity``) with
  ``prov:wasDerivedFrom``/``dcterms:source`` the source document and ``jx:firstLine``/
  ``jx:lastLine``/``jx:line`` the span;
- money: ``schema:MonetaryAmount`` (``schema:value``, ``schema:currency "CNY"``); quantitative
  targets: ``schema:QuantitativeValue`` (``schema:minValue``/``maxValue``/``value``,
  ``schema:unitText``, ``jx:comparator``).

Every node IRI comes from ``kg.ids``; helper resources (amounts, target values) hang off their
owner's IRI, so there are no blank nodes and exports are diff-able.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef

from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import ids
from jixiao.kg.ontology import (
    DCTERMS,
    INDICATOR_SCHEME,
    JX,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    bind_prefixes,
)
from jixiao.vocab import FormKind

#: CLI format name → rdflib format name.
FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt"}
EXTENSIONS = {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt"}

# Canonical headings have an English label too; printed variants stay Chinese only.
CATEGORY_EN = {
    "产出指标": "Output indicators",
    "效益指标": "Benefit indicators",
    "满意度指标": "Satisfaction indicators",
    "成本指标": "Cost indicators",
    "数量指标": "Quantity",
    "质量指标": "Quality",
    "时效指标": "Timeliness",
    "经济成本指标": "Economic cost",
    "社会成本指标": "Social cost",
    "生态环境成本指标": "Environmental cost",
    "经济效益指标": "Economic benefit",
    "社会效益指标": "Social benefit",
    "生态效益指标": "Ecological benefit",
    "可持续影响指标": "Sustainable impact",
    "服务对象满意度指标": "Beneficiary satisfaction",
}

_FUNDS = (
    ("total", JX.totalFunds),
    ("fiscal", JX.fiscalFunds),
    ("carryover", JX.carryoverFunds),
    ("other", JX.otherFunds),
    ("executed", JX.executedFunds),
)
_FORM_CLASS = {
    FormKind.TARGET_DECLARATION: JX.TargetDeclaration, FormKind.SELF_EVALUATION: JX.SelfEvaluation,
}
_MIN_OPS = {"≥", ">", ">="}
_MAX_OPS = {"≤", "<", "<="}


def iri(short: str) -> URIRef:
    return URIRef(ids.to_iri(short))


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _dec(x: float | int) -> Literal:
    # Plain positional notation: str(Decimal) may give `1E-5`, which is not a valid xsd:decimal.
    return Literal(format(Decimal(repr(float(x))), "f"), datatype=XSD.decimal)


def to_rdf(g: nx.MultiDiGraph, nodes: set[str] | None = None) -> Graph:
    """RDF of the whole graph, or of ``nodes`` only (edges kept when both ends are included)."""
    keep = set(g.nodes) if nodes is None else set(nodes)
    out = bind_prefixes(Graph())
    scheme_needed = False
    documents: set[str] = set()
    notes = _resolution_notes(g)

    for n in sorted(keep):
        a = g.nodes[n]
        s = iri(n)
        t = a["type"]
        out.add((s, DCTERMS.identifier, Literal(n)))
        if t in (kgg.DEPARTMENT, kgg.UNIT):
            _org(out, s, a, notes.get(n, []))
        elif t == kgg.PROJECT:
            _project(out, s, a)
            documents.add(a["source"]["file"])
        elif t == kgg.INDICATOR:
            _indicator(out, s, a)
            documents.add(a["source"]["file"])
        elif t == kgg.CATEGORY:
            scheme_needed = True
            _category(out, s, a)
        elif t == kgg.CONCEPT:
            scheme_needed = True
            out.add((s, RDF.type, SKOS.Concept))
            out.add((s, RDF.type, JX.IndicatorConcept))
            out.add((s, SKOS.prefLabel, _zh(a["label"])))
            out.add((s, RDFS.label, _zh(a["label"])))
            for alt in a.get("alt_labels") or []:
                out.add((s, SKOS.altLabel, _zh(alt)))
            out.add((s, SKOS.inScheme, INDICATOR_SCHEME))
        elif t == kgg.YEAR:
            out.add((s, RDF.type, JX.Year))
            out.add((s, RDFS.label, Literal(a["label"])))
            out.add((s, JX.yearValue, Literal(int(a["year"]))))

    for u, v, rel in g.edges(keys=True):
        if u not in keep or v not in keep:
            continue
        su, sv = iri(u), iri(v)
        if rel == kgg.PART_OF:
            out.add((su, ORG.subOrganizationOf, sv))
        elif rel == kgg.IMPLEMENTED_BY:
            out.add((su, JX.implementedBy, sv))
        elif rel == kgg.SUPERVISED_BY:
            out.add((su, JX.supervisedBy, sv))
        elif rel == kgg.HAS_INDICATOR:
            out.add((su, JX.hasIndicator, sv))
        elif rel == kgg.IN_CATEGORY:
            out.add((su, JX.inCategory, sv))
        elif rel == kgg.BROADER:
            out.add((su, SKOS.broader, sv))
        elif rel == kgg.REALISES:
            out.add((su, JX.realises, sv))
            cats = [c for _, c, k in g.out_edges(u, keys=True) if k == kgg.IN_CATEGORY]
            for c in cats:
                if c in keep:
                    out.add((sv, SKOS.broader, iri(c)))
        elif rel == kgg.HAS_YEAR:
            out.add((su, JX.hasYear, sv))

    for file in sorted(documents):
        d = iri(ids.document_id(file))
        out.add((d, RDF.type, PROV.Entity))
        out.add((d, RDF.type, DCTERMS.BibliographicResource))
        out.add((d, DCTERMS.title, Literal(file)))
        out.add((d, DCTERMS.identifier, Literal(ids.document_id(file))))

    if scheme_needed:
        out.add((INDICATOR_SCHEME, RDF.type, SKOS.ConceptScheme))
        out.add((INDICATOR_SCHEME, SKOS.prefLabel, _zh("绩效指标体系")))
        out.add((INDICATOR_SCHEME, SKOS.prefLabel, Literal("Performance indicator scheme", lang="en")))
    return out


def _org(out: Graph, s: URIRef, a: dict[str, Any], notes: list[str]) -> None:
    out.add((s, RDF.type, ORG.Organization))
    for role in a.get("roles") or [a["type"]]:
        out.add((s, RDF.type, JX[role]))
    out.add((s, SKOS.prefLabel, _zh(a["label"])))
    out.add((s, RDFS.label, _zh(a["label"])))
    for alt in a.get("alt_labels") or []:
        out.add((s, SKOS.altLabel, _zh(alt)))
    for ev in a.get("evidence") or []:
        out.add((s, JX.resolutionEvidence, Literal(ev)))
    for note in notes:
        out.add((s, JX.resolutionNote, Literal(note)))


def _project(out: Graph, s: URIRef, a: dict[str, Any]) -> None:
    out.add((s, RDF.type, JX.Project))
    out.add((s, RDF.type, _FORM_CLASS[a["form"]]))
    out.add((s, RDFS.label, _zh(a["label"])))
    if a.get("name_as_printed"):
        out.add((s, JX.nameAsPrinted, _zh(a["name_as_printed"])))
    if a.get("department_as_printed"):
        out.add((s, JX.departmentAsPrinted, _zh(a["department_as_printed"])))
    if a.get("unit_as_printed"):
        out.add((s, JX.unitAsPrinted, _zh(a["unit_as_printed"])))
    if a.get("goal"):
        out.add((s, JX.goal, _zh(a["goal"])))
    if a.get("total_score") is not None:
        out.add((s, JX.totalScore, _dec(a["total_score"])))
    if a.get("grade"):
        out.add((s, JX.grade, _zh(a["grade"])))
    funds = a.get("funds") or {}
    for key, prop in _FUNDS:
        if funds.get(key) is None:
            continue
        amount = URIRef(f"{s}/funds/{key}")
        out.add((s, prop, amount))
        out.add((amount, RDF.type, SCHEMA.MonetaryAmount))
        out.add((amount, SCHEMA.value, _dec(funds[key])))
        out.add((amount, SCHEMA.currency, Literal("CNY")))
    if funds.get("execution_rate") is not None:
        out.add((s, JX.executionRate, _dec(funds["execution_rate"])))
    doc = iri(a["document"])
    out.add((s, PROV.wasDerivedFrom, doc))
    out.add((s, DCTERMS.source, doc))
    out.add((s, JX.firstLine, Literal(int(a["source"]["first_line"]))))
    out.add((s, JX.lastLine, Literal(int(a["source"]["last_line"]))))
    for w in a.get("warnings") or []:
        out.add((s, JX.warning, Literal(w)))


def _indicator(out: Graph, s: URIRef, a: dict[str, Any]) -> None:
    out.add((s, RDF.type, JX.Indicator))
    out.add((s, RDFS.label, _zh(a["label"])))
    if a.get("level1"):
        out.add((s, JX.level1, _zh(a["level1"])))
    if a.get("level2"):
        out.add((s, JX.level2, _zh(a["level2"])))
    if a.get("target"):
        out.add((s, JX.target, Literal(a["target"])))
    tp = a.get("target_parsed")
    if tp and tp.get("value") is not None:
        tv = URIRef(f"{s}/target")
        out.add((s, JX.targetValue, tv))
        out.add((tv, RDF.type, SCHEMA.QuantitativeValue))
        op = tp.get("op") or "="
        prop = (
            SCHEMA.minValue if op in _MIN_OPS else SCHEMA.maxValue if op in _MAX_OPS else SCHEMA.value
        )
        out.add((tv, prop, _dec(tp["value"])))
        out.add((tv, JX.comparator, Literal(op)))
        if tp.get("unit"):
            out.add((tv, SCHEMA.unitText, Literal(tp["unit"])))
    if a.get("actual"):
        out.add((s, JX.actual, Literal(a["actual"])))
    if a.get("weight") is not None:
        out.add((s, JX.weight, _dec(a["weight"])))
    if a.get("score") is not None:
        out.add((s, JX.score, _dec(a["score"])))
    if a.get("deviation"):
        out.add((s, JX.deviation, _zh(a["deviation"])))
    doc = iri(a["document"])
    out.add((s, PROV.wasDerivedFrom, doc))
    out.add((s, DCTERMS.source, doc))
    if a.get("line") is not None:
        out.add((s, JX.line, Literal(int(a["line"]))))


def _category(out: Graph, s: URIRef, a: dict[str, Any]) -> None:
    out.add((s, RDF.type, SKOS.Concept))
    out.add((s, RDF.type, JX.IndicatorCategory))
    out.add((s, SKOS.prefLabel, _zh(a["label"])))
    out.add((s, RDFS.label, _zh(a["label"])))
    en = CATEGORY_EN.get(a["label"])
    if en:
        out.add((s, SKOS.prefLabel, Literal(en, lang="en")))
    for alt in a.get("alt_labels") or []:
        out.add((s, SKOS.altLabel, _zh(alt)))
    out.add((s, JX.categoryLevel, Literal(int(a["level"]))))
    out.add((s, SKOS.inScheme, INDICATOR_SCHEME))
    if a["level"] == 1:
        out.add((s, SKOS.topConceptOf, INDICATOR_SCHEME))
        out.add((INDICATOR_SCHEME, SKOS.hasTopConcept, s))


def _resolution_notes(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Kept-apart decisions attached to the organisations whose names they concern."""
    by_label: dict[str, str] = {}
    for n, a in g.nodes(data=True):
        if a.get("type") in (kgg.DEPARTMENT, kgg.UNIT):
            for label in [a["label"], *(a.get("alt_labels") or [])]:
                by_label[label] = n
    notes: dict[str, list[str]] = {}
    for d in g.graph.get("kept_apart") or []:
        for mine, other in ((d["a"], d["b"]), (d["b"], d["a"])):
            n = by_label.get(mine)
            if n:
                notes.setdefault(n, []).append(f"kept apart from {other}: {d['reason']}")
    return notes


def project_rdf(g: nx.MultiDiGraph, project: str) -> Graph:
    """RDF of one project and its neighbourhood (indicators, categories, concepts, orgs, year)."""
    return to_rdf(g, kgg.neighbourhood(g, project))


def serialize(rdf: Graph, fmt: str) -> str:
    if fmt not in FORMATS:
        raise JixiaoError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        return rdf.serialize(format="json-ld", context=context, indent=2, ensure_ascii=False)
    return rdf.serialize(format=FORMATS[fmt])


def parse(text: str, fmt: str) -> Graph:
    """Read an export back (for round trips and tests)."""
    if fmt not in FORMATS:
        raise JixiaoError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return Graph().parse(data=text, format=FORMATS[fmt])


def export(g: nx.MultiDiGraph, fmt: str, project: str | None = None) -> str:
    """Serialised RDF of the whole graph or of one project (short id or IRI)."""
    rdf = project_rdf(g, project) if project else to_rdf(g)
    return serialize(rdf, fmt)
