"""One form in every shape text reaches us in: the same records whatever the shape."""

from __future__ import annotations

import pytest

from jixiao.kg.reader import read_text
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


def _laid_out_line(cells: dict[int, str]) -> str:
    out = ""
    for col, text in sorted(cells.items()):
        width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in out)
        out += " " * max(LAID_OUT_X[col] - width, 2 if out else 0) + text
    return out


def _laid_out() -> str:
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
    return "\n".join(_laid_out_line(c) for c in lines) + "\n"


def test_cells_wrapped_around_their_row_in_laid_out_text() -> None:
    # PDF text laid out by position: header cells stacked over three lines, a target and a
    # deviation reason wrapped above and below their row's line.
    [project] = read_text(_laid_out(), "laid_out.txt").projects
    got = [(i.level2, i.level3, i.target, i.actual, i.score, i.deviation)
           for i in project.indicators]
    assert got == [
        ("数量指标", "新建集中供水工程", "≥12处", "12处", 20.0, None),
        ("时效指标", "工程完工时间", "2025年11月底前", "2025年10月底前", 18.0, None),
        ("社会效益指标", "受益人口覆盖率", "≥95%", "93%", 25.0,
         "两处管网因雨季延期,已于次年补建完成"),
        ("服务对象满意度指标", "群众满意度", "≥90%", "94%", 30.0, None),
    ]
