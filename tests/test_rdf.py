"""RDF export: round trips in five formats, named graphs, SHACL with Data Cube integrity, SKOS,
ORG codes, provenance, the catalog, base IRIs, collisions and the documented SPARQL."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from conftest import ROOT, load_fixture_records
from pyshacl import validate
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, QB, RDF, RDFS, SKOS, VOID, XSD

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import ids, rdf
from jixiao.kg.graph import INDICATOR, PROJECT, build_graph, nodes_of_type
from jixiao.kg.ontology import (
    FORM_CLASS,
    JX,
    OBEU_DIMENSION,
    OBEU_MEASURE,
    SCHEMA,
    SPDX,
    load_ontology,
    load_shapes,
)
from jixiao.kg.records import Funds, Indicator, Location, Project, Source, TargetValue
from jixiao.kg.resolve import clean_org_name, resolve_orgs
from jixiao.kg.targets import parse_target
from jixiao.store import build_store, samples_dir
from jixiao.vocab import CATEGORY_LABELS_EN, CATEGORY_TREE, LEVEL1, FormKind

DOC = ROOT / "docs" / "rdf.md"
SAMPLES = sorted(samples_dir().glob("*.txt"))


@pytest.fixture(scope="module")
def graphs(graph_store):
    return rdf.named_graphs(graph_store.store.graph(), publication=graph_store.publication())


@pytest.fixture(scope="module")
def full(graphs):
    return rdf.union(graphs)


@pytest.fixture(scope="module")
def exports(graph_store):
    return {fmt: graph_store.export(fmt) for fmt in api.EXPORT_FORMATS}


@pytest.fixture(scope="module")
def sample_rdf(kg_sample_graph):
    return rdf.to_rdf(kg_sample_graph)


def _shacl(data, ontology=False):
    """pyshacl on ``data``; ``ontology``: with the vocabulary added (what the cube checks need
    when ``data`` is not a whole export)."""
    if ontology:
        data = data + load_ontology()
    conforms, _, text = validate(data, shacl_graph=load_shapes())
    return conforms, text


# ---------------------------------------------------------------- formats and graphs


def test_every_format_round_trips_to_the_same_triples(full, graphs, exports):
    for fmt in ("turtle", "json-ld", "nt", "trig", "nquads"):
        back = rdf.parse(exports[fmt], fmt)
        # No blank nodes anywhere, so equal triple sets mean isomorphic graphs.
        assert set(back) == set(full), fmt
    for fmt in rdf.QUAD_FORMATS:
        named = rdf.parse_graphs(exports[fmt], fmt)
        assert set(named) == set(graphs), fmt
        for name, part in graphs.items():
            assert set(named[name]) == set(part), (fmt, name)


def test_named_graphs_are_one_per_document_plus_shared_vocabulary_catalog(graph_store, graphs):
    base = ids.DEFAULT_BASE + "graph/"
    names = {str(n)[len(base):] for n in graphs}
    docs = {ids.document_id(f["name"]) for f in graph_store.store.files}
    assert names == {"vocabulary", "shared", "catalog"} | docs
    g = graph_store.store.graph()
    for name, part in graphs.items():
        doc = str(name)[len(base):]
        if doc in docs:
            projects = {str(s) for s in part.subjects(RDF.type, JX.Project)}
            expected = {ids.to_iri(p) for p in nodes_of_type(g, PROJECT)
                        if g.nodes[p]["document"] == doc}
            assert projects == expected and expected
            # A document's graph never describes an organisation, concept or category.
            assert not set(part.subjects(RDF.type, ORG.Organization))
            assert not set(part.subjects(RDF.type, SKOS.Concept))


def test_export_has_no_blank_nodes(full):
    assert not [t for t in full if any(isinstance(x, BNode) for x in t)]


def test_export_describes_every_node(kg_sample_graph, sample_rdf):
    for n in kg_sample_graph.nodes:
        s = URIRef(ids.to_iri(n))
        assert (s, RDF.type, None) in sample_rdf, n
        assert sample_rdf.value(s, DCTERMS.identifier) == Literal(n)
    rows = set(sample_rdf.subjects(RDF.type, JX.Indicator))
    assert len(rows) == len(nodes_of_type(kg_sample_graph, INDICATOR))
    for row in rows:
        assert (None, JX.hasIndicator, row) in sample_rdf


def test_trig_loads_in_pyoxigraph_with_its_graphs(exports, graphs, full):
    store = pyoxigraph.Store()
    store.load(exports["trig"], format=pyoxigraph.RdfFormat.TRIG)
    assert len(store) == sum(len(p) for p in graphs.values())
    assert {str(g.value) for g in store.named_graphs()} == {str(n) for n in graphs}
    q = _doc_queries()["concepts-used-by-several-units"]
    got = list(store.query(q, use_default_graph_as_union=True))
    assert len(got) == len(list(full.query(q))) > 0


# ---------------------------------------------------------------- SHACL


def test_shacl_whole_export_conforms(full):
    conforms, text = _shacl(full)
    assert conforms, text


def test_shacl_catches_broken_exports(kg_sample_graph):
    g = kg_sample_graph
    pid = max(nodes_of_type(g, PROJECT), key=lambda p: len(kgg.indicators_of(g, p)))
    broken = rdf.project_rdf(g, pid)
    row = next(broken.subjects(RDF.type, JX.Indicator))
    broken.remove((row, JX.inCategory, None))
    project = next(broken.subjects(RDF.type, JX.Project))
    broken.add((project, RDFS.label, Literal("第二个名称", lang="zh")))
    obs = sorted(broken.subjects(RDF.type, QB.Observation))
    funds = [o for o in obs if "/funds/" in str(o)]
    broken.remove((funds[0], JX.fiscalYear, None))  # IC-11
    twin = URIRef(f"{funds[1]}-twin")  # IC-12
    for p, o in broken.predicate_objects(funds[1]):
        broken.add((twin, p, o))
    broken.set((funds[2], JX.budgetPhase, JX.Target))  # IC-19: not a budget phase
    category = next(broken.subjects(SKOS.broader, None))
    broken.remove((broken.value(category, SKOS.broader), SKOS.narrower, category))
    conforms, text = _shacl(broken, ontology=True)
    assert not conforms
    for expected in ("inCategory", "rdfs:label", "IC-11", "IC-12", "IC-19",
                     "without the inverse skos:narrower"):
        assert expected in text, expected


def test_shacl_catches_a_duplicate_label_in_the_scheme(kg_sample_graph):
    g = kg_sample_graph
    rdf_ = rdf.project_rdf(g, max(nodes_of_type(g, PROJECT), key=lambda p: len(kgg.indicators_of(g, p))))
    a, b = sorted(rdf_.subjects(RDF.type, JX.IndicatorCategory))[:2]
    rdf_.set((b, SKOS.prefLabel, rdf_.value(a, SKOS.prefLabel)))
    conforms, text = _shacl(rdf_, ontology=True)
    assert not conforms and "same prefLabel" in text


def test_hostile_export_conforms_and_loads_elsewhere():
    g = build_graph(HOSTILE)
    out = rdf.to_rdf(g)
    conforms, text = _shacl(out, ontology=True)
    assert conforms, text
    store = pyoxigraph.Store()
    store.load(rdf.serialize(out, "turtle"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(out)
    both = [s for s in out.subjects(RDF.type, JX.Unit) if (s, RDF.type, JX.Department) in out]
    assert len(both) == 1


def test_project_export_is_its_neighbourhood(kg_sample_graph, sample_rdf):
    g = kg_sample_graph
    pid = max(nodes_of_type(g, PROJECT), key=lambda p: len(kgg.indicators_of(g, p)))
    text = rdf.export(g, "turtle", project=ids.to_iri(pid))
    part = rdf.parse(text, "turtle")
    assert set(part.subjects(RDF.type, JX.Project)) == {URIRef(ids.to_iri(pid))}
    rows = set(part.subjects(RDF.type, JX.Indicator))
    assert rows == {URIRef(ids.to_iri(r)) for r in kgg.indicators_of(g, pid)}
    assert len(part) < len(sample_rdf)
    assert all(t in sample_rdf for t in part)
    conforms, text = _shacl(part, ontology=True)
    assert conforms, text
    named = rdf.parse_graphs(rdf.export(g, "trig", project=pid), "trig")
    assert {str(n).rsplit("graph/", 1)[1] for n in named} == {"shared", g.nodes[pid]["document"]}


# ---------------------------------------------------------------- vocabulary


def test_every_own_term_is_declared_with_chinese_and_english_labels(graphs):
    onto = load_ontology()
    data = [p for n, p in graphs.items() if not str(n).endswith("/vocabulary")]
    used = {t for part in data for triple in part for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(JX))}
    assert JX.FundsStructure in used and JX.InitialBudget in used
    for term in used:
        labels = [*onto.objects(term, RDFS.label), *onto.objects(term, SKOS.prefLabel)]
        assert {"zh", "en"} <= {lbl.language for lbl in labels}, term


def test_form_kinds_have_classes_labelled_from_the_vocabulary():
    onto = load_ontology()
    assert set(FORM_CLASS) == set(FormKind)
    for kind, cls in FORM_CLASS.items():
        labels = {(str(lbl), lbl.language) for lbl in onto.objects(cls, RDFS.label)}
        assert labels == {(kind.label_zh, "zh"), (kind.label_en, "en")}
        assert (cls, RDFS.subClassOf, JX.Project) in onto


def test_structures_declare_their_components_and_code_lists():
    onto = load_ontology()
    for dsd in (JX.FundsStructure, JX.IndicatorValuesStructure):
        comps = list(onto.objects(dsd, QB.component))
        dims = [onto.value(c, QB.dimension) for c in comps if onto.value(c, QB.dimension)]
        assert dims and all((d, RDF.type, QB.DimensionProperty) in onto or
                            str(d).startswith(str(OBEU_DIMENSION)) for d in dims)
        assert sorted(int(onto.value(c, QB.order)) for c in comps if onto.value(c, QB.dimension)) \
            == list(range(1, len(dims) + 1))
        assert any(onto.value(c, QB.measure) for c in comps)
    for prop in (JX.budgetPhase, JX.fundingSource, JX.valueKind):
        scheme = onto.value(prop, QB.codeList)
        assert scheme and set(onto.subjects(SKOS.inScheme, scheme))
    assert not [t for t in onto if any(isinstance(x, BNode) for x in t)]


def test_published_ontology_and_shapes_parse():
    assert len(load_ontology()) > 300
    assert len(load_shapes()) > 100
    assert Path(ROOT / "data" / "ontology.ttl").is_file()


# ---------------------------------------------------------------- SKOS


def test_categories_have_notations_from_the_one_tree_and_unique_labels(full):
    cats = set(full.subjects(RDF.type, JX.IndicatorCategory))
    notation = {str(full.value(c, SKOS.notation)): c for c in cats if full.value(c, SKOS.notation)}
    for i, l1 in enumerate(LEVEL1, 1):
        if str(i) in notation:
            assert str(full.value(notation[str(i)], RDFS.label)) == l1
        for j, l2 in enumerate(CATEGORY_TREE[l1], 1):
            if f"{i}.{j}" in notation:
                c = notation[f"{i}.{j}"]
                assert (c, SKOS.broader, notation[str(i)]) in full
                assert (notation[str(i)], SKOS.narrower, c) in full
                assert l2 in {str(x) for x in full.objects(c, SKOS.prefLabel)} | \
                    {str(x) for x in full.objects(c, SKOS.altLabel)}
    # 成本指标 is a level 1 and, in older templates, a level 2 under 产出指标: two labels.
    assert {"4", "1.4"} <= set(notation)
    zh = {str(x) for c in ("4", "1.4") for x in full.objects(notation[c], SKOS.prefLabel)
          if x.language == "zh"}
    assert zh == {"成本指标", "成本指标（产出指标）"}
    for c in cats:
        label = str(full.value(c, RDFS.label))
        en = [x for x in full.objects(c, SKOS.prefLabel) if x.language == "en"]
        if label in CATEGORY_LABELS_EN:
            assert [str(x) for x in en] == [CATEGORY_LABELS_EN[label]]
    by_label = Counter((str(o), o.language) for c in set(full.subjects(SKOS.inScheme, None))
                       for o in full.objects(c, SKOS.prefLabel))
    assert max(by_label.values()) == 1


def test_printed_category_variants_are_alt_or_hidden_labels(full, kg_sample_graph):
    hidden = {str(o) for o in full.objects(None, SKOS.hiddenLabel)}
    alt = {str(o) for o in full.objects(None, SKOS.altLabel)}
    assert hidden and not hidden & alt
    printed = {a for _, d in kg_sample_graph.nodes(data=True)
               if d["type"] == kgg.CATEGORY for a in d["alt_labels"]}
    assert printed <= hidden | alt


@pytest.mark.parametrize("printed, canonical, legit", [
    ("产出类指标", "产出指标", True), ("产出", "产出指标", True),
    ("满意度", "服务对象满意度指标", True),
    ("満意度指标", "满意度指标", False),  # Japanese look-alike 満
    ("可持續影响指标", "可持续影响指标", False),  # traditional 續 read by OCR
    ("质量指", "质量指标", False), ("对益指标", "效益指标", False),
    ("满意 度指 标", "满意度指标", False),  # a label split by extraction
])
def test_ocr_and_extraction_damage_is_told_from_a_forms_wording(printed, canonical, legit):
    assert rdf.is_label_variant(printed, canonical) is legit
    p = _record(indicators=[Indicator(canonical if canonical in LEVEL1 else "满意度指标",
                                      None if canonical in LEVEL1 else canonical, "满意度",
                                      "≥90(%)", line=3,
                                      level1_as_printed=printed if canonical in LEVEL1 else None,
                                      level2_as_printed=None if canonical in LEVEL1 else printed)])
    out = rdf.to_rdf(build_graph([p]))
    prop = SKOS.altLabel if legit else SKOS.hiddenLabel
    assert (None, prop, Literal(printed, lang="zh")) in out


def test_form_wordings_of_categories_are_alt_labels():
    p = _record(indicators=[Indicator("产出指标", "数量指标", "培训人次", "≥100(人次)",
                                      level1_as_printed="产出类指标", line=3)])
    out = rdf.to_rdf(build_graph([p]))
    cat = next(s for s in out.subjects(SKOS.notation, Literal("1")))
    assert str(out.value(cat, SKOS.altLabel)) == "产出类指标"


def test_organisation_ocr_spellings_are_hidden_labels():
    records = load_fixture_records("org_variants")
    out = rdf.to_rdf(build_graph(records))
    unit = next(s for s in out.subjects(SKOS.prefLabel, Literal("上海市卫生人才交流服务中心", lang="zh")))
    assert "上海市卫生人才交流用务中心" in {str(x) for x in out.objects(unit, SKOS.hiddenLabel)}


# ---------------------------------------------------------------- constructed records


def _record(**kw) -> Project:
    base = dict(name="职称评审", name_as_printed="职称评审", department="天津市卫生健康委员会",
                unit="天津市医学考试中心", year=2024, form=FormKind.SELF_EVALUATION,
                funds=Funds(total=200000.0, fiscal=150000.0, carryover=50000.0, other=0.0,
                            executed=180000.0, execution_rate=90.0),
                goal="完成评审", total_score=95.0, grade="优", indicators=[],
                source=Source("book.xlsx", 1, 20, sheet="2024自评", cells="A1:H20",
                              format="xlsx"))
    base.update(kw)
    return Project(**base)


def test_codes_locations_extra_fields_and_flags_are_exported():
    uscc = "12120000MB1234567X"
    ind = Indicator("满意度指标", "服务对象满意度指标", "考生满意度", "≥90(%)", actual="96(%)",
                    line=12, extra={"指标解释": "问卷调查"}, flags=["repaired"],
                    location=Location(line=12, sheet="2024自评", cells="B12:F12"),
                    midterm_target="≥92(%)")
    p = _record(indicators=[ind], unit_code=uscc, department_code="0123",
                project_code="XM-2024-001", extra={"项目负责人": "张三"}, flags=["garbled"])
    g = build_graph([p])
    out = rdf.to_rdf(g)
    unit = URIRef(ids.to_iri(kgg.unit_of(g, kgg.nodes_of_type(g, PROJECT)[0])))
    dept = out.value(unit, ORG.subOrganizationOf)
    assert (dept, ORG.hasSubOrganization, unit) in out
    assert out.value(unit, ORG.identifier) == Literal(uscc, datatype=JX.UnifiedSocialCreditCode)
    assert out.value(dept, ORG.identifier) == Literal("0123", datatype=JX.OrganizationCode)
    project = next(out.subjects(RDF.type, JX.Project))
    assert str(out.value(project, JX.projectCode)) == "XM-2024-001"
    assert str(out.value(project, JX.textFlag)) == "garbled"
    where = out.value(project, PROV.atLocation)
    assert str(out.value(where, JX.sheet)) == "2024自评" and str(out.value(where, JX.cells)) == "A1:H20"
    row = next(out.subjects(RDF.type, JX.Indicator))
    loc = out.value(row, PROV.atLocation)
    assert (str(out.value(loc, JX.cells)), int(out.value(loc, JX.line))) == ("B12:F12", 12)
    assert str(out.value(loc, RDFS.label)) == "表 2024自评，B12:F12"
    field = out.value(row, JX.extraField)
    assert (str(out.value(field, RDFS.label)), str(out.value(field, RDF.value))) == ("指标解释", "问卷调查")
    assert str(out.value(row, JX.textFlag)) == "repaired"
    # The actual value is parsed like a target when the record has no actual_parsed.
    actual = out.value(row, JX.actualValue)
    assert out.value(actual, JX.numericValue).toPython() == Decimal("96")
    assert out.value(actual, JX.valueKind) == JX.Actual
    midterm = out.value(row, JX.midtermTargetValue)
    assert out.value(midterm, SCHEMA.minValue).toPython() == Decimal("92")
    conforms, text = _shacl(out, ontology=True)
    assert conforms, text


def test_a_parsed_actual_value_in_the_record_wins():
    ind = Indicator("产出指标", "数量指标", "培训人次", "≥100(人次)", actual="约120人次",
                    actual_parsed=TargetValue("≈", 120.0, "人次"), line=3)
    out = rdf.to_rdf(build_graph([_record(indicators=[ind])]))
    actual = out.value(next(out.subjects(RDF.type, JX.Indicator)), JX.actualValue)
    assert (str(out.value(actual, JX.comparator)), str(out.value(actual, SCHEMA.unitText))) == ("≈", "人次")
    assert out.value(actual, SCHEMA.value).toPython() == Decimal("120")


@pytest.mark.parametrize("form, phase", [
    (FormKind.TARGET_DECLARATION, JX.InitialBudget),
    (FormKind.SELF_EVALUATION, JX.AdjustedBudget),
    (FormKind.DEPARTMENT_TARGET, JX.InitialBudget),
    (FormKind.DEPARTMENT_SELF_EVALUATION, JX.AdjustedBudget),
])
def test_funds_are_observations_by_phase_and_source(form, phase):
    p = _record(form=form, unit=None if form.is_department else "天津市医学考试中心")
    g = build_graph([p])
    out = rdf.to_rdf(g)
    project = next(out.subjects(RDF.type, JX.Project))
    assert (project, RDF.type, FORM_CLASS[form]) in out
    amounts = {(out.value(o, JX.budgetPhase), out.value(o, JX.fundingSource)):
               out.value(o, OBEU_MEASURE.amount).toPython()
               for o in out.subjects(JX.project, project)}
    assert amounts == {
        (phase, JX.AllSources): Decimal("200000"), (phase, JX.FiscalAppropriation): Decimal("150000"),
        (phase, JX.CarryOver): Decimal("50000"), (phase, JX.OtherSources): Decimal("0"),
        (JX.Execution, JX.AllSources): Decimal("180000"),
    }
    obs = next(out.subjects(JX.project, project))
    assert out.value(obs, JX.fiscalYear) == Literal("2024", datatype=XSD.gYear)
    org = kgg.unit_of(g, str(project).rsplit("/id/", 1)[1]) or kgg.department_of(
        g, str(project).rsplit("/id/", 1)[1])
    assert out.value(obs, OBEU_DIMENSION.organization) == URIRef(ids.to_iri(org))
    year = out.value(project, DCTERMS.temporal)
    assert out.value(year, JX.yearValue) == Literal("2024", datatype=XSD.gYear)
    conforms, text = _shacl(out, ontology=True)
    assert conforms, text


def test_a_form_without_a_year_has_no_funds_observations_but_says_why():
    out = rdf.to_rdf(build_graph([_record(year=None)]))
    project = next(out.subjects(RDF.type, JX.Project))
    assert not list(out.subjects(JX.project, project))
    assert "gives no year" in " ".join(str(w) for w in out.objects(project, JX.warning))


def test_bundled_funds_add_up_to_the_records(kg_sample_records, sample_rdf):
    dated = [p for p in kg_sample_records if p.year and (p.unit or p.department)]
    assert len(dated) < len(kg_sample_records)  # the 天津 declarations print no year

    def total(phases, source):
        return sum(float(sample_rdf.value(o, OBEU_MEASURE.amount))
                   for o in sample_rdf.subjects(JX.fundingSource, source)
                   if sample_rdf.value(o, JX.budgetPhase) in phases)

    assert total({JX.InitialBudget, JX.AdjustedBudget}, JX.AllSources) == pytest.approx(
        sum(p.funds.total or 0 for p in dated))
    assert total({JX.Execution}, JX.AllSources) == pytest.approx(
        sum(p.funds.executed or 0 for p in dated))


# ---------------------------------------------------------------- catalog and base IRI


def test_catalog_describes_the_export(graph_store, graphs, full):
    cat = graphs[URIRef(ids.DEFAULT_BASE + "graph/catalog")]
    kg = URIRef(ids.DEFAULT_BASE + "id/dataset/kg")
    m = graph_store.store.manifest
    assert cat.value(kg, DCTERMS.modified).toPython().isoformat().startswith(m["created"][:19])
    assert cat.value(kg, DCTERMS.issued) is not None and cat.value(kg, DCTERMS.title)
    data = [p for n, p in graphs.items() if not str(n).endswith(("/vocabulary", "/catalog"))]
    assert int(cat.value(kg, VOID.triples)) == sum(len(p) for p in data)
    partitions = {cat.value(p, VOID["class"]): int(cat.value(p, VOID.entities))
                  for p in cat.objects(kg, VOID.classPartition)}
    assert partitions[JX.Project] == m["counts"]["Project"]
    assert partitions[JX.Indicator] == m["counts"]["Indicator"]
    build = cat.value(kg, PROV.wasGeneratedBy)
    assert str(cat.value(build, JX.readerVersion)) == m["reader"]
    used = set(cat.objects(build, PROV.used))
    for path in SAMPLES:
        doc = URIRef(ids.to_iri(ids.document_id(path.name)))
        assert doc in used
        checksum = full.value(doc, SPDX.checksum)
        assert str(full.value(checksum, SPDX.checksumValue)) == hashlib.sha256(
            path.read_bytes()).hexdigest()
        assert int(full.value(doc, URIRef("http://www.w3.org/ns/dcat#byteSize"))) == len(
            path.read_bytes())
    assert "placeholder" in str(cat.value(kg, RDFS.comment))


def test_base_iri_is_configurable_and_recorded(tmp_path):
    base = "https://data.example.gov.cn/jixiao/"
    jx, _ = api.build(SAMPLES[:2], tmp_path / "s", publication={
        "base": base.rstrip("/"), "publisher": "某省财政厅", "licence": "CC-BY-4.0"})
    assert jx.store.manifest["publication"]["base"] == base
    out = rdf.parse(jx.export("nt"), "nt")
    ids_ = [s for s in out.subjects(DCTERMS.identifier, None)]
    assert ids_ and all(str(s).startswith(base + "id/") for s in ids_)
    assert (None, RDF.type, JX.Project) in out  # the vocabulary keeps its namespace
    kg = URIRef(base + "id/dataset/kg")
    assert out.value(kg, DCTERMS.license) == URIRef("http://spdx.org/licenses/CC-BY-4.0")
    assert out.value(kg, RDFS.comment) is None  # no placeholder note
    # A later add keeps the settings; an empty string clears one; --base overrides per run.
    jx, _ = api.add(SAMPLES[2:3], tmp_path / "s", publication={"publisher": ""})
    pub = jx.store.manifest["publication"]
    assert pub["base"] == base and "publisher" not in pub and pub["licence"]
    assert pub["issued"] <= jx.store.manifest["created"]
    other = rdf.parse(jx.export("turtle", base="https://x.example/"), "turtle")
    assert (URIRef("https://x.example/id/dataset/kg"), RDF.type, None) in other
    pid = nodes_of_type(jx.store.graph(), PROJECT)[0]
    assert ids.to_short(base + "id/" + pid) == pid
    assert jx.iri(pid) == base + "id/" + pid


@pytest.mark.parametrize("bad", ["ftp://x/", "https://x y/", "data.gov.cn/jx", "https://x/?a=1"])
def test_bad_base_iris_are_refused_clearly(bad):
    with pytest.raises(JixiaoError, match="not a usable base IRI"):
        ids.check_base(bad)


def test_bad_licence_is_refused_clearly():
    with pytest.raises(JixiaoError, match="not a licence"):
        api.check_publication({"licence": "free for all"})


# ---------------------------------------------------------------- identifiers


def test_digests_are_long_and_old_ids_get_a_clear_message(kg_sample_graph):
    assert ids.DIGEST_LEN * 4 >= 80
    assert all(len(n.split("/")[1]) == ids.DIGEST_LEN for n in kg_sample_graph
               if not n.startswith("year/"))
    with pytest.raises(JixiaoError, match="older jixiao"):
        ids.to_iri("project/3f2a9c1b0d")


def test_a_forced_collision_is_an_error_not_a_merge(monkeypatch, kg_sample_records):
    monkeypatch.setattr(ids, "DIGEST_LEN", 1)  # 16 digests per kind: collisions are certain
    with pytest.raises(JixiaoError, match="identifier collision: .* stands for both"):
        build_graph(kg_sample_records)


def test_two_projects_forced_onto_one_id_are_refused(monkeypatch, tmp_path):
    real = ids._digest
    monkeypatch.setattr(ids, "_digest", lambda *parts: "0" * ids.DIGEST_LEN
                        if parts and parts[0] == "org" else real(*parts))
    with pytest.raises(JixiaoError, match="identifier collision: org/0+ stands for both"):
        build_store(SAMPLES[:2], tmp_path / "s")
    assert not (tmp_path / "s" / "CURRENT").exists()  # nothing was built


# ---------------------------------------------------------------- hostile strings


HOSTILE = load_fixture_records("hostile")


@pytest.mark.parametrize("fmt", list(rdf.FORMATS))
def test_hostile_strings_survive_export_and_reimport(fmt):
    g = build_graph(HOSTILE)
    back = rdf.parse(rdf.export(g, fmt), fmt)
    assert set(back) == set(rdf.union(rdf.named_graphs(g)))
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    for p in HOSTILE:
        assert p.name in labels
        for i in p.indicators:
            assert i.level3 in labels
    assert HOSTILE[0].goal in {str(o) for o in back.objects(None, JX.goal)}
    unit_labels = {str(o) for o in back.objects(None, SKOS.prefLabel)}
    assert clean_org_name(HOSTILE[0].unit) in unit_labels
    assert "单位<名称>带引号第二行制表符" in unit_labels
    assert HOSTILE[0].unit in {str(o) for o in back.objects(None, JX.unitAsPrinted)}
    targets = {str(o) for o in back.objects(None, JX.target)}
    assert {i.target for i in HOSTILE[0].indicators} <= targets
    assert len(HOSTILE[1].name) > 2000


def test_unknown_format_and_project_are_clear_errors(kg_sample_graph):
    with pytest.raises(JixiaoError, match="unknown RDF format"):
        rdf.export(kg_sample_graph, "xml")
    with pytest.raises(JixiaoError, match="no such project"):
        rdf.export(kg_sample_graph, "turtle", project="project/" + "0" * ids.DIGEST_LEN)


# ---------------------------------------------------------------- documented SPARQL


def _doc_queries() -> dict[str, str]:
    text = DOC.read_text("utf-8")
    blocks = re.findall(r"```sparql\n(.*?)```", text, re.S)
    return {re.search(r"# query: (\S+)", q)[1]: q for q in blocks}


def doc_result_tables() -> dict[str, list[list[str]]]:
    """The result tables printed under queries in docs/rdf.md: name → rows of cells."""
    parts = DOC.read_text("utf-8").split("```sparql\n")[1:]
    out = {}
    for part in parts:
        query, _, after = part.partition("```")
        after = after.split("\n\n## ", 1)[0]
        if "Result on the bundled samples" not in after:
            continue
        table = after.split("Result on the bundled samples", 1)[1].split("\n\n")[1]
        lines = [ln for ln in table.splitlines() if ln.startswith("|")][2:]
        name = re.search(r"# query: (\S+)", query)[1]
        out[name] = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]
    return out


def test_docs_hold_the_example_queries_and_results():
    assert set(_doc_queries()) == {
        "satisfaction-at-least-90-by-unit", "projects-of-a-unit-by-year",
        "concepts-used-by-several-units", "actual-above-target-by-more-than-10-percent",
        "funds-by-fiscal-year", "projects-per-source-document",
    }
    assert set(doc_result_tables()) >= {"actual-above-target-by-more-than-10-percent",
                                        "funds-by-fiscal-year", "projects-per-source-document"}


@pytest.fixture(scope="module")
def reloaded(exports):
    # Queries run on what another tool would get: the TriG file, its graphs as the default.
    ds = Dataset(default_union=True)
    ds.parse(data=exports["trig"], format="trig")
    return ds


def test_doc_result_tables_are_what_the_queries_give(reloaded):
    queries = _doc_queries()
    for name, rows in doc_result_tables().items():
        got = [["" if v is None else str(v) for v in r] for r in reloaded.query(queries[name])]
        assert got[: len(rows)] == rows, name


def _unit_name(res, p):
    ent = res.lookup(p.unit, p.source.file)
    return ent.canonical if ent else None


def test_sparql_satisfaction_targets_of_at_least_90_percent(kg_sample_records, reloaded):
    res = resolve_orgs(kg_sample_records)
    expected = set()
    for p in kg_sample_records:
        for i in p.indicators:
            t = i.target_parsed or parse_target(i.target)
            if (i.level1 == "满意度指标" and p.unit and t and t.unit == "%"
                    and t.op in ("≥", ">", "=") and t.value >= 90):
                expected.add((_unit_name(res, p), p.name, i.level3, i.target))
    rows = list(reloaded.query(_doc_queries()["satisfaction-at-least-90-by-unit"]))
    got = {tuple(str(v) for v in row) for row in rows}
    assert len(expected) >= 5
    assert got == expected
    assert len(rows) == len(got)


def test_sparql_projects_of_a_unit_by_year(kg_sample_records, reloaded):
    unit = "上海市医事团体联合管理发展中心"
    expected = sorted((p.year, p.name, p.funds.total, p.funds.executed)
                      for p in kg_sample_records if p.unit == unit)
    rows = list(reloaded.query(_doc_queries()["projects-of-a-unit-by-year"]))
    got = [(int(str(r.year)), str(r.projectName),
            float(r.total) if r.total is not None else None,
            float(r.executed) if r.executed is not None else None) for r in rows]
    assert len(expected) >= 5
    assert got == expected


def test_sparql_concepts_used_by_several_units(kg_sample_records, reloaded):
    res = resolve_orgs(kg_sample_records)
    units_of: dict[str, set] = {}
    for p in kg_sample_records:
        unit = _unit_name(res, p)
        for i in p.indicators:
            if i.level3 and unit:
                units_of.setdefault(ids.concept_id(i.level3), set()).add(unit)
    expected = {cid: len(u) for cid, u in units_of.items() if len(u) > 1}
    rows = list(reloaded.query(_doc_queries()["concepts-used-by-several-units"]))
    got = {ids.to_short(str(r.concept)): int(r.units) for r in rows}
    assert expected
    assert got == expected
    counts = [int(r.units) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_sparql_actual_above_target(kg_sample_records, reloaded):
    expected = set()
    for p in kg_sample_records:
        for i in p.indicators:
            t = i.target_parsed or parse_target(i.target)
            a = i.actual_parsed or parse_target(i.actual)
            if (t and a and t.op in ("≥", ">", "=") and t.value > 0 and a.value > t.value * 1.1
                    and (not t.unit or not a.unit or t.unit == a.unit)):
                expected.add((p.name, i.level3, i.target, i.actual))
    rows = list(reloaded.query(_doc_queries()["actual-above-target-by-more-than-10-percent"]))
    assert len(expected) >= 10
    assert {tuple(str(v) for v in r) for r in rows} == expected


def test_sparql_funds_by_fiscal_year(kg_sample_records, reloaded):
    phase = {True: "全年预算", False: "年初预算"}
    expected: dict[tuple[str, str], list] = {}
    for p in kg_sample_records:
        if not (p.year and (p.unit or p.department)):
            continue
        for name, amount in ((phase[FormKind(p.form).is_self_evaluation], p.funds.total),
                             ("执行", p.funds.executed)):
            if amount is not None:
                expected.setdefault((str(p.year), name), []).append(amount)
    rows = list(reloaded.query(_doc_queries()["funds-by-fiscal-year"]))
    got = {(str(r.year), str(r.phase)): (int(r.projects), float(r.total)) for r in rows}
    assert got == {k: (len(v), pytest.approx(sum(v))) for k, v in expected.items()}
    assert {k[0] for k in got} >= {"2023", "2024", "2025"}


def test_sparql_projects_per_source_document(graph_store, reloaded):
    rows = list(reloaded.query(_doc_queries()["projects-per-source-document"]))
    got = {str(r.title): (str(r.sha256), int(r.projects)) for r in rows}
    assert got == {f["name"]: (f["sha256"], f["projects"]) for f in graph_store.store.files}
    for r in rows:
        assert str(r.graph).endswith("graph/" + ids.document_id(str(r.title)))
