"""One form in every shape text reaches us in: the same records whatever the shape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.kg.reader import read_bytes, read_text
from jixiao.vocab import FormKind

HEAD = [("项目名称", "2025年乡村医生在岗培训"), ("主管部门", "某县卫生健康局"),
        ("实施单位", "某县卫生健康服务中心")]
ROWS = [
    ("产出指标", "数量指标", "培训乡村医生人次", "≥600人次"),
    ("", "", "开展实操考核场次", "≥12场"),
    ("", "质量指标", "考核合格率", "≥95%"),
    ("", "时效指标", "培训完成时间", "2025年11月底前"),
    ("效益指标", "社会效益指标", "基层常见病规范诊疗率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
]
EXPECTED = [
    ("产出指标", "数量指标", "培训乡村医生人次", "≥600人次"),
    ("产出指标", "数量指标", "开展实操考核场次", "≥12场"),
    ("产出指标", "质量指标", "考核合格率", "≥95%"),
    ("产出指标", "时效指标", "培训完成时间", "2025年11月底前"),
    ("效益指标", "社会效益指标", "基层常见病规范诊疗率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
]
ROOT = Path(__file__).resolve().parent.parent
TITLE = "2025年度项目支出绩效目标申报表"
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


def _table(sep: str, edge: str = "") -> str:
    lines = [TITLE]
    lines += [f"{edge}{k}{sep}{v}{edge}" for k, v in HEAD]
    lines.append(f"{edge}{sep.join(HEADER)}{edge}")
    lines += [f"{edge}{sep.join(r)}{edge}" for r in ROWS]
    return "\n".join(lines) + "\n"


def _space_columns() -> str:
    widths = (14, 22, 26, 16)
    def line(cells: tuple[str, ...]) -> str:
        out = ""
        for cell, w in zip(cells, widths, strict=True):
            # Display width: CJK characters take two columns.
            pad = w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell)
            out += cell + " " * max(pad, 2)
        return out.rstrip()
    lines = [TITLE] + [f"{k}    {v}" for k, v in HEAD] + [line(HEADER)]
    lines += [line(r) for r in ROWS]
    return "\n".join(lines) + "\n"


def _cell_per_line() -> str:
    cells = [TITLE] + [c for kv in HEAD for c in kv] + list(HEADER)
    for r in ROWS:
        cells += [c for c in r if c]
    return "\n".join(cells) + "\n"


def _cell_per_line_with_blanks() -> str:
    # Every cell on its own line, an empty line for each empty cell (merged categories too).
    cells = [TITLE] + [c for kv in HEAD for c in kv] + list(HEADER)
    for r in ROWS:
        cells += list(r)
    return "\n".join(cells) + "\n"


def _double_spaced() -> str:
    # A copy that double-spaces its lines: an empty line after every cell, spaces for an
    # empty cell.
    cells = [TITLE] + [c for kv in HEAD for c in kv] + list(HEADER)
    for r in ROWS:
        cells += [c or " " for c in r]
    return "\n\n".join(cells) + "\n"


def _run_together() -> str:
    head = "".join(k + v for k, v in HEAD)
    rows = "".join("".join(r) for r in ROWS)
    return TITLE + head + "".join(HEADER) + rows + "\n"


def _one_line_spaces() -> str:
    parts = [TITLE] + [c for kv in HEAD for c in kv] + list(HEADER)
    for r in ROWS:
        parts += [c for c in r if c]
    return " ".join(parts) + "\n"


SHAPES = {
    "tab_table": _table("\t"),
    "pipe_table": _table(" | ", "| "),
    "csv_table": _table(","),
    "space_columns": _space_columns(),
    "cell_per_line": _cell_per_line(),
    "cell_per_line_blanks": _cell_per_line_with_blanks(),
    "double_spaced": _double_spaced(),
    "run_together": _run_together(),
    "one_line_spaces": _one_line_spaces(),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_same_form_reads_the_same_in_every_shape(shape: str) -> None:
    report = read_text(SHAPES[shape], f"{shape}.txt")
    assert report.errors == []
    [project] = report.projects
    assert project.form is FormKind.TARGET_DECLARATION
    assert (project.name, project.department, project.unit, project.year) == (
        "2025年乡村医生在岗培训", "某县卫生健康局", "某县卫生健康服务中心", 2025)
    got = [(i.level1, i.level2, i.level3, i.target) for i in project.indicators]
    assert got == EXPECTED


# A report around its forms: outline headings and prose that names head labels in passing
# (项目资金, 绩效目标, 运行监控).
PROSE_BEFORE = (
    "第一部分 基本情况\n"
    "一、单位职能\n"
    "本中心承担全县乡村医生的业务培训、考核和继续教育工作，协助做好基层卫生人员管理。\n"
    "二、项目资金安排\n"
    "项目资金由县级财政全额保障，按培训进度分两次拨付，年底前结清。\n"
)
PROSE_AFTER = (
    "三、绩效目标完成情况分析\n"
    "（一）总体情况\n"
    "全年绩效目标总体完成，部分乡镇参训率偏低，已督促补训，群众反映良好。\n"
    "（二）下一步打算\n"
    "加强绩效运行监控，及时纠偏，确保项目资金安全高效使用。\n"
)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_form_inside_a_report_reads_as_alone_and_its_prose_makes_no_rows(shape: str) -> None:
    alone = read_text(SHAPES[shape], f"{shape}.txt")
    report = read_text(PROSE_BEFORE + SHAPES[shape] + PROSE_AFTER, f"{shape}_in_report.txt")
    assert report.errors == []
    [project] = report.projects
    assert project.name == "2025年乡村医生在岗培训"
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == EXPECTED
    assert report.layout == alone.layout
    unread = " ".join(u.text for u in report.unread)
    assert "部分乡镇参训率偏低" in unread and "本中心承担全县乡村医生" in unread


def test_every_cell_is_in_a_record_or_reported() -> None:
    text = "某局文件\n" + _table("\t") + "备注：本表由项目单位填报\n"
    report = read_text(text, "form.txt")
    [project] = report.projects
    # The note after the table is kept with the project, the line above the form is reported.
    assert project.extra == {"备注": "本表由项目单位填报"}
    assert [(u.text, u.reason) for u in report.unread] == [
        ("某局文件", "document heading, used only as context (year) for the forms")]


LABEL_VARIANTS = [
    # printed level 1, printed level 2, the canonical pair the reader gives
    ("产出", "数量", ("产出指标", "数量指标")),
    ("产出类指标", "数量指标（或建筑规模指标）", ("产出指标", "数量指标")),
    ("效益", "社会效益", ("效益指标", "社会效益指标")),
    ("效益指标", "可持續影响指标", ("效益指标", "可持续影响指标")),
    ("满意度指标", "满意度指标", ("满意度指标", "服务对象满意度指标")),
    ("满意度", "服务对象满意度", ("满意度指标", "服务对象满意度指标")),
    ("成本指标", "经济成本指标", ("成本指标", "经济成本指标")),
]


@pytest.mark.parametrize(("level1", "level2", "expected"), LABEL_VARIANTS)
def test_printed_label_variants_meet_on_the_canonical_categories(level1, level2, expected) -> None:
    text = "\n".join([
        TITLE, "项目名称\t测试项目", "主管部门\t某局", "实施单位\t某中心",
        "\t".join(HEADER), f"{level1}\t{level2}\t某项工作完成率\t≥95%", "\t\t另一项工作完成率\t100%",
    ]) + "\n"
    [project] = read_text(text, "variants.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [expected, expected]
    first = project.indicators[0]
    # What was printed is kept when it differs.
    assert first.level2_as_printed in (None, level2.replace("（", "(").replace("）", ")")) or \
        first.level2_as_printed == level2


def test_operator_value_and_unit_columns_make_one_target() -> None:
    text = "\n".join([
        TITLE, "项目名称\t测试项目", "主管部门\t某局", "实施单位\t某中心",
        "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重",
        "数量指标\t新建供水管网长度\t≥\t20\t公里\t20", "质量指标\t水质达标率\t≥\t95\t%\t20",
        "时效指标\t完工时间\t定性\t2025年12月底前\t无\t10",
    ]) + "\n"
    [project] = read_text(text, "ovu.txt").projects
    assert [(i.level3, i.target, i.weight) for i in project.indicators] == [
        ("新建供水管网长度", "≥20公里", 20.0), ("水质达标率", "≥95%", 20.0),
        ("完工时间", "2025年12月底前", 10.0)]


def test_annual_value_is_the_target_beside_a_midterm_one() -> None:
    text = "\n".join([
        TITLE, "项目名称\t测试项目", "主管部门\t某局", "实施单位\t某中心",
        "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
        "产出指标\t数量指标\t建设示范村数量\t≥30个\t≥10个",
    ]) + "\n"
    [row] = read_text(text, "mid.txt").projects[0].indicators
    assert (row.target, row.midterm_target) == ("≥10个", "≥30个")


def test_blank_lines_hold_the_places_of_empty_cells() -> None:
    # A rubric printed one cell per line: empty 指标值 cells are blank lines, so the 指标解释
    # after them must not be read as the next indicator.
    header = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "指标解释", "评分标准", "得分"]
    rows = [
        ["决策（15分）", "项目立项（15分）", "立项依据充分性", "8", "", "是否符合政策规划",
         "充分得8分", "8"],
        ["", "", "立项程序规范性", "7", "", "审批文件是否齐全", "规范得7分", "6"],
        ["过程（10分）", "资金管理（10分）", "资金到位率", "10", "100%", "到位资金/计划资金",
         "全部到位得满分", "10"],
    ]
    lines = ["2025年度项目支出绩效自评表", "项目名称", "社区养老服务补助", *header]
    for r in rows:
        lines += r
    report = read_text("\n".join(lines) + "\n", "rubric.txt")
    [project] = report.projects
    got = [(i.level1, i.level3, i.target, i.weight, i.score,
            i.extra.get("指标解释")) for i in project.indicators]
    assert got == [
        ("决策指标", "立项依据充分性", None, 8.0, 8.0, "是否符合政策规划"),
        ("决策指标", "立项程序规范性", None, 7.0, 6.0, "审批文件是否齐全"),
        ("过程指标", "资金到位率", "100%", 10.0, 10.0, "到位资金/计划资金"),
    ]


# Column starts, in display columns, of a self-evaluation laid out by position.
LAID_OUT_X = (0, 8, 20, 40, 54, 68, 74, 80)


# Wider category columns: labels as long as 服务对象满意度指标 stay inside theirs.
WIDE_X = (0, 12, 34, 62, 76, 90)


def _laid_out_line(cells: dict[int, str], xs: tuple[int, ...] = LAID_OUT_X,
                   in_characters: bool = False) -> str:
    out = ""
    for col, text in sorted(cells.items()):
        width = len(out) if in_characters else sum(2 if ord(ch) > 0x2E80 else 1 for ch in out)
        out += " " * max(xs[col] - width, 2 if out else 0) + text
    return out


def _laid_out(in_characters: bool = False) -> str:
    lines = [{2: "项目支出绩效自评表"}, {0: "项目名称", 2: "农村饮水安全巩固提升"},
             {0: "主管部门", 2: "某县水利局", 4: "实施单位", 5: "某县农村供水站"}, {},
             {0: "一级", 3: "年度", 4: "实际", 7: "偏差原因分析及"},
             {1: "二级指标", 2: "三级指标", 5: "分值", 6: "得分"},
             {0: "指标", 3: "指标值", 4: "完成值", 7: "改进措施"},
             {2: "新建集中供水工程", 3: "≥12处", 4: "12处", 5: "20", 6: "20"},
             {0: "产出", 1: "数量指标"},
             {0: "指标", 3: "2025年11月", 4: "2025年10月"},
             {1: "时效指标", 2: "工程完工时间", 5: "20", 6: "18"},
             {3: "底前", 4: "底前"},
             {7: "两处管网因雨季"},
             {0: "效益", 1: "社会效益", 2: "受益人口覆盖率", 3: "≥95%", 4: "93%", 5: "30", 6: "25",
              7: "延期，已于次年"},
             {0: "指标", 1: "指标", 7: "补建完成"},
             {0: "满意度", 1: "服务对象", 2: "群众满意度", 3: "≥90%", 4: "94%", 5: "30", 6: "30"},
             {0: "指标", 1: "满意度指标"},
             {0: "总分", 5: "100", 6: "93"}]
    return "\n".join(_laid_out_line(c, in_characters=in_characters) for c in lines) + "\n"


@pytest.mark.parametrize("in_characters", [False, True], ids=["display_columns", "characters"])
def test_cells_wrapped_around_their_row_in_laid_out_text(in_characters: bool) -> None:
    # PDF text laid out by position: header cells stacked over three lines, a target and a
    # deviation reason wrapped above and below their row's line. pdftotext -layout gives every
    # glyph one column, so its cells line up by character count, not on screen.
    [project] = read_text(_laid_out(in_characters), "laid_out.txt").projects
    got = [(i.level2, i.level3, i.target, i.actual, i.score, i.deviation)
           for i in project.indicators]
    assert got == [
        ("数量指标", "新建集中供水工程", "≥12处", "12处", 20.0, None),
        ("时效指标", "工程完工时间", "2025年11月底前", "2025年10月底前", 18.0, None),
        ("社会效益指标", "受益人口覆盖率", "≥95%", "93%", 25.0,
         "两处管网因雨季延期,已于次年补建完成"),
        ("服务对象满意度指标", "群众满意度", "≥90%", "94%", 30.0, None),
    ]


def test_weight_and_score_run_together_in_a_self_evaluation() -> None:
    # No separators at all: each row's 分值 and 得分 glue into one number (`2018` is 20 and
    # 18), a reason glued after them starts with a unit's character (个别), a text target met
    # as set is printed twice, and the total 100 runs into the score 98.
    text = ("项目支出绩效自评表（2025年度）项目名称基层气象观测站升级改造主管部门某市气象局"
            "实施单位某市气象探测中心一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "偏差原因分析及改进措施产出指标数量指标升级自动气象站≥40个38个2018个别站点选址调整"
            "，延至次年完成质量指标观测数据到报率≥98%99%2020效益指标可持续影响指标"
            "气象灾害预警服务机制逐步健全逐步健全3030满意度指标服务对象满意度指标"
            "用户满意度≥85%90%3030总分10098\n")
    report = read_text(text, "glued.txt")
    assert report.errors == [] and report.unread == []
    [project] = report.projects
    assert project.total_score == 98.0
    got = [(i.level2, i.level3, i.target, i.actual, i.weight, i.score, i.deviation)
           for i in project.indicators]
    assert got == [
        ("数量指标", "升级自动气象站", "≥40个", "38个", 20.0, 18.0, "个别站点选址调整,延至次年完成"),
        ("质量指标", "观测数据到报率", "≥98%", "99%", 20.0, 20.0, None),
        ("可持续影响指标", "气象灾害预警服务机制", "逐步健全", "逐步健全", 30.0, 30.0, None),
        ("服务对象满意度指标", "用户满意度", "≥85%", "90%", 30.0, 30.0, None),
    ]


def test_table_printed_column_by_column_with_its_labels() -> None:
    # PDF text without layout, one line per column: every 一级 label once, every 二级 label
    # once, then all names, then all values. The labels' runs of rows are read back from
    # what the names and values say, in order, each label over at least one row.
    text = "\n".join([
        "2025年度项目支出绩效目标表",
        "项目名称 城区园林绿化养护 主管部门 某市城市管理局 实施单位 某市园林绿化中心",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 效益指标 满意度指标",
        "数量指标 质量指标 时效指标 社会效益指标 可持续影响指标 服务对象满意度指标",
        "养护绿地面积 补植乔灌木株数 苗木成活率 养护作业完成时间 市民休闲游憩便利度 绿化长效管护机制 市民满意度",
        "≥120万平方米 ≥5000株 ≥95% 2025年12月底前 明显提升 持续健全 ≥90%",
    ]) + "\n"
    report = read_text(text, "columnwise.txt")
    assert report.errors == [] and report.unread == []
    [project] = report.projects
    assert (project.name, project.unit) == ("城区园林绿化养护", "某市园林绿化中心")
    got = [(i.level1, i.level2, i.level3, i.target) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护绿地面积", "≥120万平方米"),
        ("产出指标", "数量指标", "补植乔灌木株数", "≥5000株"),
        ("产出指标", "质量指标", "苗木成活率", "≥95%"),
        ("产出指标", "时效指标", "养护作业完成时间", "2025年12月底前"),
        ("效益指标", "社会效益指标", "市民休闲游憩便利度", "明显提升"),
        ("效益指标", "可持续影响指标", "绿化长效管护机制", "持续健全"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ]


def test_column_runs_follow_the_cues_of_names_and_values() -> None:
    from jixiao.kg.reader.columnwise import align

    rows = [("新建充电桩", "≥200个"), ("改造停车泊位", "≥800个"), ("设备验收合格率", "100%"),
            ("建成投用时间", "2026年6月底前"), ("单桩建设补助标准", "≤0.8万元/个")]
    labels = ["数量指标", "质量指标", "时效指标", "成本指标"]
    assert align(rows, labels) == [0, 0, 1, 2, 3]
    # Fewer rows than labels: no reading.
    assert align(rows[:3], labels) is None


def test_neighbouring_columns_one_space_apart_in_laid_out_text() -> None:
    # Laid-out text puts only one space between cells that come close: two labels, a target
    # and its actual value, a label and a name. Each word is still its own cell.
    lines = [{2: "项目支出绩效自评表"}, {0: "项目名称", 2: "城乡居民健康档案管理"},
             {0: "主管部门", 2: "某区卫生健康局", 4: "实施单位", 5: "某区疾控中心"}, {},
             {0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "年度指标值", 4: "实际完成值",
              5: "分值", 6: "得分"},
             {0: "产出指标 数量指标", 2: "规范建档人数", 3: "≥4.2万人", 4: "4.3万人", 5: "30", 6: "30"},
             {1: "时效指标", 2: "档案更新完成时间", 3: "2025年11月底前 2025年12月中旬", 5: "20",
              6: "15"},
             {0: "效益指标", 1: "社会效益指标 电子档案动态使用率", 3: "≥60%", 4: "64%", 5: "30",
              6: "30"},
             {0: "满意度指标", 1: "服务对象满意度指标", 2: "签约居民满意度", 3: "≥90%", 4: "92%",
              5: "20", 6: "20"}]
    report = read_text("\n".join(_laid_out_line(c) for c in lines) + "\n", "spaced.txt")
    [project] = report.projects
    got = [(i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score)
           for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "规范建档人数", "≥4.2万人", "4.3万人", 30.0, 30.0),
        ("产出指标", "时效指标", "档案更新完成时间", "2025年11月底前", "2025年12月中旬", 20.0, 15.0),
        ("效益指标", "社会效益指标", "电子档案动态使用率", "≥60%", "64%", 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "92%", 20.0, 20.0),
    ]


def test_rubric_with_points_labels_run_into_names_and_scores_on_the_next_line() -> None:
    # PDF text of a scoring table: `项目决策(15 分)项目立项(6 分)立项依据充分性` on one line,
    # its 分值 and 得分 at the start of the next; points cut at a line break; the targets glued
    # to the names although the header names no target column.
    text = "\n".join([
        "某县2024年乡镇综合文化站免费开放补助项目绩效自评",
        "二、绩效自评得分表",
        "一级指标 二级指标 三级指标 分值 得分 项目决策(15 分)项目立项(6 分)立项依据充分性",
        "3 3 立项程序规范性",
        "3 3 绩效目标(4",
        "分) 绩效目标合理性",
        "4 4 项目过程(25 分)资金管理(15",
        "分)资金到位率",
        "8 8 资金使用合规性",
        "7 6 项目产出(40 分)产出数量(20 分)免费开放文化站数量≥35个",
        "20 20 产出时效(20 分)开放服务完成时间2024年12月底前",
        "20 18 项目效益(20 分)项目效益(20 分)群众文化活动参与人次≥8万人次",
        "20 20 总分 100 95",
    ]) + "\n"
    report = read_text(text, "rubric_lines.txt")
    [project] = report.projects
    got = [(i.level1, i.level2, i.level3, i.target, i.weight, i.score) for i in project.indicators]
    assert got == [
        ("决策指标", "项目立项", "立项依据充分性", None, 3.0, 3.0),
        ("决策指标", "项目立项", "立项程序规范性", None, 3.0, 3.0),
        ("决策指标", "绩效目标", "绩效目标合理性", None, 4.0, 4.0),
        ("过程指标", "资金管理", "资金到位率", None, 8.0, 8.0),
        ("过程指标", "资金管理", "资金使用合规性", None, 7.0, 6.0),
        ("产出指标", "产出数量", "免费开放文化站数量", "≥35个", 20.0, 20.0),
        ("产出指标", "产出时效", "开放服务完成时间", "2024年12月底前", 20.0, 18.0),
        ("效益指标", "项目效益", "群众文化活动参与人次", "≥8万人次", 20.0, 20.0),
    ]


def test_signature_run_into_the_last_target() -> None:
    # The filer's line runs into the last row: `≥92%填报人：某某联系电话：…` ends the table.
    text = (TITLE + "".join(k + v for k, v in HEAD) + "".join(HEADER)
            + "".join("".join(r) for r in ROWS) + "填报人：周明远联系电话：0371-5550123\n")
    report = read_text(text, "signed.txt")
    [project] = report.projects
    assert [(i.level3, i.target) for i in project.indicators][-1] == ("参训人员满意度", "≥90%")
    assert project.extra == {"填报人": "周明远", "联系电话": "0371-5550123"}


def test_centred_labels_over_even_blocks_and_a_two_line_heading() -> None:
    # pdftotext -layout of a declaration: the category headings printed over two lines
    # (一级 / 指标), labels centred on their blocks — on the upper middle row of an even block —
    # and a block edge that the positions leave open but the rows' values settle (a count).
    lines = [{2: "项目支出绩效目标表"}, {0: "项目名称", 2: "老城区雨污分流改造"},
             {0: "主管部门", 2: "某县住房和城乡建设局", 4: "实施单位", 5: "某县排水管理所"}, {},
             {0: "一级", 1: "二级"}, {2: "三级指标", 3: "指标值"}, {0: "指标", 1: "指标"},
             {2: "新建污水收集管网长度", 3: "≥18公里"},
             {1: "数量指标", 2: "新增雨水排放口整治", 3: "≥40处"},
             {0: "产出指标", 2: "改造提升泵站", 3: "≥6座"},
             {1: "质量指标", 2: "出水水质达标率", 3: "≥95%"},
             {2: "管网闭水试验合格率", 3: "100%"},
             {1: "时效指标", 2: "工程完工时间", 3: "2025年10月底前"},
             {0: "效益指标", 1: "生态效益指标", 2: "污水集中收集率", 3: "≥70%"},
             # The wrapped label's first line one space before the name.
             {0: "满意度指标", 1: "服务对象满 沿线居民满意度", 3: "≥90%"}, {1: "意度指标"}]
    report = read_text("\n".join(_laid_out_line(c, WIDE_X) for c in lines) + "\n", "centred.txt")
    [project] = report.projects
    got = [(i.level1, i.level2, i.level3) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "新建污水收集管网长度"),
        ("产出指标", "数量指标", "新增雨水排放口整治"),
        ("产出指标", "数量指标", "改造提升泵站"),
        ("产出指标", "质量指标", "出水水质达标率"),
        ("产出指标", "质量指标", "管网闭水试验合格率"),
        ("产出指标", "时效指标", "工程完工时间"),
        ("效益指标", "生态效益指标", "污水集中收集率"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度"),
    ]


def test_rubric_row_named_like_a_category_with_its_weight_first() -> None:
    # 服务对象满意度 | 10 | ≥90%: a rubric row whose name is a category's name, its weight
    # printed before its target (not a category with its points).
    text = "\n".join([
        "2024年度项目支出绩效自评表", "项目名称\t城市道路桥梁巡检养护", "主管部门\t某市城市管理局",
        "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分",
        "产出\t产出数量\t巡检覆盖道路里程\t20\t≥300公里\t320公里\t20",
        "效益\t项目效益\t道路病害投诉下降率\t20\t≥10%\t12%\t18",
        "\t\t服务对象满意度\t10\t≥90%\t95%\t10",
    ]) + "\n"
    [project] = read_text(text, "rubric_tab.txt").projects
    got = [(i.level1, i.level2, i.level3, i.weight, i.target) for i in project.indicators]
    assert got == [
        ("产出指标", "产出数量", "巡检覆盖道路里程", 20.0, "≥300公里"),
        ("效益指标", "项目效益", "道路病害投诉下降率", 20.0, "≥10%"),
        ("效益指标", "项目效益", "服务对象满意度", 10.0, "≥90%"),
    ]


def test_template_placeholder_rows_are_not_indicators() -> None:
    # A form filled in from the blank template keeps its placeholder rows (指标2： / …… and
    # 指标1：/ / /): they are reported, not read as indicators.
    text = "\n".join([
        TITLE, "项目名称\t测试项目", "主管部门\t某局", "实施单位\t某中心", "\t".join(HEADER),
        "产出指标\t数量指标\t完成道路清扫面积\t≥120万平方米", "\t\t指标2：\t……",
        "效益指标\t经济效益指标\t指标1：\t/", "\t社会效益指标\t环境卫生达标率\t≥95%",
    ]) + "\n"
    report = read_text(text, "template.txt")
    [project] = report.projects
    assert [i.level3 for i in project.indicators] == ["完成道路清扫面积", "环境卫生达标率"]
    assert {"指标2:", "......", "指标1:", "/"} <= {u.text for u in report.unread}


def test_rubric_rows_named_like_categories_under_a_header_without_points() -> None:
    # 社会效益 | 可持续影响 | 服务对象满意度 as 三级 names of a rubric: the header has no
    # column for categories' points, so the number after them is the row's weight.
    text = "\n".join([
        "项目名称：乡村学校少年宫运行补助　主管部门：某县教育局",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评价要点 | 得分 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 产出 | 产出数量 | 活动开展完成率 | 20 | 开展活动场次/计划场次 | 19 |",
        "| 效益 | 项目效益 | 社会效益 | 10 | 学生课外活动参与情况 | 9 |",
        "|  |  | 可持续影响 | 5 | 长效运行机制建立情况 | 4 |",
        "|  |  | 服务对象满意度 | 5 | 学生和家长满意度调查结果 | 5 |",
    ]) + "\n"
    [project] = read_text(text, "rubric_pipe.md").projects
    got = [(i.level1, i.level2, i.level3, i.weight, i.score) for i in project.indicators]
    assert got == [
        ("产出指标", "产出数量", "活动开展完成率", 20.0, 19.0),
        ("效益指标", "项目效益", "社会效益", 10.0, 9.0),
        ("效益指标", "项目效益", "可持续影响", 5.0, 4.0),
        ("效益指标", "项目效益", "服务对象满意度", 5.0, 5.0),
    ]


def test_label_wrapped_after_its_unsuffixed_start_in_one_cell_per_line() -> None:
    # One cell per line from a web page: 服务对象 / 满意度指标 is one label wrapped in its
    # cell, though each line alone also reads as a label.
    cells = [TITLE, *[c for kv in HEAD for c in kv], *HEADER,
             "产出指标", "数量指标", "培训乡村医生人次", "≥600人次",
             "满意度指标", "服务对象", "满意度指标", "参训人员满意度", "≥90%"]
    [project] = read_text("\n".join(cells) + "\n", "wrapped_label.txt").projects
    got = [(i.level1, i.level2, i.level3, i.target) for i in project.indicators]
    assert got == [("产出指标", "数量指标", "培训乡村医生人次", "≥600人次"),
                   ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")]


def test_rubric_satisfaction_stays_under_its_printed_benefit_category() -> None:
    # The evaluation framework puts 服务对象满意度 under 效益: printed so, it stays there.
    text = "\n".join([
        "2024年度项目支出绩效自评表", "项目名称\t农村饮用水水源地保护", "主管部门\t某县生态环境局",
        "一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分",
        "产出\t产出数量\t划定水源保护区个数\t20\t≥12个\t12个\t20",
        "效益\t社会效益\t受益群众人数\t10\t≥5000人\t5200人\t10",
        "\t服务对象满意度\t受益群众满意度\t10\t≥90%\t93%\t10",
    ]) + "\n"
    [project] = read_text(text, "rubric_satisfaction.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("产出指标", "产出数量"), ("效益指标", "社会效益指标"), ("效益指标", "服务对象满意度指标")]


def test_row_label_printed_one_character_per_line_down_its_column() -> None:
    # 年度绩效指标 down a row-label column, one character at the start of each row's line.
    text = "\n".join([
        TITLE, "项目名称 城市社区图书分馆建设", "主管部门 某区文化和旅游局 实施单位 某区图书馆",
        "一级指标 二级指标 三级指标 指标值",
        "年 产出指标 数量指标 新建社区图书分馆 ≥8个",
        "度 新增馆藏图书册数 ≥3万册",
        "绩 质量指标 分馆验收合格率 100%",
        "效 效益指标 社会效益指标 年接待读者人次 ≥5万人次",
        "指 满意度指标 服务对象满意度指标 读者满意度 ≥90%",
        "标",
    ]) + "\n"
    [project] = read_text(text, "row_label.txt").projects
    assert [i.level3 for i in project.indicators] == [
        "新建社区图书分馆", "新增馆藏图书册数", "分馆验收合格率", "年接待读者人次", "读者满意度"]


def test_name_wrapped_onto_a_two_character_token_after_the_row_above() -> None:
    # PDF text, one token per line: a name's last two characters on a line of their own after
    # it, right after the row above's score (where a 偏差原因 could also stand).
    cells = ["2024年度项目支出绩效自评表", "项目名称", "家庭经济困难学生生活补助", "主管部门", "某县教育局",
             "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施",
             "产出指标", "数量指标", "资助家庭经济困难学生", "≥1200人", "1260人", "20", "20",
             "每生每年生活补助发放", "标准", "2500元", "2500元", "20", "20",
             "满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "95%", "20", "20"]
    [project] = read_text("\n".join(cells) + "\n", "tokens.txt").projects
    got = [(i.level3, i.target, i.deviation) for i in project.indicators]
    assert got == [("资助家庭经济困难学生", "≥1200人", None),
                   ("每生每年生活补助发放标准", "2500元", None),
                   ("受助学生满意度", "≥90%", None)]


def test_laid_out_page_without_its_header() -> None:
    # The second page of a laid-out self-evaluation: no header, category labels centred on
    # their blocks, a name shifted right by a long label beside it, a reason wrapped above
    # and below its row where the score column starts, then 总分.
    xs = (0, 10, 26, 56, 70, 84, 90)
    lines = [{2: "公共法律服务站点建设", 3: "≥42个", 4: "42个", 5: "10", 6: "10"},
             {1: "数量指标"},
             {2: "法律援助受理案件数", 3: "≥900件", 4: "936件", 5: "10", 6: "10"},
             {0: "产出指标", 1: "质量指标", 2: "法律援助案件结案率", 3: "≥95%", 4: "96%", 5: "10", 6: "10"},
             {6: "部分站点人员调整"},
             {1: "时效指标", 2: "站点建成投用时间", 3: "2024年9月底前", 4: "2024年10月中旬", 5: "10",
              6: "8"},
             {6: "导致投用推迟"},
             {0: "效益指标", 1: "社会效益指标", 2: "群众法律咨询解答率", 3: "≥98%", 4: "99%", 5: "20",
              6: "20"},
             {0: "满意度指标", 1: "服务对象满意度指标", 2: "受援群众满意度", 3: "≥90%", 4: "95%", 5: "20",
              6: "20"},
             {2: "总分", 5: "100", 6: "98"}]
    report = read_text("\n".join(_laid_out_line(c, xs) for c in lines) + "\n", "page2.txt")
    [project] = report.projects
    got = [(i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score)
           for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "公共法律服务站点建设", "≥42个", "42个", 10.0, 10.0),
        ("产出指标", "数量指标", "法律援助受理案件数", "≥900件", "936件", 10.0, 10.0),
        ("产出指标", "质量指标", "法律援助案件结案率", "≥95%", "96%", 10.0, 10.0),
        ("产出指标", "时效指标", "站点建成投用时间", "2024年9月底前", "2024年10月中旬", 10.0, 8.0),
        ("效益指标", "社会效益指标", "群众法律咨询解答率", "≥98%", "99%", 20.0, 20.0),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "95%", 20.0, 20.0),
    ]


def test_level1_labels_drawn_inside_their_blocks_middle_row_in_a_stream() -> None:
    # PDF text without layout of a 指标类型 / 指标名称 / 指标性质 / 指标值 / 计量单位 table:
    # each merged 一级 label comes out inside the middle row of its block, between the row's
    # name and its values.
    cells = ["项目名称", "城区供水管网改造", "主管部门", "某县水务局",
             "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重",
             "完成老旧管网改造长度", "≥", "15", "公里", "20",
             "新建加压泵站", "产出类指标", "≥", "3", "座", "20",
             "管网漏损率", "≤", "9", "%", "10",
             "受益居民覆盖率", "≥", "95", "%", "10",
             "供水保证率", "效益类指标", "≥", "98", "%", "15",
             "供水服务长效机制", "定性", "逐步健全", "无", "10",
             "用户满意度", "满意度类指标", "≥", "90", "%", "15"]
    [project] = read_text("\n".join(cells) + "\n", "stream.txt").projects
    got = [(i.level1, i.level3, i.target) for i in project.indicators]
    assert got == [
        ("产出指标", "完成老旧管网改造长度", "≥15公里"), ("产出指标", "新建加压泵站", "≥3座"),
        ("产出指标", "管网漏损率", "≤9%"), ("效益指标", "受益居民覆盖率", "≥95%"),
        ("效益指标", "供水保证率", "≥98%"), ("效益指标", "供水服务长效机制", "逐步健全"),
        ("满意度指标", "用户满意度", "≥90%"),
    ]


def test_fund_labels_with_their_amount_after_a_space_and_rubric_formulas() -> None:
    # `其中：财政拨款 860.00` in one cell is a label and its amount; 评价年度 gives the year;
    # a rubric's formula (实际到位资金/预算资金×100%) names labels without being cut at them.
    text = "\n".join([
        "项目名称：街道综合文化站提升改造　主管部门：某区文化和旅游局",
        "评价年度：2024年度　　预算资金：980万元",
        "| 项目资金（万元） | 资金总额：980 | 其中：财政拨款 860.00 | 其他资金 120 |",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 得分 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 过程 | 资金管理 | 资金到位率 | 10 | 实际到位资金/预算资金×100% | 10 |",
        "| 产出 | 产出数量 | 改造文化站个数 | 20 | 完成改造的文化站/计划数 | 18 |",
    ]) + "\n"
    [project] = read_text(text, "funds.md").projects
    assert project.year == 2024
    assert (project.funds.total, project.funds.fiscal, project.funds.other) == (
        9800000.0, 8600000.0, 1200000.0)
    got = [(i.level3, i.weight, i.extra.get("指标解释")) for i in project.indicators]
    assert got == [("资金到位率", 10.0, "实际到位资金/预算资金×100%"),
                   ("改造文化站个数", 20.0, "完成改造的文化站/计划数")]


def test_budget_and_execution_labels_around_their_block_label_and_a_sum_note() -> None:
    # A self-evaluation's head from PDF text: 全年预算数（A）, the block's label, 全年执行数（B）,
    # the note defining A (上年结转+年初预算+…), then both amounts on one line.
    cells = ["2024年度项目支出绩效自评表", "项目名称", "城市公园绿地养护", "项目主管部门", "某区城市管理局",
             "全年预算数（A）", "项目预算执行情况", "全年执行数（B）",
             "（上年结转+年初预算+本年追加追减预算）", "（万元）", "850 812.4",
             "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值",
             "数量指标", "养护公园绿地面积", "≥", "120", "万平方米", "50", "121"]
    [project] = read_text("\n".join(cells) + "\n", "cq_head.txt").projects
    assert (project.funds.total, project.funds.executed) == (8500000.0, 8124000.0)


def test_category_labels_that_say_target_instead_of_indicator() -> None:
    # Some templates name the categories 产出目标 / 数量目标 / 满意度目标 (目标 for 指标).
    text = "\n".join([
        "项目名称\t城区公共自行车系统运维", "主管部门\t某市交通运输局",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出目标\t数量目标\t运维公共自行车站点数\t≥260个",
        "\t时效目标\t故障车辆修复时限\t≤48小时",
        "效益目标\t社会效益目标\t日均骑行人次\t≥1.5万人次",
        "满意度目标\t服务对象满意度目标\t骑行市民满意度\t≥88%",
    ]) + "\n"
    [project] = read_text(text, "targets.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "运维公共自行车站点数"),
        ("产出指标", "时效指标", "故障车辆修复时限"),
        ("效益指标", "社会效益指标", "日均骑行人次"),
        ("满意度指标", "服务对象满意度指标", "骑行市民满意度")]


def test_letter_spaced_labels_in_laid_out_text() -> None:
    # A PDF justifies narrow cells: 产 出 指 标, 三 级 指 标 come out with a space per character.
    rows = [("一 级 指 标", "二 级 指 标", "三 级 指 标", "指 标 值"),
            ("产 出 指 标", "数 量 指 标", "新建村级快递服务点", "≥75个"),
            ("", "质 量 指 标", "快件投递准确率", "≥99%"),
            ("效 益 指 标", "经 济 效 益 指 标", "农产品网销额增长率", "≥12%")]
    lines = ["项 目 名 称      县域快递物流体系建设", "主 管 部 门      某县商务局"]
    lines += ["".join(f"{c:<{w}}" for c, w in zip(r, (16, 20, 24, 10), strict=True)).rstrip()
              for r in rows]
    [project] = read_text("\n".join(lines) + "\n", "spaced.txt").projects
    assert project.name == "县域快递物流体系建设"
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "新建村级快递服务点", "≥75个"),
        ("产出指标", "质量指标", "快件投递准确率", "≥99%"),
        ("效益指标", "经济效益指标", "农产品网销额增长率", "≥12%")]


def test_a_running_number_column_is_not_part_of_the_name() -> None:
    text = "\n".join([
        "| 项目名称 | 社区嵌入式托育点建设 | 主管部门 | 某区卫生健康委员会 |",
        "| 序号 | 指标类型 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | 数量指标 | 新建托育点个数 | ≥ | 9 | 个 | 30 |",
        "| 2 | 质量指标 | 托育点备案通过率 | = | 100 | % | 30 |",
        "| 3 | 服务对象满意度指标 | 入托家庭满意度 | ≥ | 92 | % | 40 |",
    ]) + "\n"
    [project] = read_text(text, "seq.md").projects
    assert [(i.level3, i.target, i.weight) for i in project.indicators] == [
        ("新建托育点个数", "≥9个", 30.0), ("托育点备案通过率", "=100%", 30.0),
        ("入托家庭满意度", "≥92%", 40.0)]


def test_points_printed_in_an_indicator_label_are_its_weight() -> None:
    # A rubric from PDF text: every label carries its points, the number after a 三级 is its score.
    text = ("一级指标 二级指标 三级指标 得分 决策(30分) 项目立项(30分) 立项论证充分性(18分) 17 "
            "立项审批规范性(12分) 12 产出(70分) 产出数量(70分) 改造窨井盖完成率(70分) 63 总分 92\n")
    [project] = read_text("项目名称：老旧窨井盖更换\n" + text, "points.txt").projects
    assert [(i.level1, i.level3, i.weight, i.score) for i in project.indicators] == [
        ("决策指标", "立项论证充分性", 18.0, 17.0), ("决策指标", "立项审批规范性", 12.0, 12.0),
        ("产出指标", "改造窨井盖完成率", 70.0, 63.0)]


def test_level_one_names_in_a_centred_type_column() -> None:
    # pdftotext -layout, 指标类型 holding 产出指标 / 效益指标 / 满意度指标, each vertically
    # centred in its block: 满意度指标 there is the last block's level 1, not a level 2 of all.
    widths = (12, 24, 10, 8, 10, 8)
    def line(cells: tuple[str, ...]) -> str:
        out = ""
        for cell, w in zip(cells, widths, strict=True):
            out += cell + " " * max(w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell), 2)
        return out.rstrip()
    rows = [("指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"),
            ("", "维修农村公益性公墓", "≥", "14", "处", "30"),
            ("产出指标", "公墓维修验收合格率", "=", "100", "%", "20"),
            ("", "维修资金拨付及时率", "≥", "95", "%", "10"),
            ("效益指标", "群众祭扫安全事故数", "=", "0", "起", "20"),
            ("满意度指标", "祭扫群众满意度", "≥", "90", "%", "20")]
    text = "项目名称    农村公益性公墓维修\n" + "\n".join(line(r) for r in rows) + "\n"
    [project] = read_text(text, "centred_type.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("产出指标", None), ("产出指标", None), ("产出指标", None), ("效益指标", None),
        ("满意度指标", None)]


def test_rubric_as_an_outline_in_one_column() -> None:
    # One cell per line: the 评价指标 column holds the tree as numbered labels with their points,
    # each followed by its 分值 (and, for 三级, 得分 and 评分说明).
    cells = ["项目名称", "乡镇污水处理站运营", "评价指标", "分值", "得分", "评分说明",
             "一、决策（10分）", "10", "", "",
             "（一）项目立项（10分）", "10", "", "",
             "1.立项依据充分性", "10", "9", "依据文件未及时更新",
             "二、产出（90分）", "90", "", "",
             "（二）产出数量（90分）", "90", "", "",
             "2.污水处理量达标率", "50", "50", "",
             "3.设施运行天数完成率", "40", "36", "停电检修"]
    [project] = read_text("\n".join(cells) + "\n", "outline.txt").projects
    assert [(i.level1, i.level2, i.level3, i.weight, i.score) for i in project.indicators] == [
        ("决策指标", "项目立项", "立项依据充分性", 10.0, 9.0),
        ("产出指标", "产出数量", "污水处理量达标率", 50.0, 50.0),
        ("产出指标", "产出数量", "设施运行天数完成率", 40.0, 36.0)]


def test_headers_of_a_single_category_column_self_evaluation() -> None:
    text = "\n".join([
        "项目名称\t山洪灾害监测预警运维", "主管部门\t某县水利局",
        "指标类别\t具体指标\t预期值\t实际值\t分值\t得分\t偏差说明",
        "数量\t维护自动雨量站点数\t≥48个\t48个\t40\t40",
        "质量\t预警信息发布准确率\t≥98%\t97%\t30\t29\t一次误报",
        "社会效益\t山洪灾害人员伤亡数\t0人\t0人\t30\t30",
    ]) + "\n"
    [project] = read_text(text, "category_column.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target, i.actual, i.score, i.deviation)
            for i in project.indicators] == [
        ("产出指标", "数量指标", "维护自动雨量站点数", "≥48个", "48个", 40.0, None),
        ("产出指标", "质量指标", "预警信息发布准确率", "≥98%", "97%", 29.0, "一次误报"),
        ("效益指标", "社会效益指标", "山洪灾害人员伤亡数", "0人", "0人", 30.0, None)]


def test_self_evaluation_on_one_line_with_weight_before_target() -> None:
    text = ("项目支出绩效自评表 项目名称 农村学校饮水设备更新 主管部门 某县教育局 绩效指标 一级指标 二级指标 "
            "三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施 产出指标(50分) 数量指标 "
            "更新净水设备台数 30 ≥120台 112台 28 部分学校校舍改造延期 质量指标 设备验收合格率 20 100% 100% 20 "
            "总分 48\n")
    [project] = read_text(text, "one_line.txt").projects
    assert [(i.level3, i.weight, i.target, i.actual, i.score, i.deviation)
            for i in project.indicators] == [
        ("更新净水设备台数", 30.0, "≥120台", "112台", 28.0, "部分学校校舍改造延期"),
        ("设备验收合格率", 20.0, "100%", "100%", 20.0, None)]


def test_word_paragraph_with_fields_spaced_apart_and_a_signature_after_the_table(tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("项目名称：河道保洁市场化服务")
    document.add_paragraph("主管部门：某区水务局        实施单位：某区河道管理所")
    table = document.add_table(rows=3, cols=3)
    for r, cells in enumerate([("二级指标", "三级指标", "指标值"),
                               ("数量指标", "保洁河道长度", "≥86公里"),
                               ("服务对象满意度指标", "沿河居民满意度", "≥90%")]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("填表人：周宁    联系电话：0571-88990011")
    path = tmp_path / "fields.docx"
    document.save(path)
    [project] = read_bytes(path.read_bytes(), path.name).projects
    assert (project.department, project.unit) == ("某区水务局", "某区河道管理所")
    assert [i.level3 for i in project.indicators] == ["保洁河道长度", "沿河居民满意度"]


def test_satisfaction_under_a_printed_benefit_label_or_under_none() -> None:
    # Older templates print 服务对象满意度指标 as a level 2 under 效益指标: kept there. With no
    # level-1 column, 服务对象满意度 after 社会效益 is under the 满意度指标 it implies.
    printed = "\n".join([
        "项目名称\t社区矫正教育帮扶", "一级指标\t二级指标\t三级指标\t指标值",
        "效益指标\t社会效益指标\t矫正对象再犯罪率\t≤0.2%",
        "\t服务对象满意度指标\t帮扶对象满意度\t≥90%",
    ]) + "\n"
    implied = "\n".join([
        "项目名称\t社区矫正教育帮扶", "指标类别\t具体指标\t预期值",
        "社会效益\t矫正对象再犯罪率\t≤0.2%", "服务对象满意度\t帮扶对象满意度\t≥90%",
    ]) + "\n"
    for text, level1 in ((printed, "效益指标"), (implied, "满意度指标")):
        [project] = read_text(text, "satisfaction.txt").projects
        assert [(i.level1, i.level2) for i in project.indicators] == [
            ("效益指标", "社会效益指标"), (level1, "服务对象满意度指标")]


def test_row_lines_with_labels_on_their_blocks_middle_rows() -> None:
    # PDF text one row per line, merged labels vertically centred: 数量指标 on the second of its
    # three rows, 产出指标 on the third (the middle of its five).
    text = "\n".join([
        "项目名称 城乡居民健康档案管理", "一级指标 二级指标 三级指标 指标值",
        "建立电子健康档案人数 ≥42万人",
        "数量指标 档案动态更新人数 ≥30万人",
        "产出指标 开展健康随访人次 ≥8万人次",
        "质量指标 档案信息准确率 ≥95%",
        "时效指标 档案更新及时率 ≥90%",
        "满意度指标 服务对象满意度指标 签约居民满意度 ≥90%",
    ]) + "\n"
    [project] = read_text(text, "centred_rows.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "数量指标"),
        ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("满意度指标", "服务对象满意度指标")]


def test_fund_label_after_a_colon_of_its_own() -> None:
    text = "\n".join([
        "| 项目名称 | 农村应急广播维护 | 主管部门 | 某县文化广电局 |",
        "|---|---|---|---|",
        "| 项目资金（万元） | 年度资金总额：96 | 其中：财政拨款：90 | 其他资金：6 |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 维护应急广播终端数 | ≥1300个 |",
    ]) + "\n"
    [project] = read_text(text, "among.md").projects
    assert (project.funds.total, project.funds.fiscal, project.funds.other) == (
        960000.0, 900000.0, 60000.0)


def test_type_cell_naming_both_levels_in_a_spreadsheet(tmp_path) -> None:
    # Chongqing XLSX: 指标类型 printed as 一级-二级 in one cell, 指标性质 定量/定性 with the sign in
    # 指标值; every row gets both levels.
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "社区体育设施更新"])
    ws.append(["主管部门", "某区体育局"])
    ws.append(["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"])
    ws.append(["产出指标-数量指标", "更新健身路径数量", "定量", "≥36", "套", 20])
    ws.append(["产出指标—质量指标", "器材安装验收合格率", "定量", "＝100%", None, 20])
    ws.append(["效益指标/社会效益指标", "居民日常健身参与率提高", "定性", "有所提高", None, 30])
    ws.append(["满意度指标-服务对象满意度指标", "健身群众满意度", "定量", "≥90%", None, 30])
    path = tmp_path / "cq_pair.xlsx"
    wb.save(path)
    [project] = read_bytes(path.read_bytes(), str(path)).projects
    assert [(i.level1, i.level2, i.target, i.weight) for i in project.indicators] == [
        ("产出指标", "数量指标", "≥36套", 20.0), ("产出指标", "质量指标", "=100%", 20.0),
        ("效益指标", "社会效益指标", "有所提高", 30.0),
        ("满意度指标", "服务对象满意度指标", "≥90%", 30.0)]


def test_laid_out_cells_a_column_off_their_header_go_by_what_they_are() -> None:
    # PyMuPDF sorted text: centred cells of narrow columns land a character or two right of
    # their headers (定量 under 指标值, ≥26 under 计量单位); the row is read by content too.
    text = "\n".join([
        "   项目名称       社区老年食堂建设补助       主管部门       某区民政局",
        "",
        "    指标类型              指标名称          指标性质     指标值     计量单位  指标权重",
        "",
        "  产出指标-数量指标       新建社区老年食堂数量       定量      ≥26      个     40",
        "",
        "  产出指标-质量指标         食品安全抽检合格率         定量      =100%          30",
        "",
        "满意度指标-服务对象满意度",
        "                     就餐老人满意度          定量      ≥92%           30",
        "     指标",
    ]) + "\n"
    [project] = read_text(text, "shifted.txt").projects
    assert [(i.level2, i.level3, i.target, i.weight) for i in project.indicators] == [
        ("数量指标", "新建社区老年食堂数量", "≥26个", 40.0), ("质量指标", "食品安全抽检合格率", "=100%", 30.0),
        ("服务对象满意度指标", "就餐老人满意度", "≥92%", 30.0)]


def test_rubric_labels_with_points_in_laid_out_text() -> None:
    # PyMuPDF sorted text of a rubric: 决策（20分） / 项目立项（10分） labels with their points,
    # centred in their merged blocks (on a line of their own), and the two levels of a
    # one-row block run together (过程（20分）资金管理（20分）).
    text = "\n".join([
        "项目名称      街道综合文化站运行补助",
        " 一级指标    二级指标           三级指标       分值      评分标准        得分",
        "                          立项依据充分性      5      依据充分得5分      5",
        "决策（10分） 项目立项（10分）",
        "                          立项程序规范性      5      程序规范得5分      4",
        "过程（20分）资金管理（20分）   预算执行率     20     执行率×20分       19",
    ]) + "\n"
    [project] = read_text(text, "rubric_layout.txt").projects
    assert [(i.level1, i.level2, i.level3, i.weight, i.score) for i in project.indicators[:2]] == [
        ("决策指标", "项目立项", "立项依据充分性", 5.0, 5.0),
        ("决策指标", "项目立项", "立项程序规范性", 5.0, 4.0)]
    # The run-together pair gives its level 1 (its level 2 is not read yet: both labels stand
    # in the level-1 column).
    last = project.indicators[2]
    assert (last.level1, last.level3, last.weight, last.score) == ("过程指标", "预算执行率", 20.0, 19.0)


def test_criteria_wrapped_around_its_row_line_in_pdf_text() -> None:
    # pdfplumber text of a Chongqing self-evaluation: each 评价标准 cell wrapped, its first part
    # on the line above the row's line and the rest below; merged 指标类型 labels on lines of
    # their own. Names stay names, the rule is the row's 评价标准.
    rule_a, rule_b = "完成目标值得满分，未完成按比", "例得分"
    lines = ["2024年度项目支出绩效自评表", "项目名称 老旧小区电梯加装补助",
             "指标类型 指标名称 指标性质 指标值 计量单位 指标权重 全年完成值 评价标准"]
    for label, row in [("产出指标", "加装电梯台数 ≥ 40 台 30 42"), (None, "电梯验收合格率 = 100 % 30 100"),
                       ("效益指标", "受益住户数 ≥ 800 户 20 860"),
                       ("满意度指标", "住户满意度 ≥ 90 % 20 95")]:
        lines += [rule_a, row, rule_b]
        if label:
            lines.append(label)
    [project] = read_text("\n".join(lines) + "\n", "wrapped_rule.txt").projects
    assert [(i.level3, i.target, i.actual, i.weight) for i in project.indicators] == [
        ("加装电梯台数", "≥40台", "42", 30.0), ("电梯验收合格率", "=100%", "100", 30.0),
        ("受益住户数", "≥800户", "860", 20.0), ("住户满意度", "≥90%", "95", 20.0)]
    assert all(i.extra.get("评价标准") == "完成目标值得满分,未完成按比例得分" for i in project.indicators)


def test_type_column_labels_at_their_blocks_top_in_drawing_order() -> None:
    # PyMuPDF plain text (one cell per line in drawing order): a 数量指标 row of its own, then
    # 产出类指标 / 效益类指标 / 满意度类指标 / 管理类指标 each printed at the top of its merged block.
    rule = "达到目标值得满分"
    rows = [("数量指标", "保障对象人数", "≥", "5200", "人", "10", "5310"),
            ("产出类指标", "资金发放准确率", "=", "100", "%", "10", "100"),
            ("", "资金按月发放率", "=", "100", "%", "10", "100"),
            ("", "对象信息核查覆盖率", "≥", "95", "%", "10", "98"),
            ("效益类指标", "困难群众基本生活保障率", "=", "100", "%", "10", "100"),
            ("", "对象动态调整及时率", "≥", "95", "%", "10", "97"),
            ("满意度类指标", "保障对象满意度", "≥", "90", "%", "10", "94"),
            ("管理类指标", "预算执行率", "≥", "90", "%", "10", "96%"),
            ("", "资金使用合规性", "无", "合规", "无", "10", "合规"),
            ("", "管理制度健全性", "无", "健全", "无", "10", "健全")]
    cells = ["项目名称", "城乡低保资金发放", "指标类型", "指标名称", "指标", "性质", "指标值", "计量",
             "单位", "指标", "权重", "全年", "完成值", "评价标准"]
    for row in rows:
        cells += [c for c in row if c] + [rule]
    [project] = read_text("\n".join(cells) + "\n", "drawing_order.txt").projects
    assert [i.level1 for i in project.indicators] == [
        "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标",
        "管理类指标", "管理类指标", "管理类指标"]
    assert project.indicators[0].level2 == "数量指标"


def test_short_label_after_a_deadline_starts_the_next_row() -> None:
    # PDF text one row per line with short level-2 labels: 成本 after a row that ends in a
    # deadline (…12月底前) is the next row's category, not the tail of a name.
    text = "\n".join([
        "项目名称 乡镇污水管网维护", "一级指标 二级指标 三级指标 指标值",
        "产出 数量 维护污水管网长度 ≥85公里",
        "时效 管网巡检完成时间 2025年12月底前",
        "成本 单公里维护成本 ≤1.2万元",
        "效益 生态效益 污水收集率提高 ≥3个百分点",
    ]) + "\n"
    [project] = read_text(text, "deadline_label.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "维护污水管网长度"), ("产出指标", "时效指标", "管网巡检完成时间"),
        ("产出指标", "成本指标", "单公里维护成本"), ("效益指标", "生态效益指标", "污水收集率提高")]


def test_rubric_level_two_labels_centred_in_text_without_positions() -> None:
    # pdfplumber plain text of a rubric: merged 二级 labels printed on their blocks' middle line
    # (after the block's first row), so the first rows come before any level-2 label.
    text = "\n".join([
        "项目名称 社区卫生服务能力提升",
        "一级指标 二级指标 三级指标 分值 评分标准 得分",
        "立项依据充分性 4 依据充分得4分 4",
        "项目立项（8分）",
        "立项程序规范性 4 程序规范得4分 3",
        "决策（14分）",
        "绩效目标合理性 3 目标合理得3分 3",
        "绩效目标（6分）",
        "绩效指标明确性 3 指标明确得3分 2",
        "资金到位率 5 到位率×5分 5",
        "资金管理（10分）",
        "过程（10分）",
        "预算执行率 5 执行率×5分 4.5",
    ]) + "\n"
    [project] = read_text(text, "rubric_centred.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("决策指标", "项目立项"), ("决策指标", "项目立项"), ("决策指标", "绩效目标"),
        ("决策指标", "绩效目标"), ("过程指标", "资金管理"), ("过程指标", "资金管理")]


def _padded(rows: list[list[str]], widths: list[int]) -> str:
    """Cells padded to fixed display widths (pdftotext -layout), CJK two columns wide."""
    def pad(cell: str, w: int) -> str:
        return cell + " " * max(w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell), 2)
    return "\n".join("".join(pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows) + "\n"


def test_type_column_mixing_both_levels_centred_on_continuation_lines() -> None:
    # pdftotext -layout of a Chongqing self-evaluation: one 数量指标 row, then merged
    # 产出类指标 / 效益类指标 blocks whose labels sit on the wrapped lines of names and rules.
    # Each row is under exactly one label of the one category column.
    rule_a, rule_b = "完成目标得满分，未完成按", "比例得分"
    rows = [["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准"],
            ["数量指标", "改造公共厕所座数", "≥", "30", "座", "20", "31", rule_a],
            ["", "", "", "", "", "", "", rule_b],
            ["", "厕所保洁达标", "≥", "95", "%", "20", "97", rule_a],
            ["产出类指标", "率", "", "", "", "", "", rule_b],
            ["", "改造工程验收合格率", "=", "100", "%", "20", "100", rule_a],
            ["", "", "", "", "", "", "", rule_b],
            ["", "群众如厕条件改善", "定性", "明显改善", "", "20", "明显改善", rule_a],
            ["效益类指标", "", "", "", "", "", "", rule_b],
            ["", "周边群众满意度", "≥", "90", "%", "20", "93", rule_a],
            ["", "", "", "", "", "", "", rule_b]]
    text = "2024年度项目支出绩效自评表\n项目名称    城区公厕改造提升\n" + \
        _padded(rows, [14, 22, 10, 10, 10, 10, 12, 26])
    [project] = read_text(text, "type_mixed_layout.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "改造公共厕所座数"), ("产出指标", None, "厕所保洁达标率"),
        ("产出指标", None, "改造工程验收合格率"), ("效益指标", None, "群众如厕条件改善"),
        ("效益指标", None, "周边群众满意度")]
    assert [i.extra.get("评价标准") for i in project.indicators] == ["完成目标得满分,未完成按比例得分"] * 5


@pytest.mark.parametrize("empty", ["", " "])
def test_name_spelt_like_a_label_after_the_type_label_one_cell_per_line(empty: str) -> None:
    # One cell per line (Word table copied as text): a 满意度类指标 block whose row is named
    # 服务对象满意度 — a level-2 label's wording — after a row ending in its 评价标准 sentence.
    # With one 指标类型 column a second label cell before the values is the row's name, and
    # the sentence before the labels stays the previous row's rule.
    rule = "达到目标得满分，未达到按比例得分"
    header = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准"]
    rows = [["效益类指标", "困难群众生活改善", "定性", "明显改善", empty, "20", "明显改善", rule],
            ["满意度类指标", "服务对象满意度", "≥", "90", "%", "20", "95", rule]]
    cells = ["2024年度项目支出绩效自评表", "项目名称", "临时救助资金", *header]
    for r in rows:
        cells += r
    [project] = read_text("\n".join(cells) + "\n", "label_named_row.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target, i.actual) for i in project.indicators] == [
        ("效益指标", None, "困难群众生活改善", "明显改善", "明显改善"),
        ("满意度指标", None, "服务对象满意度", "≥90%", "95")]
    assert [i.extra.get("评价标准") for i in project.indicators] == ["达到目标得满分,未达到按比例得分"] * 2


def test_wrapped_rule_before_the_next_block_label_in_token_per_line_text() -> None:
    # PDF text without layout, long cells broken: a 评价标准 cut in two (`…，未达到按` / `完成比例得分或不得分`)
    # right before the next block's label, whose row is named like a label. The rule's second
    # part is its end, not the next row's name printed above its labels.
    header = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准"]
    cells = ["2024年度项目支出绩效自评表", "项目名称", "临时救助资金", *header,
             "效益类指标", "困难群众生活改善", "定性", "明显改善", "20", "明显改善",
             "达到目标得满分，未达到按", "完成比例得分或不得分",
             "满意度类指标", "服务对象满意度", "≥", "90", "%", "20", "95",
             "达到目标得满分，未达到按", "完成比例得分或不得分"]
    [project] = read_text("\n".join(cells) + "\n", "rule_before_label.txt").projects
    assert [(i.level1, i.level3, i.target) for i in project.indicators] == [
        ("效益指标", "困难群众生活改善", "明显改善"), ("满意度指标", "服务对象满意度", "≥90%")]
    assert [i.extra.get("评价标准") for i in project.indicators] == ["达到目标得满分,未达到按完成比例得分或不得分"] * 2


def test_header_labels_cut_anywhere_in_narrow_cells_of_pdf_text() -> None:
    # pdfplumber text of a table with narrow columns: 指标性质 / 计量单位 / 全年完成值 wrapped
    # where the cell's width ends (`指标性` / `质`, `全年完成` / `值`), the first halves on the
    # line above the header line and the second below, under a head with short cells of its own.
    text = "\n".join([
        "2024年度项目支出绩效自评表",
        "项目名称 残疾人康复服务补助",
        "项目实施单位 某区残疾人康复中心 某区残疾人联合会",
        "管部门",
        "指标性 计量单 指标权 全年完成",
        "指标类型 指标名称 指标值 评价标准",
        "质 位 重 值",
        "数量指标 康复服务人数 ≥ 450 人 30 468 达到目标得满分",
        "质量指标 康复训练达标率 ≥ 85 % 30 88 达到目标得满分",
        "满意度指标 服务对象满意度 ≥ 90 % 40 95 达到目标得满分",
    ]) + "\n"
    [project] = read_text(text, "narrow_header.txt").projects
    assert [(i.level3, i.target, i.weight, i.actual) for i in project.indicators] == [
        ("康复服务人数", "≥450人", 30.0, "468"), ("康复训练达标率", "≥85%", 30.0, "88"),
        ("服务对象满意度", "≥90%", 40.0, "95")]


def test_rules_wrapped_around_row_lines_under_a_header_positions_cannot_place() -> None:
    # pdfplumber layout text of narrow columns: the stacked header's pieces land over other
    # headers (`计量单` above 指标值), so positions cannot place the cells; each 评价标准 is
    # printed around its row's line, a sentence above and its end below.
    rule = "达到目标得满分，未达到按完成比例"
    lines = [
        "项目名称      污水管网维护补助",
        "                       指标性     计量单 指标权",
        "   指标类型      指标名称        指标值              评价标准",
        "                        质       位   重",
    ]
    for label, name, op, value, unit, weight in [
            ("数量指标", "维护管网长度", "≥", "85", "公里", "40"),
            ("质量指标", "管网完好率", "≥", "95", "%", "30"),
            ("时效指标", "维护完成时间", "≤", "11", "月", "30")]:
        lines += [" " * 44 + rule,
                  f"   {label}    {name}     {op}   {value}  {unit}  {weight}",
                  " " * 50 + "得分或不得分"]
    [project] = read_text("\n".join(lines) + "\n", "rules_around_rows.txt").projects
    assert [(i.level2, i.level3, i.target, i.weight) for i in project.indicators] == [
        ("数量指标", "维护管网长度", "≥85公里", 40.0), ("质量指标", "管网完好率", "≥95%", 30.0),
        ("时效指标", "维护完成时间", "≤11月", 30.0)]
    assert [i.extra.get("评价标准") for i in project.indicators] == [
        "达到目标得满分,未达到按完成比例得分或不得分"] * 3


def test_head_labels_wrapped_around_their_value_line_in_pdf_text() -> None:
    # pdfplumber text of a head drawn with narrow label cells: each label printed around the
    # line of its value (`项目主` / `项目实施单位 X Y` / `管部门`), the funds label in three
    # pieces around two lines (`项目资金情` / sub-labels / `况（万` / amounts / `元）`).
    text = "\n".join([
        "2024年度项目支出绩效自评表",
        "项目名称 社区食堂运营补助 项目联系人 陈红",
        "项目主",
        "项目实施单位 某区社区服务中心 某区民政局",
        "管部门",
        "项目资金情",
        "全年预算数（A） 全年执行数（B）",
        "况（万",
        "120 96",
        "元）",
        "指标类型 指标名称 指标性质 指标值 计量单位 指标权重 全年完成值",
        "数量指标 运营社区食堂数 ≥ 6 个 50 6",
        "满意度指标 就餐老人满意度 ≥ 90 % 50 93",
    ]) + "\n"
    [project] = read_text(text, "head_around.txt").projects
    assert (project.unit, project.department) == ("某区社区服务中心", "某区民政局")
    assert (project.funds.total, project.funds.executed) == (1200000.0, 960000.0)
    assert [(i.level3, i.target, i.actual) for i in project.indicators] == [
        ("运营社区食堂数", "≥6个", "6"), ("就餐老人满意度", "≥90%", "93")]


def test_label_printed_with_its_note_in_run_together_and_laid_out_text() -> None:
    # 数量指标（或建筑规模指标）: the template's note after the label ends the label, in text
    # run together as in text laid out with the label wrapped and centred in its block.
    run = ("项目名称乡村道路硬化工程一级指标二级指标三级指标指标值产出指标数量指标（或建筑规模指标）"
           "硬化村道里程≥12公里新建错车道≥30处质量指标验收合格率=100%\n")
    [project] = read_text(run, "note_run.txt").projects
    assert [(i.level2, i.level3) for i in project.indicators] == [
        ("数量指标", "硬化村道里程"), ("数量指标", "新建错车道"), ("质量指标", "验收合格率")]
    laid = "\n".join([
        "项目名称    乡村道路硬化工程",
        "一级指标    二级指标        三级指标          指标值",
        "            数量指标（或建  硬化村道里程      ≥12公里",
        "产出指标    筑规模指标）    新建错车道        ≥30处",
        "                            改造危桥座数      ≥2座",
        "            质量指标        验收合格率        =100%",
    ]) + "\n"
    [project] = read_text(laid, "note_laid.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "数量指标"),
        ("产出指标", "质量指标")]


def test_header_row_of_labels_only_run_together_on_a_short_line() -> None:
    # A DOCX dump that lost every separator, one table row per line, too short to read as run
    # together: the header line is labels only (一级指标二级指标三级指标指标值) and must still be
    # cut into its columns, or the form has no indicator table at all.
    text = "\n".join([
        "2024年度项目支出绩效目标表", "项目名称 乡村学校少年宫运行补助",
        "一级指标二级指标三级指标指标值",
        "产出数量开展活动场次≥120场",
        "满意度服务对象满意度学生满意度≥90%",
    ]) + "\n"
    report = read_text(text, "run_header.txt")
    [project] = report.projects
    assert not report.errors and all("指标值" not in u.text for u in report.unread)
    assert (project.indicators[-1].level1, project.indicators[-1].level3,
            project.indicators[-1].target) == ("满意度指标", "学生满意度", "≥90%")


def test_rule_with_a_formula_stays_out_of_the_actual_value_in_tab_text() -> None:
    # Tab text of a Chongqing self-evaluation: the 预算执行率 row's 评价标准 is a formula in words
    # (`预算执行率=支出数/预算数×100%`); it looks like a value (= and %), but is the rule.
    text = "\n".join([
        "2023年度项目支出绩效自评表", "项目名称\t城乡居民养老保险补助",
        "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\t评价标准",
        "产出类指标\t待遇发放准确率\t≥\t98\t%\t50\t99\t达到目标得满分",
        "管理类指标\t预算执行率\t≥\t90\t%\t50\t95\t预算执行率=支出数/预算数×100%",
    ]) + "\n"
    [project] = read_text(text, "formula_rule.txt").projects
    last = project.indicators[-1]
    assert (last.level3, last.target, last.actual, last.weight) == ("预算执行率", "≥90%", "95", 50.0)
    assert last.extra.get("评价标准") == "预算执行率=支出数/预算数×100%"


CHONGQING_PLAIN_TEXT = """2024年度项目支出绩效自评表
项目名称 社区养老服务站运营补助 项目联系人 周敏
实施单位 某区民政事务中心 主管部门 某区民政局
指标 计量 指标 全年
指标类型 指标名称 指标值 评价标准
性质 单位 权重 完成值
新增社区养老服务站点（含日间照料 全部完成得满分，部分完成按完成比例
数量指标 ≥ 12 个 20 13
） 计分
全部完成得满分，部分完成按完成比例
服务站点运营补贴资金发放准确率 = 100 % 20 100
计分
全部完成得满分，部分完成按完成比例
质量指标 老年人服务满意度 ≥ 90 % 20 93
计分
合计 60
"""


def test_name_and_rule_wrapped_around_their_row_in_plain_pdf_text() -> None:
    # pdfplumber's text of a Chongqing table: a long name and the 评价标准 both wrap around the
    # line with the row's values; a funds label (运营补贴…资金) inside a name does not cut it.
    [project] = read_text(CHONGQING_PLAIN_TEXT, "cq_plain.txt").projects
    got = [(i.level3, i.target, i.actual, i.weight) for i in project.indicators]
    assert got == [
        ("新增社区养老服务站点(含日间照料)", "≥12个", "13", 20.0),
        ("服务站点运营补贴资金发放准确率", "=100%", "100", 20.0),
        ("老年人服务满意度", "≥90%", "93", 20.0),
    ]


def test_a_level_pair_in_one_type_cell_keeps_its_level_two_half() -> None:
    # 产出指标-成本指标: 成本指标 is also a level-1 name, but beside 产出指标 it is the level 2.
    xs = (0, 22, 46, 60)
    rows = [("指标类型", "指标名称", "指标值", "指标权重"),
            ("产出指标-数量指标", "维修农村公路里程", "≥30公里", "30"),
            ("", "", "", ""),
            ("产出指标-成本指标", "每公里维修成本", "≤6万元", "30"),
            ("", "", "", ""),
            ("效益指标-社会效益指标", "群众出行条件改善", "明显改善", "30"),
            ("", "", "", ""),
            ("满意度指标-服务对象满意度", "", "", ""),
            ("", "沿线群众满意度", "≥90%", "10"),
            ("指标", "", "", "")]
    text = "项目名称  农村公路养护补助\n" + "\n".join(
        _laid_out_line({k: c for k, c in enumerate(r) if c}, xs) for r in rows) + "\n"
    [project] = read_text(text, "pairs.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "维修农村公路里程"),
        ("产出指标", "成本指标", "每公里维修成本"),
        ("效益指标", "社会效益指标", "群众出行条件改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度"),
    ]


RUBRIC_PLAIN_TEXT = """2024年度项目支出绩效自评评分表
项目名称 城区公共厕所改造 主管部门 某区城市管理局
实施单位 某区环境卫生所 评价等级 良
一级指标 二级指标 三级指标 分值 评分标准 得分
依据政策文件和部门职责设立得4分，依据不足
立项依据充分性 4 4
项目立项（8分） 酌情扣分
立项程序规范性 4 经集体研究并报批得4分 4
决策（20分）
绩效目标合理性 3 目标与任务匹配得3分 3
绩效目标（6分）
绩效指标明确性 3 指标可衡量得3分 2
资金投入（6分） 资金分配合理性 6 分配依据充分得6分 6
资金到位及时率 4 及时到位得4分 4
资金管理（12分） 预算执行率 4 执行率×4分 3.6
过程（20分） 资金使用合规性 4 无违规得4分 4
管理制度健全性 4 制度齐全得4分 4
组织实施（8分）
制度执行有效性 4 执行到位得4分 3
合计 40 37.6
"""


def test_rubric_rows_go_to_the_level_one_their_level_two_belongs_to() -> None:
    # pdfplumber's text of a rubric: merged labels printed in their blocks' middle lines. Line
    # positions leave the edge between 决策 and 过程 open; the evaluation framework puts 资金投入
    # under 决策 and 资金管理 under 过程.
    [project] = read_text(RUBRIC_PLAIN_TEXT, "rubric_plain.txt").projects
    got = [(i.level1, i.level2, i.level3) for i in project.indicators]
    assert got == [
        ("决策指标", "项目立项", "立项依据充分性"),
        ("决策指标", "项目立项", "立项程序规范性"),
        ("决策指标", "绩效目标", "绩效目标合理性"),
        ("决策指标", "绩效目标", "绩效指标明确性"),
        ("决策指标", "资金投入", "资金分配合理性"),
        ("过程指标", "资金管理", "资金到位及时率"),
        ("过程指标", "资金管理", "预算执行率"),
        ("过程指标", "资金管理", "资金使用合规性"),
        ("过程指标", "组织实施", "管理制度健全性"),
        ("过程指标", "组织实施", "制度执行有效性"),
    ]


def test_amounts_written_into_a_sentence_after_their_labels() -> None:
    text = ("2024年度项目支出绩效自评表\n项目名称：乡镇卫生院设备更新\n"
            "主管部门：某县卫生健康局\n实施单位：某县卫生健康服务中心\n"
            "项目资金：预算数320.50万元，执行数300.00万元，执行率93.60%\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
            "产出指标\t数量指标\t更新设备台数\t≥40台\t42台\n")
    [project] = read_text(text, "inline_funds.txt").projects
    assert (project.funds.total, project.funds.executed, project.funds.execution_rate) == \
        (3205000.0, 3000000.0, 93.6)


def test_a_total_below_its_sources_is_their_sum() -> None:
    # A department form's 部门预算支出 heads its breakdown: the amount after it is 基本支出.
    text = ("2025年部门整体支出绩效目标表\n部门名称\t某市档案馆\n"
            "部门预算支出\t基本支出\t1200\t收入来源\t财政拨款\t1800\n"
            "\t项目支出\t800\t\t其他资金\t200\n"
            "单位：万元\n"
            "一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t馆藏档案数字化数量\t≥20万卷\n")
    [project] = read_text(text, "dept_parts.txt").projects
    assert project.funds.total == 20000000.0


CHONGQING_CENTRED_TEXT = """2024年度项目支出绩效自评表
项目名称 农村客运站点运营补贴 主管部门 某区交通运输委员会
实施单位 某区道路运输事务中心
指标类型 指标名称 指标性质 指标值 计量单位 指标权重 全年完成值
数量指标 补贴客运站点数量 ≥ 40 个 20 42
客运站点补贴发放及时率 ≥ 95 % 20 98
产出类指标
站点日常巡查覆盖率 = 100 % 20 100
效益类指标 群众出行候车条件改善 定性 明显改善 20 明显改善
满意度类指标 乘客满意度 ≥ 90 % 20 92
合计 100
"""


def test_one_type_column_with_both_levels_centred_in_plain_text() -> None:
    # 指标类型 holds a level-2 cell (数量指标) for one row and a merged level-1 cell (产出类指标)
    # printed on a line of its own in the middle of the two rows below: those rows are under
    # 产出 only, not under the 数量指标 above them.
    [project] = read_text(CHONGQING_CENTRED_TEXT, "cq_centred.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "补贴客运站点数量"),
        ("产出指标", None, "客运站点补贴发放及时率"),
        ("产出指标", None, "站点日常巡查覆盖率"),
        ("效益指标", None, "群众出行候车条件改善"),
        ("满意度指标", None, "乘客满意度"),
    ]


def test_amounts_in_a_sentence_take_the_unit_their_label_prints() -> None:
    text = ("2024年度项目支出绩效自评表\n项目名称\t乡镇卫生院设备更新\n"
            "主管部门\t某县卫生健康局\n"
            "项目资金（万元）：全年预算数 320.5，全年执行数 300，执行率 93.6%\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
            "产出指标\t数量指标\t更新设备台数\t≥40台\t42台\n")
    [project] = read_text(text, "inline_funds_unit.txt").projects
    assert (project.funds.total, project.funds.executed, project.funds.execution_rate) == \
        (3205000.0, 3000000.0, 93.6)


def test_short_labels_in_text_run_together() -> None:
    text = ("2025年度项目支出绩效目标表项目名称2025年农村文化礼堂建设补助主管部门某县文化和旅游局"
            "实施单位某县文化馆一级指标二级指标三级指标指标值产出数量新建文化礼堂数量≥15个"
            "配备文化设备套数≥15套质量礼堂验收合格率100%时效建设完成时间2025年10月底前"
            "效益社会效益群众文化活动参与人次≥3万人次\n")
    [project] = read_text(text, "run_short.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "新建文化礼堂数量", "≥15个"),
        ("产出指标", "数量指标", "配备文化设备套数", "≥15套"),
        ("产出指标", "质量指标", "礼堂验收合格率", "100%"),
        ("产出指标", "时效指标", "建设完成时间", "2025年10月底前"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥3万人次"),
    ]


def test_a_code_before_an_organisation_leaves_no_separator_in_its_name() -> None:
    text = ("项目支出绩效目标表\n项目名称\t社区警务室改造\n主管部门\t318-某县公安局\n"
            "实施单位\t318001-某县公安局城关派出所\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t改造警务室数量\t≥6个\n")
    [project] = read_text(text, "org_code.txt").projects
    assert (project.department, project.unit) == ("某县公安局", "某县公安局城关派出所")


RUBRIC_ONE_LINE = (
    "2024年度项目支出绩效自评表 项目名称 社区养老服务站运营补助 主管部门 某市民政局 "
    "实施单位 某市养老服务指导中心 预算金额（万元） 480 执行金额（万元） 462.4 "
    "一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分 "
    "决策 项目立项 立项程序规范性 4 4 补助标准科学性 6 5.5 "
    "过程 资金管理 资金拨付及时性 10 9 "
    "产出 数量 运营养老服务站数量 30 ≥25个 26个 30 "
    "效益 社会效益 服务老年人人次 30 ≥2万人次 2.2万人次 30 "
    "满意度 老年人满意度 20 ≥90% 93% 20 总分 100 98.5\n")


def test_a_rubric_row_without_values_keeps_its_points_and_score() -> None:
    # Rows scored without a target print only 分值 and 得分; in a framework table (决策 / 过程
    # …) 满意度 is a 二级 under 效益; 执行金额 is the executed amount.
    [project] = read_text(RUBRIC_ONE_LINE, "rubric_line.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target, i.weight, i.score)
            for i in project.indicators] == [
        ("决策指标", "项目立项", "立项程序规范性", None, 4.0, 4.0),
        ("决策指标", "项目立项", "补助标准科学性", None, 6.0, 5.5),
        ("过程指标", "资金管理", "资金拨付及时性", None, 10.0, 9.0),
        ("产出指标", "数量指标", "运营养老服务站数量", "≥25个", 30.0, 30.0),
        ("效益指标", "社会效益指标", "服务老年人人次", "≥2万人次", 30.0, 30.0),
        ("效益指标", "服务对象满意度指标", "老年人满意度", "≥90%", 20.0, 20.0),
    ]
    assert (project.funds.total, project.funds.executed) == (4800000.0, 4624000.0)


def test_a_direction_in_the_sign_column_is_kept_and_bounds_the_value() -> None:
    # 指标性质 正向 / 反向 instead of ≥ / ≤: the target stays as printed, the record keeps the
    # direction, and the parsed value is a floor or a ceiling.
    text = ("项目支出绩效目标申报表\n项目名称\t农村道路安全隐患整治\n主管部门\t某区交通运输委员会\n"
            "指标类型\t指标名称\t指标性质\t指标值\t计量单位\n"
            "数量指标\t整治隐患路段数量\t正向\t35\t处\n"
            "质量指标\t整治后事故发生率\t反向\t2\t%\n")
    [project] = read_text(text, "direction.txt").projects
    got = [(i.target, i.target_parsed.op, i.extra.get("指标性质")) for i in project.indicators]
    assert got == [("35处", "≥", "正向"), ("2%", "≤", "反向")]


def test_a_table_cell_made_of_label_words_stays_one_cell() -> None:
    # 年度 and 市级资金 are head labels, but a tab cell holding them with no value between is a
    # name; a cell ending in a deadline is one value.
    text = ("项目支出绩效目标表（2025年—2027年）\n项目名称\t城市更新技术攻关\n主管部门\t某市科学技术局\n"
            "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值\n"
            "产出指标\t时效指标\t年度市级资金下达完成时间\t各年度9月底前\t2025年9月底前\n"
            "\t数量指标\t攻关课题数\t≥12项\t≥4项\n")
    [project] = read_text(text, "label_words.txt").projects
    assert [(i.level3, i.target, i.midterm_target) for i in project.indicators] == [
        ("年度市级资金下达完成时间", "2025年9月底前", "各年度9月底前"),
        ("攻关课题数", "≥4项", "≥12项"),
    ]


def test_a_unit_note_under_the_title_holds_for_the_forms_after_it() -> None:
    form = ("| 项目名称 | {name} | |\n|---|---|---|\n| 主管部门 | 某区卫生健康局 | |\n"
            "| 项目资金 | 年度资金总额 | {total} |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 筛查人数 | ≥800人 |\n")
    text = ("# 某区疾病预防控制中心2025年度项目支出绩效目标表\n\n单位：万元\n\n"
            + form.format(name="学生视力筛查", total="42.50") + "\n\n"
            + form.format(name="老年人口腔筛查", total="18.00"))
    projects = read_text(text, "unit_note.md").projects
    assert [p.funds.total for p in projects] == [425000.0, 180000.0]


def test_a_bare_amount_before_its_breakdown_is_the_total() -> None:
    text = ("项目绩效目标表（2025年度）\n单位名称：某市体育局　　单位：万元\n"
            "| 项目名称 | 全民健身赛事补助 |\n|---|---|\n"
            "| 项目资金 | 360.00（其中：本级财力安排300.00） |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 举办赛事场次 | ≥20场 |\n")
    [project] = read_text(text, "bare_amount.md").projects
    assert (project.funds.total, project.funds.fiscal) == (3600000.0, 3000000.0)


def test_amounts_run_together_with_their_breakdown() -> None:
    text = ("2025年农机购置补贴项目绩效目标表项目名称农机购置补贴主管部门某县农业农村局"
            "项目资金（万元）年度资金总额：1,280.00其中：财政拨款1,280.00上年结转资金其他资金"
            "绩效指标一级指标二级指标三级指标指标值产出指标数量指标补贴机具台数≥900台\n")
    [project] = read_text(text, "run_funds.txt").projects
    assert (project.funds.total, project.funds.fiscal) == (12800000.0, 12800000.0)


def test_a_funds_label_with_a_bracketed_note_heads_its_column() -> None:
    # 全年预算数（A） with its definition on the next line, then 全年执行数（B), then both
    # amounts: the first amount is the budget, not the executed amount.
    text = ("2024年度项目支出绩效自评表\n项目名称\n河道保洁专项资金\n项目主管部门\n某区水利局\n"
            "项目预算执行情况（万元）\n全年预算数（A）\n（上年结转+年初预算+本年追加追减预算）\n"
            "全年执行数（B）\n860.00\n812.40\n"
            "指标类型\n指标名称\n指标性质\n指标值\n计量单位\n全年完成值\n"
            "数量指标\n保洁河道长度\n≥\n120\n公里\n124\n")
    [project] = read_text(text, "note_label.txt").projects
    assert (project.funds.total, project.funds.executed) == (8600000.0, 8124000.0)


def test_a_value_header_over_sign_number_and_unit_columns() -> None:
    text = ("**2025年项目支出绩效目标表**\n\n| 项目名称 | 乡村学校少年宫运行补助 | | | | |\n"
            "|---|---|---|---|---|---|\n| 主管部门 | 某市教育局 | | | | |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 | | | 指标解释 |\n"
            "| | | | 符号 | 数值 | 单位 | |\n"
            "| 产出指标 | 数量指标 | 运行少年宫数量 | ≥ | 40 | 所 | 年度运行的少年宫数 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥ | 90 | % | 按学期问卷调查统计 |\n")
    [project] = read_text(text, "sign_number_unit.md").projects
    assert [(i.level3, i.target, i.extra.get("指标解释")) for i in project.indicators] == [
        ("运行少年宫数量", "≥40所", "年度运行的少年宫数"), ("学生满意度", "≥90%", "按学期问卷调查统计")]


STACKED_LAYOUT = """                         2024年度项目支出绩效自评表

  项目名称        社区儿童之家运营补助            项目联系人     王丽
  项目主管部门    某区民政局                      项目实施单位   某区儿童福利指导中心

  指标类型      指标名称                  指标  指标值    计量  指标  全年      评价标准
                                          性质            单位  权重  完成值
  产出类指标    运营儿童之家数量          ≥     24        个    30    24        达到目标得满分
                儿童活动开展场次          ≥     480       场    30    512       达到目标得满分
  满意度类指标  儿童家长满意度            ≥     90        %     40    94        达到目标得满分
"""


def test_laid_out_headers_stacked_over_two_lines() -> None:
    # 指标 / 性质, 计量 / 单位, 指标 / 权重, 全年 / 完成值: the top pieces are no labels alone.
    [project] = read_text(STACKED_LAYOUT, "stacked_layout.txt").projects
    assert [(i.level1, i.level3, i.target, i.weight, i.actual) for i in project.indicators] == [
        ("产出指标", "运营儿童之家数量", "≥24个", 30.0, "24"),
        ("产出指标", "儿童活动开展场次", "≥480场", 30.0, "512"),
        ("满意度指标", "儿童家长满意度", "≥90%", 40.0, "94"),
    ]


def test_header_cells_broken_over_the_lines_around_the_header_line() -> None:
    # PDF text without layout: the top halves (一级指, 年度指标, 偏差原因分析及改) above the
    # header line and their ends (标, 值, 进措施) below it, in the same order.
    text = ("项目支出绩效自评表\n项目名称 乡村学校营养餐补助\n主管部门 某县教育局\n"
            "一级指 年度指标 偏差原因分析及改\n二级指标 三级指标 实际完成值 分值 得分\n标 值 进措施\n"
            "产出指标 数量指标 受益学生人数 ≥5200人 5310人 30 30\n"
            "质量指标 食品安全抽检合格率 100% 100% 30 30\n"
            "满意度指标 服务对象满意度指标 学生家长满意度 ≥90% 93% 40 40\n")
    [project] = read_text(text, "broken_header.txt").projects
    assert [(i.level3, i.target, i.actual, i.weight) for i in project.indicators] == [
        ("受益学生人数", "≥5200人", "5310人", 30.0),
        ("食品安全抽检合格率", "100%", "100%", 30.0),
        ("学生家长满意度", "≥90%", "93%", 40.0),
    ]


PLUMBER_WRAPS = """2025年度项目支出绩效目标表
项目名称 非遗传承人传习补助 项目联系人 李文
主管部门 某自治州文化广播电视和 实施单位 某州非物质文化遗产保护中心
旅游局
指标类型 指标名称 指标性质 指标值 计量单位 指标权重
产出指标-数量指标 补助传承人人数 定量 ≥120 人 40
效益指标-可持续影响指标 传承人带徒传艺制度运行 定性 长效运行 30
机制
满意度指标-服务对象满
意度指标 传承人满意度 定量 ≥90 % 30
"""


def test_wrapped_pieces_of_plain_pdf_text_rejoin_their_cells() -> None:
    # A department's name, a 三级 name and a 指标类型 pair each wrapped onto the next line.
    [project] = read_text(PLUMBER_WRAPS, "plumber_wraps.txt").projects
    assert project.department == "某自治州文化广播电视和旅游局"
    assert project.unit == "某州非物质文化遗产保护中心"
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "补助传承人人数"),
        ("效益指标", "可持续影响指标", "传承人带徒传艺制度运行机制"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度"),
    ]


def test_quoted_cells_with_line_breaks_in_tab_text() -> None:
    # Excel puts a cell holding a line break in quotes when it is copied as text.
    text = ("2024年度项目支出绩效自评表\n\t项目名称\t城区路灯维护经费\t\t主管部门\t某区城市管理局\n"
            '\t"项目预算执行情况\n（万元）"\t"全年预算数（A）\n（年初预算+调整）"\t\t全年执行数（B）\t\n'
            "\t\t520\t\t498.6\t\n"
            "\t指标类型\t指标名称\t指标性质\t指标值\t计量单位\t全年完成值\n"
            '\t数量指标\t"维护路灯\n数量"\t≥\t8000\t盏\t8120\n')
    report = read_text(text, "quoted.tsv")
    [project] = report.projects
    assert (project.funds.total, project.funds.executed) == (5200000.0, 4986000.0)
    assert [(i.level3, i.target, i.actual) for i in project.indicators] == \
        [("维护路灯数量", "≥8000盏", "8120")]
    assert not [u for u in report.unread if '"' in u.text]


def test_a_page_number_ending_a_line_of_values_is_no_value() -> None:
    text = ("项目支出绩效目标表 项目名称 社区书屋运行补助 主管部门 某市文化广电和旅游局\n"
            "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 运行书屋数量 新增图书册数 "
            "满意度指标 服务对象满意度指标 读者满意度\n"
            "≥40个 ≥6000册 ≥90% 第 3 页\n")
    [project] = read_text(text, "scrambled_page.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("运行书屋数量", "≥40个"), ("新增图书册数", "≥6000册"), ("读者满意度", "≥90%")]


RUBRIC_LAYOUT = """                 2024年度项目支出绩效自评评分表
   项目名称：社区体育公园建设补助
   主管部门：某市体育局

   一级指标    二级指标        三级指标                  分值  评分标准                                得分
   决策（10    项目立项（10    立项依据充分性            10    符合规划得10分；否则                    10
   分）        分）                                            酌情扣分
   过程（20    资金管理（20    资金到位率                20    到位率100%得20分，每降低1%扣1分         20
   分）        分）
   产出（70    产出数量（70    新建体育公园座数          40    完成8座得满分                           40
   分）        分）
                               配套健身器材更新套            30    完成120套得满分                         28
                               数
"""


def test_a_laid_out_rubric_with_labels_and_cells_wrapped_below() -> None:
    # `决策（10` over `分）`, a scoring rule and a name each wrapped onto the next line, and a
    # rule whose sentence mentions values.
    [project] = read_text(RUBRIC_LAYOUT, "rubric_layout.txt").projects
    assert [(i.level1, i.level2, i.level3, i.weight, i.score) for i in project.indicators] == [
        ("决策指标", "项目立项", "立项依据充分性", 10.0, 10.0),
        ("过程指标", "资金管理", "资金到位率", 20.0, 20.0),
        ("产出指标", "产出数量", "新建体育公园座数", 40.0, 40.0),
        ("产出指标", "产出数量", "配套健身器材更新套数", 30.0, 28.0),
    ]


WRAPPED_LAYOUT = """                              项目支出绩效目标申报表
  项目名称            城区排水管网清淤经费
  主管部门            某市城市管理局

  一级指标    二级指标          三级指标                      指标值
  产出指标    数量指标          清淤排水管网长度              ≥120公里
              时效指标          清淤工程完工时间              2025年10月3
                                                              1日前
  满意度指标  服务对象满意      沿街居民满意度                ≥90%
              度指标
"""


def test_laid_out_cells_wrapped_below_their_row() -> None:
    [project] = read_text(WRAPPED_LAYOUT, "wrapped_layout.txt").projects
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "清淤排水管网长度", "≥120公里"),
        ("时效指标", "清淤工程完工时间", "2025年10月31日前"),
        ("服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ]


PLAIN_WRAPS = """2025年度项目绩效目标表
项目名称 城乡居民健康素养促进行动
主管部门 某市卫生健康委员会
一级指标 二级指标 三级指标 指标值
数量指标 开展健康素养入户宣传户 ≥3.2万户
产出指标 质量指标 数
时效指标 宣传资料下发时间 收到省级资料15日
内
满意度指 服务对象满 城乡居民对健康素养宣传服 ≥85%
标 意度指标 务满意度
某市财政局制
"""


def test_ends_of_wrapped_cells_on_the_line_below_their_row_in_plain_text() -> None:
    # pdfplumber text: each wrapped cell's end on the next line, in the cells' order — a
    # name's end after the centred labels, a value's end, and two labels' and a name's ends.
    report = read_text(PLAIN_WRAPS, "plain_wraps.txt")
    [project] = report.projects
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "开展健康素养入户宣传户数", "≥3.2万户"),
        ("产出指标", "时效指标", "宣传资料下发时间", "收到省级资料15日内"),
        ("满意度指标", "服务对象满意度指标", "城乡居民对健康素养宣传服务满意度", "≥85%"),
    ]


def test_a_filling_note_after_the_last_row_is_no_value() -> None:
    text = ("项目绩效目标表\n项目名称\n海岸带生态修复\n主管部门\n某市自然资源和规划局\n"
            "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n修复岸线长度\n≥12公里\n"
            "满意度指标\n服务对象满意度指标\n沿海居民满意度\n≥90%\n"
            "填表说明：指标值应写明比较符号、数值和计量单位。\n")
    [project] = read_text(text, "filling_note.txt").projects
    assert [i.target for i in project.indicators] == ["≥12公里", "≥90%"]


def test_text_run_together_and_broken_at_a_narrow_width() -> None:
    # No line is long, but every line breaks mid-word (an amount included).
    text = ("项目支出绩效目标申报表（2025年度）项目名称城市\n"
            "书香驿站建设补助主管部门某市文化广电和旅游局实施单\n"
            "位某市图书馆项目资金（万元）年度资金总额3\n"
            "60其中：财政拨款360绩效指标一级指标二级指标三级\n"
            "指标指标值产出指标数量指标新建书香驿站数量≥12个\n"
            "质量指标驿站验收合格率100%满意度指标服务对象满意\n"
            "度指标读者满意度≥90%\n")
    [project] = read_text(text, "narrow_run.txt").projects
    assert (project.name, project.unit, project.funds.total) == (
        "城市书香驿站建设补助", "某市图书馆", 3600000.0)
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "新建书香驿站数量", "≥12个"), ("质量指标", "驿站验收合格率", "100%"),
        ("服务对象满意度指标", "读者满意度", "≥90%")]


def test_a_year_printed_one_word_per_line_in_the_title() -> None:
    text = ("项目支出绩效目标表\n（\n2025\n年度）\n项目名称\n老年助餐服务补助\n主管部门\n某区民政局\n"
            "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n助餐服务人次\n≥3万人次\n")
    [project] = read_text(text, "year_words.txt").projects
    assert project.year == 2025


def test_a_run_together_title_keeps_its_year_and_a_funds_label_its_unit() -> None:
    text = ("2024年度项目支出绩效自评表项目名称残疾人康复服务补贴主管部门某区残疾人联合会"
            "全年预算数（万元）386.5全年执行数（万元）380指标类型指标名称指标性质指标值计量单位"
            "全年完成值数量指标康复服务人数≥900人926\n")
    [project] = read_text(text, "run_title.txt").projects
    assert (project.year, project.funds.total, project.funds.executed) == (2024, 3865000.0, 3800000.0)


def test_midterm_and_annual_deadlines_run_together() -> None:
    text = ("项目支出绩效目标申报表（2025年度）项目名称乡村文化振兴示范项目主管部门某市文化和旅游局"
            "绩效指标一级指标二级指标三级指标中期指标值年度指标值产出指标数量指标建设示范村数量"
            "≥30个≥10个时效指标资金拨付完成时间每年6月底前2025年6月底前\n")
    [project] = read_text(text, "run_deadlines.txt").projects
    assert [(i.level3, i.midterm_target, i.target) for i in project.indicators] == [
        ("建设示范村数量", "≥30个", "≥10个"),
        ("资金拨付完成时间", "每年6月底前", "2025年6月底前")]


def test_a_weight_glued_to_its_actual_value_in_text_run_together() -> None:
    text = ("2024年度项目支出绩效自评表项目名称特殊教育学生资助主管部门某区教育局"
            "指标类型指标名称指标性质指标值计量单位指标权重全年完成值评价标准"
            "产出指标资助学生人数≥420人30436达到目标得满分资助资金发放及时率=100%30100"
            "达到目标得满分满意度指标学生家长满意度≥90%4093.5达到目标得满分合计100\n")
    [project] = read_text(text, "glued_points.txt").projects
    assert [(i.level3, i.target, i.weight, i.actual) for i in project.indicators] == [
        ("资助学生人数", "≥420人", 30.0, "436"),
        ("资助资金发放及时率", "=100%", 30.0, "100"),
        ("学生家长满意度", "≥90%", 40.0, "93.5"),
    ]


def test_a_worded_target_met_around_its_points_in_text_run_together() -> None:
    text = ("2024年度项目支出绩效自评表项目名称社区矫正对象帮扶主管部门某县司法局"
            "指标类型指标名称指标性质指标值计量单位指标权重全年完成值评价标准"
            "产出指标帮扶矫正对象人数≥150人60162达到目标得满分效益指标再犯罪率控制水平"
            "持续下降40持续下降达到目标得满分合计100\n")
    [project] = read_text(text, "worded_met.txt").projects
    assert [(i.level3, i.target, i.weight, i.actual) for i in project.indicators] == [
        ("帮扶矫正对象人数", "≥150人", 60.0, "162"),
        ("再犯罪率控制水平", "持续下降", 40.0, "持续下降"),
    ]


def test_a_budget_block_of_grouped_labels_over_a_row_of_amounts() -> None:
    # 收入 and 支出 group their columns; each amount takes the label over its own column.
    text = ("部门整体支出绩效目标表\n（2025年度）\n\t\t\t\t\t金额单位：万元\n部门名称\t某市气象局\t\t\t\t\n"
            "年度预算（万元）\t预算总额\t收入\t\t支出\t\n\t\t财政拨款\t其他资金\t基本支出\t项目支出\n"
            "\t2450\t2300\t150\t1800\t650\n"
            "一级指标\t二级指标\t三级指标\t指标值\t\t\n产出指标\t数量指标\t发布预警信息次数\t≥600次\t\t\n")
    [project] = read_text(text, "dept_grid.tsv").projects
    assert (project.funds.total, project.funds.fiscal, project.funds.other) == \
        (24500000.0, 23000000.0, 1500000.0)


def test_head_cells_holding_two_labels_or_a_bracketed_label() -> None:
    text = ("2025年部门整体支出绩效目标表\n填报单位：某市统计局（盖章）　　　　填报日期：2025年1月10日\n"
            "部门（单位）：某市统计局\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t发布统计公报次数\t≥12次\n")
    [project] = read_text(text, "two_labels.txt").projects
    assert (project.unit, project.department) == ("某市统计局", "某市统计局")


def test_a_table_ends_with_its_sheet_and_a_signing_line_ends_its_rows(tmp_path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "城市绿道提升工程"])
    ws.append(["主管部门", "某市林业局"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "提升绿道长度", "≥45公里"])
    ws.append(["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"])
    ws.append(["填报单位：某市园林绿化中心"])
    costs = wb.create_sheet("资金测算")
    costs.append(["项目资金测算明细"])
    costs.append(["支出内容", "金额（万元）"])
    costs.append(["绿道铺装", 860])
    costs.append(["照明设施", 240])
    path = tmp_path / "two_sheets.xlsx"
    wb.save(path)
    report = read_bytes(path.read_bytes(), str(path))
    [project] = report.projects
    assert [i.level3 for i in project.indicators] == ["提升绿道长度", "市民满意度"]
    unread = {u.text for u in report.unread}
    assert {"绿道铺装", "照明设施"} <= unread  # reported, not lost


def test_a_number_cut_at_its_decimal_point_in_a_stream() -> None:
    text = ("项目支出绩效自评表\n项目名称\n就业见习补贴\n主管部门\n某市人力资源和社会保障局\n"
            "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
            "产出指标\n数量指标\n见习岗位数\n≥500个\n512个\n100\n96.\n5\n总分\n100\n96.\n5\n")
    [project] = read_text(text, "cut_decimal.txt").projects
    assert (project.indicators[0].score, project.total_score) == (96.5, 96.5)


def test_a_fragment_one_cell_per_line_without_a_header() -> None:
    # The second page of a form as PyMuPDF prints it: no header, category labels, name / value.
    text = ("效益指标\n社会效益指标\n城镇新增就业人数\n≥1.2万人\n就业困难人员再就业人数\n≥800人\n"
            "满意度指标\n服务对象满意度指标\n求职者满意度\n≥90%\n填报人：张华\n")
    [project] = read_text(text, "fragment_cells.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("效益指标", "社会效益指标", "城镇新增就业人数", "≥1.2万人"),
        ("效益指标", "社会效益指标", "就业困难人员再就业人数", "≥800人"),
        ("满意度指标", "服务对象满意度指标", "求职者满意度", "≥90%"),
    ]


PLAIN_AROUND = """项目支出绩效自评表
项目名称 林业有害生物防治补助
主管部门 某县林业局
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 完成防治面积 ≥3.5万亩 3.6万亩 50 50
雨季施药窗口偏短，部分
时效指标 防治作业完成时限 ≤40日 46日 30 25 地块延后；下年提前
调度
2025年5月31
质量指标 防治成效核查完成时间
日前
"""


def test_cells_wrapped_around_a_row_line_in_plain_text() -> None:
    # A reason wrapped above, beside and below its row; a value cut around a row line that
    # holds only labels and a name.
    [project] = read_text(PLAIN_AROUND, "plain_around.txt").projects
    rows = {i.level3: i for i in project.indicators}
    assert (rows["防治作业完成时限"].target, rows["防治作业完成时限"].deviation) == (
        "≤40日", "雨季施药窗口偏短,部分地块延后;下年提前调度")
    assert rows["防治成效核查完成时间"].target == "2025年5月31日前"


def test_a_form_run_together_inside_laid_out_text_is_still_cut() -> None:
    # A laid-out form, then a second form pasted as one line run together, with a comma in its
    # goal: the document's shape (space columns) does not make that line one cell.
    text = ("项目名称      城区公厕改造\n主管部门      某区城市管理局\n"
            "一级指标    二级指标    三级指标            指标值\n"
            "产出指标    数量指标    改造公厕数量        ≥30座\n"
            "满意度指标  服务对象满意度指标  市民满意度  ≥90%\n\n"
            "2025年度项目绩效目标表项目名称背街小巷整治主管部门某区城市管理局年度目标整治小巷40条，改善居民出行"
            "一级指标二级指标三级指标指标值产出指标数量指标整治小巷数量≥40条\n")
    projects = read_text(text, "mixed_shapes.txt").projects
    assert [(p.name, [i.level3 for i in p.indicators]) for p in projects] == [
        ("城区公厕改造", ["改造公厕数量", "市民满意度"]), ("背街小巷整治", ["整治小巷数量"])]


def test_a_second_page_without_header_signed_at_the_foot_is_read() -> None:
    # The sign-off (填报人 / 填报日期) under a headerless page is no head above its rows.
    text = "\n".join([
        "            质量指标      改造渠道验收合格率          100%",
        "产出指标    时效指标      工程完工时间                2025年9月底前",
        "            成本指标      每公里渠道改造成本          ≤45万元",
        "效益指标    社会效益指标  改善灌溉面积                ≥2000亩",
        "满意度指标  服务对象满意度指标  受益群众满意度        ≥90%",
        "",
        "填报人：李明                                填报日期：2025年3月",
    ]) + "\n"
    report = read_text(text, "page2.txt")
    [project] = report.projects
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("质量指标", "改造渠道验收合格率", "100%"), ("时效指标", "工程完工时间", "2025年9月底前"),
        ("成本指标", "每公里渠道改造成本", "≤45万元"), ("社会效益指标", "改善灌溉面积", "≥2000亩"),
        ("服务对象满意度指标", "受益群众满意度", "≥90%")]


def test_a_chongqing_page_without_header_reads_its_nature_value_and_unit_columns() -> None:
    # 指标类型 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 | 全年完成值 | 评价标准, no header
    # line (the page before held it); a note after the table names a form in a sentence.
    rule = "达到目标值得满分，未达到按比例得分"
    rows = [
        ("数量指标", "新建村级文化活动室", "正向", "24", "个", "15", "25", rule),
        ("质量指标", "活动室设备配置达标率", "正向", "95", "%", "10", "96.5", rule),
        ("成本指标", "单个活动室建设成本", "反向", "12", "万元", "10", "11.6", rule),
        ("社会效益指标", "群众文化活动参与度", "正向", "稳步提高", "", "15", "稳步提高", rule),
        ("服务对象满意度指标", "村民满意度", "正向", "90", "%", "10", "93", rule),
    ]
    text = "\n".join("\t".join(r) for r in rows)
    text += "\n合计\t\t\t\t\t60\t\t\n备注：本页指标须与项目支出绩效目标申报表一致。\n"
    report = read_text(text, "cq_page2.txt")
    [project] = report.projects
    got = [(i.level2, i.level3, i.target, i.actual, i.weight) for i in project.indicators]
    assert got == [
        ("数量指标", "新建村级文化活动室", "24个", "25", 15.0),
        ("质量指标", "活动室设备配置达标率", "95%", "96.5", 10.0),
        ("成本指标", "单个活动室建设成本", "12万元", "11.6", 10.0),
        ("社会效益指标", "群众文化活动参与度", "稳步提高", "稳步提高", 15.0),
        ("服务对象满意度指标", "村民满意度", "90%", "93", 10.0)]
    assert project.form is FormKind.SELF_EVALUATION
    assert project.indicators[2].extra.get("指标性质") == "反向"


def test_chongqing_rows_run_together_split_at_nature_value_weight_and_rule() -> None:
    # 指标类型 (short level-2 names) | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 | 评价标准,
    # every cell run into the next and lines broken anywhere: the nature word sticks to the
    # name, the rule to the next row's category (质量…, 时效…).
    rule = "达到目标值得满分，未达到按完成比例得分"
    text = (
        "2025年项目支出绩效目标申报表项目名称城区公园绿地提升工程主管部门某市城市管理局实施"
        "单位某市园林绿化服务中心指标类型指标名称指标性质指标值计量单位指标权重评价标准"
        f"数量新增公园绿地面积定量≥12公顷20{rule}质量绿化苗木成活率定量≥95%15{rule}"
        "绿化工程验收定性符合设计标准10达到得满分，未达到酌情扣分"
        f"时效工程完工时间定量≤2025年10月31日10{rule}成本养护经费标准定量≤8元/平方米·年10{rule}"
        f"服务对象满意度周边居民满意度定量≥90%15{rule}合计80\n"
    )
    wrapped = "\n".join(text[k:k + 37] for k in range(0, len(text), 37)) + "\n"
    report = read_text(wrapped, "cq_run.txt")
    [project] = report.projects
    assert (project.name, project.unit) == ("城区公园绿地提升工程", "某市园林绿化服务中心")
    got = [(i.level2, i.level3, i.target, i.weight) for i in project.indicators]
    assert got == [
        ("数量指标", "新增公园绿地面积", "≥12公顷", 20.0),
        ("质量指标", "绿化苗木成活率", "≥95%", 15.0),
        ("质量指标", "绿化工程验收", "符合设计标准", 10.0),
        ("时效指标", "工程完工时间", "≤2025年10月31日", 10.0),
        ("成本指标", "养护经费标准", "≤8元/平方米·年", 10.0),
        ("服务对象满意度指标", "周边居民满意度", "≥90%", 15.0)]
    assert {i.extra.get("指标性质") for i in project.indicators} == {"定量", "定性"}


def test_chongqing_self_evaluation_run_together_splits_weight_from_actual_and_label_from_value() -> None:
    # 正向 / 反向 with bare values; the weight glued to the 完成值 (10 | 0.8 → 100.8); 项目 starting
    # the next label (项目联系人, 项目实施单位) after a fund's name and a person's.
    rule = "达到目标值得满分，未达到按完成比例得分"
    text = (
        "2024年度项目支出绩效自评表项目名称农村生活污水治理补助资金项目联系人王丽项目实施单位"
        "某县生态环境保护服务中心项目主管部门某县生态环境局指标类型指标名称指标性质指标值计量单位"
        f"指标权重全年完成值评价标准数量指标治理行政村数量正向30个2032{rule}"
        f"质量指标设施出水超标率反向5%100.8{rule}"
        "社会效益指标农村人居环境正向持续改善15持续改善达到得满分，未达到酌情扣分"
        f"服务对象满意度指标村民满意度正向90%1594{rule}合计60\n"
    )
    wrapped = "\n".join(text[k:k + 41] for k in range(0, len(text), 41)) + "\n"
    [project] = read_text(wrapped, "cq_se_run.txt").projects
    assert (project.name, project.unit, project.department) == (
        "农村生活污水治理补助资金", "某县生态环境保护服务中心", "某县生态环境局")
    got = [(i.level2, i.level3, i.target, i.weight, i.actual) for i in project.indicators]
    assert got == [
        ("数量指标", "治理行政村数量", "30个", 20.0, "32"),
        ("质量指标", "设施出水超标率", "5%", 10.0, "0.8"),
        ("社会效益指标", "农村人居环境", "持续改善", 15.0, "持续改善"),
        ("服务对象满意度指标", "村民满意度", "90%", 15.0, "94")]
    assert project.indicators[1].target_parsed.op == "≤"


@pytest.mark.parametrize("run_together", [False, True])
def test_long_term_table_then_year_table_give_one_row_each(run_together: bool) -> None:
    # A multi-year form prints 长期绩效指标 and then 年度绩效指标 over the same rows (指标内容
    # names them): the year's values are the targets, the long-term ones stand beside them.
    header = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
    rows = [("产出指标", "数量指标", "改造老旧供水管网长度"), ("", "质量指标", "管网水质达标率"),
            ("满意度指标", "服务对象满意度指标", "用水户满意度")]
    long_values, year_values = ["≥120公里", "≥98%", "≥90%"], ["≥40公里", "≥97%", "≥90%"]
    lines = ["项目绩效目标表", "项目名称\t城区供水管网改造工程", "主管部门\t某县水利局\t项目单位\t某县供水公司",
             "长期绩效指标", "\t".join(header)]
    lines += ["\t".join([*r, v, ""]) for r, v in zip(rows, long_values, strict=True)]
    lines += ["年度绩效指标", "\t".join(header)]
    lines += ["\t".join([*r, v, ""]) for r, v in zip(rows, year_values, strict=True)]
    text = "\n".join(lines) + "\n"
    if run_together:
        flat = text.replace("\t", "").replace("\n", "")
        text = "\n".join(flat[k:k + 33] for k in range(0, len(flat), 33)) + "\n"
    [project] = read_text(text, "multi_year.txt").projects
    assert [(i.level3, i.target, i.midterm_target) for i in project.indicators] == [
        ("改造老旧供水管网长度", "≥40公里", "≥120公里"), ("管网水质达标率", "≥97%", "≥98%"),
        ("用水户满意度", "≥90%", "≥90%")]


def test_a_table_printed_column_by_column_pairs_names_and_values_despite_a_worded_name() -> None:
    # PDF text of a one-line form: every category and name, then every value. 新建泵站 reads
    # like a worded value and 2025年10月底前 is a deadline, not a name.
    text = (
        "项目支出绩效目标表 项目名称 灌区续建配套改造 主管部门 某县水务局 实施单位 某县灌区管理所 "
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 改造渠道长度 新建泵站 时效指标 工程完工时间 效益指标 社会效益指标 "
        "受益灌溉面积 满意度指标 服务对象满意度指标 受益农户满意度\n"
        "≥18公里 =4座 2025年10月底前 ≥1.2万亩 ≥90%\n"
    )
    [project] = read_text(text, "scrambled.txt").projects
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "改造渠道长度", "≥18公里"), ("数量指标", "新建泵站", "=4座"),
        ("时效指标", "工程完工时间", "2025年10月底前"), ("社会效益指标", "受益灌溉面积", "≥1.2万亩"),
        ("服务对象满意度指标", "受益农户满意度", "≥90%")]


def test_narrow_cells_wrapped_one_piece_per_line_join_into_their_value_and_rule() -> None:
    # PDF text, one line per printed line of a narrow column: 逐步缩 / 小 is one worded target,
    # 达到得满分，未达到酌情 / 扣分 one rule (its end is no part of the next name).
    lines = ["2024年度项目支出绩效自评表", "项目名称", "城乡环境卫生整治补助", "主管部门", "某县住房和城乡建设局",
             "实施单位", "某县环境卫生服务中心",
             "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准",
             "数量指标", "清运生活垃圾", "正向", "3.6", "万吨", "20", "3.8",
             "达到目标值得满分，未达", "到按完成比例得分",
             "社会效益指标", "城乡环境卫生差", "距", "正向", "逐步缩", "小", "20", "逐步缩", "小",
             "达到得满分，未达到酌情", "扣分",
             "可持续影响指标", "长效保洁机制", "正向", "持续完", "善", "10", "持续完", "善",
             "达到得满分，未达到酌情", "扣分"]
    [project] = read_text("\n".join(lines) + "\n", "narrow.txt").projects
    assert [(i.level3, i.target, i.actual, i.weight) for i in project.indicators] == [
        ("清运生活垃圾", "3.6万吨", "3.8", 20.0), ("城乡环境卫生差距", "逐步缩小", "逐步缩小", 20.0),
        ("长效保洁机制", "持续完善", "持续完善", 10.0)]


def test_totals_and_grades_are_read_from_what_states_them() -> None:
    # A 合计 under the weights is no score; a 中 inside the prose after the table is no grade;
    # a conclusion's sentence that states the grade gives it.
    rule = "达到目标值得满分，未达到按完成比例得分"
    rows = [("数量指标", "维修养护农村供水工程", "≥", "40", "处", "50", "43", rule),
            ("服务对象满意度指标", "用水群众满意度", "≥", "90", "%", "50", "93", rule)]
    head = ("2024年度项目支出绩效自评表\n项目名称\t农村供水工程维修养护\t项目主管部门\t某县水利局\n"
            "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\t评价标准\n")
    body = "\n".join("\t".join(r) for r in rows) + "\n合计\t\t\t\t\t100\t\t\n"
    prose = "二、政府采购情况\n全年政府采购预算80万元，其中工程类60万元。\n"
    [project] = read_text(head + body + prose, "weights_total.txt").projects
    assert (project.total_score, project.grade) == (None, None)

    stated = head + body + "评价结论\t经综合评价，本项目自评得分96分，评价等级为“良”。\n"
    [project] = read_text(stated, "stated_grade.txt").projects
    assert project.grade == "良"


@pytest.mark.parametrize("width", [17, 23, 31])
def test_cells_run_together_and_broken_narrow_read_as_one_stream(width: int) -> None:
    flat = SHAPES["run_together"].strip()
    text = "\n".join(flat[k:k + width] for k in range(0, len(flat), width)) + "\n"
    report = read_text(text, f"narrow_{width}.txt")
    [project] = report.projects
    assert report.layout == "run_together"
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == EXPECTED


def test_head_labels_wrapped_in_their_narrow_column_of_laid_out_text() -> None:
    # pdftotext -layout of a head whose label cells are narrow: 项目联系 / 人, 项目实施单 / 位,
    # 项目主管 / 部门 and 项目预算执 / 行情况（万 / 元） finish on the lines below.
    xs = (0, 12, 50, 60)
    head = [{0: "项目名称", 1: "社区居家养老服务补助", 2: "项目联系", 3: "赵敏"}, {2: "人"},
            {0: "项目实施单", 1: "某区养老服务指导中心", 2: "项目主管", 3: "某区民政局"},
            {0: "位", 2: "部门"},
            {0: "项目预算执", 1: "全年预算数（A）", 2: "全年执行数（B）"}, {0: "行情况（万"}, {0: "元）"},
            {1: "320", 2: "301.5"}]
    table = ("指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\n"
             "数量指标\t服务老年人人次\t≥\t5000\t人次\t50\t5230\n"
             "服务对象满意度指标\t老年人满意度\t≥\t90\t%\t50\t94\n")
    text = "2024年度项目支出绩效自评表\n" + "\n".join(_laid_out_line(c, xs) for c in head) + "\n" + table
    [project] = read_text(text, "laid_out_head.txt").projects
    assert (project.name, project.unit, project.department) == (
        "社区居家养老服务补助", "某区养老服务指导中心", "某区民政局")
    assert (project.funds.total, project.funds.executed) == (3_200_000, 3_015_000)


def test_a_name_starting_with_a_short_column_word_after_a_category_keeps_it() -> None:
    # 年度 heads a value column in some forms; after a category label it starts a name.
    text = ("项目名称乡镇综合文化站免费开放主管部门某县文化和旅游局实施单位某县文化馆一级指标二级指标"
            "三级指标指标值产出指标数量指标开展文化活动场次≥120场时效指标年度活动完成时间2025年12月底前"
            "满意度指标服务对象满意度指标群众满意度≥90%\n")
    [project] = read_text(text, "run.txt").projects
    assert [i.level3 for i in project.indicators] == ["开展文化活动场次", "年度活动完成时间", "群众满意度"]


def test_a_carryover_printed_only_under_the_year_budget_column_is_read() -> None:
    # 上年结转资金 has no 年初预算数 (it was not in the year's first budget): its amount stands
    # under 全年预算数 alone, with dashes after it.
    text = "\n".join([
        "项目支出绩效自评表", "项目名称\t学校安全设施改造\t\t主管部门\t某县教育局",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t300\t345\t340\t10\t98.55%\t9.86",
        "\t其中：当年财政拨款\t300\t300\t\t—\t\t—",
        "\t上年结转资金\t\t45\t\t—\t\t—",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t改造校园监控点位\t≥120个\t126个\t50\t50",
        "满意度指标\t服务对象满意度指标\t师生满意度\t≥90%\t95%\t40\t40",
    ]) + "\n"
    [project] = read_text(text, "carryover.txt").projects
    funds = project.funds
    assert (funds.total, funds.fiscal, funds.carryover, funds.executed) == (
        3_450_000, 3_000_000, 450_000, 3_400_000)


def test_a_worded_target_between_two_names_run_together_ends_the_first_row() -> None:
    text = ("项目名称校园食品安全监管主管部门某县教育局实施单位某县学校后勤服务中心一级指标二级指标三级指标"
            "指标值产出指标质量指标学校食堂食品安全事故零发生食堂量化分级达标率≥95%满意度指标服务对象满意度指标"
            "师生满意度≥90%\n")
    [project] = read_text(text, "run.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("学校食堂食品安全事故", "零发生"), ("食堂量化分级达标率", "≥95%"), ("师生满意度", "≥90%")]


def test_two_organisations_wrapped_side_by_side_in_laid_out_text_keep_their_own_ends() -> None:
    xs = (0, 10, 36, 62)
    head = [{0: "项目名称", 1: "城乡公交站亭维护"},
            {0: "主管部门", 1: "某省某市某区交通", 2: "实施单位", 3: "某区城乡公共交通管"},
            {1: "运输局", 3: "理站"}]
    table = ("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护公交站亭\t≥60座\n"
             "满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\n")
    text = "项目支出绩效目标表\n" + "\n".join(_laid_out_line(c, xs) for c in head) + "\n" + table
    [project] = read_text(text, "orgs.txt").projects
    assert (project.department, project.unit) == ("某省某市某区交通运输局", "某区城乡公共交通管理站")


def test_wrapped_head_label_whose_pieces_are_labels_themselves() -> None:
    # 预算 / 年度 and 实施 / 单位: each piece alone reads as another label (年度, 单位).
    xs = (0, 10, 50, 56)
    head = [{0: "项目名称", 1: "高校毕业生就业见习补贴", 2: "预算", 3: "2025"}, {2: "年度"},
            {0: "主管部门", 1: "某市人力资源和社会保障局", 2: "实施", 3: "某市就业服务中心"}, {2: "单位"}]
    table = ("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t见习岗位数量\t≥300个\n"
             "满意度指标\t服务对象满意度指标\t见习人员满意度\t≥90%\n")
    text = "项目绩效目标表\n" + "\n".join(_laid_out_line(c, xs) for c in head) + "\n" + table
    [project] = read_text(text, "pieces.txt").projects
    assert (project.name, project.year, project.unit) == ("高校毕业生就业见习补贴", 2025, "某市就业服务中心")


@pytest.mark.parametrize("block", [
    # the block's title before its header row
    ["年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出",
     "8620", "8300", "320", "1540", "7080"],
    # the row's label between the header row and its amounts
    ["资金总额", "财政拨款", "其他资金", "部门预算（万元）", "8620", "8300", "320"],
    # group labels over the header row, and the unit note under it
    ["收入", "支出", "年度预算", "预算总额", "财政拨款", "其他资金", "基本支出", "项目支出", "（万元）",
     "8620", "8300", "320", "1540", "7080"],
])
def test_a_department_budget_header_row_and_its_amounts_one_cell_per_line(block: list[str]) -> None:
    lines = ["部门整体支出绩效目标表", "部门名称", "某市应急管理局", *block,
             "年度总体目标", "提升全市防灾减灾救灾和应急处置能力。",
             "一级指标", "二级指标", "三级指标", "指标值",
             "产出指标", "数量指标", "组织应急演练次数", "≥12次",
             "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]
    [project] = read_text("\n".join(lines) + "\n", "dept.txt").projects
    funds = project.funds
    assert (funds.total, funds.fiscal, funds.other) == (86_200_000, 83_000_000, 3_200_000)


def test_a_total_score_wrapped_around_its_row_line_in_plain_pdf_text() -> None:
    # pdfplumber's text of a narrow 得分 cell centred on the 总分 row: `97.` above, `2` below.
    text = "\n".join([
        "项目支出绩效自评表（2024年度）", "项目名称 乡村道路安全隐患整治 主管部门 某县交通运输局",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "产出指标 数量指标 整治安全隐患点位 ≥40处 42处 50 50",
        "满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% 86% 50 47.2",
        "97.", "总分 100 自评等级：优", "2",
    ]) + "\n"
    [project] = read_text(text, "total.txt").projects
    assert (project.total_score, project.grade) == (97.2, "优")


def test_a_chongqing_self_evaluation_without_scores_is_read_by_its_cells_inside_a_report() -> None:
    # Weights and 全年完成值 but no 得分 column: a row with its weight and actual is well read
    # (the OCR line reader, tried on text with cut labels, must not win with no rows at all).
    doc = ROOT / "bench" / "reader_eval" / "dev4" / "docs" / "q03_cq_mupdf_tongliang_medins.txt"
    note = ("附件2\n说明：本表由项目单位填报，主管部门审核后报同级财政部门备案。\n"
            "三、绩效目标完成情况分析\n本年度项目总体按计划推进，具体见下表。\n")
    report = read_text(note + doc.read_text("utf-8"), "q03_in_report.txt")
    [project] = report.projects
    assert len(project.indicators) == 10
    assert all(i.weight is not None and i.actual for i in project.indicators)


def test_narrow_laid_out_columns_wrap_values_units_and_labels_onto_the_next_line() -> None:
    # pdftotext -layout of a Chongqing sheet with narrow columns: `2025年4` / `月`, `毫米/小` / `时`,
    # and a wrapped category (`社会效益指` / `标`) beside the last character of its row's name.
    text = (Path(__file__).parent / "fixtures" / "narrow_wraps.txt").read_text("utf-8")
    report = read_text(text, "narrow_wraps.txt")
    [project] = report.projects
    rows = [(i.level2, i.level3, i.target, i.actual) for i in project.indicators]
    assert rows == [
        ("数量指标", "改造老旧排水管网长度", "≥15公里", "16"),
        ("质量指标", "管网改造工程验收合格率", "≥98%", "100"),
        ("时效指标", "雨季前主体工程完工时间", "≤2025年5月", "2025年4月"),
        ("时效指标", "排水设施管护制度健全性", "健全", "健全"),
        ("社会效益指标", "易涝点积水消除数量比例", "≥80%", "85"),
        ("社会效益指标", "城区排涝能力提升标准", "≥30毫米/小时", "30"),
        ("服务对象满意度指标", "沿线居民满意度", "≥85%", "90"),
    ]
    assert not report.unread


def test_a_line_of_wrapped_ends_under_a_centred_laid_out_row_is_that_rows() -> None:
    # `间 | 前 | 日` under `…完成时 | 2025年6月底 | 2025年7月20`: one row, not two; a short
    # qualitative row (`制度健全性 | 健全 | 健全`) right after it stays a row of its own, and the
    # wrapped header `偏差原因分析及改进` / `措施` is no deviation of the first row.
    text = (Path(__file__).parent / "fixtures" / "centred_wraps.txt").read_text("utf-8")
    report = read_text(text, "centred_wraps.txt")
    [project] = report.projects
    rows = {i.level3: (i.target, i.actual, i.deviation) for i in project.indicators}
    assert len(project.indicators) == 7
    assert rows["装备配发到站完成时间"] == ("2025年6月底前", "2025年7月20日", "招标流程延长,配发推迟二十天")
    assert rows["制度健全性"] == ("健全", "健全", None)
    assert rows["配备乡镇消防站救援装备"][2] is None
    assert not report.unread


def test_amounts_printed_with_no_unit_anywhere_are_read_in_wan_yuan_when_small() -> None:
    # The 项目资金（万元） heading cell lost in a copy: 年度资金总额 95.6 is 95.6万元, not 95.6 元.
    head = "项目名称\t2025年乡村医生在岗培训\n年度资金总额\t95.6\n其中：财政拨款\t80\n"
    table = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训乡村医生人次\t≥600人次\n"
    [project] = read_text(TITLE + "\n" + head + table, "no_unit.txt").projects
    assert (project.funds.total, project.funds.fiscal) == (956000.0, 800000.0)
    [big] = read_text(TITLE + "\n" + head.replace("95.6", "956000") + table, "yuan.txt").projects
    assert big.funds.total == 956000.0


def test_run_together_rows_end_at_compound_units_and_worded_targets() -> None:
    # 家次 is one unit; 不减少 / 有所增加 / 长效运行 end a name as its target; 同比下降10% is one value.
    text = ("2025年度项目支出绩效目标表\n项目名称城市书房建设运营主管部门某市文化广电和旅游局实施单位某市图书馆"
            "一级指标二级指标三级指标指标值产出指标数量指标服务社区读者≥1500家次开展阅读推广活动≥40场"
            "质量指标馆藏图书总量不减少效益指标社会效益指标图书借阅量有所增加借阅纠纷投诉同比下降10%"
            "可持续影响指标书房运营机制长效运行满意度指标服务对象满意度指标读者满意度≥90%\n")
    [project] = read_text(text, "run_units.txt").projects
    rows = [(i.level3, i.target) for i in project.indicators]
    assert rows == [("服务社区读者", "≥1500家次"), ("开展阅读推广活动", "≥40场"), ("馆藏图书总量", "不减少"),
                    ("图书借阅量", "有所增加"), ("借阅纠纷投诉", "同比下降10%"), ("书房运营机制", "长效运行"),
                    ("读者满意度", "≥90%")]


def test_a_level1_label_centred_below_its_first_rows_keeps_their_level2() -> None:
    # pdftotext -layout: 数量指标 on the block's first row, 产出指标 on its second; a name ending
    # as names do (`改造工程完工`) wraps with its values (`时间 | 底前 | 5日`); the header's
    # `偏差原因分析及改进措` / `施` is one heading.
    text = (Path(__file__).parent / "fixtures" / "centred_level1.txt").read_text("utf-8")
    report = read_text(text, "centred_level1.txt")
    [project] = report.projects
    rows = [(i.level1, i.level2, i.level3, i.target, i.actual) for i in project.indicators]
    assert rows[:3] == [
        ("产出指标", "数量指标", "改造敬老院消防设施", "≥12所", "12所"),
        ("产出指标", "数量指标", "配备灭火器材数量", "≥600具", "620具"),
        ("产出指标", "时效指标", "改造工程完工时间", "2025年10月底前", "2025年11月5日"),
    ]
    assert len(rows) == 5 and project.indicators[2].deviation == "施工队伍调整,工期延后"
    assert not report.unread


def _broken_every(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width)) + "\n"


@pytest.mark.parametrize("width", [14, 19, 23])
def test_run_together_text_broken_at_a_narrow_width_inside_labels_and_values(width: int) -> None:
    # A DOCX dump broken every few characters, inside labels (`数` / `量指标`), names and
    # values (`≥3` / `家`).
    text = _broken_every(
        "项目支出绩效目标申报表（2025年度）项目名称农村供水水质提升项目属性延续项目主管预算部门某县水利局"
        "项目实施单位某县农村供水管理站资金情况（万元）年度资金总额80其中：财政拨款80其他资金"
        "年度绩效目标完成农村供水工程水质提升改造，保障群众饮水安全。一级指标二级指标三级指标指标值"
        "产出指标（50分）数量指标改造农村供水工程处数≥3家质量指标出厂水水质达标率≥95%"
        "时效指标改造完成时间2025年10月31日前效益指标（30分）社会效益指标受益农村人口≥1.2万人"
        "满意度指标（20分）服务对象满意度指标受益群众满意度≥90%", width)
    [project] = read_text(text, "narrow_run.txt").projects
    assert (project.department, project.unit) == ("某县水利局", "某县农村供水管理站")
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "改造农村供水工程处数", "≥3家"), ("质量指标", "出厂水水质达标率", "≥95%"),
        ("时效指标", "改造完成时间", "2025年10月31日前"), ("社会效益指标", "受益农村人口", "≥1.2万人"),
        ("服务对象满意度指标", "受益群众满意度", "≥90%")]


def test_run_together_rows_one_per_line_with_short_level1_labels_and_bare_amounts() -> None:
    text = ("项目支出绩效目标申报表（2025年度）\n项目名称革命文物保护利用主管预算部门某市文化和旅游局\n"
            "项目实施单位某市革命纪念馆资金情况（万元）年度资金总额260\n一级指标二级指标三级指标指标值\n"
            "产出数量指标修缮革命旧址本体18处\n举办革命文物专题展览≥4场\n质量指标修缮工程验收合格率100%\n"
            "效益社会效益指标革命文化传播影响持续扩大\n满意度服务对象满意度指标参观群众满意度≥95%\n")
    [project] = read_text(text, "row_lines.txt").projects
    assert [(i.level1, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "修缮革命旧址本体", "18处"), ("产出指标", "举办革命文物专题展览", "≥4场"),
        ("产出指标", "修缮工程验收合格率", "100%"), ("效益指标", "革命文化传播影响", "持续扩大"),
        ("满意度指标", "参观群众满意度", "≥95%")]


def test_sign_value_and_unit_columns_headed_by_single_words() -> None:
    # 符号 | 值 | 单位: the target is put together from three columns; no weights are invented.
    text = ("项目支出绩效目标申报表（2025年度）\n项目名称        社区养老服务驿站运营补助\n"
            "一级指标      二级指标      三级指标                符号    值        单位\n"
            "产出指标      数量指标      运营养老服务驿站数量            12        个\n"
            "                            服务老年人人次          ≥       3         万人次\n"
            "              质量指标      驿站服务规范达标率      ≥       95        %\n"
            "满意度指标    服务对象满意  老年人满意度            ≥       90        %\n"
            "              度指标\n")
    [project] = read_text(text, "sign_value_unit.txt").projects
    assert [(i.level3, i.target, i.weight) for i in project.indicators] == [
        ("运营养老服务驿站数量", "12个", None), ("服务老年人人次", "≥3万人次", None),
        ("驿站服务规范达标率", "≥95%", None), ("老年人满意度", "≥90%", None)]
    assert project.form is FormKind.TARGET_DECLARATION


def test_run_together_amount_and_long_term_targets_before_the_next_label() -> None:
    text = ("2025年度项目支出绩效目标表\n项目名称地方志资料征集编纂主管部门某市地方志办公室"
            "一级指标二级指标三级指标指标值产出指标数量指标征集地方志资料≥600件编纂出版年鉴1部"
            "质量指标年鉴编校差错率≤1‰效益指标可持续影响指标地情资料库建设长期满意度指标"
            "服务对象满意度指标资料使用者满意度≥90%\n")
    [project] = read_text(text, "amount_label.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("征集地方志资料", "≥600件"), ("编纂出版年鉴", "1部"), ("年鉴编校差错率", "≤1‰"),
        ("地情资料库建设", "长期"), ("资料使用者满意度", "≥90%")]


@pytest.mark.parametrize("label, wrapped", [("年度资金总额（万", "元）"), ("年度资金总额（万元", "）")])
def test_a_funds_label_whose_unit_note_wraps_in_laid_out_text(label: str, wrapped: str) -> None:
    text = (f"2025年项目绩效目标表\n项目名称            城乡居民医疗救助\n{label:<20}6800\n{wrapped}\n"
            "其中：财政拨款      6800\n一级指标       二级指标      三级指标          指标值\n"
            "产出指标       数量指标      资助参保人数      ≥5万人\n")
    report = read_text(text, "wrapped_unit.txt")
    [project] = report.projects
    assert (project.funds.total, project.funds.fiscal) == (68000000.0, 68000000.0)
    assert not report.unread


def test_a_row_label_printed_down_the_left_of_a_laid_out_table_is_no_category() -> None:
    # 绩效 on the header's line, 指标 further down, left of every column; a date wrapped after
    # its day (`2025年8月31日` / `前`).
    text = ("2025年项目绩效目标表\n项目名称         乡镇司法所规范化建设\n"
            "绩效  一级指标    二级指标          三级指标                    指标值\n"
            "                  数量指标          规范化建设司法所数量        12个\n"
            "      产出指标    质量指标          建设项目验收合格率          100%\n"
            "指标              时效指标          建设任务完成时间            2025年8月31日\n"
            "                                                                前\n"
            "      效益指标    社会效益指标      基层矛盾纠纷化解率          ≥95%\n")
    report = read_text(text, "row_label_left.txt")
    [project] = report.projects
    assert [(i.level1, i.level2, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "12个"), ("产出指标", "质量指标", "100%"),
        ("产出指标", "时效指标", "2025年8月31日前"), ("效益指标", "社会效益指标", "≥95%")]
    assert not report.unread


def test_a_year_printed_apart_after_a_one_line_title_is_the_forms_year() -> None:
    text = ("项目支出绩效目标表 2024年度 项目名称 人民调解员培训 主管部门 某县司法局 一级指标 二级指标 "
            "三级指标 指标值 产出指标 数量指标 培训人民调解员人次 ≥500人次\n")
    [project] = read_text(text, "year_apart.txt").projects
    assert project.year == 2024


def test_a_form_printed_column_by_column_on_each_of_two_pages() -> None:
    # PDF text of a two-page table: each page prints its names, then its values; worded values
    # (进一步提升) and a day's deadline (次月10日前) among them.
    text = ("2025年度项目支出绩效目标表 项目名称 公共法律服务体系建设 主管部门 某市司法局\n"
            "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 法律援助案件办理数量 公证服务事项 "
            "质量指标 法律援助案件质量评查合格率 时效指标 援助申请审查办结时间\n"
            "≥1200件 ≥3000件 ≥95% 次月10日前\n第 1 页 共 2 页\n"
            "效益指标 社会效益指标 群众法律服务获得感 可持续影响指标 公共法律服务网络覆盖 "
            "满意度指标 服务对象满意度指标 受援群众满意度\n进一步提升 持续加强 ≥90%\n第 2 页 共 2 页\n")
    [project] = read_text(text, "two_pages.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("法律援助案件办理数量", "≥1200件"), ("公证服务事项", "≥3000件"), ("法律援助案件质量评查合格率", "≥95%"),
        ("援助申请审查办结时间", "次月10日前"), ("群众法律服务获得感", "进一步提升"),
        ("公共法律服务网络覆盖", "持续加强"), ("受援群众满意度", "≥90%")]


def test_a_level1_centred_after_its_first_level2_in_a_scrambled_one_line_form() -> None:
    text = ("2025年项目绩效目标表 项目名称 村级档案室建设 主管部门 某县档案馆 一级指标 二级指标 三级指标 "
            "指标值 数量指标 建设村级档案室 产出指标 征集村史档案资料 质量指标 档案室验收达标率 "
            "效益指标 社会效益指标 村级档案管理水平 20个 ≥3000件 ≥95% 有所提升\n")
    [project] = read_text(text, "centred_one_line.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "建设村级档案室", "20个"), ("产出指标", "数量指标", "征集村史档案资料", "≥3000件"),
        ("产出指标", "质量指标", "档案室验收达标率", "≥95%"), ("效益指标", "社会效益指标", "村级档案管理水平", "有所提升")]


def test_a_self_evaluation_run_together_whose_numbers_alone_are_spaced_apart() -> None:
    # Only the numbers keep a space between them (`210 225 219.6 10`): still text run together,
    # broken anywhere (`国家` / `统计局`, `质量指` / `标`).
    text = ("项目支出绩效自评表（2024年度）\n项目名称农村社会救助核查经费主管部门某市民政局实施单位某市\n"
            "社会救助服务中心项目资金（万元）年初预算数全年预算数全\n年执行数分值执行率得分年度资金总额80 90 88.2 10 \n"
            "98.00% 9.80其中：当年财政拨款80 80 — —一级指标二级指标三级指标\n"
            "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标核查救助对象户数≥2\n"
            "000户2100户40 40质量指\n标核查结果准确率≥98%99% 30 30满意度指标服务对象满意度指标救助对象满意度≥90%\n"
            "92% 20 20总分100 99.80自评等级：优\n")
    [project] = read_text(text, "spaced_numbers.txt").projects
    assert project.unit == "某市社会救助服务中心"
    assert [(i.level2, i.level3, i.target, i.actual, i.weight, i.score) for i in project.indicators] == [
        ("数量指标", "核查救助对象户数", "≥2000户", "2100户", 40.0, 40.0),
        ("质量指标", "核查结果准确率", "≥98%", "99%", 30.0, 30.0),
        ("服务对象满意度指标", "救助对象满意度", "≥90%", "92%", 20.0, 20.0)]


def test_category_labels_numbered_and_weighted_in_percent() -> None:
    rows = [("一、产出指标（权重50%）", "1.数量指标", "新建村级应急广播终端", "≥300个"),
            ("", "2.时效性指标", "建设完成时间", "2025年10月底前"),
            ("二、效益指标（权重30%）", "1.社会效益指标", "应急信息覆盖行政村比例", "100%"),
            ("三、满意度指标（权重20%）", "1.服务对象满意度指标", "村民满意度", "≥90%")]
    text = "\n".join([TITLE, "项目名称\t基层应急广播建设", "\t".join(HEADER), *("\t".join(r) for r in rows)])
    report = read_text(text + "\n", "numbered_weighted.txt")
    [project] = report.projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "新建村级应急广播终端"), ("产出指标", "时效指标", "建设完成时间"),
        ("效益指标", "社会效益指标", "应急信息覆盖行政村比例"), ("满意度指标", "服务对象满意度指标", "村民满意度")]
    assert not report.unread


def test_the_older_templates_project_completion_and_benefit_categories() -> None:
    rows = [("项目完成指标", "数量目标", "完成农村危房改造户数", "≥800户"),
            ("", "质量目标", "改造房屋竣工验收合格率", "100%"),
            ("项目效益指标", "社会效益", "困难群众住房安全保障", "明显改善"),
            ("", "服务对象满意度", "改造户满意度", "≥90%")]
    text = "\n".join([TITLE, "项目名称\t农村危房改造补助", "\t".join(HEADER), *("\t".join(r) for r in rows)])
    [project] = read_text(text + "\n", "older_template.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "完成农村危房改造户数"), ("产出指标", "质量指标", "改造房屋竣工验收合格率"),
        ("效益指标", "社会效益指标", "困难群众住房安全保障"), ("效益指标", "服务对象满意度指标", "改造户满意度")]


def test_a_row_numbered_1_before_the_2_that_opens_a_new_category_starts_it() -> None:
    # The merged 生态效益指标 cell is printed on its block's second row (指标2), its first row
    # (指标1) left at the end of the block above.
    rows = [("效益指标", "社会效益指标", "指标1：基层就诊率", "≥60%"),
            ("", "", "指标2：家庭医生签约率", "≥40%"),
            ("", "", "指标1：医疗废物规范处置率", "100%"),
            ("", "生态效益指标", "指标2：诊疗场所环境达标率", "100%")]
    text = "\n".join([TITLE, "项目名称\t基层医疗卫生服务能力提升", "\t".join(HEADER), *("\t".join(r) for r in rows)])
    [project] = read_text(text + "\n", "numbered_rows.txt").projects
    assert [i.level2 for i in project.indicators] == ["社会效益指标", "社会效益指标", "生态效益指标", "生态效益指标"]


def test_a_blocks_last_row_named_for_the_next_category_belongs_to_it() -> None:
    # 时效指标's merged cell centred across a page break: its first row (…时效) printed above it.
    rows = [("产出指标", "质量指标", "培训考核合格率", "≥95%"),
            ("", "", "考核组织时效", "2025年6月底前"),
            ("", "时效指标", "证书发放时间", "2025年7月底前")]
    text = "\n".join([TITLE, "项目名称\t乡村医生在岗培训", "\t".join(HEADER), *("\t".join(r) for r in rows)])
    [project] = read_text(text + "\n", "named_next.txt").projects
    assert [i.level2 for i in project.indicators] == ["质量指标", "时效指标", "时效指标"]


def test_laid_out_labels_wrapped_over_three_lines_and_a_working_day_deadline() -> None:
    # `满意` / `度指` / `标` beside `服务对象` / `满意度指` / `标`; `验收后30个工作` / `日内`.
    text = (Path(__file__).parent / "fixtures" / "label_wrapped_thrice.txt").read_text("utf-8")
    report = read_text(text, "label_wrapped_thrice.txt")
    [project] = report.projects
    rows = [(i.level1, i.level2, i.level3, i.target) for i in project.indicators]
    assert len(rows) == 6
    assert rows[2] == ("产出指标", "时效指标", "补助资金拨付时限", "验收后30个工作日内")
    assert rows[5] == ("满意度指标", "服务对象满意度指标", "加装电梯住户满意度", "≥90%")
    assert not report.unread


@pytest.mark.parametrize("points", [True, False])
def test_run_together_categories_keep_their_outline_numbers(points: bool) -> None:
    # `≥260人2.质量指标（20分）`: the 2. opens the next category, it is no part of the value.
    text = ("2025年度项目支出绩效目标表\n项目名称残疾儿童康复救助主管部门某市残疾人联合会一级指标二级指标三级指标指标值"
            "一、产出指标（50分）1.数量指标（20分）救助残疾儿童人数≥260人2.质量指标（20分）康复训练达标率≥85%"
            "二、效益指标（30分）1.社会效益指标（30分）残疾儿童功能改善明显改善三、满意度指标（20分）"
            "1.服务对象满意度指标（20分）家长满意度≥90%\n")
    if not points:
        text = re.sub(r"（\d+分）", "", text)
    report = read_text(text, "outline_run.txt")
    [project] = report.projects
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "救助残疾儿童人数", "≥260人"), ("质量指标", "康复训练达标率", "≥85%"),
        ("社会效益指标", "残疾儿童功能改善", "明显改善"), ("服务对象满意度指标", "家长满意度", "≥90%")]
    assert not report.unread


def test_a_short_measure_name_after_a_short_category_in_a_one_line_form() -> None:
    # `效益 社会效益 复吸率 ≤ 10 %`: 复吸率 is the row's name (values never end in 率), so
    # 社会效益 stays its category.
    text = ("项目支出绩效目标表 项目名称 社区戒毒康复指导 主管部门 某县禁毒委员会办公室 一级指标 二级指标 三级指标 "
            "指标方向 指标值 计量单位 产出 数量 社区戒毒人员帮扶人数 ≥ 120 人 效益 社会效益 复吸率 ≤ 10 % "
            "满意度 服务对象满意度 帮扶对象满意度 ≥ 85 %\n")
    [project] = read_text(text, "short_measure.txt").projects
    assert [(i.level2, i.level3, i.target) for i in project.indicators] == [
        ("数量指标", "社区戒毒人员帮扶人数", "≥120人"), ("社会效益指标", "复吸率", "≤10%"),
        ("服务对象满意度指标", "帮扶对象满意度", "≥85%")]


def test_a_rubric_under_its_own_table_title_with_a_scoring_basis_column() -> None:
    # 「附表 绩效评价指标评分表」 after the head is the same form's table, and its title holds no
    # column headers (评价指标, 评分); 评分依据及说明 is a text column, not part of the name.
    rows = [("决策（20分）", "项目立项", "立项依据充分性", "10", "符合部门职责，得满分", "10"),
            ("", "绩效目标", "绩效目标合理性", "10", "部分目标与预算匹配不足扣1分", "9"),
            ("产出（80分）", "数量指标", "全民健身活动举办场次", "40", "目标≥20场，实际完成22场", "40"),
            ("", "质量指标", "活动安全事故发生率", "40", "未发生安全事故", "40")]
    text = "\n".join(["某县2024年度项目绩效自评", "项目名称：全民健身活动经费",
                      "主管部门：某县文化和体育局\t实施单位：某县体育事业发展中心", "",
                      "附表 绩效评价指标评分表", "一级指标\t二级指标\t三级指标\t分值\t评分依据及说明\t得分",
                      *("\t".join(r) for r in rows), "合计\t\t\t100\t\t99"]) + "\n"
    report = read_text(text, "rubric_titled.txt")
    [project] = report.projects
    assert [(i.level2, i.level3, i.weight, i.score) for i in project.indicators] == [
        ("项目立项", "立项依据充分性", 10.0, 10.0), ("绩效目标", "绩效目标合理性", 10.0, 9.0),
        ("数量指标", "全民健身活动举办场次", 40.0, 40.0), ("质量指标", "活动安全事故发生率", 40.0, 40.0)]


def test_a_direction_column_beside_a_sign_column_is_no_second_sign() -> None:
    # 指标方向 | 运算符 | 指标值 | 计量单位, one cell per line (a Word copy): ≥ is the sign,
    # 正向 is kept as the printed direction.
    cells = ["一级指标", "二级指标", "三级指标", "指标方向", "运算符", "指标值", "计量单位",
             "产出指标", "数量指标", "完成耕地图斑核查数量", "正向", "≥", "3000", "个",
             "", "", "单个图斑核查成本", "反向", "≤", "200", "元"]
    text = "\n".join([TITLE, "项目名称", "耕地保护监测补助", "", *cells]) + "\n"
    report = read_text(text, "direction_sign.txt")
    [project] = report.projects
    assert [(i.level3, i.target, i.extra.get("指标方向")) for i in project.indicators] == [
        ("完成耕地图斑核查数量", "≥3000个", "正向"), ("单个图斑核查成本", "≤200元", "反向")]


def test_a_form_continued_on_its_next_page_under_a_repeated_title_and_header() -> None:
    text = "\n".join([
        "2024年度项目支出绩效自评表", "项目名称\t安全生产执法专项经费", "主管部门\t某市应急管理局",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t执法检查企业数\t≥800家\t826家\t50\t50",
        "第 1 页 共 2 页", "2024年度项目支出绩效自评表（续）",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "满意度指标\t服务对象满意度指标\t被检查企业满意度\t≥85%\t90%\t50\t48",
        "总分\t\t\t\t\t100\t98\t自评等级：优", "第 2 页 共 2 页"]) + "\n"
    [project] = read_text(text, "continued.txt").projects
    assert [i.level3 for i in project.indicators] == ["执法检查企业数", "被检查企业满意度"]
    assert (project.total_score, project.grade) == (98.0, "优")


def test_column_by_column_labels_with_satisfaction_printed_at_both_levels() -> None:
    # One line, every label first: 满意度指标 followed by 服务对象满意度指标 is the level 1
    # above it, not a level 2 of its own taking a row away from 数量指标.
    text = ("项目名称 老年人助餐服务补贴 主管部门 某区民政局 实施单位 某区养老服务指导中心 "
            "年度目标 建设社区助餐点，为老年人提供助餐服务。 "
            "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 质量指标 时效指标 效益指标 "
            "社会效益指标 满意度指标 服务对象满意度指标 新建社区助餐点 享受助餐服务老年人 "
            "助餐点食品安全检查合格率 补贴发放及时率 老年人用餐便利度 老年人满意度 "
            "≥15个 ≥3000人 100% ≥98% 明显提升 ≥90%\n")
    [project] = read_text(text, "labels_first.txt").projects
    assert [(i.level2, i.level3) for i in project.indicators] == [
        ("数量指标", "新建社区助餐点"), ("数量指标", "享受助餐服务老年人"),
        ("质量指标", "助餐点食品安全检查合格率"), ("时效指标", "补贴发放及时率"),
        ("社会效益指标", "老年人用餐便利度"), ("服务对象满意度指标", "老年人满意度")]


def test_chongqing_self_evaluation_run_together_with_zero_actual_and_threshold_rule() -> None:
    # 指标类型/指标名称/指标值/计量单位/指标权重/全年完成值/评价标准 with no separators: a
    # weight glued to a zero actual under a ceiling (`≤0次100` is 10 and 0), a rule's
    # `或不得分` stays in the rule, and a rule naming its own threshold (`…90%以上计满分`) is
    # no row of its own.
    text = ("2024年度项目支出绩效自评表项目名称乡村全民健身赛事经费项目实施单位某市体育事业发展中心"
            "项目主管部门某市体育局指标类型指标名称指标值计量单位指标权重全年完成值评价标准"
            "数量指标参赛群众人数≥280人15286达到目标得满分，未达到按完成比例得分或不得分"
            "质量指标赛事安全事故发生次数≤0次100达到目标得满分"
            "管理类指标预算执行率≥90%1096预算执行率90%以上计满分\n")
    [project] = read_text(text, "cq_run.txt").projects
    got = [(i.level1, i.level3, i.target, i.weight, i.actual) for i in project.indicators]
    assert got == [("产出指标", "参赛群众人数", "≥280人", 15.0, "286"),
                   ("产出指标", "赛事安全事故发生次数", "≤0次", 10.0, "0"),
                   ("管理类指标", "预算执行率", "≥90%", 10.0, "96")]


def test_self_evaluation_run_together_with_the_actual_printed_in_its_unit() -> None:
    # `≥280人286人1515`: the actual follows the target in the same unit, so 1515 is the
    # weight and the score (15, 15), not a weight of 1 and an actual of 515.
    text = ("2023年度项目支出绩效自评表项目名称乡村医生补助资金主管部门某旗卫生健康委员会"
            "实施单位某旗基层卫生指导中心一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "产出指标数量指标补助乡村医生人数≥280人286人1515质量指标补助资金发放准确率"
            "100%100%1515\n")
    [project] = read_text(text, "se_run.txt").projects
    assert [(i.level3, i.target, i.actual, i.weight, i.score) for i in project.indicators] == [
        ("补助乡村医生人数", "≥280人", "286人", 15.0, 15.0),
        ("补助资金发放准确率", "100%", "100%", 15.0, 15.0)]


def test_amounts_without_a_printed_unit_are_read_in_wan_yuan_with_a_warning() -> None:
    text = "\n".join(["2025年项目支出绩效目标表", "项目名称\t乡村道路养护补助",
                      "主管部门\t某县交通运输局", "年度资金总额\t95.6",
                      "一级指标\t二级指标\t三级指标\t指标值",
                      "产出指标\t数量指标\t养护农村公路里程\t≥120公里"]) + "\n"
    [project] = read_text(text, "no_unit.txt").projects
    assert project.funds.total == 956000.0
    assert any("assumed 万元" in w for w in project.warnings)


def test_laid_out_rule_filling_its_column_goes_on_below_and_keeps_its_row_in_its_block() -> None:
    # 预算执行率's rule fills its column to the edge with no comma (`…/全年预算` / `数×100%…`):
    # its lines stay with its row, so the row's lines sit in the block 管理类指标 is centred on.
    text = "\n".join([
        '2024年度项目支出绩效自评表',
        '项目名称      城区排水管网维护经费',
        '项目主管部门  某市城市管理局',
        '指标类型      指标名称                    指标值    计量单位  指标权重  全年完成值  评价标准',
        '              管网清淤疏通长度            500       公里      20        512         达到目标值得满分，未达到按完成',
        '                                                                                    比例得分',
        '产出类指标    雨水口清掏数量              3000      个        20        3105        达到目标值得满分，未达到按完成',
        '                                                                                    比例得分',
        '              管网巡查覆盖率              100       %         10        100         达到目标值得满分，未达到按完成',
        '                                                                                    比例得分',
        '满意度类指标  沿线居民满意度              90        %         20        93          达到目标值得满分，未达到按完成',
        '                                                                                    比例得分',
        '              预算执行率                  90        %         10        96          预算执行率=实际支出数/全年预算',
        '                                                                                    数×100%，90%以上计满分，每低于',
        '                                                                                    5%扣1分',
        '管理类指标    资金使用合规性              合规      无        10        合规        资金拨付审批程序完整，无截留、',
        '                                                                                    挤占、挪用，每发现一例扣2分',
        '              绩效目标明确性              明确      无        10        明确        指标清晰可衡量',
    ]) + "\n"
    [project] = read_text(text, "rule_at_edge.txt").projects
    got = {i.level3: i.level1 for i in project.indicators}
    assert got["沿线居民满意度"] == "满意度指标"
    assert [got[n] for n in ("预算执行率", "资金使用合规性", "绩效目标明确性")] == ["管理类指标"] * 3
    [rule] = [i.extra["评价标准"] for i in project.indicators if i.level3 == "预算执行率"]
    assert rule.endswith("每低于5%扣1分")


def test_an_html_table_copied_one_cell_per_line_with_its_cell_bars() -> None:
    # Each cell ends with its bar, an empty cell is a bar alone: the bars are no content, and
    # 运算符 / 指标值 / 计量单位 on lines of their own make one target.
    cells = ["一级指标", "二级指标", "三级指标", "指标方向", "运算符", "指标值", "计量单位",
             "产出指标", "数量指标", "新建村级综合服务站", "正向", "≥", "36", "个",
             "", "", "服务站验收合格率", "正向", "=", "100", "%"]
    text = "\n".join(["项目名称 |", "村级综合服务站建设补助 |", "主管部门 |", "某县民政局 |",
                      *(c + " |" for c in cells)]) + "\n"
    report = read_text(text, "cell_bars.txt")
    [project] = report.projects
    assert project.name == "村级综合服务站建设补助"
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("新建村级综合服务站", "≥36个"), ("服务站验收合格率", "=100%")]
    assert report.unread == []


def test_laid_out_header_cells_one_space_apart_include_the_note_column() -> None:
    # `指标值 计量单位 评（扣）分标准 备注`: headings close together are four columns, 备注
    # among them the note column's heading, not a head field.
    text = "\n".join([
        "   项目名称         城市夜间经济示范街区建设        主管部门       某市商务局",
        "   一级指标      二级指标      三级指标                指标方向   运算符   指标值 计量单位 评（扣）分标准 备注",
        "   产出指标      数量指标      打造夜间经济示范街区    正向       ≥        6      个",
        "                 质量指标      街区商户经营合规率      正向       ≥        95     %",
    ]) + "\n"
    report = read_text(text, "laid_out_note.txt")
    [project] = report.projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("打造夜间经济示范街区", "≥6个"), ("街区商户经营合规率", "≥95%")]
    assert report.unread == []


def test_rubric_rows_without_values_on_one_line_keep_their_points() -> None:
    # 决策 rows print no 指标值 / 实际完成值: `立项依据充分性 3 3 立项程序规范性 2 2` is two
    # rows with their 分值 and 得分, not one row whose target is 33 and actual a name.
    text = ("2024年度项目支出绩效自评表（评分表）\n项目名称：乡村文化活动室运行补助\n"
            "主管部门：某县文化广电和旅游局\n"
            "一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分 扣分原因 决策（10分） 项目立项 "
            "立项依据充分性 3 3 立项程序规范性 2 2 资金投入 预算编制科学性 5 4 测算依据不足 "
            "产出（90分） 数量指标 开放活动室数量 ≥40个 42个 50 50 质量指标 活动室设施完好率 "
            "≥95% 97% 40 40 合计 100 99\n")
    [project] = read_text(text, "rubric_one_line.txt").projects
    got = [(i.level3, i.target, i.actual, i.weight, i.score) for i in project.indicators]
    assert got == [("立项依据充分性", None, None, 3.0, 3.0), ("立项程序规范性", None, None, 2.0, 2.0),
                   ("预算编制科学性", None, None, 5.0, 4.0),
                   ("开放活动室数量", "≥40个", "42个", 50.0, 50.0),
                   ("活动室设施完好率", "≥95%", "97%", 40.0, 40.0)]


def test_a_sign_on_its_own_line_is_never_a_unit() -> None:
    # One cell per line (a PDF's text), a name wrapped onto a second line (`…内涝` / `事件`):
    # reading 事件 as the value would make = the unit and 0 a weight; a sign is never a unit.
    cells = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准",
             "数量指标", "新建雨水管网长度", "≥", "35", "公里", "达到指标值得满分，", "未达到按比例扣分",
             "社会效益指标", "汛期城区严重内涝", "事件", "=", "0", "起", "达到指标值得满分，",
             "未达到按比例扣分"]
    text = "\n".join(["2025年项目支出绩效目标表", "项目名称", "城市排水防涝设施建设", *cells]) + "\n"
    [project] = read_text(text, "sign_alone.txt").projects
    assert [(i.level3, i.target, i.weight) for i in project.indicators] == [
        ("新建雨水管网长度", "≥35公里", None), ("汛期城区严重内涝事件", "=0起", None)]


def test_cells_copied_with_their_bars_are_whole_cells() -> None:
    # Each line with its bar is one whole cell: the 指标解释 after a target is its own cell,
    # never the target's wrapped end (`=0起` | `当年发生数`).
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "指标解释",
             "效益指标", "社会效益指标", "因校园欺凌引发的重大安全事件", "=0起", "当年发生数",
             "可持续影响指标", "校园安全巡查机制运行", "持续稳定运行", "定性",
             "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92%", "抽样问卷"]
    text = "\n".join(["项目名称 |", "平安校园建设经费 |", *(c + " |" for c in cells)]) + "\n"
    [project] = read_text(text, "bars_whole.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("因校园欺凌引发的重大安全事件", "=0起"), ("校园安全巡查机制运行", "持续稳定运行"),
        ("学生家长满意度", "≥92%")]


def test_one_cell_per_line_cells_wrapped_at_their_column_edge() -> None:
    # Text copied from a PDF, one line per printed line: long cells break where their column
    # ends, so many lines share that width; a line of that width goes on in the next one.
    names = ["改造提升乡镇商贸中心数量", "新建村级寄递物流综合服务站", "县乡村三级物流共同配送覆盖率",
             "农村电商服务站点年均交易额", "农村电商带动农牧民就业人数"]
    values = ["≥16个", "≥120个", "≥85%", "≥30万元", "≥900人"]
    rule = "达到指标值得满分，未达到按比例扣分"

    def wrap(text: str) -> list[str]:
        return [text[k:k + 8] for k in range(0, len(text), 8)]

    lines = ["2025年项目支出绩效目标表", "项目名称", "县域商业体系建设", "指标类型", "指标名称",
             "指标值", "评价标准", "数量指标"]
    for name, value in zip(names, values, strict=True):
        lines += [*wrap(name), value, *wrap(rule)]
    [project] = read_text("\n".join(lines) + "\n", "wrapped_lines.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == list(zip(names, values, strict=True))


def test_head_values_and_targets_wrapped_at_the_column_edge_in_pdf_text() -> None:
    # One line per printed line, every column 8 characters wide: a name cut before 项目 keeps
    # it (项目 / 主管部门 is no label 项目主管部门), an organisation that reads whole (…商务委)
    # still goes on in 员会, and 计量单位 无 is no part of a deadline.
    def wrap(text: str) -> list[str]:
        return [text[k:k + 8] for k in range(0, len(text), 8)]

    rule = "达到指标值得满分，未达到按比例扣分"
    lines = ["2025年项目支出绩效目标表", "项目名称", *wrap("城乡商贸流通体系建设项目"),
             "主管部门", *wrap("某自治区某市商务委员会"), "实施单位", *wrap("某市商贸流通服务中心"),
             "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "评价标准",
             "数量指标", *wrap("改造提升乡镇商贸中心数量"), "≥", "16", "个", *wrap(rule),
             *wrap("新建村级寄递物流综合服务站"), "≥", "120", "个", *wrap(rule),
             "时效指标", *wrap("补助资金拨付时间"), "无", "10月底前", "无", *wrap(rule)]
    [project] = read_text("\n".join(lines) + "\n", "wrapped_head.txt").projects
    assert (project.name, project.department, project.unit) == (
        "城乡商贸流通体系建设项目", "某自治区某市商务委员会", "某市商贸流通服务中心")
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("改造提升乡镇商贸中心数量", "≥16个"), ("新建村级寄递物流综合服务站", "≥120个"),
        ("补助资金拨付时间", "10月底前")]


def test_laid_out_rubric_blocks_follow_the_framework() -> None:
    # pdftotext -layout of a scoring rubric, merged labels centred on their blocks: where the
    # positions leave a block edge open, the framework says where a row belongs (立项 → 项目立项,
    # 资金到位率 → 资金管理 → 过程), and 满意度 stays under the rubric's 效益.
    text = "\n".join([
        '2024年度项目绩效评价指标评分表',
        '项目名称：2024年残疾青年就业创业培训项目',
        '主管部门：某某省某某市残疾青年事务局\t实施单位：某某市残疾青年服务中心',
        '一级指标       二级指标             三级指标                   分值   评分依据及说明             得分',
        '               项目立项             立项依据充分性             3                                 3',
        '                                    立项程序规范性             2                                 2',
        '决策（15分）   绩效目标             绩效目标合理性             3                                 3',
        '                                    绩效指标明确性             3      部分指标未细化量化         2.5',
        '               资金投入             预算编制科学性             2                                 2',
        '                                    资金分配合理性             2                                 2',
        '                                    资金到位率                 4                                 4',
        '               资金管理             预算执行率                 5                                 5',
        '过程（20分）                        资金使用合规性             5                                 5',
        '               组织实施             管理制度健全性             3                                 3',
        '                                    制度执行有效性             3      培训签到台账不完整         2.5',
        '                                    参加职业技能培训人数       10                                10',
        '               数量指标             参加创业培训人数           5      部分报名人员外出务工未参   4.5',
        '产出（34分）                                                          训',
        '               质量指标             培训合格率                 8                                 8',
        '               时效指标             培训任务完成时间           5                                 5',
        '               成本指标             人均培训补贴               6                                 6',
        '               社会效益指标         培训后就业创业率           15                                15',
        '效益（31分）   可持续影响指标       残疾青年就业服务长效机制   6      跟踪服务机制尚需完善       5',
        '               服务对象满意度指标   参训残疾青年满意度         10                                10',
        '合计                                                           100                               97.5',
    ]) + "\n"
    [project] = read_text(text, "rubric_layout.txt").projects
    got = {i.level3: (i.level1, i.level2) for i in project.indicators}
    assert got["立项程序规范性"] == ("决策指标", "项目立项")
    assert got["资金分配合理性"] == ("决策指标", "资金投入")
    assert got["资金到位率"] == ("过程指标", "资金管理")
    assert got["制度执行有效性"] == ("过程指标", "组织实施")
    assert got["参训残疾青年满意度"] == ("效益指标", "服务对象满意度指标")


def test_column_headings_run_together_in_pdf_text_are_each_a_column() -> None:
    # A PDF's plain text glues neighbouring header cells (`计量单位评（扣）分标准备注`): each
    # heading is a column, so 正向 is the direction, ≥ the sign and 万人 the unit.
    lines = ["2025年度项目支出绩效目标申报表", "项目名称", "城乡居民医疗救助资金", "一级指标", "二级指标",
             "三级指标", "指标方向", "运算符", "指标值", "计量单位评（扣）分标准备注",
             "产出指标", "数量指标", "资助参保困难群众人数", "正向", "≥", "3.2", "万人",
             "门诊和住院救助人次", "正向", "≥", "1.5", "万人次",
             "质量指标", "特困人员参保资助率", "正向", "=", "100", "%"]
    [project] = read_text("\n".join(lines) + "\n", "glued_headings.txt").projects
    assert [(i.level3, i.target) for i in project.indicators] == [
        ("资助参保困难群众人数", "≥3.2万人"), ("门诊和住院救助人次", "≥1.5万人次"),
        ("特困人员参保资助率", "=100%")]


RUN_TOGETHER_SHORT_LABELS = """2025年度项目支出绩效自评表
项目名称2025年基层应急救援队伍能力提升项目主管部门某县应急管理局实施单位某县应急救援
指挥中心项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分年度资金总额12012011
4.61095.5%9.55其中：当年财政拨款120120——上年结转资金——其他资金——年度总体目标预期目标实际
完成情况开展救援队员轮训，配备救援装备。完成轮训和装备配备。绩效指标一级指标二级指标三级指标年度指
标值实际完成值分值得分偏差原因分析及改进措施产出数量救援队员轮训人次≥300人次312人次2020质量
轮训考核合格率≥95%96%1515时效装备配发时间每季度末前每季度末前1010效益社会效益基层
应急处置能力有效增强有效增强2020可持续影响队伍常态化训练机制健全完善基本健全108部分乡镇
训练场地不足满意度服务对象满意度参训队员满意度≥90%93%1515总分10098自评等级：优
"""


def test_run_together_self_evaluation_with_short_labels_and_worded_targets() -> None:
    # No separators, short category labels (质量, 可持续影响) right after a row's points,
    # worded targets composed of a degree and a change (有效增强, 健全完善 / 基本健全), a
    # recurring deadline (每季度末前), and 满意度 after a deviation text.
    [project] = read_text(RUN_TOGETHER_SHORT_LABELS, "run_short_labels.txt").projects
    got = [(i.level1, i.level2, i.level3, i.target, i.actual) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "救援队员轮训人次", "≥300人次", "312人次"),
        ("产出指标", "质量指标", "轮训考核合格率", "≥95%", "96%"),
        ("产出指标", "时效指标", "装备配发时间", "每季度末前", "每季度末前"),
        ("效益指标", "社会效益指标", "基层应急处置能力", "有效增强", "有效增强"),
        ("效益指标", "可持续影响指标", "队伍常态化训练机制", "健全完善", "基本健全"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%", "93%"),
    ]
    assert [i.score for i in project.indicators] == [20, 15, 10, 20, 8, 15]
    # The budget row's cells ran together too (120 | 120 | 114.6 | 10 | 95.5% | 9.55): split
    # where executed / budget gives the printed rate and weight × rate the printed score.
    f = project.funds
    assert (f.total, f.fiscal, f.executed, f.execution_rate) == (1_200_000, 1_200_000, 1_146_000, 95.5)


def test_glued_budget_amounts_are_split_by_their_arithmetic() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    # 年初 2400 differs from 全年 2600: the score 9.79 = 10 × 97.92% pins the split.
    assert split_run_together("年度资金总额2400260025461097.92%9.79其中：当年财政拨款240026002546") == [
        "年度资金总额", "2400", "2600", "2546", "10", "97.92%", "9.79", "其中：", "当年财政拨款",
        "2400", "2600", "2546"]
    # No weight column: 316.42 / 328.5 is the printed 96.32%.
    assert split_run_together("执行率（B/A）328.5316.4296.32%当年绩效目标")[1:4] == [
        "328.5", "316.42", "96.32%"]
    # Digits no arithmetic explains stay as printed, for the reader to report.
    assert "123456789%" in "".join(split_run_together("年度资金总额123456789%其中"))


def test_a_line_ending_in_a_space_ends_a_cell_in_text_run_together() -> None:
    text = ("项目支出绩效自评表（2024年度）\n项目名称城区公厕改造提升项目主管部门某市城市管理局实施单位某市环卫中心"
            "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分年度资金总额80 90 88.2 10 \n"
            "98.00% 9.8其中：当年财政拨款80 80 — —上年结转资金10 — —其他资金— —年度总体目标预期目标实际完成情况"
            "改造公厕20座。改造公厕20座。一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            "产出指标数量指标改造公厕数量≥20座20座5050满意度指标服务对象满意度指标如厕群众满意度≥90%95%4040"
            "总分10099.8\n")
    [project] = read_text(text, "spaced_end.txt").projects
    assert (project.funds.executed, project.funds.execution_rate) == (882_000, 98.0)


def test_run_together_values_printed_twice_and_a_day_as_actual() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    # A target met as set, printed twice without an operator, then the points.
    assert split_run_together("1010河道巡查频次4次/月4次/月1010") == [
        "1010", "河道巡查频次", "4次/月", "4次/月", "1010"]
    # The actual day after a deadline is one value, not a month and a day.
    assert split_run_together("名单公布时间10月底前10月26日55") == [
        "名单公布时间", "10月底前", "10月26日", "55"]


def test_laid_out_value_cut_inside_its_number_or_unit_is_joined() -> None:
    text = "\n".join([
        "2025年度项目支出绩效目标申报表",
        "项目名称   城乡低保资金发放",
        "一级指标     二级指标     三级指标           指标值       备注",
        "产出指标     数量指标     保障城乡低保对象   ≥1.2万人",
        "             成本指标     城市低保保障标准   ≥780元/人·   按月发放",
        "                                             月",
        "效益指标     社会效益指   低保对象收入增幅   较上年提高2.",
        "             标                              5%",
        "满意度指标   服务对象满   低保对象满意度     ≥90%",
        "             意度指标",
    ]) + "\n"
    [project] = read_text(text, "layout_cut_values.txt").projects
    got = {i.level3: i.target for i in project.indicators}
    assert got["城市低保保障标准"] == "≥780元/人·月"
    assert got["低保对象收入增幅"] == "较上年提高2.5%"


def test_short_cost_label_after_a_recurring_deadline_starts_its_row() -> None:
    text = "\n".join([
        "2025年度部门整体支出绩效目标表",
        "部门名称 某市医疗保障局",
        "年度绩效指标 一级指标 二级指标 三级指标 指标值",
        "产出 数量 参保人员医保待遇结算人次 ≥12万人次",
        "时效 异地就医费用清算时间 每月15日前",
        "成本 医保经办机构人均经办费用 ≤60元/人",
        "效益 社会效益 群众看病就医负担 有效减轻",
    ]) + "\n"
    [project] = read_text(text, "short_cost.txt").projects
    got = {i.level3: (i.level2, i.target) for i in project.indicators}
    assert got["异地就医费用清算时间"] == ("时效指标", "每月15日前")
    assert got["医保经办机构人均经办费用"] == ("成本指标", "≤60元/人")


def test_laid_out_letter_spaced_label_wrapped_and_a_name_over_three_lines() -> None:
    text = "\n".join([
        "                          项目支出绩效目标申报表",
        "项目名称   2025年城市内涝治理项目",
        "主管部门   某市住房和城乡建设局      实施单位       某市排水设施管理服",
        "                                                    务保障中",
        "                                                    心",
        "一级指标   二级指标       三级指标                 指标值",
        "产 出 指   数量指标       改造易涝积水点           ≥15处",
        "标         质量指标       工程验收合格率           =100%",
        "满 意 度   满意度指标     周边居民满意度           ≥90%",
        "指 标",
    ]) + "\n"
    [project] = read_text(text, "spaced_wrapped.txt").projects
    assert project.unit == "某市排水设施管理服务保障中心"
    assert [(i.level1, i.level3) for i in project.indicators] == [
        ("产出指标", "改造易涝积水点"), ("产出指标", "工程验收合格率"), ("满意度指标", "周边居民满意度")]


def test_one_line_self_evaluation_printed_column_by_column_with_totals() -> None:
    # A PDF's text: every label, every name, every target, every actual, then the 分值 column
    # with its total (which also counts the budget's 10 points) and the 得分 column with its.
    text = ("项目支出绩效自评表 （2025年度） 项目名称 2025年农村公路养护工程 主管部门 某县交通运输局 实施单位 "
            "某县公路养护中心 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            "产出指标 效益指标 满意度指标 数量指标 质量指标 社会效益指标 服务对象满意度指标 "
            "养护农村公路里程 路面技术状况优良率 群众出行条件 沿线群众满意度 "
            "≥320公里 ≥85% 有效改善 ≥90% 326公里 87.5% 有效改善 93% 30 20 20 20 100 30 20 20 20 99.2 "
            "自评等级：优\n")
    [project] = read_text(text, "scrambled_totals.txt").projects
    got = [(i.level1, i.level2, i.level3, i.target, i.actual, i.weight) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护农村公路里程", "≥320公里", "326公里", 30),
        ("产出指标", "质量指标", "路面技术状况优良率", "≥85%", "87.5%", 20),
        ("效益指标", "社会效益指标", "群众出行条件", "有效改善", "有效改善", 20),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 20),
    ]


def test_scrambled_deviation_column_goes_to_the_rows_that_lost_points() -> None:
    text = ("2024年度项目支出绩效自评表 项目名称 2024年河道保洁项目 主管部门 某区水务局 实施单位 某区河道管理所 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            "产出指标 效益指标 满意度指标 数量指标 质量指标 生态效益指标 服务对象满意度指标 "
            "保洁河道长度 河面漂浮物清除率 河道水质达标率 周边居民满意度 ≥85公里 ≥98% ≥90% ≥90% "
            "85公里 98.5% 88% 92% 30 20 20 20 100 30 20 18 20 97.5 部分河段上游来水水质较差 自评等级：优\n")
    [project] = read_text(text, "scrambled_deviation.txt").projects
    got = [(i.level3, i.actual, i.score, i.deviation) for i in project.indicators]
    assert got == [
        ("保洁河道长度", "85公里", 30, None),
        ("河面漂浮物清除率", "98.5%", 20, None),
        ("河道水质达标率", "88%", 18, "部分河段上游来水水质较差"),
        ("周边居民满意度", "92%", 20, None),
    ]


def test_run_together_worded_values_and_budget_cells_before_dashes() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    # Any worded target met as set is printed twice; a name of a time takes a worded deadline.
    assert split_run_together("1010生活垃圾清运频次按日清运按日清运1010") == [
        "1010", "生活垃圾清运频次", "按日清运", "按日清运", "1010"]
    assert split_run_together("校舍维修完成时间暑假结束前8月26日55") == [
        "校舍维修完成时间", "暑假结束前", "8月26日", "55"]
    # A fund score rounded to one place (10 × 97.41% = 9.741 → 9.7) still pins the split; an
    # amount before the row's empty cells (——) is a cell of its own.
    assert split_run_together("年度资金总额318032603175.61097.41%9.7其中：上年结转80——其他资金——") == [
        "年度资金总额", "3180", "3260", "3175.6", "10", "97.41%", "9.7", "其中：", "上年结转",
        "80", "——", "其他资金", "——"]


def test_laid_out_worded_actual_cut_inside_its_words_is_joined() -> None:
    text = "\n".join([
        "                      项目支出绩效自评表",
        "项目名称      2024年乡村文化振兴项目",
        "一级指标      二级指标      三级指标            年度指标值  实际完成值  分值  得分",
        "产出指标      数量指标      开展送戏下乡场次    ≥60场       62场        50    50",
        "效益指标      社会效益指标  乡村文化活跃度      明显提升    明显提      40    36",
        "                                                            升",
        "满意度指标    满意度指标    村民满意度          ≥90%        92%         10    10",
    ]) + "\n"
    [project] = read_text(text, "worded_cut.txt").projects
    got = {i.level3: i.actual for i in project.indicators}
    assert got["乡村文化活跃度"] == "明显提升"


def test_labels_centred_on_their_blocks_one_row_per_line() -> None:
    # Merged label cells printed on their block's middle row: 数量指标 on the second of three
    # rows, 产出指标 on the third of six; a level-2 label on a row's own line holds that row,
    # and says which level 1 the row is under.
    text = "\n".join([
        "2025年度部门整体支出绩效目标表",
        "部门名称 某市人力资源和社会保障局",
        "一级指标 二级指标 三级指标 指标值",
        "城镇新增就业人数 ≥3.5万人",
        "数量指标 补贴性职业技能培训人次 ≥2万人次",
        "产出指标 发放创业担保贷款 ≥6亿元",
        "质量指标 培训合格率 ≥90%",
        "劳动保障监察结案率 ≥95%",
        "时效指标 社保待遇按时发放率 =100%",
        "效益指标 社会效益指标 城镇调查失业率 ≤5.5%",
        "可持续影响指标 社保基金运行 安全平稳",
        "满意度指标 服务对象满意度指标 办事群众满意度 ≥90%",
    ]) + "\n"
    [project] = read_text(text, "centred_rows.txt").projects
    got = {i.level3: (i.level1, i.level2) for i in project.indicators}
    assert got["城镇新增就业人数"] == ("产出指标", "数量指标")
    assert got["发放创业担保贷款"] == ("产出指标", "数量指标")
    assert got["培训合格率"] == ("产出指标", "质量指标")
    assert got["劳动保障监察结案率"] == ("产出指标", "质量指标")
    assert got["社保待遇按时发放率"] == ("产出指标", "时效指标")
    assert got["城镇调查失业率"] == ("效益指标", "社会效益指标")


CQ_SELF_EVAL_RUN_TOGETHER = """2024年度项目支出绩效自评表
项目名称2024年城区供水管网改造项目主管部门某区住房和城乡建设委员会项目实施单位某区供水服务中心项
目预算执行情况（万元）全年预算数（A）全年执行数（B）执行率（B/A）960921.696.00%指标类
型指标名称指标性质指标值计量单位指标权重全年完成值得分偏差原因数量指标改造老旧供水管网≥48公里2049
20质量指标管网改造工程验收合格率=100%2010020时效指标管网改造完工时间无10月底前无2011月10日162段管网
穿越铁路审批延迟成本指标每公里改造成本≤20万元1019.210社会效益指标居民用水条件无明显改善无
20明显改善20服务对象满意度指标片区居民满意度≥90%1093.610自评得分：96
"""


def test_chongqing_self_evaluation_run_together_weight_actual_and_score_glued() -> None:
    # 指标权重 / 全年完成值 / 得分 glued into one digit run (`204920`), told apart by the actual
    # lying near the target and the score not above the weight; `无` marks the empty 性质 and
    # 计量单位 cells of worded rows.
    [project] = read_text(CQ_SELF_EVAL_RUN_TOGETHER, "cq_run.txt").projects
    got = [(i.level3, i.target, i.actual, i.weight, i.score) for i in project.indicators]
    assert got == [
        ("改造老旧供水管网", "≥48公里", "49", 20, 20),
        ("管网改造工程验收合格率", "=100%", "100", 20, 20),
        ("管网改造完工时间", "10月底前", "11月10日", 20, 16),
        ("每公里改造成本", "≤20万元", "19.2", 10, 10),
        ("居民用水条件", "明显改善", "明显改善", 20, 20),
        ("片区居民满意度", "≥90%", "93.6", 10, 10),
    ]
    assert project.indicators[2].deviation == "2段管网穿越铁路审批延迟"


def test_laid_out_labels_whose_points_note_wraps() -> None:
    text = "\n".join([
        "                     项目支出绩效目标申报表",
        "项目名称      2026年水土保持综合治理项目",
        "一级指标      二级指标        三级指标                指标值          分值",
        "              数量指标(30分)  治理水土流失面积        ≥40平方公里     30",
        "产出指标(50   质量指标(20分)  治理措施验收合格率      ≥95%            20",
        "分)",
        "              生态效益指标(1  林草覆盖率提高          ≥2个百分点      15",
        "              5分)",
        "效益指标(40   经济效益指标(2  项目区群众年均增收      ≥800元          25",
        "分)           5分)",
        "满意度指标(1  服务对象满意度  项目区群众满意度        ≥90%            10",
        "0分)          指标(10分)",
    ]) + "\n"
    [project] = read_text(text, "points_note_wrapped.txt").projects
    got = [(i.level1, i.level2, i.level3) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "治理水土流失面积"),
        ("产出指标", "质量指标", "治理措施验收合格率"),
        ("效益指标", "生态效益指标", "林草覆盖率提高"),
        ("效益指标", "经济效益指标", "项目区群众年均增收"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度"),
    ]


def test_laid_out_numbered_labels_cut_by_their_narrow_columns() -> None:
    # `二、效益指` / `标` is a numbered category label cut by its column, not a heading of the
    # report that ends the table.
    text = "\n".join([
        "                        2024年度部门整体支出绩效自评表",
        "部门名称    某县农业农村局",
        "一级指标    二级指标      三级指标            年度指标值    实际完成值    分值  得分",
        "            （一）数量指  高标准农田建设面积  ≥2万亩        2.1万亩       20    20",
        "一、产出指  标",
        "标          （二）质量指  农田建设验收合格率  100%          100%          20    20",
        "            标",
        "二、效益指  （一）经济效  粮食亩均增产        ≥50公斤       56公斤        30    30",
        "标          益指标",
        "三、满意度  （一）服务对  受益农户满意度      ≥90%          93%           20    20",
        "指标        象满意度指标",
    ]) + "\n"
    [project] = read_text(text, "numbered_cut_labels.txt").projects
    got = [(i.level1, i.level2, i.level3) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "高标准农田建设面积"),
        ("产出指标", "质量指标", "农田建设验收合格率"),
        ("效益指标", "经济效益指标", "粮食亩均增产"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度"),
    ]


def test_run_together_name_ending_in_xiangmu_before_xiangmu_label() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("项目名称2024年城区排水防涝项目项目主管部门某市水务局项目实施单位某市排水公司")[:4] == [
        "项目名称", "2024年城区排水防涝项目", "项目主管部门", "某市水务局"]
    # (全年预算数 | 全年执行数 | 执行率 glued: a rate near 0 fits any split and proves none.)
    assert split_run_together("执行率（B/A）13801342.797.30%当年绩效目标")[1:4] == ["1380", "1342.7", "97.30%"]


def test_scrambled_chongqing_form_with_operator_and_unit_columns() -> None:
    text = ("2025年项目支出绩效目标申报表 项目名称 2025年社区养老服务补助 主管部门 某县民政局 实施单位 某县养老服务中心 "
            "指标类型 指标名称 指标性质 指标值 计量单位 指标权重 数量指标 质量指标 社会效益指标 服务对象满意度指标 "
            "新建社区养老服务站 开展居家上门服务 服务站验收合格率 老年人生活照料水平 服务老人满意度 "
            "≥ ≥ = 无 ≥ 12 3000 100 明显提升 90 个 人次 % 无 % 20 20 20 20 20\n")
    [project] = read_text(text, "scrambled_cq.txt").projects
    got = [(i.level2, i.level3, i.target, i.weight) for i in project.indicators]
    assert got == [
        ("数量指标", "新建社区养老服务站", "≥12个", 20),
        ("数量指标", "开展居家上门服务", "≥3000人次", 20),
        ("质量指标", "服务站验收合格率", "=100%", 20),
        ("社会效益指标", "老年人生活照料水平", "明显提升", 20),
        ("服务对象满意度指标", "服务老人满意度", "≥90%", 20),
    ]


def test_chongqing_run_together_weight_glued_to_an_actual_with_its_unit() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("质量指标病媒生物监测覆盖率=100%20100%20时效指标") == [
        "质量指标", "病媒生物监测覆盖率", "=100%", "20", "100%", "20", "时效指标"]
    # 无 marks the empty 性质 / 计量单位 cells around a worded target starting 按….
    assert split_run_together("成本指标消杀药品采购价格无按政府采购价执行无10按政府采购价执行10") == [
        "成本指标", "消杀药品采购价格", "无", "按政府采购价执行", "无", "10", "按政府采购价执行", "10"]


def test_rubric_run_together_categories_names_and_glued_points() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    # A framework category right before a name that starts with a label's words (项目立项 |
    # 立项依据充分性); 分值 and 得分 glued after a name that ends as a measure does.
    assert split_run_together("决策（20分）项目立项立项依据充分性44立项程序规范性") == [
        "决策（20分）", "项目立项", "立项依据充分性", "44", "立项程序规范性"]
    text = ("2024年度项目绩效评价指标评分表\n项目名称：2024年公共图书馆免费开放项目\n"
            "一级指标二级指标三级指标分值评分依据及说明得分决策（10分）项目立项立项依据充分性55"
            "立项程序规范性55产出（50分）数量指标图书借阅人次3030质量指标读者服务规范率2020"
            "效益（30分）社会效益指标全民阅读氛围3030满意度（10分）服务对象满意度指标读者满意度1010合计100100\n")
    [project] = read_text(text, "rubric_run.txt").projects
    got = [(i.level3, i.weight, i.score) for i in project.indicators]
    assert got == [("立项依据充分性", 5, 5), ("立项程序规范性", 5, 5), ("图书借阅人次", 30, 30),
                   ("读者服务规范率", 20, 20), ("全民阅读氛围", 30, 30), ("读者满意度", 10, 10)]


def test_laid_out_header_cells_stacked_over_two_lines_with_long_headings() -> None:
    text = "\n".join([
        "                                    项目支出绩效自评表",
        "项目名称  2024年河湖长制巡查保障项目",
        "一级指标  二级指标  三级指标        年度指标值  实际完成  分值  得分  偏差原因分析及改进措",
        "                                                值                    施",
        "          数量指标  开展河湖日常巡  ≥1200次     1260次    20    20",
        "                    查",
        "产出指标  时效指标  问题交办处置时  交办后15个  按时处置  20    20",
        "                    限              工作日内",
        "效益指标  生态效益  河湖水质达标率  ≥85%        83%       30    27    上游来水水质波动，",
        "          指标                                                        已加强联防联控",
        "满意度指  服务对象  沿河群众满意度  ≥90%        92%       30    30",
        "标        满意度指",
        "          标",
    ]) + "\n"
    [project] = read_text(text, "stacked_long_header.txt").projects
    got = [(i.level1, i.level3, i.target, i.actual, i.score) for i in project.indicators]
    assert got == [
        ("产出指标", "开展河湖日常巡查", "≥1200次", "1260次", 20),
        ("产出指标", "问题交办处置时限", "交办后15个工作日内", "按时处置", 20),
        ("效益指标", "河湖水质达标率", "≥85%", "83%", 27),
        ("满意度指标", "沿河群众满意度", "≥90%", "92%", 30),
    ]
    assert project.indicators[2].deviation == "上游来水水质波动,已加强联防联控"  # width folded


def test_run_together_units_that_are_words_and_rates_per_ten_thousand() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    # 组 in 组织 after the points is no unit; 批次 is one unit; /10万 is a rate's unit.
    assert split_run_together("开展人工增雨作业≥60次64次1010组织防雹作业≥30次") == [
        "开展人工增雨作业", "≥60次", "64次", "1010", "组织防雹作业", "≥30次"]
    assert split_run_together("组织集中骨灰撒海≥4批次5批次1010") == [
        "组织集中骨灰撒海", "≥4批次", "5批次", "1010"]
    assert split_run_together("肺结核报告发病率≤40/10万36/10万1010") == [
        "肺结核报告发病率", "≤40/10万", "36/10万", "1010"]


def test_scrambled_deviation_that_names_a_date_is_still_a_deviation() -> None:
    text = ("2024年度项目支出绩效自评表 项目名称 2024年公共文化设施免费开放 主管部门 某县文化和旅游局 实施单位 某县文化馆 "
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            "产出指标 满意度指标 数量指标 时效指标 服务对象满意度指标 开展公益培训班 场馆开放时间 参训学员满意度 "
            "≥40期 ≥42小时 ≥90% 36期 42小时 93% 30 30 40 27 30 40 "
            "两期培训因场馆改造顺延至次年3月开班\n")
    [project] = read_text(text, "scrambled_dated_deviation.txt").projects
    assert [(i.level3, i.score, i.deviation) for i in project.indicators] == [
        ("开展公益培训班", 27, "两期培训因场馆改造顺延至次年3月开班"),
        ("场馆开放时间", 30, None), ("参训学员满意度", 40, None)]


def test_scrambled_name_that_reads_as_a_category_is_a_name() -> None:
    # Among the names of a table printed column by column, 群众满意度 is a row's name, though
    # the vocabulary knows it as a category's printed form.
    text = ("2024年度项目支出绩效自评表 项目名称 2024年公共文化设施免费开放 主管部门 某县文化和旅游局 "
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 满意度指标 数量指标 时效指标 服务对象满意度指标 开展公益培训班 场馆开放时间 群众满意度 "
            "≥40期 ≥42小时 ≥90% 40期 42小时 93% 30 30 40 30 30 40\n")
    [project] = read_text(text, "scrambled_label_name.txt").projects
    assert [(i.level1, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "开展公益培训班", "≥40期"), ("产出指标", "场馆开放时间", "≥42小时"),
        ("满意度指标", "群众满意度", "≥90%")]


def test_one_line_head_labels_printed_before_their_values() -> None:
    text = ("2024年度项目支出绩效目标申报表 项目名称 主管部门 实施单位 2024年农村公益性公墓建设补助 某县民政局 某县殡葬服务所 "
            "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 新建农村公益性公墓 ≥6处 "
            "满意度指标 服务对象满意度指标 群众满意度 ≥90%\n")
    [project] = read_text(text, "head_labels_first.txt").projects
    assert (project.name, project.department, project.unit) == (
        "2024年农村公益性公墓建设补助", "某县民政局", "某县殡葬服务所")


def test_decimal_numbered_short_labels_and_worded_prevention_targets() -> None:
    text = "\n".join([
        "部门整体支出绩效目标表（2026年度）",
        "部门名称\t某县农业农村局",
        "一级指标\t二级指标\t三级指标\t指标值",
        "\t1.1数量\t猪口蹄疫强制免疫\t≥12万头次",
        "1.产出指标\t1.2时效\t春秋两季集中免疫完成时间\t5月、11月底前",
        "2.效益指标\t2.1社会效益\t区域性重大动物疫情\t不发生",
        "3.满意度指标\t3.1服务对象满意度\t养殖户满意度\t≥90%",
    ]) + "\n"
    [project] = read_text(text, "decimal_labels.txt").projects
    assert [(i.level1, i.level2, i.level3, i.target) for i in project.indicators] == [
        ("产出指标", "数量指标", "猪口蹄疫强制免疫", "≥12万头次"),
        ("产出指标", "时效指标", "春秋两季集中免疫完成时间", "5月、11月底前"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("完成时间5月、11月底前区域性重大动物疫情不发生病死畜禽随意抛弃现象") == [
        "完成时间", "5月、11月底前", "区域性重大动物疫情", "不发生", "病死畜禽随意抛弃现象"]


def test_laid_out_units_notes_and_long_names_wrapped() -> None:
    text = "\n".join([
        "                      项目支出绩效自评表",
        "项目名称   2025年内河航道养护项目",
        "一级指标   二级指标     三级指标           年度指标值   实际完成值     分值   得分",
        "产出指标   数量指标     航道维护疏浚土方   ≥8万立方     8.4万立方      30     30",
        "                        量                 米           米",
        "                        设置航标灯具       ≥300套（     312套（        20     20",
        "                                           个）         个）",
        "效益指标   生态效益指   航道沿线水生生物   明显改善     较上年增加12   30     30",
        "           标           多样性监测指数                  %",
        "满意度指标 服务对象满   过往船舶满意度     ≥90%         93%            20     20",
        "           意度指标",
    ]) + "\n"
    [project] = read_text(text, "layout_units.txt").projects
    got = [(i.level3, i.target, i.actual) for i in project.indicators]
    assert got == [
        ("航道维护疏浚土方量", "≥8万立方米", "8.4万立方米"),
        ("设置航标灯具", "≥300套(个)", "312套(个)"),
        ("航道沿线水生生物多样性监测指数", "明显改善", "较上年增加12%"),
        ("过往船舶满意度", "≥90%", "93%"),
    ]


def test_run_together_department_budget_block_and_a_glued_fiscal_row() -> None:
    text = ("2026年度部门整体支出绩效自评表部门（单位）名称某区渔政执法大队部门预算资金（万元）年初预算数全年预算数"
            "全年执行数分值执行率得分年度资金总额326.00338.00330.241097.70%9.77其中：当年财政拨款326.00338.00330.24"
            "上年结转资金其他资金一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            "产出指标数量指标开展渔政巡查≥300次316次5050满意度指标服务对象满意度指标渔民满意度≥90%92%4040总分10099.77\n")
    [project] = read_text(text, "dept_budget_run.txt").projects
    assert project.name == "某区渔政执法大队部门整体支出"
    f = project.funds
    assert (f.total, f.fiscal, f.executed, f.execution_rate) == (3_380_000, 3_380_000, 3_302_400, 97.7)


def test_a_running_page_title_between_the_rows_starts_no_new_form() -> None:
    text = "\n".join([
        "                  某区2026年区级部门预算项目绩效目标表",
        "项目名称   2026年社区矫正教育帮扶项目",
        "一级指标   二级指标       三级指标                   指标值",
        "           数量指标       开展集中教育学习           ≥24次",
        "产出指标   质量指标       社区矫正对象再犯罪率       ≤0.2%",
        "           时效指标       入矫报到办理时限           ≤3个工作日",
        "",
        "某区2026年区级部门预算项目绩效目标表",
        "                                   — 1 —",
        "",
        "效益指标   社会效益指标   帮扶对象就业安置率         ≥80%",
        "满意度指   服务对象满意   社区矫正对象满意度         ≥90%",
        "标         度指标",
    ]) + "\n"
    report = read_text(text, "running_title.txt")
    [project] = report.projects
    assert [i.level3 for i in project.indicators] == [
        "开展集中教育学习", "社区矫正对象再犯罪率", "入矫报到办理时限", "帮扶对象就业安置率", "社区矫正对象满意度"]


def test_laid_out_label_pairs_wrapped_in_one_column_and_a_this_year_fiscal_label() -> None:
    text = "\n".join([
        "                 项目支出绩效目标表",
        "项目名称       2025年森林防火能力建设项目",
        "项目资金（万元）  年度资金总额  260",
        "                  其中：本年财政拨款  240",
        "  一级指标/    三级指标                   指标值",
        "  二级指标",
        "",
        "  产出指标/    建设防火隔离带             ≥40公里",
        "  数量指标",
        "",
        "               购置扑火机具               ≥120台",
        "",
        "  效益指标/    森林火灾受害率             ≤0.9‰",
        "  生态效益指",
        "  标",
        "",
        "  满意度指标   林区群众满意度             ≥90%",
        "  /服务对象",
        "  满意度指标",
    ]) + "\n"
    [project] = read_text(text, "laid_out_pairs.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "建设防火隔离带"), ("产出指标", "数量指标", "购置扑火机具"),
        ("效益指标", "生态效益指标", "森林火灾受害率"), ("满意度指标", "服务对象满意度指标", "林区群众满意度")]
    assert project.funds.fiscal == 2_400_000


def test_department_framework_categories_keep_their_children() -> None:
    # 部门整体支出: 履职效能 / 管理效率 / 社会效应 are the 一级; 社会效益 under 社会效应 stays there,
    # and 重点工作完成 / 履职质量 are 二级 of their own.
    text = "\n".join([
        "2025年度部门整体支出绩效目标表",
        "部门名称\t某县水利局",
        "一级指标\t二级指标\t三级指标\t指标值",
        "履职效能\t重点工作完成\t河道清淤疏浚长度\t≥45公里",
        "\t履职质量\t水利工程验收合格率\t100%",
        "管理效率\t预算管理\t预算执行率\t≥95%",
        "社会效应\t社会效益\t农村供水保障人口\t≥8万人",
        "\t生态效益\t水土流失治理面积\t≥12平方公里",
        "满意度\t满意度指标\t受益群众满意度\t≥90%",
    ]) + "\n"
    [project] = read_text(text, "department_framework.txt").projects
    assert [(i.level1, i.level2) for i in project.indicators] == [
        ("履职效能", "重点工作完成"), ("履职效能", "履职质量"), ("管理效率", "预算管理"),
        ("社会效应", "社会效益指标"), ("社会效应", "生态效益指标"), ("满意度指标", "服务对象满意度指标")]


def test_run_together_trend_targets_deadlines_printed_twice_and_the_unit_danwei() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("1010增殖放流鱼苗数量≥1.5亿单位1.62亿单位2020渔业资源密度较上年提高较上年提高6%1515") == [
        "1010", "增殖放流鱼苗数量", "≥1.5亿单位", "1.62亿单位", "2020", "渔业资源密度", "较上年提高",
        "较上年提高6%", "1515"]
    assert split_run_together("补助资金拨付时限审核后15个工作日内审核后15个工作日内1010") == [
        "补助资金拨付时限", "审核后15个工作日内", "审核后15个工作日内", "1010"]


def test_run_together_fiscal_row_after_a_colon_repeats_the_total_row() -> None:
    text = ("项目支出绩效自评表（2024年度）项目名称2024年近海增殖放流项目主管部门某区农业农村委实施单位某区水产站项目资金（"
            "万元）年初预算数全年预算数全年执行数分值执行率得分年度资金总额180180176.41098%9.8其中：\n"
            "本年财政拨款180180176.4———上年结转资金———其他资金———一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "偏差原因分析及改进措施产出指标数量指标放流苗种数量≥1亿单位1.05亿单位5050满意度指标服务对象满意度指标"
            "渔民满意度≥90%93%4040总分10099.8\n")
    [project] = read_text(text, "fiscal_after_colon.txt").projects
    assert (project.funds.total, project.funds.fiscal, project.funds.executed) == (1_800_000, 1_800_000, 1_764_000)


def test_narrow_laid_out_labels_cut_over_three_lines_and_a_unit_cut_by_a_line_break() -> None:
    text = "\n".join([
        "  项目名称  2025年湿地保护修复项目",
        "  一级  二级指  三级指标        指标值",
        "  指标  标",
        "",
        "  产出  数量指  修复退化湿地    ≥1200亩",
        "  指标  标",
        "",
        "  满意  服务对  周边群众满意度  ≥90%",
        "  度指  象满意",
        "  标    度指标",
    ]) + "\n"
    [project] = read_text(text, "three_line_labels.txt").projects
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "修复退化湿地"), ("满意度指标", "服务对象满意度指标", "周边群众满意度")]
    run = ("项目支出绩效自评表（2024年度）项目名称2024年慈善救助项目主管部门某区民政局实施单位某区慈善会一级指标"
           "二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标救助困难群众≥1500人次1542人\n"
           "次5050满意度指标服务对象满意度指标受助群众满意度≥90%95%4040总分100100\n")
    [project] = read_text(run, "unit_cut.txt").projects
    assert project.indicators[0].actual == "1542人次"


def test_forms_of_different_shapes_in_one_file_read_as_they_read_alone() -> None:
    # A laid-out form and a one-cell-per-line form pasted into one file: each keeps its rows
    # (the laid-out header rules must not cut the other form's header, one cell per line).
    alone = [read_text(t, "one.txt").projects[0] for t in (_space_columns(), _cell_per_line())]
    both = read_text(_space_columns() + "\n\n" + _cell_per_line(), "both.txt").projects
    assert [len(p.indicators) for p in both] == [len(p.indicators) for p in alone] == [6, 6]



def test_run_together_schedules_states_kept_and_categories_inside_a_word() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("临时救助资金发放按月发放效益指标") == ["临时救助资金发放", "按月发放", "效益指标"]
    assert split_run_together("应急广播值守队伍无保持稳定无10保持稳定10") == [
        "应急广播值守队伍", "无", "保持稳定", "无", "10", "保持稳定", "10"]
    assert split_run_together("信号中断率≤5秒/百小时15415") == ["信号中断率", "≤5秒/百小时", "15", "4", "15"]
    # A note after the target, then 效益 | 社会效益 starting the next row inside the same word.
    assert split_run_together("每站补助标准≤3万元/个含设备购置效益社会效益行政村广播覆盖率=100%")[2:6] == [
        "含设备购置", "效益", "社会效益", "行政村广播覆盖率"]
    # A name ending in worded words right before its own target keeps them.
    assert split_run_together("1010两项补贴按月发放每月20日前每月18日1010")[1:3] == ["两项补贴按月发放", "每月20日前"]


def test_laid_out_label_with_an_open_bracket_and_a_duration_in_words_wrapped() -> None:
    text = "\n".join([
        "                     项目支出绩效目标申报表",
        "项目名称   2026年普法宣传教育项目",
        "一级指标   二级指标        三级指标               指标值          分值",
        "产出指标(  数量指标        开展送法进校园活动     ≥60场           30",
        "50分)      时效指标        普法计划完成时间       每学期开学后    20",
        "                                                  一个月内",
        "满意度指   服务对象满意度  师生满意度             ≥90%            50",
        "标(50分)   指标",
    ]) + "\n"
    [project] = read_text(text, "open_bracket.txt").projects
    got = [(i.level1, i.level2, i.level3, i.target) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "开展送法进校园活动", "≥60场"),
        ("产出指标", "时效指标", "普法计划完成时间", "每学期开学后一个月内"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]


def test_a_table_printed_one_column_per_line_with_its_heading_first() -> None:
    text = "\n".join([
        "项目支出绩效自评表 （2024年度） 项目名称 乡村学校少年宫运行补助 主管部门 某县教育局 实施单位 某县青少年活动中心 "
        "年度总体目标 预期目标 实际完成情况 开展课后兴趣活动 已完成年度目标",
        "一级指标 产出指标 满意度指标",
        "二级指标 数量指标 质量指标 服务对象满意度指标",
        "三级指标 开展兴趣活动 活动安全事故 学生满意度",
        "年度指标值 ≥200场 =0起 ≥90%",
        "实际完成值 216场 0起 94%",
        "分值 40 30 30",
        "得分 40 30 30",
    ]) + "\n"
    [project] = read_text(text, "transposed.txt").projects
    got = [(i.level1, i.level2, i.level3, i.target, i.actual, i.score) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "开展兴趣活动", "≥200场", "216场", 40),
        ("产出指标", "质量指标", "活动安全事故", "=0起", "0起", 30),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94%", 30),
    ]


def test_run_together_frequencies_classes_next_month_deadlines_and_labels_after_worded_values() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("1010水源监测频次12次/年监测断面≥6个时效指标报告报送次月10日前效益指标出水水质Ⅲ类及以上") == [
        "1010", "水源监测频次", "12次/年", "监测断面", "≥6个", "时效指标", "报告报送", "次月10日前",
        "效益指标", "出水水质", "Ⅲ类及以上"]
    assert split_run_together("1010农村公路通行条件明显改善可持续影响管护长效机制持续运行1010") == [
        "1010", "农村公路通行条件", "明显改善", "可持续影响", "管护长效机制", "持续运行", "1010"]


def test_glued_budget_amounts_in_yuan_with_thousands_separators() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("年度资金总额420,000.00420,000.00401,100.001095.50%9.6其中：本年财政拨款"
                              "420,000.00420,000.00———上年结转资金") == [
        "年度资金总额", "420,000.00", "420,000.00", "401,100.00", "10", "95.50%", "9.6", "其中：",
        "本年财政拨款", "420,000.00", "420,000.00", "———", "上年结转资金"]


def test_run_together_year_label_after_a_name_and_worded_ways_of_completing() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    assert split_run_together("部门名称某县文化馆年度2025年部门预算总额") == [
        "部门名称", "某县文化馆", "年度", "2025年", "部门预算总额"]
    assert split_run_together("1010年度宣传任务完成时限按上级要求时限完成成本指标") == [
        "1010", "年度宣传任务完成时限", "按上级要求时限完成", "成本指标"]
    assert split_run_together("1010老年助餐服务运营持续持续1010") == ["1010", "老年助餐服务运营", "持续", "持续", "1010"]


def test_a_table_printed_column_by_column_on_one_line_keeps_each_deviation_whole() -> None:
    text = ("2024年度项目支出绩效自评表 项目名称 社区老年食堂运营补助 主管部门 某区民政局 实施单位 某区养老服务中心 "
            "年度总体目标 为辖区老人提供助餐服务 一级指标 产出指标 满意度指标 二级指标 数量指标 时效指标 "
            "服务对象满意度指标 三级指标 建成老年食堂 补助资金拨付时间 就餐老人满意度 年度指标值 ≥12个 "
            "2024年6月底前 ≥90% 实际完成值 10个 2024年8月 95% 分值 40 30 30 得分 32 24 30 "
            "偏差原因 两处选址调整，已于2025年3月开业 资金到位较晚 总分 86\n")
    [project] = read_text(text, "transposed_line.txt").projects
    got = [(i.level2, i.level3, i.target, i.actual, i.score, i.deviation) for i in project.indicators]
    assert got == [
        ("数量指标", "建成老年食堂", "≥12个", "10个", 32, "两处选址调整,已于2025年3月开业"),
        ("时效指标", "补助资金拨付时间", "2024年6月底前", "2024年8月", 24, "资金到位较晚"),
        ("服务对象满意度指标", "就餐老人满意度", "≥90%", "95%", 30, None),
    ]


def test_laid_out_project_name_wrapped_under_itself_and_a_subsidy_project_run_together() -> None:
    text = "\n".join([
        "                       2024年度项目支出绩效目标申报表",
        "",
        "项目名称          2024年某县农村公路养护专项补助    主管部门          某县交通运输局",
        "                  资金",
        "实施单位          某县公路事业发展中心              年度资金总额（万元） 120",
        "",
        "一级指标   二级指标     三级指标             指标值",
        "产出指标   数量指标     养护农村公路里程     ≥300公里",
        "           质量指标     路况优良率           ≥85%",
        "满意度指标 服务对象满意度指标 沿线群众满意度 ≥90%",
    ]) + "\n"
    [project] = read_text(text, "wrapped_name.txt").projects
    assert (project.name, project.department) == ("2024年某县农村公路养护专项补助资金", "某县交通运输局")
    run = ("2025年度项目支出绩效目标申报表项目名称2025年某县残疾人康复服务补助项目主管部门某县残疾人联合会"
           "实施单位某县残疾人康复中心年度资金总额（万元）60一级指标二级指标三级指标指标值产出指标数量指标"
           "康复服务人数≥200人满意度指标服务对象满意度指标服务对象满意度≥90%\n")
    [project] = read_text(run, "run_name.txt").projects
    assert (project.name, project.department) == ("2025年某县残疾人康复服务补助项目", "某县残疾人联合会")


def test_run_together_deviation_before_the_next_rows_short_category_label() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    head = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因产出数量道路养护里程≥30公里30公里1010"
    pieces = split_run_together(head + "时效工程完工时间2024年9月底前2024年10月20日108受汛期影响施工暂停成本"
                                "每公里养护补助≤3万元2.8万元55")
    assert pieces[-7:-3] == ["108", "受汛期影响施工暂停", "成本", "每公里养护补助"]
    # A category no later than the row's stays inside the text.
    kept = split_run_together(head + "成本每公里养护补助≤3万元3.2万元108材料涨价超出预算数量年度巡查道路≥30次")
    assert "材料涨价超出预算数量年度巡查道路" in kept


def test_run_together_units_per_kilogram_and_per_cubic_metre_stay_whole() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    pieces = split_run_together("成本指标冷链运输补贴标准≤0.5元/公斤100.42元/公斤10供水成本≤2.6元/立方米2.4元/立方米55")
    assert pieces == ["成本指标", "冷链运输补贴标准", "≤0.5元/公斤", "10", "0.42元/公斤", "10", "供水成本",
                      "≤2.6元/立方米", "2.4元/立方米", "55"]


def test_one_column_per_line_with_an_empty_deviation_column_and_labels_among_the_names() -> None:
    head = "项目支出绩效自评表 项目名称 某县乡村文化广场建设 主管部门 某县文化和旅游局 实施单位 某县文化馆\n"
    by_column = head + "\n".join([
        "一级指标 产出指标 满意度指标",
        "二级指标 数量指标 时效指标 服务对象满意度指标",
        "三级指标 建成文化广场 广场完工时间 村民满意度",
        "年度指标值 ≥20个 11月底前 ≥90%",
        "实际完成值 20个 12月10日 93%",
        "分值 40 30 30",
        "得分 40 25 30",
        "偏差原因分析及改进措施",
        "总分 95",
    ]) + "\n"
    in_rows = head + "\n".join([
        "绩效指标 一级指标 二级指标 三级指标 产出指标 数量指标 建成文化广场 时效指标 广场完工时间 "
        "满意度指标 服务对象满意度指标 村民满意度",
        "年度指标值 ≥20个 11月底前 ≥90%",
        "实际完成值 20个 12月10日 93%",
        "分值 40 30 30",
        "得分 40 25 30",
        "偏差原因分析及改进措施",
        "总分 95",
    ]) + "\n"
    for name, text in (("by_column.txt", by_column), ("in_rows.txt", in_rows)):
        [project] = read_text(text, name).projects
        got = [(i.level1, i.level2, i.level3, i.target, i.actual, i.score) for i in project.indicators]
        assert got == [
            ("产出指标", "数量指标", "建成文化广场", "≥20个", "20个", 40),
            ("产出指标", "时效指标", "广场完工时间", "11月底前", "12月10日", 25),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93%", 30),
        ], name


def test_a_form_title_and_column_header_printed_again_on_the_next_page_continue_the_table() -> None:
    text = "\n".join([
        "                部门整体支出绩效目标表",
        "部门名称     某县林业局           年度预算资金总额（万元）   320",
        "一级指标     二级指标     三级指标                 指标值",
        "产出指标     数量指标     新造林面积               ≥1200亩",
        "             质量指标     造林成活率               ≥90%",
        "                          第1页/共2页",
        "                部门整体支出绩效目标表",
        "一级指标     二级指标     三级指标                 指标值",
        "效益指标     生态效益指标 森林覆盖率               ≥62%",
        "满意度指标   服务对象满意度指标 林农满意度         ≥90%",
        "                          第2页/共2页",
    ]) + "\n"
    report = read_text(text, "two_pages.txt")
    [project] = report.projects
    assert [i.level3 for i in project.indicators] == ["新造林面积", "造林成活率", "森林覆盖率", "林农满意度"]
    assert report.unread == [] or all(u.reason != "not understood" for u in report.unread)


def test_run_together_cost_subcategories_and_a_name_with_latin_letters_after_short_labels() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    head = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因产出数量改造户数≥300户310户1010"
    pieces = split_run_together(head + "时效完工时间10月底前11月5日108审批周期较长成本经济成本户均补助≤4000元/户"
                                "3920元/户1010效益生态效益采暖季PM2.5浓度下降≥5%6.1%1515")
    assert pieces[-14:] == ["108", "审批周期较长", "成本", "经济成本", "户均补助", "≤4000元/户", "3920元/户",
                            "1010", "效益", "生态效益", "采暖季PM2.5浓度下降", "≥5%", "6.1%", "1515"]


def test_run_together_bare_target_and_actual_in_the_same_unit_before_the_points() -> None:
    from jixiao.kg.reader.tokens import split_run_together
    pieces = split_run_together("一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因产出数量"
                                "清洁取暖改造户数3200户3050户2018部分牧户居住分散质量设备验收合格率100%100%1010")
    assert pieces[-10:] == ["清洁取暖改造户数", "3200户", "3050户", "2018", "部分牧户居住分散", "质量",
                            "设备验收合格率", "100%", "100%", "1010"]
