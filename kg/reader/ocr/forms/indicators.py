"""The indicator table of a target declaration: rows → Indicator records.

Each row is read left to right: level labels first (recognised by vocabulary wherever the PDF
shifted them), then the level-3 text, optional description, and the target. Labels printed
on an earlier row carry over. A bare label core (`社会效益`, `满意度`) counts as a label only
when a level-3 text and a target still follow it; otherwise it *is* the level-3 text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.forms.fields import join_cells
from jixiao.kg.reader.ocr.forms.ledger import Ledger
from jixiao.kg.reader.ocr.layouts import Cell
from jixiao.kg.records import Indicator
from jixiao.kg.targets import clean_target, looks_like_target, parse_target
from jixiao.text import clean_cell
from jixiao.vocab import (
    LEVEL1,
    complete_label,
    is_group_label,
    is_level_label,
    label_key,
    label_remnant,
    match_header,
    match_level1,
    match_level2,
    parent_level1,
)

# `指标1：`, `标3：` (a PDF ate the 指), `1.`, `（2）` before a level-3 text.
_NUMBERING = re.compile(
    r"^(?:指?标\s*\d+\s*[:：.、]\s*|指标\s*[一二三四五六七八九十]+\s*[:：]\s*|"
    r"\d{1,2}\s*[.、．)）]\s*(?=\D)|[(（]\s*\d{1,2}\s*[)）]\s*)"
)
_PLACEHOLDER = re.compile(r"^[…\.。·—\-/\s]*$")
_OP_WORD = re.compile(r"^(≥|≤|>|<|=|≈|大于|小于|不低于|不少于|不高于|不超过|不大于|不小于|约|达到)$")
_UNIT_ONLY = re.compile(r"^(\([^()]{1,10}\)|%|‰)$")


# Signature lines under a form (填报人：张三, 联系电话 …): not indicators.
_FOOTER = re.compile(
    r"^(填报人|填表人|联系人|联系电话|审核人|单位负责人|财务负责人|项目负责人|负责人|"
    r"填报日期|填表日期|填报单位|备注|说明|注)\s*[:：]"
)


def strip_numbering(text: str) -> str:
    """`指标1：长效管理情况` → `长效管理情况`."""
    return _NUMBERING.sub("", text, count=1).strip()


@dataclass
class TableHeader:
    """What the header row says about the columns after the level-3 text."""

    has_description: bool = False
    after_target: list[str] = field(default_factory=list)  # e.g. ["weight"]
    measure_unit_after: bool = False

    @classmethod
    def from_row(cls, row: list[Cell] | None) -> TableHeader:
        if not row:
            return cls()
        names = [match_header(c.text) for c in row]
        names = [n for n in names if n]
        hdr = cls(has_description="description" in names)
        if "target" in names:
            tail = names[names.index("target") + 1:]
            hdr.measure_unit_after = "measure_unit" in tail
            hdr.after_target = [n for n in tail if n != "measure_unit"]
        return hdr


def is_header_row(row: list[Cell]) -> bool:
    names = {match_header(c.text) for c in row}
    return len(names & {"level1", "level2", "level3", "target"}) >= 2


@dataclass
class _Level:
    canonical: str | None = None
    printed: str | None = None

    def as_printed(self) -> str | None:
        printed = re.sub(r"\s+", "", clean_cell(self.printed or ""))
        return printed if printed and printed != self.canonical else None


@dataclass
class RowInfo:
    """How an indicator's row was printed, for regrouping rows cut off by a page break."""

    printed_label: bool
    number: int | None  # N of a `指标N：` prefix


@dataclass
class TableState:
    l1: _Level = field(default_factory=_Level)
    l2: _Level = field(default_factory=_Level)
    pending: list[Cell] = field(default_factory=list)  # level-3 text broken over lines
    row_printed_label: bool = False
    row_split_label: bool = False  # the row holds pieces of a label split over rows
    row_printed: tuple[bool, bool] = (False, False)  # level 1 / level 2 printed on this row
    info: list[RowInfo] = field(default_factory=list)  # parallel to the indicators


def _accept_label(cells: list[Cell], i: int, suffixed: bool) -> bool:
    if suffixed:
        return True
    rest = cells[i + 1:]
    return bool(rest) and (is_level_label(rest[0].text) or len(rest) >= 2)


def _read_labels(cells: list[Cell], state: TableState, ledger: Ledger,
                 warnings: list[str]) -> int:
    """Consume the label cells at the start of a row; return the index of the first other."""
    row_l1 = row_l2 = None
    state.row_split_label = False
    i = 0
    while i < len(cells):
        text = cells[i].text
        if is_group_label(text) or match_header(text):
            ledger.use(cells[i])
            i += 1
            continue
        m1, m2 = match_level1(text), match_level2(text)
        m = m1 or m2
        if not m and label_remnant(text):
            # `服务` (start of 服务对象满意度指标) or `度指` / `标`: a label split over rows.
            start = complete_label(text)
            if start and row_l2 is None and not (start.canonical in LEVEL1 and row_l1):
                if start.canonical in LEVEL1:
                    row_l1 = _Level(start.canonical, text)
                else:
                    row_l2 = _Level(start.canonical, text)
            ledger.use(cells[i])
            state.row_split_label = True
            i += 1
            continue
        if not m or not _accept_label(cells, i, m.suffixed):
            break
        nxt = cells[i + 1].text if i + 1 < len(cells) else ""
        next_is_l2 = bool(match_level2(nxt)) and _accept_label(cells, i + 1, True)
        if m1 and m2:
            if row_l1 is None and row_l2 is None:
                # 成本指标 sits under 产出指标 in older forms, and is a level 1 in newer ones.
                under_output = (m1.canonical == "成本指标" and state.l1.canonical == "产出指标"
                                and not next_is_l2)
                role = 2 if under_output else 1
            else:
                role = 2
        else:
            role = 1 if m1 else 2
        if role == 1 and row_l1 is None and row_l2 is None:
            row_l1 = _Level(m1.canonical, text)
        elif m2 and row_l2 is None:
            row_l2 = _Level(m2.canonical, text)
        ledger.use(cells[i])
        i += 1
    state.row_printed_label = bool(row_l1 or row_l2)
    state.row_printed = (row_l1 is not None, row_l2 is not None)
    if row_l1:
        state.l1, state.l2 = row_l1, _Level()
    if row_l2:
        state.l2 = row_l2
        parent = parent_level1(row_l2.canonical)
        if parent and parent != state.l1.canonical:
            if row_l1:
                warnings.append(f"line {cells[0].line}: level-2 {row_l2.canonical} printed "
                                f"under level-1 {row_l1.canonical}")
            else:
                if state.l1.canonical:
                    warnings.append(f"line {cells[0].line}: level-1 taken as {parent} "
                                    f"(implied by {row_l2.canonical})")
                state.l1 = _Level(parent, None)
    return i


def _merge_target_cells(rest: list[Cell]) -> list[Cell]:
    """Put back together a target split over cells: `大于` `80%`, `>10659.00` `(条)`."""
    if len(rest) >= 3 and _OP_WORD.match(rest[-2].text.strip()):
        a, b = rest[-2], rest[-1]
        return rest[:-2] + [Cell(a.text + b.text, a.line, a.col, a.lines + b.lines)]
    if len(rest) >= 3 and _UNIT_ONLY.match(rest[-1].text.strip()) and re.search(
            r"\d$", rest[-2].text.strip()):
        a, b = rest[-2], rest[-1]
        return rest[:-2] + [Cell(a.text + b.text, a.line, a.col, a.lines + b.lines)]
    return rest


# A deadline target (`12月底前`, `2025年12月31日前`, `24小时内`): dated, so not wrapped text.
_DEADLINE = re.compile(r"\d.*(?:前|内|以内|之前|底)$")


def _lone_target(text: str) -> bool:
    return looks_like_target(text) or bool(_DEADLINE.search(clean_cell(text)))


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return None


def read_indicator_row(cells: list[Cell], state: TableState, header: TableHeader,
                       ledger: Ledger, warnings: list[str], indicators: list[Indicator],
                       wrap_lines: bool) -> None:
    """Read one table row into `indicators` (appending) and update the carried labels.

    `wrap_lines`: a lone text cell continues on the next row (one PDF line per text line).
    """
    if cells and _FOOTER.match(clean_cell(cells[0].text)):
        for c in cells:
            ledger.skip(c, "form footer (signatures, contacts): not part of the record")
        return
    start = _read_labels(cells, state, ledger, warnings)
    rest = [c for c in cells[start:] if clean_cell(c.text)]
    if not rest:
        if state.pending:
            _emit(state.pending, None, [], state, ledger, warnings, indicators)
            state.pending = []
        return
    if state.row_split_label and len(rest) == 1 and is_level_label(rest[0].text):
        ledger.use(rest[0])  # `标 | 满意`: more pieces of labels split over rows
        return
    rest = _merge_target_cells(rest)
    last = indicators[-1] if indicators else None
    if len(rest) == 1:
        cell = rest[0]
        if looks_like_target(cell.text) and last is not None and last.target is None \
                and not state.pending:
            last.target = clean_target(cell.text)
            last.target_parsed = parse_target(cell.text)
            ledger.use(cell)
        elif wrap_lines and state.pending and _lone_target(cell.text):
            # One cell per line: the level-3 text's line, then its target's.
            _emit(state.pending, cell, [], state, ledger, warnings, indicators)
            state.pending = []
        elif wrap_lines:
            state.pending.append(cell)
        else:
            _emit([cell], None, [], state, ledger, warnings, indicators)
        return
    # Columns after the target (e.g. 分值) come last; the target sits just before them.
    tail_n = len(header.after_target) if len(rest) > len(header.after_target) + 1 else 0
    tail = rest[len(rest) - tail_n:] if tail_n else []
    body = rest[: len(rest) - tail_n]
    target = body[-1]
    texts = body[:-1]
    if header.measure_unit_after and len(texts) >= 2 and re.search(r"\d$", texts[-1].text):
        target = Cell(texts[-1].text + target.text, texts[-1].line, texts[-1].col,
                      texts[-1].lines + target.lines)
        texts = texts[:-1]
    if texts and _OP_WORD.match(texts[-1].text.strip()):
        op = texts[-1]  # a 指标方向/比较符 column printed before the value
        target = Cell(op.text + target.text, op.line, op.col, op.lines + target.lines)
        texts = texts[:-1]
    if header.has_description and len(texts) >= 2:
        level3, described = [texts[0]], texts[1:]
    else:
        level3, described = texts, []
    extra = {}
    for name, cell in zip(header.after_target, tail, strict=False):
        if name == "weight":
            extra["weight"] = _number(cell.text)
        ledger.use(cell)
    _emit(state.pending + level3, target, described, state, ledger, warnings, indicators, extra)
    state.pending = []


def _emit(level3_cells: list[Cell], target: Cell | None, described: list[Cell],
          state: TableState, ledger: Ledger, warnings: list[str],
          indicators: list[Indicator], extra: dict | None = None) -> None:
    raw = join_cells(level3_cells)
    level3 = strip_numbering(raw)
    num = re.match(r"^指?标\s*(\d+)", raw)
    target_text = clean_target(target.text) if target else None
    if _PLACEHOLDER.match(level3) or (target_text and _PLACEHOLDER.match(target_text)
                                      and not level3):
        for c in [*level3_cells, *described, target]:
            if c is not None:
                ledger.use(c)  # an empty template row (`指标2:` / `……`): nothing to keep
        return
    for d in described:
        if label_key(d.text) == label_key(level3) or label_key(d.text) == label_key(
                join_cells(level3_cells)):
            ledger.use(d)
        else:
            ledger.skip(d, "indicator description (绩效指标描述) has no field in the record")
    line = level3_cells[0].line if level3_cells else (target.line if target else None)
    if target is None:
        warnings.append(f"line {line}: indicator {level3!r} has no target value")
    ind = Indicator(
        level1=state.l1.canonical,
        level2=state.l2.canonical,
        level3=level3,
        target=target_text,
        target_parsed=parse_target(target_text) if target_text else None,
        # As printed on this indicator's own row; rows under a merged label cell inherit
        # the canonical label only.
        level1_as_printed=state.l1.as_printed() if state.row_printed[0] else None,
        level2_as_printed=state.l2.as_printed() if state.row_printed[1] else None,
        line=line,
        **(extra or {}),
    )
    ledger.use(*level3_cells, target)
    indicators.append(ind)
    state.info.append(RowInfo(state.row_printed_label, int(num.group(1)) if num else None))


def finish_table(state: TableState, ledger: Ledger, warnings: list[str],
                 indicators: list[Indicator], breaks: set[int] | None = None) -> None:
    """Flush a pending level-3 text; regroup rows cut from their label by a page break."""
    if state.pending:
        _emit(state.pending, None, [], state, ledger, warnings, indicators)
        state.pending = []
    if breaks:
        regroup_across_breaks(indicators, state.info, breaks, warnings)


def _core(level2: str | None) -> str:
    return (level2 or "").removesuffix("指标")


def regroup_across_breaks(indicators: list[Indicator], info: list[RowInfo],
                          breaks: set[int], warnings: list[str]) -> None:
    """A merged label cell split by a page break prints its label on the second page only.

    Rows just before the break that print no label of their own belong to the label after
    it when their numbering continues there (`指标1` … `指标2`) or their text names that
    label's subject (`定考时效` before 时效指标) rather than the current one.
    """
    for k in range(len(indicators) - 1, 0, -1):
        b, a = indicators[k], indicators[k - 1]
        ib, ia = info[k], info[k - 1]
        if not (ib.printed_label and not ia.printed_label and a.line and b.line):
            continue
        if a.level2 == b.level2 or not any(n in breaks for n in range(a.line + 1, b.line)):
            continue
        numbered = ia.number is not None and ib.number == ia.number + 1
        named = _core(b.level2) in a.level3 and _core(a.level2) not in a.level3
        if not (numbered or named):
            continue
        moved = [k - 1]
        j = k - 2
        while numbered and j >= 0 and not info[j + 1].printed_label and \
                info[j].number is not None and info[j].number == info[j + 1].number - 1 and \
                indicators[j].level2 == a.level2:
            moved.append(j)
            j -= 1
        for m in moved:
            ind = indicators[m]
            warnings.append(f"line {ind.line}: {ind.level3!r} regrouped under {b.level2} "
                            f"(label printed after a page break)")
            ind.level1, ind.level2 = b.level1, b.level2
            ind.level1_as_printed, ind.level2_as_printed = b.level1_as_printed, b.level2_as_printed
