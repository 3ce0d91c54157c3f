"""Layout detection, logical rows (split labels joined), and splitting documents into forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.kg.reader.ocr.layouts import (
    CELL_PER_LINE,
    TAB_TABLE,
    TOKEN_PER_LINE,
    detect_layout,
    logical_rows,
)
from jixiao.kg.reader.ocr.segment import DECLARATION, SELF_EVALUATION, split_segments

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def sample(prefix: str) -> list[tuple[int, str]]:
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    return numbered(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("prefix", "layout"),
    [("001", TAB_TABLE), ("002", CELL_PER_LINE), ("004", TOKEN_PER_LINE), ("000", TAB_TABLE)],
)
def test_bundled_layouts(prefix, layout):
    assert detect_layout(sample(prefix)) == layout


def test_markdown_pipes_read_as_a_table():
    lines = numbered("| 项目名称 | 乡村道路养护 |\n|---|---|\n| 主管部门 | 某县交通运输局 |\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 指标值 |")
    assert detect_layout(lines) == TAB_TABLE
    rows = logical_rows(lines)
    assert [c.text for c in rows[0]] == ["项目名称", "乡村道路养护"]
    assert len(rows) == 3  # the |---| rule is not a row


def test_cell_per_line_rows_are_blank_separated():
    lines = numbered("\t产出指标\n\t数量指标\n\t培训次数\n\t2次\n\n\t\n\t质量指标\n\t合格率\n\t≥90%\n")
    rows = logical_rows(lines, CELL_PER_LINE)
    assert [[c.text for c in r] for r in rows] == [
        ["产出指标", "数量指标", "培训次数", "2次"],
        ["质量指标", "合格率", "≥90%"],
    ]


def test_labels_split_over_lines_are_joined_with_their_lines():
    lines = numbered("服务对象\n\n满意度指\n\n标\n\n患者满意度 满意\n社会效益\n指标 学科知名度 提高")
    rows = logical_rows(lines, TOKEN_PER_LINE)
    texts = [[c.text for c in r] for r in rows]
    assert texts == [["服务对象满意度指标"], ["患者满意度", "满意"], ["社会效益指标"],
                     ["学科知名度", "提高"]]
    assert rows[0][0].lines == (1, 3, 5)


def test_label_split_over_cells_is_joined():
    rows = logical_rows(numbered("主管\t部门\t上海\t市卫生健康委员会\t实施单位\t某中心"), TAB_TABLE)
    assert [c.text for c in rows[0]][:2] == ["主管部门", "上海"]


@pytest.mark.parametrize(
    ("prefix", "count", "form"),
    [("001", 10, DECLARATION), ("002", 4, DECLARATION), ("004", 3, DECLARATION),
     ("000", 7, SELF_EVALUATION), ("003", 7, SELF_EVALUATION)],
)
def test_bundled_documents_split_into_forms(prefix, count, form):
    segments, unattributed = split_segments(sample(prefix))
    assert len(segments) == count
    assert {s.form for s in segments} == {form}
    assert unattributed == []


def test_every_line_belongs_to_exactly_one_segment():
    lines = sample("001")
    segments, _ = split_segments(lines)
    covered = [n for s in segments for n, _ in s.preamble + s.lines]
    assert sorted(covered) == [n for n, _ in lines]


def test_document_title_becomes_context_of_the_forms():
    segments, _ = split_segments(sample("004"))
    first = segments[0]
    assert first.context["year"] == 2025
    assert first.context["unit"] == "上海市松江区医疗事务交流中心"
    assert any("汇总表" in t for _, t in first.preamble)


def test_department_label_opens_a_form_only_after_a_body():
    text = "\n".join([
        "主管部门\t某局\t实施单位\t某中心",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥100人次",
        "主管部门\t某局\t实施单位\t另一中心",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t检查次数\t≥2次",
        "服务对象满意度指标\t主管部门满意度\t≥90%",
    ])
    segments, _ = split_segments(numbered(text))
    assert [s.lines[0][0] for s in segments] == [1, 4]


def test_text_without_forms_is_reported_not_dropped():
    segments, unread = split_segments(numbered("会议纪要\n\n今天讨论了预算。"))
    assert segments == []
    assert [u.line for u in unread] == [1, 3]
    assert all(u.reason for u in unread)
