"""RDF export: round trips, same triples in every format, SHACL, the documented SPARQL."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from conftest import ROOT, load_fixture_records
from pyshacl import validate
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import ids, rdf
from jixiao.kg.graph import INDICATOR, PROJECT, build_graph, nodes_of_type
from jixiao.kg.ontology import JX, load_ontology, load_shapes
from jixiao.kg.resolve import clean_org_name, resolve_orgs

DOC = ROOT / "docs" / "rdf.md"


@pytest.fixture(scope="module")
def sample_rdf(kg_sample_graph):
    return rdf.to_rdf(kg_sample_graph)


@pytest.fixture(scope="module")
def exports(sample_rdf):
    return {fmt: rdf.serialize(sample_rdf, fmt) for fmt in rdf.FORMATS}


def test_every_format_round_trips_to_the_same_triples(sample_rdf, exports):
    parsed = {fmt: rdf.parse(text, fmt) for fmt, text in exports.items()}
    for fmt, g in parsed.items():
        assert len(g) == len(sample_rdf), fmt
        assert isomorphic(g, sample_rdf), fmt
    assert isomorphic(parsed["turtle"], parsed["json-ld"])
    assert isomorphic(parsed["turtle"], parsed["nt"])


def test_export_describes_every_node(kg_sample_graph, sample_rdf):
    for n in kg_sample_graph.nodes:
        s = URIRef(ids.to_iri(n))
        assert (s, RDF.type, None) in sample_rdf, n
        assert sample_rdf.value(s, URIRef("http://purl.org/dc/terms/identifier")) == Literal(n)
    rows = set(sample_rdf.subjects(RDF.type, JX.Indicator))
    assert len(rows) == len(nodes_of_type(kg_sample_graph, INDICATOR))
    for row in rows:
        assert (None, JX.hasIndicator, row) in sample_rdf


def test_shacl_validation_passes(sample_rdf):
    conforms, _, text = validate(sample_rdf, shacl_graph=load_shapes())
    assert conforms, text


def test_shacl_catches_a_broken_export(kg_sample_graph):
    broken = rdf.to_rdf(kg_sample_graph)
    row = next(broken.subjects(RDF.type, JX.Indicator))
    broken.remove((row, JX.inCategory, None))
    project = next(broken.subjects(RDF.type, JX.Project))
    broken.add((project, RDFS.label, Literal("第二个名称", lang="zh")))
    conforms, _, text = validate(broken, shacl_graph=load_shapes())
    assert not conforms
    assert "inCategory" in text and "rdfs:label" in text


def test_every_own_term_is_declared_with_chinese_and_english_labels(sample_rdf):
    onto = load_ontology()
    used = {t for triple in sample_rdf for t in triple if isinstance(t, URIRef)
            and str(t).startswith(str(JX))}
    assert used
    for term in used:
        langs = {lbl.language for lbl in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, term


def _doc_queries() -> dict[str, str]:
    text = DOC.read_text("utf-8")
    blocks = re.findall(r"```sparql\n(.*?)```", text, re.S)
    return {re.search(r"# query: (\S+)", q)[1]: q for q in blocks}


def test_docs_hold_the_three_example_queries():
    assert set(_doc_queries()) == {
        "satisfaction-at-least-90-by-unit",
        "projects-of-a-unit-by-year",
        "concepts-used-by-several-units",
    }


@pytest.fixture(scope="module")
def reloaded(exports):
    # Queries run on what another tool would get: the Turtle file, parsed again.
    return rdf.parse(exports["turtle"], "turtle")


def _unit_name(res, p):
    ent = res.lookup(p.unit, p.source.file)
    return ent.canonical if ent else None


def test_sparql_satisfaction_targets_of_at_least_90_percent(kg_sample_records, reloaded):
    from jixiao.kg.targets import parse_target

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
    expected = sorted(
        (p.year, p.name, p.funds.total) for p in kg_sample_records if p.unit == unit
    )
    rows = list(reloaded.query(_doc_queries()["projects-of-a-unit-by-year"]))
    got = [(int(r.year), str(r.projectName), float(r.total) if r.total is not None else None)
           for r in rows]
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


def test_turtle_loads_in_pyoxigraph(exports, sample_rdf):
    store = pyoxigraph.Store()
    store.load(exports["turtle"], format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(sample_rdf)
    q = _doc_queries()["concepts-used-by-several-units"]
    assert len(list(store.query(q))) == len(list(sample_rdf.query(q)))


HOSTILE = load_fixture_records("hostile")


@pytest.mark.parametrize("fmt", list(rdf.FORMATS))
def test_hostile_strings_survive_export_and_reimport(fmt):
    g = build_graph(HOSTILE)
    back = rdf.parse(rdf.export(g, fmt), fmt)
    assert isomorphic(back, rdf.to_rdf(g))
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    for p in HOSTILE:
        assert p.name in labels
        for i in p.indicators:
            assert i.level3 in labels
    goals = {str(o) for o in back.objects(None, JX.goal)}
    assert HOSTILE[0].goal in goals
    # The organisation's name is the cleaned one (no quotes, spaces or line breaks) …
    unit_labels = {str(o) for o in back.objects(None, SKOS.prefLabel)}
    assert clean_org_name(HOSTILE[0].unit) in unit_labels
    assert "单位<名称>带引号第二行制表符" in unit_labels
    # … and the project keeps it exactly as printed.
    printed = {str(o) for o in back.objects(None, JX.unitAsPrinted)}
    assert HOSTILE[0].unit in printed
    targets = {str(o) for o in back.objects(None, JX.target)}
    assert {i.target for i in HOSTILE[0].indicators} <= targets
    assert len(HOSTILE[1].name) > 2000


def test_hostile_export_still_conforms_and_loads_elsewhere():
    g = build_graph(HOSTILE)
    out = rdf.to_rdf(g)
    conforms, _, text = validate(out, shacl_graph=load_shapes())
    assert conforms, text
    store = pyoxigraph.Store()
    store.load(rdf.serialize(out, "turtle"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(out)
    # An organisation that is both department and unit is one node with both classes.
    both = [s for s in out.subjects(RDF.type, JX.Unit) if (s, RDF.type, JX.Department) in out]
    assert len(both) == 1


def test_project_export_is_its_neighbourhood(kg_sample_graph, sample_rdf):
    g = kg_sample_graph
    pid = max(nodes_of_type(g, PROJECT), key=lambda p: len(kgg.indicators_of(g, p)))
    part = rdf.parse(rdf.export(g, "turtle", project=ids.to_iri(pid)), "turtle")
    projects = set(part.subjects(RDF.type, JX.Project))
    assert projects == {URIRef(ids.to_iri(pid))}
    rows = set(part.subjects(RDF.type, JX.Indicator))
    assert rows == {URIRef(ids.to_iri(r)) for r in kgg.indicators_of(g, pid)}
    assert len(part) < len(sample_rdf)
    assert all(t in sample_rdf for t in part)
    conforms, _, text = validate(part, shacl_graph=load_shapes())
    assert conforms, text


def test_amounts_and_targets_use_standard_value_nodes(kg_sample_records, sample_rdf):
    schema = "https://schema.org/"
    amounts = set(sample_rdf.subjects(RDF.type, URIRef(schema + "MonetaryAmount")))
    assert amounts
    for a in amounts:
        v = sample_rdf.value(a, URIRef(schema + "value"))
        assert isinstance(v.toPython(), Decimal)
    total = sum(p.funds.total or 0 for p in kg_sample_records)
    got = sum(
        float(sample_rdf.value(a, URIRef(schema + "value")))
        for _, _, a in sample_rdf.triples((None, JX.totalFunds, None))
    )
    assert got == pytest.approx(total)


def test_unknown_format_and_project_are_clear_errors(kg_sample_graph):
    with pytest.raises(JixiaoError, match="unknown RDF format"):
        rdf.export(kg_sample_graph, "xml")
    with pytest.raises(JixiaoError, match="no such project"):
        rdf.export(kg_sample_graph, "turtle", project="project/00000000000000000000")


def test_published_ontology_and_shapes_parse():
    assert len(load_ontology()) > 100
    assert len(load_shapes()) > 50
    assert Path(ROOT / "data" / "ontology.ttl").is_file()
