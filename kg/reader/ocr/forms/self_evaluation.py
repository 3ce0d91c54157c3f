"""Read a self-evaluation form (项目支出绩效自评表) into a Project record.

The form, top to bottom: project name; 主管部门 and 实施单位; a funds grid (年初预算数, 全年预算数,
全年执行数, 分值, 执行率, 得分 for 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金); the year's
goal (预期目标 beside 实际完成情况); the indicator table (一级/二级/三级指标, 年度指标值, 实际完成值,
分值, 得分, 偏差原因及改进措施); 总分 and 评分等级.

This module finds those parts and reads the last two; kg.forms.self_eval_head reads the parts
above the table and kg.forms.self_eval_table the table. All work on tab-table lines: forms in
the other layouts (one cell per line, markdown rows) are turned into such lines first. Every
line ends up in the record or in the unread list with a reason.
"""

from __future__ import annotations

import re
from collections import Counter

from jixiao.kg.reader.ocr.forms.cell_stream import is_cell_stream, stream_lines
from jixiao.kg.reader.ocr.forms.columns import TabLine, as_number, tab_line
from jixiao.kg.reader.ocr.forms.fields import title_name
from jixiao.kg.reader.ocr.forms.form_reading import FormReading
from jixiao.kg.reader.ocr.forms.self_eval_head import (
    funds_label,
    read_funds,
    read_goal,
    read_head,
    restore_lost_start,
)
from jixiao.kg.reader.ocr.forms.self_eval_table import drop_ghost_rows, read_table, row_layout
from jixiao.kg.reader.ocr.layouts import CELL_PER_LINE, TOKEN_PER_LINE
from jixiao.kg.reader.ocr.segment import Segment
from jixiao.kg.records import Indicator, Project, Source, UnreadLine
from jixiao.text import compact

FORM = "self_evaluation"

# Words of the indicator-table header; a line holding three or more of them is the header.
_HEADER_WORDS = ("一级", "二级", "三级", "指标值", "实际完成", "分值", "得分", "偏差")
# Words only the second line of a two-line header holds.
_HEADER_TAIL = ("及改进", "措施", "昔施", "分析", "指标值")
_GRADES = ("不合格", "不及格", "优秀", "良好", "合格", "及格", "优", "良", "中", "差")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")

# --------------------------------------------------------------------------- entry point


def read_self_evaluation(segment: Segment, file: str) -> tuple[Project | None, list[UnreadLine]]:
    """Read one self-evaluation form; lines that did not go into the record come back unread."""
    numbered = sorted(segment.preamble + segment.lines)
    lines, groups = _table_lines(numbered, segment.layout)
    rd = FormReading(groups=groups, doc=segment.context.get("document"))
    for tl in lines:
        if tl.dropped:
            rd.skip(tl.line, "garbage text (repeated or unreadable characters)")

    header = _find_table_header(lines)
    end = len(lines)
    total_i = _find_total(lines, header + 1 if header is not None else 0)
    grade_i = _find_grade(lines, (total_i if total_i is not None else header or 0))
    stop = min(i for i in (total_i, grade_i, end) if i is not None)

    funds_start = _find_funds_start(lines, header if header is not None else stop)
    head_end = funds_start if funds_start is not None else (header if header is not None else stop)
    name, name_printed, department, unit = read_head(lines[:head_end], rd, segment.context)

    pre_table = header if header is not None else stop
    funds, goal_start = read_funds(lines, funds_start, pre_table, rd, segment)
    goal = read_goal(lines, goal_start, pre_table, rd)
    if name and name_printed:
        goal_texts = [goal or ""] + [tl.text for tl in lines[goal_start:pre_table]]
        name, note = restore_lost_start(name, name_printed, goal_texts)
        if note:
            rd.warnings.append(note)

    indicators: list[Indicator] = []
    if header is not None:
        first = _header_tail(lines, header, rd)
        indicators = read_table(lines[first:stop], rd)

    total_weight, total_score = _read_total(lines[total_i], rd) if total_i is not None else (None, None)
    if total_weight is not None and indicators:
        indicators = drop_ghost_rows(indicators, total_weight - (rd.funds_weight or 0.0), rd)
    grade = _read_grade(lines, grade_i, rd) if grade_i is not None else None
    for tl in lines[(grade_i + 1 if grade_i is not None else end):]:
        if not tl.blank and tl.line not in rd.used:
            rd.skip(tl.line, "after the end of the form (评分等级)")

    year = _year(segment, lines)
    if not name:
        # A form title (`…项目绩效自评表`) may carry the name the 项目名称 cell lost.
        titled = [(tl.line, title_name(tl.text)) for tl in lines[:head_end] if not tl.blank]
        titled = [(n, t) for n, t in titled if t]
        if titled:
            name = name_printed = titled[0][1]
            rd.use(titled[0][0])
            rd.warnings.append(f"项目名称 missing; name taken from the form title: {name}")
    if not name and not indicators:
        return None, _unread(numbered, rd)
    if not name:
        name = f"(unnamed self-evaluation, lines {segment.first_line}-{segment.last_line})"
        rd.warnings.append("项目名称 missing or unreadable")
    if year is None:
        rd.warnings.append("year not found in the form")
    project = Project(
        name=name,
        name_as_printed=name_printed or name,
        department=department,
        unit=unit,
        year=year,
        form=FORM,
        funds=funds,
        goal=goal,
        total_score=total_score,
        grade=grade,
        indicators=indicators,
        source=Source(file=file, first_line=segment.first_line, last_line=segment.last_line),
        warnings=rd.warnings,
    )
    return project, _unread(numbered, rd)


def _table_lines(
    numbered: list[tuple[int, str]], layout: str
) -> tuple[list[TabLine], dict[int, list[int]]]:
    """The form as tab-table lines, whatever its layout; `groups` maps a line that stands for
    several input lines (one cell per line) to all of them."""
    if layout == CELL_PER_LINE:
        # Cells one per line, rows separated by blank lines: each row becomes one tab line.
        out: list[TabLine] = []
        groups: dict[int, list[int]] = {}
        row: list[tuple[int, str]] = []
        for n, raw in numbered + [(0, "")]:
            if raw.strip() or "\t" in raw:
                row.append((n, raw.strip("\n")))
                continue
            if row:
                first = row[0][0]
                groups[first] = [m for m, _ in row]
                out.append(tab_line(first, "\t".join(t.strip() for _, t in row)))
                row = []
            if n:
                out.append(tab_line(n, ""))
        return out, groups
    if layout == TOKEN_PER_LINE and is_cell_stream(numbered):
        # One cell per line and nothing between rows: rows rebuilt from what cells say.
        rebuilt = stream_lines(numbered)
        out = [tab_line(first, text) for first, _, text in rebuilt]
        return out, {first: lines for first, lines, _ in rebuilt}
    if layout == TOKEN_PER_LINE:
        # Cells separated by spaces: the best cut there is.
        return [tab_line(n, "\t".join(raw.split())) for n, raw in numbered], {}
    return [tab_line(n, raw) for n, raw in numbered], {}


def _unread(numbered: list[tuple[int, str]], rd: FormReading) -> list[UnreadLine]:
    for first, members in rd.groups.items():
        if first in rd.used:
            rd.used.update(members)
        elif first in rd.reasons:
            for m in members:
                rd.reasons.setdefault(m, rd.reasons[first])
    return [
        UnreadLine(n, t, rd.reasons.get(n, "not part of the form's fields or indicator table"))
        for n, t in numbered
        if t.strip() and n not in rd.used
    ]


# --------------------------------------------------------------------------- finding parts


def _header_hits(tl: TabLine) -> int:
    t = compact(tl.text)
    return sum(1 for w in _HEADER_WORDS if w in t)


def _find_table_header(lines: list[TabLine]) -> int | None:
    for i, tl in enumerate(lines):
        if _header_hits(tl) >= 3 and not funds_label(tl):
            return i
    return None


def _header_tail(lines: list[TabLine], header: int, rd: FormReading) -> int:
    """Index of the first table line after the header (which may take two lines)."""
    rd.use(lines[header].line)
    nxt = header + 1
    if nxt < len(lines) and not lines[nxt].blank and row_layout(lines[nxt]) is None:
        t = compact(lines[nxt].text)
        first = compact(lines[header].cell(0))
        if any(w in t for w in _HEADER_TAIL) or first in ("一级", "一级指"):
            rd.use(lines[nxt].line)
            return nxt + 1
    return nxt


def _find_total(lines: list[TabLine], start: int) -> int | None:
    for i in range(start, len(lines)):
        if any(compact(c).startswith("总分") for c in lines[i].cells):
            return i
    return None


def _find_grade(lines: list[TabLine], start: int) -> int | None:
    for i in range(start, len(lines)):
        t = compact(lines[i].text)
        if "评分等" in t or "等级" in t:
            return i
    return None


def _find_funds_start(lines: list[TabLine], stop: int) -> int | None:
    """First line of the funds grid (its column header or first amount row)."""
    for i in range(min(stop, len(lines))):
        t = compact(lines[i].text)
        if "预算数" in t or "年度资金总额" in t or ("资金总额" in t and _NUM.search(t)):
            return i
    return None


# --------------------------------------------------------------------------- total, grade, year


def _read_total(tl: TabLine, rd: FormReading) -> tuple[float | None, float | None]:
    """(total weight, total score) from the 总分 row: `总分 … 100.00 98.79`."""
    text = " ".join(tl.cells)
    after = text[text.index("总分") + 2:] if "总分" in text else text
    nums = [as_number(m) for m in _NUM.findall(after)]
    nums = [x for x in nums if x is not None and x <= 100]
    rd.use(tl.line)
    if not nums:
        return None, None
    return (nums[0] if len(nums) >= 2 else None), nums[-1]


def _read_grade(lines: list[TabLine], i: int, rd: FormReading) -> str | None:
    tl = lines[i]
    rd.use(tl.line)
    for c in tl.cells:
        t = compact(c)
        if t in _GRADES:
            return t
    for c in tl.cells:
        t = compact(c)
        for g in _GRADES:
            if t.endswith(g) and "等级" not in t:
                return g
    return None


def _year(segment: Segment, lines: list[TabLine]) -> int | None:
    ctx = segment.context.get("year")
    if isinstance(ctx, int):
        return ctx
    years = Counter(
        int(m.group(1)) for tl in lines for c in tl.cells for m in _YEAR.finditer(c)
    )
    if not years:
        years = Counter(
            int(m) for tl in lines for c in tl.cells for m in re.findall(r"(?<!\d)(20[1-3]\d)(?!\d)", c)
        )
    if years:
        return years.most_common(1)[0][0]
    doc_year = segment.context.get("doc_year")
    return doc_year if isinstance(doc_year, int) else None
