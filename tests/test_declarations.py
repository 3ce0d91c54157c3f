"""Target declarations read into Project records: bundled documents in three layouts, and
small documents in other provinces' wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.kg.reader.ocr.forms import read_segment
from jixiao.kg.reader.ocr.segment import split_segments
from jixiao.kg.records import Project, UnreadLine

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def read_text(text: str, name: str = "doc.txt") -> tuple[list[Project], list[UnreadLine]]:
    lines = list(enumerate(text.split("\n"), start=1))
    segments, unread = split_segments(lines)
    projects = []
    for seg in segments:
        project, rest = read_segment(seg, name)
        unread += rest
        if project:
            projects.append(project)
    return projects, unread


def read_sample(prefix: str) -> tuple[list[Project], list[UnreadLine], list[str]]:
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    projects, unread = read_text(text, path.name)
    return projects, unread, text.split("\n")


def by_name(projects: list[Project], name: str) -> Project:
    return next(p for p in projects if p.name == name)


def indicator(project: Project, level3: str):
    return next(i for i in project.indicators if i.level3 == level3)


# --- 002: one cell per line, Tianjin, 万元 ---------------------------------------------------


def test_tianjin_exam_centre_forms():
    projects, _, _ = read_sample("002")
    assert len(projects) == 4
    first = projects[0]
    assert first.name == "基本公共卫生服务(原重大公卫项目)"
    assert first.unit == "天津市医学考试中心"  # the 368227 code is not part of the name
    assert first.department is None  # not printed on these forms
    assert first.year is None  # no 年度 on the form; 2023 in the goal text is not its year
    assert first.funds.total == 200000.0  # 20.00 万元
    assert first.funds.fiscal == 200000.0
    assert first.goal == "开展2023年基本公卫-职业病防治项目相关培训"
    sat = indicator(first, "培训对象满意度")
    assert (sat.level1, sat.level2, sat.target) == ("满意度指标", "服务对象满意度指标", "≥90%")
    assert (sat.target_parsed.op, sat.target_parsed.value, sat.target_parsed.unit) == ("≥", 90, "%")
    cost = indicator(first, "项目总成本")
    assert (cost.level1, cost.level2, cost.target) == ("产出指标", "成本指标", "≤20万元")


def test_tianjin_budget_use_text_is_reported_not_lost():
    projects, unread, lines = read_sample("002")
    use = [u for u in unread if "职业病防治项目相关培训工作经费" in u.text]
    assert len(use) == 1 and "资金用途" in use[0].reason
    assert all("培训对象满意度" not in u.text for u in unread)


# --- 001: tab table with shifted cells ----------------------------------------------------


def test_shanghai_tab_tables():
    projects, _, _ = read_sample("001")
    assert len(projects) == 10
    assert {p.department for p in projects} == {"上海市卫生健康委员会"}
    assert {p.unit for p in projects} == {"上海市医事团体联合管理发展中心"}
    assert {p.year for p in projects} == {2023}
    library = by_name(projects, "2023年图书馆专项经费")
    assert library.funds.total == 377000.0 and library.funds.carryover == 0.0
    assert indicator(library, "访问使用人次").target == "≥60000.00(人)"
    # 时效指标 printed in the 一级指标 column: still a level 2 under 产出指标.
    assert (indicator(library, "数据库更新").level1, indicator(library, "数据库更新").level2) == (
        "产出指标", "时效指标")


def test_labels_printed_differently_keep_the_printed_form():
    projects, _, _ = read_sample("001")
    staff = by_name(projects, "2023年专科医师规范化培训(人员经费)")
    row = indicator(staff, "长效管理情况")
    assert row.level2 == "可持续影响指标" and row.level2_as_printed == "可持續影响指标"
    # a row shifted into column 0 after a page break continues the label above it
    assert indicator(staff, "年度招录情况").level2 == "可持续影响指标"


def test_rows_cut_from_their_label_by_a_page_break():
    projects, _, _ = read_sample("001")
    exam = by_name(projects, "2023年上海市医师定期考核专项经费")
    assert indicator(exam, "定考时效").level2 == "时效指标"
    resident = by_name(projects, "2023年住院医师规范化培训(工作经费)")
    assert indicator(resident, "长效管理情况").level2 == "生态效益指标"  # 指标1 … 指标2
    assert indicator(resident, "就业率").level1 == "效益指标"
    assert any(i.level3 == "督导对项目可持续影响" for i in resident.indicators)  # `标3：` stripped


# --- 004: one PDF line per text line ------------------------------------------------------


def test_songjiang_token_lines():
    projects, _, _ = read_sample("004")
    assert [p.name for p in projects] == ["业务培训", "辅助业务管理与支持", "编外人员工作经费"]
    for p in projects:
        assert p.department == "上海市松江区卫生健康委员会"  # joined over two lines
        assert p.unit == "上海市松江区医疗事务交流中心"
        assert p.year == 2025
    assert projects[0].funds.total == 2550000.0
    sat = indicator(projects[1], "鉴定程序合法性满意度")
    assert (sat.level1, sat.level2, sat.target) == ("满意度指标", "服务对象满意度指标", "=100.00(%)")
    assert projects[0].goal.startswith("按照“松江区卫生健康委第四周期慢性疾病联合攻关计划")


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_indicator_lines_point_at_their_text(prefix):
    projects, _, lines = read_sample(prefix)
    for p in projects:
        for ind in p.indicators:
            printed = "".join(lines[ind.line - 1].split())
            assert ind.level3[:2] in printed, (ind.line, ind.level3)


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_every_unread_line_has_a_reason_and_none_holds_an_indicator(prefix):
    projects, unread, _ = read_sample(prefix)
    used = {i.line for p in projects for i in p.indicators}
    assert all(u.reason for u in unread)
    assert not used & {u.line for u in unread}
    if prefix != "002":  # 002 prints no dates
        # 计划开始日期 has no field: the line is reported, with that reason
        assert any("计划开始日期" in u.reason for u in unread)


# --- other provinces' wording -------------------------------------------------------------

MARKDOWN = """# 某县2024年度项目支出绩效目标表

| 项目名称 | 乡村道路养护 |  |  |
|---|---|---|---|
| 主管部门 | [301]某县交通运输局 | 实施单位 | 某县公路管理站 |
| 项目资金（万元） | 年度资金总额 | 120.5 |  |
|  | 其中：财政拨款 | 100 |  |
|  | 上年结转 | 0 |  |
|  | 其他资金 | 20.5 |  |
| 年度绩效目标 | 完成县乡道路养护120公里。 |  |  |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出 | 数量 | 1.养护里程 | ≥120公里 |
|  | 质量 | 路况优良率 | 不低于85% |
| 成本指标 | 经济成本指标 | 养护成本 | ≤120.5万元 |
| 效益 | 社会效益 | 群众出行便利度 | 显著提高 |
|  |  | 指标2: |  |
| 满意度 | 服务对象满意度 | 沿线群众满意度 | ≥90% |
|  |  | …… | …… |
填报人：张三"""


def test_markdown_table_in_county_wording():
    (p,), unread = read_text(MARKDOWN)
    assert (p.name, p.department, p.unit, p.year) == ("乡村道路养护", "某县交通运输局",
                                                      "某县公路管理站", 2024)
    assert (p.funds.total, p.funds.fiscal, p.funds.other) == (1205000.0, 1000000.0, 205000.0)
    rows = [(i.level1, i.level2, i.level3, i.target) for i in p.indicators]
    assert rows == [
        ("产出指标", "数量指标", "养护里程", "≥120公里"),
        ("产出指标", "质量指标", "路况优良率", "不低于85%"),
        ("成本指标", "经济成本指标", "养护成本", "≤120.5万元"),
        ("效益指标", "社会效益指标", "群众出行便利度", "显著提高"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    assert p.indicators[0].level1_as_printed == "产出"
    assert [u.text for u in unread] == ["填报人：张三"]


EXTRA_COLUMNS = "\n".join([
    "项目支出绩效目标申报表",
    "（2025年度）",
    "项目名称\t社区养老服务补贴",
    "主管部门\t某区民政局\t实施单位\t某区养老服务指导中心",
    "项目资金(元)\t年度资金总额\t财政拨款\t其他资金",
    "\t1,000,000.00\t800,000.00\t200,000.00",
    "年度总体目标\t为辖区老年人提供助餐服务。",
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重",
    "产出类指标\t数量指标\t助餐服务人次\t≥\t20000\t人次\t20",
    "效益类指标\t社会效益指标\t老年人生活质量\t\t提升\t\t30",
    "满意度类指标\t服务对象满意度\t老年人满意度\t≥\t95\t%\t30",
])


def test_table_with_direction_unit_and_weight_columns():
    (p,), _ = read_text(EXTRA_COLUMNS)
    assert p.year == 2025
    assert (p.funds.total, p.funds.fiscal, p.funds.other) == (1000000.0, 800000.0, 200000.0)
    first = p.indicators[0]
    assert (first.level1, first.level3, first.target, first.weight) == (
        "产出指标", "助餐服务人次", "≥20000人次", 20.0)
    assert first.level1_as_printed == "产出类指标"
    assert p.indicators[1].target == "提升"
    assert p.indicators[2].target_parsed.value == 95 and p.indicators[2].level2 == "服务对象满意度指标"


TOKENS = """财政项目支出绩效目标申报表
（2024年度）
项目名称 老旧小区
改造设计 项目性质 一次性项目
主管部门 某市住房和城乡
建设管理委员会
实施单位 某市房屋管理事务中心
项目资金（元） 年度资金申请总额： 3,000,000.00
其中：当年财政拨款 3,000,000.00
其他资金 0.00
项目总目标 年度总体目标
完成12个老旧小区
改造设计方案。
一级指标 二级指标 三级指标 年度(/项目)指标值
产出指标
数量指标 设计方案数量 =12.00(个)
质量指标 方案审查通过率 大于 90%
方案公示及征询居民意见
覆盖率 ≥95%
效益指标
可持续影
响指标 设计成果可复制推广 有效
满意度指
标 服务对象
满意度指标 居民满意度 ≥90.00(%)"""


def test_token_lines_with_broken_cells_and_labels():
    (p,), unread = read_text(TOKENS)
    assert p.name == "老旧小区改造设计"
    assert p.department == "某市住房和城乡建设管理委员会"
    assert p.goal == "完成12个老旧小区改造设计方案。"
    rows = [(i.level1, i.level2, i.level3, i.target) for i in p.indicators]
    assert rows == [
        ("产出指标", "数量指标", "设计方案数量", "=12.00(个)"),
        ("产出指标", "质量指标", "方案审查通过率", "大于90%"),
        ("产出指标", "质量指标", "方案公示及征询居民意见覆盖率", "≥95%"),
        ("效益指标", "可持续影响指标", "设计成果可复制推广", "有效"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90.00(%)"),
    ]
    assert unread == []  # every line went into the record


def test_truncated_name_completed_from_the_form_title():
    text = "\n".join([
        "3.卫生健康综合管理与服务（考试经费）绩效目标表",
        "项目名称\t卫生健康综合管理与",
        "预算数\t650.00",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t考试人数\t约4万人",
    ])
    (p,), _ = read_text(text)
    assert p.name == "卫生健康综合管理与服务(考试经费)"
    assert p.name_as_printed == "卫生健康综合管理与"
    assert any("cut off" in w for w in p.warnings)
    assert p.funds.total == 650.0  # no 万元 printed: read as 元, with a warning
    assert any("amount unit" in w for w in p.warnings)


def test_declaration_with_execution_rate_indicator_is_not_a_self_evaluation():
    text = "\n".join([
        "项目名称\t部门预算管理",
        "主管部门\t某市财政局\t实施单位\t某市预算编审中心",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t时效指标\t预算执行率\t≥90%",
        "满意度指标\t服务对象满意度指标\t预算单位满意度\t≥85%",
    ])
    segments, _ = split_segments(list(enumerate(text.split("\n"), start=1)))
    assert [s.form for s in segments] == ["target_declaration"]
    (p,), _ = read_text(text)
    assert p.form == "target_declaration"
    assert indicator(p, "预算执行率").target == "≥90%"


CELLS = """1.农村饮水安全巩固提升绩效目标表
\t520101某县水务局
\t单位：万元

\t项目名称
\t农村饮水安全巩固提升

\t预算数
\t35.5
\t其中：财政资金
\t30
\t其他资金
\t5.5

\t绩效目标
\t1.目标内容1完成3处集中供水工程改造
\t2.目标内容2水质达标率稳定在95%以上

\t一级指标
\t二级指标
\t三级指标
\t指标值

\t产出指标
\t数量指标
\t改造供水工程数
\t3处

- 2 -

\t
\t质量指标
\t水质达标率
\t≥95%

\t满意度指标
\t服务对象满意度指标
\t受益群众满意度
\t≥90%
"""


def test_cell_per_line_form_with_several_goals_and_a_page_number():
    (p,), unread = read_text(CELLS)
    assert (p.name, p.unit, p.department) == ("农村饮水安全巩固提升", "某县水务局", None)
    assert (p.funds.total, p.funds.fiscal, p.funds.other) == (355000.0, 300000.0, 55000.0)
    assert p.goal == "1.完成3处集中供水工程改造；2.水质达标率稳定在95%以上"
    rows = [(i.level2, i.level3, i.target) for i in p.indicators]
    assert rows == [("数量指标", "改造供水工程数", "3处"), ("质量指标", "水质达标率", "≥95%"),
                    ("服务对象满意度指标", "受益群众满意度", "≥90%")]
    assert [(u.text, u.reason) for u in unread] == [("- 2 -", "page number")]


def test_table_without_header_row():
    text = "\n".join([
        "项目名称\t河道保洁",
        "年度总体目标\t保持河道整洁。",
        "产出指标\t数量指标\t保洁河道长度\t≥50公里",
        "效益指标\t生态效益指标\t水面漂浮物\t明显减少",
    ])
    (p,), unread = read_text(text)
    assert p.goal == "保持河道整洁。"
    assert [i.level3 for i in p.indicators] == ["保洁河道长度", "水面漂浮物"]
    assert unread == []


def test_one_line_head_with_colons_and_amounts_in_wan_yuan():
    text = "\n".join([
        "某市2025年部门项目支出绩效目标表",
        "项目名称：城市书房运营 主管部门：某市文化广电旅游局 实施单位：某市图书馆",
        "年度预算数：80万元 其中财政资金：80万元",
        "年度绩效目标：新建城市书房5家，年接待读者10万人次。",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 新建城市书房数量 ≥5家",
        "效益指标 社会效益指标 年接待读者人次 ≥10万人次",
    ])
    (p,), unread = read_text(text)
    assert (p.name, p.department, p.unit, p.year) == ("城市书房运营", "某市文化广电旅游局",
                                                      "某市图书馆", 2025)
    assert (p.funds.total, p.funds.fiscal) == (800000.0, 800000.0)
    assert p.goal == "新建城市书房5家,年接待读者10万人次。"
    assert indicator(p, "年接待读者人次").target_parsed.unit == "万人次"
    assert unread == [] and p.warnings == []


def test_labels_split_down_the_rows_of_narrow_columns():
    text = "\n".join([
        "项目名称\t基层医疗人员培训",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出\t数量\t培训人次\t≥100人次",
        "指标\t指标\t培训天数\t≥5天",
        "满意\t服务\t学员满意度\t≥90%",
        "度指\t对象\t\t",
        "标\t满意\t\t",
        "\t度指\t\t",
        "\t标\t带教老师满意度\t≥85%",
    ])
    (p,), unread = read_text(text)
    rows = [(i.level1, i.level2, i.level3, i.target) for i in p.indicators]
    assert rows == [
        ("产出指标", "数量指标", "培训人次", "≥100人次"),
        ("产出指标", "数量指标", "培训天数", "≥5天"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "带教老师满意度", "≥85%"),
    ]
    assert unread == []


def test_garbled_unit_repaired_from_spellings_elsewhere_in_the_document():
    from jixiao.kg.reader.ocr.repair import merge_spellings, repair_name

    path = next(SAMPLES.glob("000_*.txt"))
    lines = list(enumerate(path.read_text(encoding="utf-8").split("\n"), start=1))
    segments, _ = split_segments(lines)
    spellings = segments[0].context["unit_spellings"]
    assert "上海市卫生人才交流用B务中心" in spellings  # what the OCR'd cells say
    name, confidence, note = repair_name("上海市卫生人才交流用 B 务中心", spellings)
    assert name == "上海市卫生人才交流服务中心" and note and confidence >= 0.8
    assert merge_spellings(spellings) == "上海市卫生人才交流服务中心"
    # Two clean names a character apart are two organisations, not one misspelt.
    assert repair_name("上海市第六人民医院", ["上海市第一人民医院"] * 3)[0] == "上海市第六人民医院"
