"""Indicator suggestions for a described new project."""

from __future__ import annotations

import pytest

from jixiao.errors import JixiaoError
from jixiao.kg.targets import parse_target
from jixiao.search.targets import QUANTIFIED, VAGUE, alternative_target, budget_from, target_quality
from jixiao.vocab import LEVEL1

EXAM_PROJECT = "组织本市卫生专业技术资格考试，包括考生报名审核、考场安排、考务人员培训和考试安全保密"


@pytest.fixture(scope="module")
def exam(bundled_store):
    return bundled_store.suggest(EXAM_PROJECT, k=15)


def test_exam_project_gets_exam_indicators_with_quantified_targets(exam):
    assert exam.similar_projects and any("考试" in p.text for p in exam.similar_projects)
    exam_related = [s for s in exam.indicators if "考" in s.text]
    assert len(exam_related) >= 3, [s.text for s in exam.indicators]
    quantified = [s for s in exam_related if s.target_quality == QUANTIFIED]
    assert quantified, [(s.text, s.target) for s in exam_related]
    assert all(parse_target(s.recommended_target) for s in quantified)


def test_suggestions_are_organised_by_level1_and_level2(exam):
    grouped = exam.grouped()
    level1s = list(grouped)
    assert {"产出指标", "满意度指标"} <= set(level1s)
    known = [x for x in level1s if x in LEVEL1]
    assert known == sorted(known, key=LEVEL1.index)
    for level1, by2 in grouped.items():
        for level2, items in by2.items():
            assert all(i.level1 == level1 and i.level2 == level2 for i in items)
    assert len(exam.indicators) <= 15


def test_vague_targets_are_marked_and_replaced_by_a_measure(exam, bundled_store):
    for s in exam.indicators:
        assert s.vague == (s.target_quality in (VAGUE, None))
        if s.vague:
            assert s.alternative and s.recommended_target == s.alternative
            assert s.alternative[0] in "≥≤="
        else:
            assert s.recommended_target == s.target
    # A wording whose only targets in the data are vague still gets a quantified suggestion.
    broad = bundled_store.suggest("提升医疗服务能力和学科知名度，开展业务培训", k=30)
    vague = [s for s in broad.indicators if s.vague]
    assert vague, [(s.text, s.target) for s in broad.indicators]
    assert all(s.target is None or target_quality(s.target) == VAGUE for s in vague)


def test_suggestion_json_and_table_rows(exam, bundled_store):
    data = exam.to_json()
    assert set(data) == {"description", "similar_projects", "indicators"}
    rows = bundled_store.export_suggestion_rows(exam)
    assert len(rows) == len(exam.indicators)
    assert all(r["三级指标"] and r["一级指标"] for r in rows)


@pytest.mark.parametrize("description", ["", "。。。", "项目" * 1500])
def test_bad_descriptions_are_refused(bundled_store, description):
    with pytest.raises(JixiaoError):
        bundled_store.suggest(description)


@pytest.mark.parametrize(
    ("wording", "level1", "level2", "budget", "expected"),
    [
        ("考生满意度", "满意度指标", "服务对象满意度指标", None, "≥90(%)"),
        ("项目总成本", "成本指标", "经济成本指标", "20", "≤20万元"),
        ("系统故障率", "产出指标", "质量指标", None, "≤N(%)"),
        ("档案归集率", "产出指标", "时效指标", None, "=100(%)"),
        ("培训次数", "产出指标", "数量指标", None, "≥N(次)"),
    ],
)
def test_alternative_targets_have_the_right_shape(wording, level1, level2, budget, expected):
    assert alternative_target(wording, level1, level2, budget) == expected


def test_budget_is_read_from_a_description():
    assert budget_from("项目预算 36.5 万元，用于档案管理") == "36.5"
    assert budget_from("没有金额") is None
