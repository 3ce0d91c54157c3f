"""Real published forms (../shared/realfiles, never copied here): what an officer gets from them."""

from __future__ import annotations

import pytest
from formfiles import realfiles_folder

from jixiao.kg.reader import read_file
from jixiao.vocab import FormKind

# The folder beside the repository or beside one of its parents (worktrees sit one level deeper).
REAL = realfiles_folder()

pytestmark = pytest.mark.skipif(
    REAL is None, reason="real files not found (shared/realfiles/ beside the repository is absent)"
)


def _only_project(name: str):
    report = read_file(REAL / name)
    assert report.errors == [], report.errors
    [project] = report.projects
    return project


def _rows(project) -> list[tuple]:
    return [(i.level3, i.target, i.actual, i.weight) for i in project.indicators]


def test_wuhan_declaration_xlsx_reads_head_goal_funds_and_every_row() -> None:
    p = _only_project("sstqa_zh_17.xlsx")
    assert p.form is FormKind.TARGET_DECLARATION and p.year == 2020
    assert p.name == "专项资金"
    assert p.department == p.unit == "武汉市人力资源和社会保障局东湖新技术开发区分局"
    assert p.goal == "完成2020年度市、区下达的各项目标任务"
    assert p.funds.total == 67_300_000  # 6730 万元, said in the form's notes
    assert len(p.indicators) == 13
    by_name = {i.level3: i for i in p.indicators}
    # Percentages stored as 1 and 0.95 with a % format are read as the sheet shows them.
    assert by_name["培训人员合格率"].target == "100%"
    assert by_name["仲裁案件法定期限结案率"].target == "95%"
    assert by_name["培训人员合格率"].location.cells == "E44:F44"
    assert (by_name["培训人员合格率"].level1, by_name["培训人员合格率"].level2) == ("产出指标", "质量指标")
    # Empty categories (成本指标, 环境效益指标 …) are not rows.
    assert all(i.level3 for i in p.indicators)


@pytest.mark.parametrize("name", ["sstqa_zh_72.xlsx", "derived_sstqa_zh_72.xls",
                                  "derived_sstqa_zh_72.pdf"])
def test_chongqing_self_evaluation_reads_actuals_and_weights_in_every_format(name: str) -> None:
    p = _only_project(name)
    assert p.form is FormKind.SELF_EVALUATION and p.year == 2021
    assert (p.name, p.unit, p.department) == ("就业补助资金", "渝中区就业和人才中心",
                                              "渝中区人力资源和社会保障局")
    assert (p.funds.total, p.funds.executed) == (75_740_000, 66_430_000)
    assert len(p.indicators) == 16
    assert all(i.actual and i.weight for i in p.indicators)
    rate = next(i for i in p.indicators if i.level3 == "社会保险补贴发放准确率")
    # 指标性质 ≥ | 指标值 95 | 计量单位 % → one target.
    assert (rate.target, rate.actual, rate.weight) == ("≥95%", "100", 5.0)


def test_chongqing_formats_give_the_same_rows() -> None:
    rows = [_rows(_only_project(n)) for n in ("sstqa_zh_72.xlsx", "derived_sstqa_zh_72.xls",
                                               "derived_sstqa_zh_72.pdf")]
    names = [[r[0] for r in rs] for rs in rows]
    assert names[0] == names[1] == names[2]
    assert [r[1:] for r in rows[0]] == [r[1:] for r in rows[1]] == [r[1:] for r in rows[2]]


def test_wuhan_pdf_printed_across_pages_gives_the_xlsx_rows() -> None:
    pdf = _only_project("derived_sstqa_zh_17.pdf")
    xlsx = _only_project("sstqa_zh_17.xlsx")
    assert [(i.level3, i.target) for i in pdf.indicators] == \
        [(i.level3, i.target) for i in xlsx.indicators]


@pytest.mark.parametrize(("name", "year", "rows"), [("sstqa_zh_1.xlsx", 2024, 19),
                                                    ("sstqa_zh_40.xlsx", 2023, 16)])
def test_zhanjiang_department_wide_targets(name: str, year: int, rows: int) -> None:
    p = _only_project(name)
    assert p.form is FormKind.DEPARTMENT_TARGET and p.year == year
    assert p.unit == "湛江市人力资源和社会保障局"
    assert len(p.indicators) == rows


@pytest.mark.parametrize("name", ["gbc_putuo_shangwuwei_2025_budget.pdf",
                                  "gbc_putuo_sifaju_2026_dept_budget.pdf"])
def test_budget_documents_without_forms_give_no_project_and_no_error(name: str) -> None:
    report = read_file(REAL / name)
    assert report.projects == [] and report.errors == []
    assert any("no recognisable form" in w for w in report.warnings)


def test_project_library_export_reads_the_monitoring_sheet_once() -> None:
    report = read_file(REAL / "doexecl_template.xls")
    [project] = [p for p in report.projects if p.indicators]
    assert project.name == "2019年210青少年校园足球扶持资金"
    assert project.source.sheet == "项目支出绩效目标执行监控"
    assert len(project.indicators) == 14
    assert project.funds.total == 1_900_000
