"""Self-evaluation repairs that use evidence inside the form or document: a level-2 label
printed illegibly, cells a row lost that an overlay text layer prints, a stray character after
a target, a name cut at its start, a garbled copy of an indicator printed cleanly elsewhere."""

from __future__ import annotations

from pathlib import Path

from jixiao.kg.reader import check_accounting, split_lines
from jixiao.kg.reader.ocr import read_text
from jixiao.kg.reader.ocr.forms.siblings import complete_from_siblings
from jixiao.kg.records import Indicator, Project, Source

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"

HEAD = """项目名称\t{name}
主管\t部门\t上海市卫生健康委员会\t实施单位\t上海市测试培训中心
\t\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分
\t\t年度资金总额:\t120.00\t100.00\t90.00\t10.00\t90.00\t9.00
项目资金(万元)\t\t其中: 当年财政拨款\t100.00\t100.00\t90.00\t-\t90.00\t-
\t\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-
\t\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-
年度总体目标\t{goal}
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
"""
TAIL = """\t\t总分\t\t\t100.00\t100.00\t
评分等级\t\t优\t\t
"""


def _form(rows: str, name: str = "测试培训项目经费", goal: str = "完成2024年度全市培训工作"):
    text = HEAD.format(name=name, goal=goal) + rows + TAIL
    report = read_text(text, "form.txt")
    assert len(report.projects) == 1, report.errors
    assert check_accounting(report, split_lines(text)).ok
    return report.projects[0]


def _by_text(project):
    return {i.level3: i for i in project.indicators}


def test_the_sample_rows_under_an_illegible_label_are_timely_rows():
    from jixiao.kg.reader import read_file

    report = read_file(SAMPLES / "003_f8069f5105426267.txt")
    project = next(p for p in report.projects if p.name == "信息化运维项目")
    rows = {i.level3: i for i in project.indicators}
    assert rows["系统故障率"].level2 == "质量指标"
    assert rows["系统故障修复及时性"].level2 == "时效指标"
    assert rows["系统故障修复及时性"].level1 == "产出指标"
    # The overlay layer gave the row whose table cells were garbled its text and values.
    assert rows["数据审核总量"].target == ">10659.00(条)"
    assert rows["业务监测分析数据有效利用"].actual == "达成指标"


OVERLAY = (
    "数量 指标    培训次数    ≥4(次)    5.00(次)    30.00    30.00    培训人数    ≥200(人)    "
    "230.00(人)    30.00    30.00    学员满意度    ≥90(%)    95.00(%)    30.00    30.00"
)


def test_cells_a_row_lost_are_taken_from_the_overlay_layer():
    rows = (
        f"\t数量\t培训次数\t≥4(次)\t5.00(次)\t30.00\t30.00\t\t{OVERLAY}\n"
        "产出指标\t指标\t炎尼重\t(人)\t(人)\t30.00\t30.00\t\n"
        "满意度指标\t服务对象满意度指标\t学员满意度\t≥90(%)\t\t30.00\t30.00\t\n"
    )
    p = _form(rows)
    rows_ = _by_text(p)
    assert "炎尼重" not in rows_
    assert rows_["培训人数"].target == "≥200(人)"
    assert rows_["学员满意度"].actual == "95.00(%)"
    assert sum("overlay" in w for w in p.warnings) == 2


def test_without_an_overlay_lost_cells_stay_empty():
    rows = (
        "\t数量\t培训次数\t≥4(次)\t5.00(次)\t30.00\t30.00\t\n"
        "产出指标\t指标\t培训人数\t≥200(人)\t230.00(人)\t30.00\t30.00\t\n"
        "满意度指标\t服务对象满意度指标\t学员满意度\t≥90(%)\t\t30.00\t30.00\t\n"
    )
    assert _by_text(_form(rows))["学员满意度"].actual is None


def test_a_stray_character_after_a_target_printed_whole_elsewhere_is_dropped():
    rows = (
        "产出\t时效\t通知发布及时性\t及时\t达成指标\t30.00\t30.00\t\n"
        "指标\t指标\t证书发放及时性\t及时 高\t达成指标\t30.00\t30.00\t\n"
        "满意度指标\t服务对象满意度指标\t学员满意度\t同比有所提 升\t达成指标\t30.00\t30.00\t\n"
    )
    rows_ = _by_text(_form(rows))
    assert rows_["证书发放及时性"].target == "及时"
    assert rows_["学员满意度"].target == "同比有所提升"  # a wrapped end, not a stray


ROWS = (
    "产出指标\t数量指标\t培训次数\t≥4(次)\t5.00(次)\t45.00\t45.00\t\n"
    "满意度指标\t服务对象满意度指标\t学员满意度\t≥90(%)\t95.00(%)\t45.00\t45.00\t\n"
)


def test_a_name_that_lost_its_start_is_completed_from_the_goal():
    p = _form(ROWS, name="T规范化培训工\t作经费", goal="保障住院医师规范化培训工作顺利开展")
    assert p.name == "住院医师规范化培训工作经费"
    assert p.name_as_printed.startswith("T")
    # A clean name is never extended, whatever the goal prints before it.
    p = _form(ROWS, name="规范化培训工作经费", goal="保障住院医师规范化培训工作顺利开展")
    assert p.name == "规范化培训工作经费"


def _project(name: str, rows: list[tuple[str, str, str]]) -> Project:
    return Project(
        name=name, name_as_printed=name, department=None, unit=None, year=2024,
        form="self_evaluation", funds=None, goal=None, total_score=None, grade=None,
        indicators=[Indicator(level1=None, level2=l2, level3=l3, target=t) for l2, l3, t in rows],
        source=Source(file="x.txt", first_line=1, last_line=2), warnings=[],
    )


def test_a_garbled_copy_of_an_indicator_is_read_as_the_clean_copy():
    a = _project("甲", [("社会效益指标", "本市药品耗材价格管理系统覆盖率", "=100(%)")])
    b = _project("乙", [("社会效益指标", "本市药品耗材价格率各管理系统覆盖", "=100.00(%)"),
                        ("社会效益指标", "集采药品耗材价格管理系统覆盖率", "=100.00(%)")])
    complete_from_siblings([a, b])
    assert b.indicators[0].level3 == "本市药品耗材价格管理系统覆盖率"
    # Another indicator with other characters (集采 / 本市) is not a garbled copy.
    assert b.indicators[1].level3 == "集采药品耗材价格管理系统覆盖率"


def test_copies_printing_different_look_alikes_are_read_as_the_character_both_resemble():
    a = _project("甲", [("数量指标", "考点考区记", "≥9.00(个)")])
    b = _project("乙", [("数量指标", "考点考区证置数量", "≥15.00(个)")])
    complete_from_siblings([a, b])
    # 证 and 记 both resemble 设 (the 讠 half): 设置 is a word; the cut copy is completed.
    assert b.indicators[0].level3 == "考点考区设置数量"
    assert a.indicators[0].level3 == "考点考区设置数量"
    assert any("look-alike" in w for w in b.warnings)


def test_copies_that_differ_otherwise_are_left_as_printed():
    # Different characters that are no look-alikes: two indicators, not two misreadings.
    a = _project("甲", [("数量指标", "考点考区数量", "≥9.00(个)")])
    b = _project("乙", [("数量指标", "考点考场证置数量", "≥15.00(个)")])
    complete_from_siblings([a, b])
    assert a.indicators[0].level3 == "考点考区数量"
    assert b.indicators[0].level3 == "考点考场证置数量"
    # Targets in other units measure something else.
    a = _project("甲", [("数量指标", "考点考区记", "≥9.00(%)")])
    b = _project("乙", [("数量指标", "考点考区证置数量", "≥15.00(个)")])
    complete_from_siblings([a, b])
    assert a.indicators[0].level3 == "考点考区记"
    assert b.indicators[0].level3 == "考点考区证置数量"
