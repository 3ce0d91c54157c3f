"""Target declarations (绩效目标申报表 / 绩效目标表) → Project records, in every layout."""

from __future__ import annotations

import re

from jixiao.kg.reader.ocr.forms.fields import Head, join_cells, read_head, title_name
from jixiao.kg.reader.ocr.forms.indicators import (
    TableHeader,
    TableState,
    finish_table,
    is_header_row,
    read_indicator_row,
)
from jixiao.kg.reader.ocr.forms.ledger import Ledger
from jixiao.kg.reader.ocr.layouts import TAB_TABLE, TOKEN_PER_LINE, Cell, logical_rows
from jixiao.kg.reader.ocr.repair import repair_name
from jixiao.kg.reader.ocr.segment import DECLARATION, Segment
from jixiao.kg.records import Funds, Indicator, Project, Source, UnreadLine
from jixiao.text import compact
from jixiao.vocab import match_header, match_level1, org_name

_AMOUNT = re.compile(r"^-?[\d,]*\.?\d+$")
_YEAR_IN = re.compile(r"((?:19|20)\d\d)\s*年")
_GOAL_NUMBER = re.compile(r"^\s*(?:\d+\s*[.、．]\s*)?(?:目标(?:内容)?\s*\d*\s*[:：]?\s*)?")
# Head fields the record has no place for: read, but reported as unread with this reason.
_NO_SLOT = {
    "nature": "项目性质", "category": "项目类别", "start": "计划开始日期",
    "end": "计划完成日期", "period": "项目期", "fund_use": "资金用途",
}
_ITEM = re.compile(r"^\s*\d+\s*[.、．]")
# The template's placeholder word after the item number: `1.目标内容1开展…` → `1.开展…`.
_TEMPLATE = re.compile(r"(?<=[.、．])\s*目标(?:内容)?\s*\d*\s*[:：]?\s*")
_AMOUNT_FIELDS = ("total", "project_total", "fiscal", "carryover", "other")


def parse_amount(text: str, scale: float = 1.0) -> float | None:
    """`2,550,000.00` → 2550000.0 (× `scale`, or per a printed 万元/元); words → None."""
    t = compact(text)
    if t.endswith("万元"):
        t, scale = t[:-2], 10000.0
    elif t.endswith("元"):
        t, scale = t[:-1], 1.0
    return float(t.replace(",", "")) * scale if t and _AMOUNT.match(t) else None


def _join_header_cells(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A header printed one cell per line (`一级指标` / `二级指标` / … each a row) as one row."""
    out: list[list[Cell]] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j]) == 1 and match_header(rows[j][0].text):
            j += 1
        if j - i >= 2 and is_header_row([r[0] for r in rows[i:j]]):
            out.append([r[0] for r in rows[i:j]])
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


def _table_start(rows: list[list[Cell]]) -> tuple[int, int]:
    """(end of the head, start of the indicator rows): the header row lies between them
    when there is one; without a header the table starts at the first level-1 label."""
    for i, row in enumerate(rows):
        if is_header_row(row):
            return i, i + 1
    for i, row in enumerate(rows):
        m = match_level1(row[0].text)
        if m and m.suffixed:
            return i, i
    return len(rows), len(rows)


_PAGE_MARK = re.compile(r"^(第\s*\d+\s*页(共\s*\d+\s*页)?|-\s*\d+\s*-|\d+\s*/\s*\d+|page\s*\d+)$",
                        re.I)


def _drop_page_marks(rows: list[list[Cell]], ledger: Ledger) -> list[list[Cell]]:
    """Page numbers printed inside a form are not data: report them, keep them out of values."""
    kept = []
    for row in rows:
        if len(row) == 1 and _PAGE_MARK.match(compact(row[0].text)):
            ledger.skip(row[0], "page number")
        else:
            kept.append(row)
    return kept


def _amounts(head: Head, ledger: Ledger, scale: float) -> Funds:
    funds = Funds()
    uses_text = any("用途" in c.text for c in head.labels.get("funds_block", []))
    for name in _AMOUNT_FIELDS:
        value = None
        for c in head.values.get(name, []):
            amount = parse_amount(c.text, scale)
            if amount is not None and value is None:
                value = amount
                ledger.use(c, *head.labels.get(name, []))
            elif amount is None and compact(c.text) not in ("", "-", "—", "/"):
                reason = ("资金用途 (budget use) has no field in the record" if uses_text
                          else f"text where an amount ({name}) was expected")
                ledger.skip(c, reason)
            else:
                ledger.use(c)
        if value is None:
            ledger.use(*head.labels.get(name, []))
        if name == "project_total":
            funds.total = funds.total if funds.total is not None else value
        else:
            setattr(funds, name, value)
    return funds


def _goal(head: Head, ledger: Ledger) -> str | None:
    for name in ("goal", "goal_block", "goal_total"):
        cells = head.values.get(name)
        if cells:
            ledger.use(*cells, *head.labels.get(name, []))
            texts = [join_cells([c]) for c in cells]
            numbered = sum(bool(_ITEM.match(t)) for t in texts) >= 2
            if numbered:  # several goals `1.…` `2.…`: keep them apart
                return "；".join(_TEMPLATE.sub("", t) for t in texts if t) or None
            parts = [_GOAL_NUMBER.sub("", t) for t in texts]
            return "".join(p for p in parts if p) or None
    return None


def _org(head: Head, name: str, ledger: Ledger) -> str | None:
    cells = head.values.get(name)
    if not cells:
        return None
    ledger.use(*cells, *head.labels.get(name, []))
    text = join_cells(cells)
    org = org_name(text)
    return org[0] if org else text


def _year(head: Head, segment: Segment, name: str | None, ledger: Ledger) -> int | None:
    """The form's own year: its (2023年度) line, title, document header, or a name `2023年…`.

    Years mentioned in goal or indicator text are not the form's year and are not used.
    """
    if head.year:
        ledger.use(head.year_cell)
        return head.year
    if head.title and (m := _YEAR_IN.search(compact(head.title.text))):
        return int(m.group(1))
    if segment.context.get("year"):
        return int(segment.context["year"])
    if name and (m := re.match(r"^((?:19|20)\d\d)\s*年", compact(name))):
        return int(m.group(1))
    return None


def _name(head: Head, segment: Segment, warnings: list[str],
          ledger: Ledger) -> tuple[str | None, str | None]:
    printed = head.text("name")
    from_title = title_name(head.title.text) if head.title else None
    ledger.use(*head.titles)
    if printed:
        ledger.use(*head.values["name"], *head.labels.get("name", []))
    elif head.labels.get("name"):
        ledger.use(*head.labels["name"])
    if not printed:
        if from_title:
            warnings.append(f"project name taken from the form title: {from_title}")
        return from_title, from_title
    # Only this form's own title is evidence: other forms' names are other projects.
    candidates = [from_title] if from_title else []
    repaired, confidence, note = repair_name(printed, candidates, organisation=False)
    if note:
        warnings.append(f"project name {note} (confidence {confidence:.2f})")
    return repaired, printed


def read_declaration(segment: Segment, file: str) -> tuple[Project | None, list[UnreadLine]]:
    """Read one target-declaration segment; returns the project and the lines not used."""
    ledger = Ledger()
    warnings: list[str] = []
    columns = segment.layout != TOKEN_PER_LINE
    pre_rows = logical_rows(segment.preamble, segment.layout) if segment.preamble else []
    rows = _join_header_cells(_drop_page_marks(logical_rows(segment.lines, segment.layout), ledger))
    head_end, table_start = _table_start(rows)
    head = read_head(pre_rows + rows[:head_end], columns=columns)
    # Document-level hints (summary title, year) are structure the context already captured.
    for row in pre_rows:
        ledger.use(*row)

    ctx = segment.context
    amount_unit = head.amount_unit or ctx.get("amount_unit")
    printed_bare = any(parse_amount(c.text) is not None and not compact(c.text).endswith("元")
                       for f in _AMOUNT_FIELDS for c in head.values.get(f, []))
    if amount_unit is None and printed_bare:
        warnings.append("amount unit not printed; amounts read as 元")
    ledger.use(*head.unit_cells)
    scale = 10000.0 if amount_unit == "万元" else 1.0

    name, name_printed = _name(head, segment, warnings, ledger)
    department = _org(head, "department", ledger)
    unit = _org(head, "unit", ledger)
    if unit is None and head.orgs:
        org = org_name(head.orgs[0].text)
        unit = org[0] if org else join_cells(head.orgs[:1])
        ledger.use(head.orgs[0])
    if unit is None and ctx.get("unit"):
        unit = ctx["unit"]
        warnings.append("implementing unit taken from the document title")
    evidence = ctx.get("orgs", []) + ctx.get("unit_spellings", [])
    if unit and evidence:
        repaired, confidence, note = repair_name(unit, evidence)
        if note:
            warnings.append(f"unit {note} (confidence {confidence:.2f})")
            unit = repaired
    funds = _amounts(head, ledger, scale)
    goal = _goal(head, ledger)
    year = _year(head, segment, name, ledger)

    for fname, label in _NO_SLOT.items():
        for c in head.labels.get(fname, []) + head.values.get(fname, []):
            ledger.skip(c, f"read, not stored: {label} has no field in the record")
    for fname in ("funds_block", "goal_block", "indicators_block"):
        ledger.use(*head.labels.get(fname, []))

    indicators: list[Indicator] = []
    header_row = rows[head_end] if table_start > head_end else None
    if header_row:
        ledger.use(*header_row)
    header = TableHeader.from_row(header_row)
    state = TableState()
    for row in rows[table_start:]:
        read_indicator_row(row, state, header, ledger, warnings, indicators,
                           wrap_lines=not columns)
    # Only in tab tables does a blank line mark a page break; elsewhere it separates rows.
    breaks = {n for n, t in segment.lines if not t.strip()} if segment.layout == TAB_TABLE else None
    finish_table(state, ledger, warnings, indicators, breaks)

    unread = ledger.unread(segment.preamble + segment.lines,
                           "not understood as part of the target declaration")
    nums = [n for n, t in segment.lines if t.strip()] or [0]
    if not name and not indicators:
        return None, [UnreadLine(n, t, "form without a project name or indicators")
                      for n, t in segment.preamble + segment.lines if t.strip()]
    if not name:
        name = f"(unnamed target declaration, lines {min(nums)}-{max(nums)})"
        warnings.append("no project name printed or readable")
    if not indicators:
        warnings.append("no indicators found")
    project = Project(
        name=name,
        name_as_printed=name_printed or name,
        department=department,
        unit=unit,
        year=year,
        form=DECLARATION,
        funds=funds,
        goal=goal,
        total_score=None,
        grade=None,
        indicators=indicators,
        source=Source(file=file, first_line=min(nums), last_line=max(nums)),
        warnings=warnings,
    )
    return project, unread
