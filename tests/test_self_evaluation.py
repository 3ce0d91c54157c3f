"""Self-evaluation forms (项目支出绩效自评表) read into project records.

Real sample documents (noisy PDF text) and small hand-written forms go through the real reader:
decoding, splitting into forms and the self-evaluation form reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.kg.reader import check_accounting, read_file, read_text, split_lines

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
SHANGHAI_HEALTH = SAMPLES / "000_234d64ab89c6838a.txt"
SHANGHAI_MEDICAL = SAMPLES / "003_f8069f5105426267.txt"


@pytest.fixture(scope="module")
def health():
    return read_file(SHANGHAI_HEALTH)


@pytest.fixture(scope="module")
def medical():
    return read_file(SHANGHAI_MEDICAL)


def _project(report, name):
    found = [p for p in report.projects if p.name == name]
    assert found, f"no project {name!r} in {[p.name for p in report.projects]}"
    return found[0]


def _row(project, level3):
    found = [i for i in project.indicators if i.level3 == level3]
    assert found, f"no row {level3!r} in {[i.level3 for i in project.indicators]}"
    return found[0]


# A small well-formed form in the same tab layout: labels written vertically in pieces, a
# wrapped target, a deviation reason.
FORM = """项目名称\t测试培训项目经费
主管\t部门\t上海市卫生健康委员会\t实施单位\t上海市测试培训中心
\t\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分
\t\t年度资金总额:\t120.00\t100.00\t90.00\t10.00\t90.00\t9.00
项目资金(万元)\t\t其中: 当年财政拨款\t100.00\t100.00\t90.00\t-\t90.00\t-
\t\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-
\t\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-
年度总体目标\t完成2024年度全市培训工作
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t数量\t培训次数\t≥4(次)\t5.00(次)\t20.00\t20.00\t
产出\t指标\t培训人数\t≥200(人)\t230.00(人)\t20.00\t20.00\t
指标\t质量\t人均培训面积\t≤9.00(平方\t9.00(平方\t10.00\t10.00\t
\t指标\t\t米)\t米)\t\t\t
\t服务\t学员满意度\t≥90(%)\t85.00(%)\t20.00\t15.00\t部分学员反映
满意\t对象\t\t\t\t\t\t课程偏难
度指\t满意\t讲师满意度\t≥90(%)\t95.00(%)\t20.00\t20.00\t
标\t度指\t\t\t\t\t\t
\t标\t\t\t\t\t\t
\t\t总分\t\t\t100.00\t94.00\t
评分等级\t\t优\t\t
"""


@pytest.fixture(scope="module")
def small():
    report = read_text(FORM, "small.txt")
    assert len(report.projects) == 1, report.errors
    return report


def test_small_form_head_funds_and_scores(small):
    p = small.projects[0]
    assert p.form == "self_evaluation"
    assert p.name == "测试培训项目经费"
    assert p.department == "上海市卫生健康委员会"
    assert p.unit == "上海市测试培训中心"
    assert p.year == 2024
    # 万元 → 元; total and fiscal are 全年预算数, not 年初预算数.
    assert p.funds.total == 1_000_000
    assert p.funds.fiscal == 1_000_000
    assert p.funds.carryover == 0
    assert p.funds.executed == 900_000
    assert p.funds.execution_rate == 90.0
    assert p.total_score == 94.0
    assert p.grade == "优"


def test_small_form_vertical_labels_and_wrapped_cells(small):
    p = small.projects[0]
    assert [i.level3 for i in p.indicators] == [
        "培训次数", "培训人数", "人均培训面积", "学员满意度", "讲师满意度",
    ]
    labels = [(i.level1, i.level2) for i in p.indicators]
    assert labels == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("满意度指标", "服务对象满意度指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]
    area = _row(p, "人均培训面积")
    assert area.target == "≤9.00(平方米)"
    assert area.actual == "9.00(平方米)"
    assert area.target_parsed is not None and area.target_parsed.value == 9.0
    pupils = _row(p, "学员满意度")
    assert (pupils.weight, pupils.score) == (20.0, 15.0)
    assert pupils.deviation == "部分学员反映课程偏难"


def _markdown(text: str) -> str:
    return "".join("| " + " | ".join(line.split("\t")) + " |\n" for line in text.splitlines())


def _cell_per_line(text: str) -> str:
    rows = ["\n".join("\t" + cell for cell in line.split("\t")) for line in text.splitlines()]
    return "\n\n".join(rows) + "\n"


@pytest.mark.parametrize("render", [_markdown, _cell_per_line], ids=["markdown", "cell_per_line"])
def test_same_form_in_other_layouts(render, small):
    report = read_text(render(FORM), "other.txt")
    assert len(report.projects) == 1
    got, want = report.projects[0], small.projects[0]
    assert (got.name, got.unit, got.funds, got.total_score) == (
        want.name, want.unit, want.funds, want.total_score)
    strip = [(i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score)
             for i in want.indicators]
    assert [(i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score)
            for i in got.indicators] == strip


def test_ghost_row_beyond_the_total_weight_is_dropped_and_reported():
    # A garbled duplicate row (gibberish text, `+++++=` as actual) pushes the weights over
    # the 90 points the indicators may share: it must not become an indicator.
    lines = FORM.splitlines()
    ghost_at = next(i for i, t in enumerate(lines) if t.startswith("\t服务\t学员满意度"))
    lines.insert(ghost_at, "\t\t亚人马大料根佐\t少\t+++++=\t5.00\t5.00\t")
    report = read_text("\n".join(lines) + "\n", "ghost.txt")
    p = report.projects[0]
    assert len(p.indicators) == 5
    assert all("亚人马" not in i.level3 for i in p.indicators)
    ghost = [u for u in report.unread if "亚人马" in u.text]
    assert ghost and "duplicate" in ghost[0].reason
    assert any("dropped garbled row" in w for w in p.warnings)


def test_all_projects_of_a_document_found(health):
    assert len(health.projects) == 7
    assert all(p.form == "self_evaluation" for p in health.projects)
    names = {p.name for p in health.projects}
    assert {"国家医师资格考试", "全国卫生专业技术资格考试", "信息化运维项目",
            "上海市住院医师规范化培训人力成本专项资金"} <= names


def test_national_exam_indicators(health):
    p = _project(health, "国家医师资格考试")
    assert len(p.indicators) >= 7
    row = _row(p, "报名点满意度")
    assert row.target == "≥90(%)"
    assert row.actual == "95.00(%)"
    assert (row.weight, row.score) == (2.5, 2.0)
    assert row.level1 == "满意度指标"
    assert row.level2 == "服务对象满意度指标"
    assert row.deviation and "线上审核" in row.deviation
    # Weights of the indicators and the funds row make up the 总分 of 100.
    assert sum(i.weight for i in p.indicators) == pytest.approx(90)
    assert p.total_score == 99.5


def test_funds_with_cut_amounts(health):
    p = _project(health, "国家医师资格考试")
    assert p.funds.total == 4_576_000
    assert p.funds.executed == 4_575_000  # printed `457.50)`
    # `5,014.3` + `1` split over two cells is one amount.
    grant = next(p for p in health.projects if p.funds.total == 50_143_100)
    assert grant.funds.executed == 50_143_100
    assert grant.funds.execution_rate == 100.0


def test_stray_piece_at_a_cell_break_is_dropped(health):
    # `费用执行` | `亍情况`: half of 行 printed again after the cell break.
    p = _project(health, "国家医师资格考试")
    assert p.indicators[0].level3 == "费用执行情况"
    assert p.indicators[0].level1 == "成本指标"
    assert p.indicators[0].level2 == "经济成本指标"


def test_unit_repaired_from_other_spellings_in_the_document(health):
    # Every form prints the unit garbled (`…交流用B务中心`); one header line has it clean.
    assert {p.unit for p in health.projects} == {"上海市卫生人才交流服务中心"}
    assert {p.department for p in health.projects} == {"上海市卫生健康委员会"}


def test_cut_off_indicator_completed_from_its_copy_in_another_form(health):
    # `考务工作` lost its end (continuation cell empty); the exam form beside it prints the
    # same indicator (same level 2, same target) whole.
    p = _project(health, "全国卫生专业技术资格考试")
    row = _row(p, "考务工作完成率")
    assert row.target == "=100(%)"
    assert _row(p, "突发时间处置率").target == "未影响考试正常进行"
    assert any("completed" in w for w in p.warnings)


def test_page_break_continues_the_row_above(health):
    p = _project(health, "上海市住院医师规范化培训人力成本专项资金")
    row = _row(p, "工资发放、社保公积金缴纳及时性")
    assert row.level2 == "时效指标"


def test_garbled_overlay_document(medical):
    assert len(medical.projects) == 7
    first = medical.projects[0]
    # Line 1 is thousands of characters of overlay text, with the name cell at its end.
    assert first.name == "信息化运维项目"
    assert first.source.first_line == 1
    assert first.department == "上海市医疗保障局"
    assert first.funds.total == 4_855_500
    assert _row(first, "成本节约率").level2 == "经济成本指标"
    assert _row(first, "平台使用者满意度").target == "≥85.00(%)"
    assert {p.year for p in medical.projects} == {2024}
    assert all(p.grade == "优" for p in medical.projects)


@pytest.mark.parametrize("path", [SHANGHAI_HEALTH, SHANGHAI_MEDICAL], ids=lambda p: p.stem)
def test_every_line_is_read_or_reported(path):
    report = read_file(path)
    lines = split_lines(path.read_text(encoding="utf-8"))
    assert check_accounting(report, lines).ok
    assert all(u.reason for u in report.unread)
    indicator_lines = {i.line for p in report.projects for i in p.indicators}
    assert not indicator_lines & {u.line for u in report.unread}
