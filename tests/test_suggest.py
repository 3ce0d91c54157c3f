"""Indicator suggestions for a described new project."""

from __future__ import annotations

import pytest

from jixiao.errors import JixiaoError
from jixiao.kg.targets import parse_target
from jixiao.search.results import Use
from jixiao.search.target_stats import meets, target_stats
from jixiao.search.targets import QUANTIFIED, VAGUE, budget_from, target_quality, target_shape
from jixiao.vocab import CATEGORY_TREE, LEVEL1

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


def test_suggestions_are_organised_by_the_category_tree(exam):
    grouped = exam.grouped()
    level1s = list(grouped)
    assert {"产出指标", "满意度指标"} <= set(level1s)
    known = [x for x in level1s if x in LEVEL1]
    assert known == sorted(known, key=LEVEL1.index)
    for level1, by2 in grouped.items():
        for level2, items in by2.items():
            assert all(i.level1 == level1 and i.level2 == level2 for i in items)
            if level1 in CATEGORY_TREE:
                # 成本指标 is a level 2 under 产出指标 in the templates before 2021.
                assert level2 in CATEGORY_TREE[level1] or level2 == "成本指标", (level1, level2)
    assert len(exam.indicators) <= 15


def test_exam_suggestions_come_from_exam_projects(exam):
    top = sorted(exam.indicators, key=lambda s: -s.score)[:10]
    from_similar = [s for s in top if s.examples]
    assert len(from_similar) >= 8, [(s.text, s.examples) for s in top]
    assert all("考" in exam.similar_projects[0].text or "考" in p.text
               for p in exam.similar_projects[:1])


def test_no_target_is_recommended_without_evidence(exam, bundled_store):
    broad = bundled_store.suggest("提升医疗服务能力和学科知名度，开展业务培训", k=30)
    for s in [*exam.indicators, *broad.indicators]:
        assert s.vague == (s.target_quality in (VAGUE, None))
        if s.recommended_target is None:
            # No project gives a number: say that it should be quantified, and how.
            assert s.vague and s.advice and "量化" in s.advice and "N" in s.advice
        else:
            assert s.target_evidence, s
            if not s.vague:
                assert s.recommended_target == s.target
                assert s.recommended_target in dict(s.targets)
            else:
                assert s.target_evidence.startswith("相近指标")
    # A wording whose targets in the data are all vague is not given an invented number.
    vague = [s for s in broad.indicators if s.vague]
    assert vague, [(s.text, s.target) for s in broad.indicators]
    assert not any(s.recommended_target == "=100(%)" and "=100(%)" not in dict(s.targets)
                   and not s.target_evidence for s in broad.indicators)


def test_each_suggestion_says_what_projects_set_and_achieved(exam):
    s = exam
    with_targets = [i for i in s.indicators if i.targets]
    assert with_targets
    for i in with_targets:
        assert i.set_and_achieved.startswith(f"{i.targets[0][0]} ×{i.targets[0][1]}")
    assert any("实际" in i.set_and_achieved for i in s.indicators), [
        i.set_and_achieved for i in s.indicators]


def _use(target: str | None, actual: str | None, project: str = "p") -> Use:
    return Use("indicator/x", project, project, None, 2023, None, None, target, actual)


def test_target_stats_count_targets_and_what_was_achieved():
    uses = [_use("≥90%", "96%", "a"), _use("≥90%", "100%", "b"), _use("≥90%", "85%", "c"),
            _use("≥95%", None, "d"), _use("优", "优", "e")]
    stats = target_stats(uses)
    assert stats.targets[0] == ("≥90%", 3) and stats.typical == "≥90%"
    assert (stats.quantified, stats.vague, stats.projects) == (4, 1, 5)
    assert (stats.met, stats.compared) == (2, 3)
    assert stats.achieved[0].low == 85 and stats.achieved[0].high == 100
    assert stats.text() == "≥90% ×3、≥95% ×1、优 ×1；实际 85–100% ×3（达到目标 2/3）"


@pytest.mark.parametrize(("target", "actual", "ok"), [
    ("≥90(%)", "92%", True), ("≥90(%)", "89%", False), ("≤5%", "3%", True),
    ("=100(%)", "100%", True), ("=0(起)", "0起", True), ("≥3次", "2次", False),
    ("≥90%", "优", None), ("≥3次", "90%", None),
])
def test_an_actual_value_meets_its_target(target, actual, ok):
    assert meets(target, actual) is ok


def test_target_questions_answer_with_the_distribution_of_targets(bundled_store):
    answer = bundled_store.target_question("满意度目标值一般定多少")
    assert answer.measure == "满意度"
    assert answer.wordings and all("满意" in w for w, _ in answer.wordings)
    assert answer.stats.typical and target_quality(answer.stats.typical) == QUANTIFIED
    assert answer.stats.typical in answer.advice
    # A measure no project in the data uses: said so, and no number invented.
    unknown = bundled_store.target_question("垃圾分类准确投放率一般定多少")
    assert not unknown.stats.typical
    assert not any(ch.isdigit() for ch in unknown.advice)


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
        ("考生满意度", "满意度指标", "服务对象满意度指标", None, "≥N(%)"),
        ("项目总成本", "成本指标", "经济成本指标", "20", "≤20万元"),
        ("系统故障率", "产出指标", "质量指标", None, "≤N(%)"),
        ("档案归集率", "产出指标", "时效指标", None, "≥N(%)"),
        ("培训次数", "产出指标", "数量指标", None, "≥N(次)"),
        ("考试完成时间", "产出指标", "时效指标", None, "≤N(个工作日)"),
    ],
)
def test_target_shapes_leave_the_value_to_the_officer(wording, level1, level2, budget, expected):
    assert target_shape(wording, level1, level2, budget) == expected


def test_budget_is_read_from_a_description():
    assert budget_from("项目预算 36.5 万元，用于档案管理") == "36.5"
    assert budget_from("没有金额") is None


def test_wordings_only_unrelated_projects_use_are_not_suggested(tmp_path):
    from jixiao.kg.records import Funds, Indicator, Project, Source
    from jixiao.search.engine import SearchEngine
    from jixiao.search.index import build_index
    from jixiao.search.suggest import suggest
    from jixiao.vocab import FormKind

    def project(name: str, goal: str, wordings: list[str]) -> Project:
        inds = [Indicator(level1="产出指标", level2="数量指标", level3=w, target="≥1次",
                          line=i + 1) for i, w in enumerate(wordings)]
        return Project(name=name, name_as_printed=name, department="某市卫生健康委员会",
                       unit="某市卫生中心", year=2024, form=FormKind.TARGET_DECLARATION,
                       funds=Funds(total=1e5), goal=goal, total_score=None, grade=None,
                       indicators=inds, source=Source(file=f"{name}.txt", first_line=1,
                                                      last_line=len(inds)))

    records = [
        project("卫生资格考试（笔试）", "组织全市卫生资格考试笔试", ["考点设置数量", "考生满意度"]),
        project("卫生资格考试（面试）", "组织全市卫生资格考试面试", ["考场编排率", "考生满意度"]),
        project("图书馆专项经费", "采购图书期刊", ["考试用书采购数量", "文献下载率"]),
    ]
    index, _ = build_index(records, tmp_path / "index", tmp_path / "cache")
    s = suggest(SearchEngine(index), "组织全市卫生资格考试：考点设置、考场编排和考试用书", k=10)
    texts = {i.text for i in s.indicators}
    assert {"考点设置数量", "考场编排率", "考生满意度"} <= texts
    # Its words match the description, but only the library project uses it.
    assert "考试用书采购数量" not in texts
