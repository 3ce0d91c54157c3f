"""Entity resolution of departments and units on hand-written variants (tests/fixtures)."""

from __future__ import annotations

import random

import pytest
from conftest import load_fixture_records
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.kg import graph as kgg
from jixiao.kg.graph import PROJECT, UNIT, build_graph, nodes_of_type
from jixiao.kg.resolve import (
    clean_org_name,
    expand_abbreviations,
    resolve_orgs,
    same_org,
    split_regions,
)


@pytest.fixture(scope="module")
def variants():
    return load_fixture_records("org_variants")


@pytest.fixture(scope="module")
def resolution(variants):
    return resolve_orgs(variants)


def entity(resolution, name, document=None):
    ent = resolution.lookup(name, document)
    assert ent is not None, name
    return ent


def test_abbreviation_and_full_name_are_one_department(resolution):
    full = entity(resolution, "上海市卫生健康委员会")
    short = entity(resolution, "上海市卫健委")
    assert full.id == short.id
    assert full.canonical == "上海市卫生健康委员会"
    assert "上海市卫健委" in full.alt_labels
    assert any("卫健委 = 卫生健康委员会" in e for e in full.evidence)


def test_missing_region_prefix_is_completed_only_from_the_documents_context(resolution):
    tianjin = entity(resolution, "天津市西青区卫生健康委员会")
    # tj_b.txt names 天津市 (in a project name), so its 西青区卫健委 is Tianjin's.
    in_context = entity(resolution, "西青区卫健委", "tj_b.txt")
    assert in_context.id == tianjin.id
    assert "西青区卫健委" in tianjin.alt_labels
    assert any("天津市" in e and "tj_b.txt" in e for e in tianjin.evidence)
    # nocontext.txt never says where it is: same words, kept apart, and the reason recorded.
    alone = entity(resolution, "西青区卫生健康委员会", "nocontext.txt")
    assert alone.id != tianjin.id
    assert any(
        d.a == "西青区卫生健康委员会" and d.b == "天津市西青区卫生健康委员会"
        and "does not name 天津市" in d.reason
        for d in resolution.kept_apart
    )
    # Units follow the same rule.
    assert entity(resolution, "西青区疾控中心", "tj_b.txt").id == entity(
        resolution, "天津市西青区疾病预防控制中心"
    ).id


def test_ocr_damaged_unit_joins_the_well_spelled_one(resolution):
    good = entity(resolution, "上海市卫生人才交流服务中心")
    garbled = entity(resolution, "上海市卫生人才交流用 B 务中心")
    assert garbled.id == good.id
    assert good.canonical == "上海市卫生人才交流服务中心"
    assert any("OCR" in e and "用→服" in e for e in good.evidence)


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("上海市第一人民医院", "上海市第六人民医院", "numeral"),
        ("上海市松江区医疗事务交流中心", "上海市嘉定区医疗事务交流中心", "region"),
        ("上海市松江区卫生健康委员会", "上海市嘉定区卫生健康委员会", "region"),
    ],
)
def test_similar_but_different_units_are_kept_apart_with_a_reason(resolution, a, b, why):
    assert entity(resolution, a).id != entity(resolution, b).id
    reasons = [d.reason for d in resolution.kept_apart if {d.a, d.b} == {a, b}]
    assert reasons and why in reasons[0]


def test_graph_has_one_node_per_resolved_organisation(variants, resolution):
    g = build_graph(variants)
    units = nodes_of_type(g, UNIT)
    assert len(units) == len([e for e in resolution.entities.values() if "unit" in e.roles])
    talent = entity(resolution, "上海市卫生人才交流服务中心").id
    # Projects of sh_a.txt and of the OCR-damaged sh_b.txt meet at one unit node.
    files = {g.nodes[p]["source"]["file"] for p in kgg.projects_of_unit(g, talent)}
    assert files == {"sh_a.txt", "sh_b.txt"}
    assert g.nodes[talent]["alt_labels"] == ["上海市卫生人才交流用务中心"]
    # The project keeps the name exactly as printed.
    garbled = [p for p in nodes_of_type(g, PROJECT) if g.nodes[p]["source"]["file"] == "sh_b.txt"]
    assert g.nodes[garbled[0]]["unit_as_printed"] == "上海市卫生人才交流用 B 务中心"
    assert g.nodes[garbled[0]]["unit"] == "上海市卫生人才交流服务中心"


def test_kept_apart_decisions_reach_the_graph(variants):
    g = build_graph(variants)
    pairs = {frozenset((d["a"], d["b"])) for d in g.graph["kept_apart"]}
    assert frozenset(("上海市第一人民医院", "上海市第六人民医院")) in pairs


def test_resolution_does_not_depend_on_input_order(variants, resolution):
    shuffled = list(variants)
    random.Random(3).shuffle(shuffled)
    again = resolve_orgs(shuffled)
    assert {e.id: (e.canonical, e.alt_labels) for e in again.entities.values()} == {
        e.id: (e.canonical, e.alt_labels) for e in resolution.entities.values()
    }


def test_cleaning_and_abbreviations():
    assert clean_org_name(" 上海 市卫生健康委员会<u> </u>") == "上海市卫生健康委员会"
    assert clean_org_name("上海市ＡＢＣ（中心）") == "上海市ABC(中心)"
    # 宗教委员会 contains 教委 but is not an abbreviation of 教育委员会.
    assert expand_abbreviations("上海市民族和宗教事务委员会")[0] == "上海市民族和宗教事务委员会"
    assert expand_abbreviations("北京市宗教委员会")[0] == "北京市宗教委员会"
    assert expand_abbreviations("西青区卫健委")[0] == "西青区卫生健康委员会"
    assert same_org("上海市医保局", "上海市医疗保障局")
    assert not same_org("上海市卫计委", "上海市卫健委")  # predecessor, not the same body
    assert split_regions("天津市西青区卫生健康委员会") == (["天津市", "西青区"], "卫生健康委员会")
    assert split_regions("上海市社区卫生服务中心") == (["上海市"], "社区卫生服务中心")


_cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=2,
               max_size=8)


@settings(max_examples=60, deadline=None)
@given(stem=_cjk, i=st.integers(0, 7), j=st.integers(0, 7))
def test_names_differing_in_a_numeral_never_merge(stem, i, j):
    from jixiao.kg.records import Funds, Project, Source

    nums = "一二三四五六七八"
    if i == j:
        return
    names = [f"上海市第{nums[i]}{stem}医院", f"上海市第{nums[j]}{stem}医院"]
    recs = [
        Project(name=f"p{k}", name_as_printed=f"p{k}", department="上海市卫生健康委员会",
                unit=n, year=2024, form="target_declaration", funds=Funds(), goal=None,
                total_score=None, grade=None, indicators=[], source=Source(f"d{k}.txt", 1, 2))
        for k, n in enumerate(names)
    ]
    res = resolve_orgs(recs)
    assert res.lookup(names[0]).id != res.lookup(names[1]).id


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="市区县卫生健康委员会中心东西ab", max_size=16),
       st.lists(st.tuples(st.sampled_from("sdi"), st.integers(0, 20),
                          st.sampled_from("市区卫生中心东x")), max_size=3),
       st.sampled_from([1, 2]))
def test_the_banded_edit_distance_is_edit_ops_within_the_limit(a, edits, limit):
    from jixiao.kg.resolve import _near_edits
    from jixiao.text import edit_ops

    b = list(a)
    for op, at, char in edits:
        if op == "s" and b:
            b[at % len(b)] = char
        elif op == "d" and b:
            del b[at % len(b)]
        else:
            b.insert(at % (len(b) + 1), char)
    b = "".join(b)
    dist, ops = edit_ops(a, b)
    assert _near_edits(a, b, limit) == (None if dist == 0 or dist > limit else (dist, tuple(ops)))


def test_ocr_candidates_by_deletion_keys_include_every_name_within_two_edits():
    from jixiao.kg.resolve import _Anchors
    from jixiao.text import edit_ops

    rnd = random.Random(7)
    chars = "市区县卫生健康委员会中心医院东西"
    names = list(dict.fromkeys("".join(rnd.choice(chars) for _ in range(rnd.randint(4, 14)))
                               for _ in range(150)))
    anchors = _Anchors()
    for name in names:
        anchors.add(name)
    found = 0
    for _ in range(300):  # names one to three edits away from an anchor
        name = list(rnd.choice(names))
        for _ in range(rnd.randint(1, 3)):
            at = rnd.randrange(len(name))
            name[at:at + rnd.randint(0, 1)] = rnd.choice(["", rnd.choice(chars)])
        name = "".join(name)
        near = anchors.near(name)
        want = [a for a in names if min(len(a), len(name)) >= 6 and edit_ops(a, name)[0] <= 2]
        assert set(want) <= set(near)  # a few more may share a key: the verdict sorts them out
        assert near == sorted(near, key=names.index)  # in the order the anchors were chosen
        found += len(want)
    assert found > 100
