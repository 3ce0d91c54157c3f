"""The graph as standard RDF (rdflib): SKOS, W3C ORG, PROV, DCTERMS, DCAT, Data Cube, JX terms.

Mapping (docs/rdf.md has the full table):

- departments and units: ``org:Organization`` + ``jx:Department``/``jx:Unit``, names as
  ``skos:prefLabel``/``skos:altLabel`` @zh (OCR spellings as ``skos:hiddenLabel``),
  ``org:subOrganizationOf``/``org:hasSubOrganization``, official codes as ``org:identifier``;
- indicator categories and concepts: ``skos:Concept`` in one ``skos:ConceptScheme``; level-1
  categories are top concepts with notations ``1``…``4``, level-2 ones ``1.1``…, linked both
  ways (``skos:broader``/``skos:narrower``), concepts under the categories they are used in;
- projects and indicator rows: ``jx:Project``/``jx:Indicator`` (``prov:Entity``) with
  ``prov:wasDerivedFrom`` the source document and ``prov:atLocation`` where it is printed;
- money, targets and actual values: Data Cube observations (``kg.rdf_cube``).

Triples are grouped into named graphs: one per source document (its projects, rows, values
and the document itself) and one ``shared`` graph (organisations, the scheme, years, data
sets), so a consumer can replace one document's triples. Full exports add the ``vocabulary``
graph (the ontology with the cube structures and code lists) and, with a ``Publication``, the
``catalog`` graph (``kg.rdf_catalog``).

Every node IRI comes from ``kg.ids``; helper resources hang off their owner's IRI, so there
are no blank nodes and exports diff cleanly.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef

from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import ids, rdf_cube
from jixiao.kg.ontology import (
    DCAT,
    DCTERMS,
    FORM_CLASS,
    JX,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SKOS,
    SPDX,
    XSD,
    Iris,
    bind_prefixes,
    load_ontology,
)
from jixiao.kg.rdf_catalog import Publication, SourceDocument, describe
from jixiao.kg.records import Location
from jixiao.text import compact
from jixiao.vocab import (
    CATEGORY_LABELS_EN,
    CATEGORY_TREE,
    LEVEL1,
    FormKind,
    label_key,
    match_level1,
    match_level2,
)

#: CLI format name → rdflib format name.
FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt", "trig": "trig",
           "nquads": "nquads"}
EXTENSIONS = {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt", "trig": ".trig",
              "nquads": ".nq"}
MEDIA_TYPES = {"turtle": "text/turtle", "json-ld": "application/ld+json",
               "nt": "application/n-triples", "trig": "application/trig",
               "nquads": "application/n-quads"}
#: Formats that keep the named graphs; the others hold the union of all graphs.
QUAD_FORMATS = ("trig", "nquads")

VOCABULARY_GRAPH = "vocabulary"
SHARED_GRAPH = "shared"
CATALOG_GRAPH = "catalog"

# A USCC is 18 characters: registration authority, type, region (6 digits), organisation code
# (9) and a check character; letters I, O, Z, S, V are never used.
_USCC = set("0123456789ABCDEFGHJKLMNPQRTUWXY")
_CONCEPT_QUALIFIER = "（三级指标）"


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


_dec = rdf_cube.decimal


class _Writer:
    """Writes the nodes of one export into the shared graph and one graph per document."""

    def __init__(self, g: nx.MultiDiGraph, iris: Iris, keep: set[str],
                 documents: Mapping[str, SourceDocument]) -> None:
        self.g, self.iris, self.keep, self.documents = g, iris, keep, documents
        self.shared = bind_prefixes(Graph(), iris.base)
        self.by_document: dict[str, Graph] = {}
        self.labels = scheme_labels(g)
        self.notes = _resolution_notes(g)
        self.funds = self.values = self.scheme = False

    def doc(self, document: str) -> Graph:
        if document not in self.by_document:
            self.by_document[document] = bind_prefixes(Graph(), self.iris.base)
        return self.by_document[document]

    def node(self, short: str) -> URIRef:
        return self.iris.node(short)

    # ---- the whole export ----------------------------------------------------------------

    def write(self) -> dict[URIRef, Graph]:
        g = self.g
        files: dict[str, str] = {}
        for n in sorted(self.keep):
            a = g.nodes[n]
            t = a["type"]
            if t in (kgg.DEPARTMENT, kgg.UNIT):
                self._org(n, a)
            elif t == kgg.PROJECT:
                self._project(n, a)
                files[a["document"]] = a["source"]["file"]
            elif t == kgg.INDICATOR:
                self._indicator(n, a)
                files[a["document"]] = a["source"]["file"]
            elif t == kgg.CATEGORY:
                self._category(n, a)
            elif t == kgg.CONCEPT:
                self._concept(n, a)
            elif t == kgg.YEAR:
                self._year(n, a)
        self._edges()
        for doc, file in sorted(files.items()):
            self._document(doc, file)
        if self.scheme:
            s = self.iris.scheme
            self.shared.add((s, RDF.type, SKOS.ConceptScheme))
            self.shared.add((s, SKOS.prefLabel, _zh("绩效指标体系")))
            self.shared.add((s, SKOS.prefLabel, Literal("Performance indicator scheme", lang="en")))
        rdf_cube.describe_datasets(self.shared, self.iris, self.funds, self.values)
        out = {self.iris.graph(SHARED_GRAPH): self.shared}
        for doc in sorted(self.by_document):
            out[self.iris.graph(doc)] = self.by_document[doc]
        return out

    def _edges(self) -> None:
        g, keep = self.g, self.keep
        for u, v, rel in g.edges(keys=True):
            if u not in keep or v not in keep:
                continue
            su, sv = self.node(u), self.node(v)
            if rel == kgg.PART_OF:
                self.shared.add((su, ORG.subOrganizationOf, sv))
                self.shared.add((sv, ORG.hasSubOrganization, su))
            elif rel == kgg.BROADER:
                self.shared.add((su, SKOS.broader, sv))
                self.shared.add((sv, SKOS.narrower, su))
            elif rel == kgg.REALISES:
                out = self.doc(g.nodes[u]["document"])
                out.add((su, JX.realises, sv))
                for _, c, k in g.out_edges(u, keys=True):
                    if k == kgg.IN_CATEGORY and c in keep:
                        self.shared.add((sv, SKOS.broader, self.node(c)))
                        self.shared.add((self.node(c), SKOS.narrower, sv))
            else:
                out = self.doc(g.nodes[u]["document"])
                prop = {kgg.IMPLEMENTED_BY: JX.implementedBy, kgg.SUPERVISED_BY: JX.supervisedBy,
                        kgg.HAS_INDICATOR: JX.hasIndicator, kgg.IN_CATEGORY: JX.inCategory,
                        kgg.HAS_YEAR: DCTERMS.temporal}[rel]
                out.add((su, prop, sv))

    # ---- nodes ---------------------------------------------------------------------------

    def _org(self, n: str, a: dict[str, Any]) -> None:
        out, s = self.shared, self.node(n)
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, ORG.Organization))
        for role in a.get("roles") or [a["type"]]:
            out.add((s, RDF.type, JX[role]))
        out.add((s, SKOS.prefLabel, _zh(a["label"])))
        out.add((s, RDFS.label, _zh(a["label"])))
        hidden = set(a.get("hidden_labels") or [])
        for alt in a.get("alt_labels") or []:
            out.add((s, SKOS.hiddenLabel if alt in hidden else SKOS.altLabel, _zh(alt)))
        for code in a.get("identifiers") or []:
            kind = JX.UnifiedSocialCreditCode if is_uscc(code) else JX.OrganizationCode
            out.add((s, ORG.identifier, Literal(code, datatype=kind)))
        for ev in a.get("evidence") or []:
            out.add((s, JX.resolutionEvidence, Literal(ev)))
        for note in self.notes.get(n, []):
            out.add((s, JX.resolutionNote, Literal(note)))

    def _project(self, n: str, a: dict[str, Any]) -> None:
        out, s = self.doc(a["document"]), self.node(n)
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, JX.Project))
        out.add((s, RDF.type, FORM_CLASS[FormKind(a["form"])]))
        out.add((s, RDFS.label, _zh(a["label"])))
        for key, prop in (("name_as_printed", JX.nameAsPrinted),
                          ("department_as_printed", JX.departmentAsPrinted),
                          ("unit_as_printed", JX.unitAsPrinted), ("goal", JX.goal),
                          ("grade", JX.grade)):
            if a.get(key):
                out.add((s, prop, _zh(a[key])))
        if a.get("project_code"):
            out.add((s, JX.projectCode, Literal(a["project_code"])))
        if a.get("total_score") is not None:
            out.add((s, JX.totalScore, _dec(a["total_score"])))
        funds = a.get("funds") or {}
        if funds.get("execution_rate") is not None:
            out.add((s, JX.executionRate, _dec(funds["execution_rate"])))
        org = kgg.unit_of(self.g, n) or kgg.department_of(self.g, n)
        self.funds |= rdf_cube.fund_observations(out, self.iris, s, a, org)
        self._provenance(out, s, a)
        for w in a.get("warnings") or []:
            out.add((s, JX.warning, Literal(w)))

    def _indicator(self, n: str, a: dict[str, Any]) -> None:
        out, s = self.doc(a["document"]), self.node(n)
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, JX.Indicator))
        out.add((s, RDFS.label, _zh(a["label"])))
        for key, prop in (("level1", JX.level1), ("level2", JX.level2),
                          ("deviation", JX.deviation)):
            if a.get(key):
                out.add((s, prop, _zh(a[key])))
        for key, prop in (("target", JX.target), ("actual", JX.actual),
                          ("midterm_target", JX.midtermTarget)):
            if a.get(key):
                out.add((s, prop, Literal(a[key])))
        for key, prop in (("weight", JX.weight), ("score", JX.score)):
            if a.get(key) is not None:
                out.add((s, prop, _dec(a[key])))
        self.values |= rdf_cube.value_observations(out, self.iris, s, a)
        self._provenance(out, s, a)

    def _provenance(self, out: Graph, s: URIRef, a: dict[str, Any]) -> None:
        """Source document, where in it, the text flags and the columns without a term."""
        doc = self.node(a["document"])
        out.add((s, PROV.wasDerivedFrom, doc))
        out.add((s, DCTERMS.source, doc))
        loc = a.get("location") or {}
        if loc:
            where = URIRef(f"{s}/location")
            out.add((s, PROV.atLocation, where))
            out.add((where, RDF.type, JX.SourceLocation))
            for key, prop in (("line", JX.line), ("last_line", JX.lastLine), ("page", JX.page),
                              ("last_page", JX.lastPage), ("table", JX.table)):
                if loc.get(key) is not None:
                    out.add((where, prop, Literal(int(loc[key]))))
            for key, prop in (("sheet", JX.sheet), ("cells", JX.cells)):
                if loc.get(key):
                    out.add((where, prop, Literal(loc[key])))
            label = Location.from_json(loc).describe() if Location.from_json(loc) else ""
            if label:
                out.add((where, RDFS.label, _zh(label)))
        for flag in a.get("flags") or []:
            out.add((s, JX.textFlag, Literal(flag)))
        for header, value in sorted((a.get("extra") or {}).items()):
            key = hashlib.sha256(header.encode("utf-8")).hexdigest()[:8]
            field = URIRef(f"{s}/field/{key}")
            out.add((s, JX.extraField, field))
            out.add((field, RDF.type, JX.PrintedField))
            out.add((field, RDFS.label, _zh(header)))
            out.add((field, RDF.value, _zh(str(value))))

    def _category(self, n: str, a: dict[str, Any]) -> None:
        self.scheme = True
        out, s = self.shared, self.node(n)
        zh, en = self.labels[n]
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, SKOS.Concept))
        out.add((s, RDF.type, JX.IndicatorCategory))
        out.add((s, SKOS.prefLabel, _zh(zh)))
        out.add((s, RDFS.label, _zh(zh)))
        if en:
            out.add((s, SKOS.prefLabel, Literal(en, lang="en")))
        if zh != a["label"]:
            out.add((s, SKOS.altLabel, _zh(a["label"])))
        for printed in a.get("alt_labels") or []:
            prop = SKOS.altLabel if is_label_variant(printed, a["label"]) else SKOS.hiddenLabel
            out.add((s, prop, _zh(printed)))
        code = category_notation(self.g, n)
        if code:
            out.add((s, SKOS.notation, Literal(code)))
        out.add((s, JX.categoryLevel, Literal(int(a["level"]))))
        out.add((s, SKOS.inScheme, self.iris.scheme))
        if a["level"] == 1:
            out.add((s, SKOS.topConceptOf, self.iris.scheme))
            out.add((self.iris.scheme, SKOS.hasTopConcept, s))

    def _concept(self, n: str, a: dict[str, Any]) -> None:
        self.scheme = True
        out, s = self.shared, self.node(n)
        zh, _ = self.labels[n]
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, SKOS.Concept))
        out.add((s, RDF.type, JX.IndicatorConcept))
        out.add((s, SKOS.prefLabel, _zh(zh)))
        out.add((s, RDFS.label, _zh(zh)))
        for alt in [a["label"], *(a.get("alt_labels") or [])]:
            if alt != zh:
                out.add((s, SKOS.altLabel, _zh(alt)))
        out.add((s, SKOS.inScheme, self.iris.scheme))

    def _year(self, n: str, a: dict[str, Any]) -> None:
        out, s = self.shared, self.node(n)
        year = int(a["year"])
        out.add((s, DCTERMS.identifier, Literal(n)))
        out.add((s, RDF.type, JX.Year))
        out.add((s, RDF.type, DCTERMS.PeriodOfTime))
        out.add((s, RDFS.label, Literal(a["label"])))
        out.add((s, JX.yearValue, rdf_cube.gyear(year)))
        out.add((s, DCAT.startDate, Literal(f"{year:04d}-01-01", datatype=XSD.date)))
        out.add((s, DCAT.endDate, Literal(f"{year:04d}-12-31", datatype=XSD.date)))

    def _document(self, doc: str, file: str) -> None:
        out, d = self.doc(doc), self.node(doc)
        out.add((d, DCTERMS.identifier, Literal(doc)))
        out.add((d, RDF.type, PROV.Entity))
        out.add((d, RDF.type, DCTERMS.BibliographicResource))
        out.add((d, DCTERMS.title, Literal(file)))
        out.add((d, JX.namedGraph, self.iris.graph(doc)))
        info = self.documents.get(file)
        if info is None:
            return
        out.add((d, RDF.type, DCAT.Distribution))
        if info.sha256:
            checksum = URIRef(f"{d}/checksum")
            out.add((d, SPDX.checksum, checksum))
            out.add((checksum, RDF.type, SPDX.Checksum))
            out.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
            out.add((checksum, SPDX.checksumValue, Literal(info.sha256, datatype=XSD.hexBinary)))
        if info.bytes is not None:
            out.add((d, DCAT.byteSize, Literal(int(info.bytes), datatype=XSD.nonNegativeInteger)))
        if info.media_type:
            out.add((d, DCAT.mediaType, URIRef(
                "https://www.iana.org/assignments/media-types/" + info.media_type)))


# ---------------------------------------------------------------- SKOS labels and codes


def scheme_labels(g: nx.MultiDiGraph) -> dict[str, tuple[str, str | None]]:
    """(prefLabel@zh, prefLabel@en) of every category and concept, unique in the scheme.

    A level-2 category whose name is also a level-1 one (成本指标 under 产出指标) or another
    category's is qualified by its parent: 成本指标（产出指标）, "cost indicators (output
    indicators)". A concept worded like a category gets （三级指标）.
    """
    nodes = [n for n, a in g.nodes(data=True) if a["type"] in (kgg.CATEGORY, kgg.CONCEPT)]
    counts = Counter(g.nodes[n]["label"] for n in nodes)
    category_labels = {g.nodes[n]["label"] for n in nodes if g.nodes[n]["type"] == kgg.CATEGORY}
    out: dict[str, tuple[str, str | None]] = {}
    for n in nodes:
        a = g.nodes[n]
        label = a["label"]
        en = CATEGORY_LABELS_EN.get(label) if a["type"] == kgg.CATEGORY else None
        if a["type"] == kgg.CONCEPT:
            out[n] = (label + _CONCEPT_QUALIFIER if label in category_labels else label, None)
            continue
        parent = _parent(g, n)
        if parent and (label in LEVEL1 or counts[label] > 1):
            p_label = g.nodes[parent]["label"]
            p_en = CATEGORY_LABELS_EN.get(p_label, p_label)
            out[n] = (f"{label}（{p_label}）", f"{en} ({p_en})" if en else None)
        else:
            out[n] = (label, en)
    return out


def _parent(g: nx.MultiDiGraph, n: str) -> str | None:
    up = [v for _, v, k in g.out_edges(n, keys=True) if k == kgg.BROADER]
    return up[0] if up else None


def category_notation(g: nx.MultiDiGraph, n: str) -> str | None:
    """The level path code of a canonical category: 产出指标 ``1``, its 数量指标 ``1.1``, 成本指标
    under 产出指标 ``1.4``, 经济成本指标 ``4.1``; None outside the category tree."""
    label = g.nodes[n]["label"]
    parent = _parent(g, n)
    if parent is None:
        return str(LEVEL1.index(label) + 1) if label in LEVEL1 else None
    p_label = g.nodes[parent]["label"]
    if p_label in CATEGORY_TREE and label in CATEGORY_TREE[p_label]:
        return f"{LEVEL1.index(p_label) + 1}.{CATEGORY_TREE[p_label].index(label) + 1}"
    return None


def is_label_variant(printed: str, canonical: str) -> bool:
    """True for a form's own wording of a category (产出类指标, 产出); False for OCR or extraction
    damage (満意度指标, 质量指, 对益指标, a label split by spaces): those are hidden labels."""
    if printed != compact(printed) or label_key(printed) != printed:
        return False
    # 满意度 is a level 1 and a level 2 core: either reading may be the one meant.
    found = [m for m in (match_level1(printed), match_level2(printed))
             if m and m.canonical == canonical]
    return any(printed.endswith("指标") or not m.suffixed for m in found)


def is_uscc(code: str) -> bool:
    """Shaped like an 18-character unified social credit code (GB 32100)."""
    return len(code) == 18 and set(code) <= _USCC and code[2:8].isdigit()


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


# ---------------------------------------------------------------- building exports


def named_graphs(
    g: nx.MultiDiGraph,
    nodes: set[str] | None = None,
    base: str | None = None,
    publication: Publication | None = None,
) -> dict[URIRef, Graph]:
    """The export as named graphs: ``vocabulary`` (whole exports only), ``shared``, one per
    source document, and ``catalog`` when a publication is described."""
    base = ids.check_base(base if base is not None else publication.base if publication else None)
    iris = Iris(base)
    keep = set(g.nodes) if nodes is None else set(nodes)
    documents = {d.name: d for d in publication.documents} if publication else {}
    data = _Writer(g, iris, keep, documents).write()
    if nodes is not None:
        return data
    out = {iris.graph(VOCABULARY_GRAPH): bind_prefixes(load_ontology(), base), **data}
    if publication is not None:
        out[iris.graph(CATALOG_GRAPH)] = describe(iris, publication, data, g)
    return out


def union(graphs: Mapping[URIRef, Graph], base: str = ids.DEFAULT_BASE) -> Graph:
    out = bind_prefixes(Graph(), base)
    for part in graphs.values():
        out += part
    return out


def to_rdf(g: nx.MultiDiGraph, nodes: set[str] | None = None, base: str | None = None) -> Graph:
    """The data triples of the whole graph, or of ``nodes`` only (edges kept when both ends are
    included), in one graph: no vocabulary, no catalog."""
    parts = named_graphs(g, set(g.nodes) if nodes is None else nodes, base)
    return union(parts, ids.check_base(base))


def project_rdf(g: nx.MultiDiGraph, project: str, base: str | None = None) -> Graph:
    """RDF of one project and its neighbourhood (indicators, categories, concepts, orgs, year)."""
    return to_rdf(g, kgg.neighbourhood(g, project), base)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise JixiaoError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def serialize(rdf: Graph, fmt: str) -> str:
    """One graph in a triple format (the quad formats put it in the default graph)."""
    _check_format(fmt)
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in rdf.namespaces() if prefix in PREFIXES}
        return rdf.serialize(format="json-ld", context=context, indent=2, ensure_ascii=False)
    if fmt in ("nt", "nquads"):
        return _sorted_lines(rdf.serialize(format=FORMATS[fmt]))
    return rdf.serialize(format=FORMATS[fmt])


def serialize_graphs(graphs: Mapping[URIRef, Graph], fmt: str,
                     base: str = ids.DEFAULT_BASE) -> str:
    """Named graphs in ``fmt``: TriG and N-Quads keep them, the triple formats get the union."""
    _check_format(fmt)
    if fmt not in QUAD_FORMATS:
        return serialize(union(graphs, base), fmt)
    ds = bind_prefixes(Dataset(), base)
    for name, part in graphs.items():
        target = ds.graph(name)
        for triple in part:
            target.add(triple)
    text = ds.serialize(format=FORMATS[fmt])
    return _sorted_lines(text) if fmt == "nquads" else text


def _sorted_lines(text: str) -> str:
    # N-Triples and N-Quads come out in hash order; sorted lines make files diff-able.
    lines = sorted(line for line in text.splitlines() if line.strip())
    return "\n".join(lines) + "\n" if lines else ""


def parse(text: str, fmt: str) -> Graph:
    """Read an export back as one graph (for quad formats: the union of its graphs)."""
    _check_format(fmt)
    if fmt in QUAD_FORMATS:
        return union(parse_graphs(text, fmt))
    return Graph().parse(data=text, format=FORMATS[fmt])


def parse_graphs(text: str, fmt: str) -> dict[URIRef, Graph]:
    """Read a TriG or N-Quads export back into its named graphs."""
    _check_format(fmt)
    ds = Dataset()
    ds.parse(data=text, format=FORMATS[fmt])
    out: dict[URIRef, Graph] = {}
    for part in ds.graphs():
        if len(part) and isinstance(part.identifier, URIRef):
            copy = Graph()
            for triple in part:
                copy.add(triple)
            out[part.identifier] = copy
    return out


def graph_checksum(part: Graph) -> str:
    """SHA-256 of a graph's sorted N-Triples: equal graphs (no blank nodes) give equal sums."""
    return text_checksum(serialize(part, "nt"))


def text_checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def export(
    g: nx.MultiDiGraph,
    fmt: str,
    project: str | None = None,
    base: str | None = None,
    publication: Publication | None = None,
) -> str:
    """Serialised RDF of the whole graph (with vocabulary and, given a publication, catalog) or
    of one project and its neighbourhood (short id or IRI)."""
    _check_format(fmt)
    base = ids.check_base(base if base is not None else publication.base if publication else None)
    nodes = kgg.neighbourhood(g, project) if project else None
    graphs = named_graphs(g, nodes, base, None if project else publication)
    return serialize_graphs(graphs, fmt, base)
