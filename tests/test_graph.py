"""The knowledge graph built from the bundled samples (through the real reader)."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import PurePath

import networkx as nx
import pytest
from conftest import load_fixture_records

from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import ids
from jixiao.kg.graph import (
    CATEGORY,
    CONCEPT,
    DEPARTMENT,
    INDICATOR,
    PROJECT,
    UNIT,
    YEAR,
    build_graph,
    nodes_of_type,
)
from jixiao.kg.resolve import clean_org_name


def test_bundled_samples_give_records(kg_sample_records):
    # The graph tests below are only meaningful if the reader found the bundled projects.
    assert len(kg_sample_records) >= 25
    assert sum(len(p.indicators) for p in kg_sample_records) >= 250


def test_node_counts_match_the_records(kg_sample_records, kg_sample_graph):
    g, recs = kg_sample_graph, kg_sample_records
    assert len(nodes_of_type(g, PROJECT)) == len(recs)
    assert len(nodes_of_type(g, INDICATOR)) == sum(len(p.indicators) for p in recs)
    assert len(nodes_of_type(g, YEAR)) == len({p.year for p in recs if p.year})
    level1 = {i.level1 for p in recs for i in p.indicators}
    level2 = {(i.level1, i.level2) for p in recs for i in p.indicators if i.level2}
    assert len(nodes_of_type(g, CATEGORY)) == len(level1) + len(level2)
    wordings = {
        "".join(i.level3.split()).rstrip("。") for p in recs for i in p.indicators if i.level3
    }
    concepts = nodes_of_type(g, CONCEPT)
    # Normalisation may merge wordings (width, trailing unit), never split them.
    assert 0 < len(concepts) <= len(wordings)
    assert len(concepts) == len({ids.concept_key(w) for w in wordings})
    printed_units = {clean_org_name(p.unit) for p in recs if p.unit}
    printed_depts = {clean_org_name(p.department) for p in recs if p.department}
    assert 0 < len(nodes_of_type(g, UNIT)) <= len(printed_units)
    assert 0 < len(nodes_of_type(g, DEPARTMENT)) <= len(printed_depts)


def test_every_row_and_project_is_connected(kg_sample_records, kg_sample_graph):
    g = kg_sample_graph
    by_source = {
        (PurePath(p.source.file).name, p.source.first_line): p for p in kg_sample_records
    }
    for pid in nodes_of_type(g, PROJECT):
        a = g.nodes[pid]
        record = by_source[(a["source"]["file"], a["source"]["first_line"])]
        rows = kgg.indicators_of(g, pid)
        assert [g.nodes[r]["level3"] for r in rows] == [i.level3 for i in record.indicators]
        assert all(kgg.project_of(g, r) == pid for r in rows)
        if record.unit:
            unit = kgg.unit_of(g, pid)
            assert unit and g.nodes[unit]["label"]
            assert pid in kgg.projects_of_unit(g, unit)
        if record.year:
            assert (pid, ids.year_id(record.year), "hasYear") in g.edges(keys=True)
        # Node attributes carry what search and UI show.
        assert a["funds"]["total"] == record.funds.total
        assert a["form"] == record.form
    for row in nodes_of_type(g, INDICATOR):
        cat = kgg.category_of(g, row)
        path = kgg.category_path_labels(g, cat)
        assert path[0] == g.nodes[row]["level1"] or g.nodes[row]["level1"] is None
        assert len(path) == (2 if g.nodes[row]["level2"] else 1)


def test_units_are_part_of_their_departments(kg_sample_records, kg_sample_graph):
    g = kg_sample_graph
    for p in kg_sample_records:
        if p.unit and p.department:
            doc = PurePath(p.source.file).name
            pid = next(
                n for n in nodes_of_type(g, PROJECT)
                if g.nodes[n]["source"]["file"] == doc
                and g.nodes[n]["source"]["first_line"] == p.source.first_line
            )
            unit, dept = kgg.unit_of(g, pid), kgg.department_of(g, pid)
            assert unit != dept
            assert g.has_edge(unit, dept, key="partOf")


def test_a_shared_wording_is_one_concept_linked_to_every_row(kg_sample_records, kg_sample_graph):
    g = kg_sample_graph
    rows_by_key = Counter(
        ids.concept_key(i.level3) for p in kg_sample_records for i in p.indicators if i.level3
    )
    key, n = rows_by_key.most_common(1)[0]
    assert n >= 3, "the samples share indicator wordings across projects"
    cid = ids.concept_id(key)
    usage = kgg.concept_usage(g, cid)
    assert len(usage) == n
    assert sum(c for _, c in kgg.target_counts(g, cid)) == sum(1 for u in usage if u["target"])


def test_projects_sharing_concepts_are_symmetric_and_say_what_they_share(kg_sample_graph):
    g = kg_sample_graph
    found = 0
    for pid in nodes_of_type(g, PROJECT):
        for other, shared in kgg.projects_sharing_concepts(g, pid):
            found += 1
            assert other != pid
            assert set(shared) <= kgg.concepts_of(g, pid) & kgg.concepts_of(g, other)
            back = dict(kgg.projects_sharing_concepts(g, other))
            assert back[pid] == shared
    assert found > 0


def test_ids_do_not_depend_on_reading_order(kg_sample_records, kg_sample_graph):
    shuffled = list(kg_sample_records)
    random.Random(7).shuffle(shuffled)
    again = build_graph(shuffled)
    assert set(again.nodes) == set(kg_sample_graph.nodes)
    assert set(again.edges(keys=True)) == set(kg_sample_graph.edges(keys=True))


def test_identical_records_and_rows_get_distinct_ids():
    recs = load_fixture_records("org_variants")
    twin = recs[0]
    twin.indicators.append(twin.indicators[0])  # a true duplicate row
    g = build_graph([twin, twin])
    projects = nodes_of_type(g, PROJECT)
    assert len(projects) == 2
    for pid in projects:
        assert len(kgg.indicators_of(g, pid)) == len(twin.indicators)
    assert len(nodes_of_type(g, INDICATOR)) == 2 * len(twin.indicators)


def test_graph_survives_save_and_load(tmp_path, kg_sample_graph):
    path = tmp_path / "graph.json"
    kgg.save_graph(kg_sample_graph, path)
    back = kgg.load_graph(path)
    assert nx.utils.graphs_equal(back, kg_sample_graph)
    path.write_text("{not json", "utf-8")
    with pytest.raises(JixiaoError, match="cannot read the graph"):
        kgg.load_graph(path)


def test_neighbourhood_of_a_project(kg_sample_graph):
    g = kg_sample_graph
    pid = nodes_of_type(g, PROJECT)[0]
    hood = kgg.neighbourhood(g, pid)
    assert set(kgg.indicators_of(g, pid)) <= hood
    assert {t for t in (g.nodes[n]["type"] for n in hood)} >= {PROJECT, INDICATOR, CONCEPT}
    assert not (hood - {pid}) & set(nodes_of_type(g, PROJECT))
    with pytest.raises(JixiaoError):
        kgg.neighbourhood(g, "project/00000000000000000000")


def test_short_ids_and_iris_round_trip(kg_sample_graph):
    kinds = defaultdict(int)
    for n in kg_sample_graph.nodes:
        iri = ids.to_iri(n)
        assert iri.startswith(ids.ID_BASE) and ids.to_short(iri) == n
        kinds[ids.kind_of(n)] += 1
    assert set(kinds) == {"org", "project", "indicator", "concept", "category", "year"}
    for bad in ("", "project", "project/xyz", "nope/0123456789", "project/0123456789/x",
                "org/2024", "year/0123456789"):
        with pytest.raises(JixiaoError, match="not an identifier"):
            ids.to_iri(bad)
