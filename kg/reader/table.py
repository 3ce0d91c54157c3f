"""The indicator table: its header row, whatever its columns, and its rows, whatever the shape.

The header names the columns (一级/二级/三级/指标值; 指标类型/指标名称/指标性质/计量单位/权重/
全年完成值; 中期/年度; 分值/得分/偏差原因 …). Category labels (产出指标, 数量 …) are recognised by
vocabulary wherever they sit and carried down over the rows below them. The other cells of a
row are given to the value columns by a small dynamic programme that scores each assignment by
what the text looks like (a name, a target, a number) and, where the source keeps columns, by
which header the cell stands under. Where rows are not known (one cell per line, run-together
text) the same programme also decides where each row ends.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jixiao.kg.reader.columnwise import place_labels
from jixiao.kg.reader.glued import MAX_ROW_POINTS, POINTS_NUMBER, number_value, split_points
from jixiao.kg.reader.tokens import (
    Kind,
    Token,
    classify,
    full_lines,
    has_cjk,
    is_scoring_rule,
    is_unit,
    is_worded_target,
    label_start,
    moved_after,
)
from jixiao.kg.targets import clean_target, looks_like_target, parse_target
from jixiao.text import compact
from jixiao.vocab import (
    DEPARTMENT_LEVEL1,
    FRAMEWORK_LEVEL1,
    FRAMEWORK_PARENT,
    LEVEL2,
    NATURE_WORDS,
    LabelMatch,
    canonical_level2,
    column_label,
    complete_label,
    is_continued_title,
    is_outline_heading,
    label_key,
    label_prefix,
    match_level1,
    match_level2,
    org_name,
    other_level2,
    parent_level1,
    starts_column_label,
)

if TYPE_CHECKING:  # centred imports table: the names are for annotations only
    from collections.abc import Iterator

    from jixiao.kg.reader.centred import Label, LineRow

# Columns a row's values can go to (the category columns are read as labels).
VALUE_ROLES = ("seq", "level3", "op", "target", "midterm", "measure_unit", "actual", "monitor",
               "weight", "score", "deviation", "criteria", "description", "direction", "note",
               "midterm_name")
# Columns whose cells are text kept in Indicator.extra under their printed header.
EXTRA_ROLES = ("criteria", "description", "direction", "note", "monitor", "midterm_name")
# A header needs a name column and one value column of these.
NAME_ROLES = ("level3",)
VALUE_EVIDENCE = ("target", "weight", "score", "actual", "midterm")
# Most tokens one cell value may be made of (a value cut into pieces by extraction).
MAX_PIECES = {"level3": 4, "midterm_name": 4, "target": 3, "midterm": 3, "actual": 3, "deviation": 6,
              "criteria": 4, "description": 4, "note": 2, "monitor": 2}
# Scores of the assignment programme (log-odds-like; only their differences matter).
EMPTY_TARGET = -1.5
EMPTY_NAME = -6.0
JOIN = -0.45
ALIGNED = 0.6
MISALIGNED = -0.6
BARE_NUMBER_VALUE = 1.0
NUMBERS_JOINED = 1.0
NEW_ROW = -1.0
# An indicator's name is no sentence: commas and full stops belong to 评价标准 and reasons.
SENTENCE_IN_NAME = 1.5
# A formula in words (执行率=支出数/预算数×100%) is a scoring rule, never a value.
FORMULA_IN_VALUE = 1.5
_FORMULA_TEXT = re.compile(r"[\u4e00-\u9fff][=＝]|[×÷]")
_RULE_WORDS_IN_VALUE = re.compile(r"计满分|得满分|不得分|扣分")
# A one- or two-character piece after a row's last value, joined to the row's name.
NAME_TAIL = -0.3
# A blank cell taken as a column's empty value, or passed over.
BLANK_AS_EMPTY = 0.3
BLANK_FLOOR = -0.2
BLANK_SKIPPED = -0.3
# A row may leave a token over (a stray cell): costly, so it is used only when nothing fits.
LEFTOVER = -2.5
# A value whose pieces read as a name followed by a number is two cells of two rows.
NAME_BEFORE_NUMBER = 1.5
EMPTY_POINTS = -1.2

_OP_WORDS = {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", ">=", "<=", "大于", "小于",
             "等于", "不低于", "不高于", "不少于", "不超过", "大于等于", "小于等于", "定性", "定量",
             "无", "正向", "反向", "约"}
# A comparison printed in a sign column: never a unit.
_SIGN_WORD = re.compile(r"^(?:[≥≤><=≧≦＞＜＝]{1,2}|大于|小于|等于|不低于|不高于|不少于|不超过|大于等于|小于等于)$")
_UNIT_WORD = re.compile(r"^(?:%|‰|[个人次户家项件天日月年台套篇场册份名张条处床期批本所座辆吨亩元分]"
                        r"|万元|亿元|人次|小时|公里|平方米|课时|学时|工作日|个月|户次|万人次|万人|无)$")
_NAME_END = re.compile(
    r"(率|数|量|度|性|次|时间|情况|面积|长度|比例|比重|天数|金额|成本|标准|水平|效果|占比|人次|"
    r"覆盖面|规模|能力|时限|周期|进度|质量|效益|影响|机制|制度|建设|完成|达标|保障|提升|改善|"
    r"收入|费用|支出|补助|补贴|额度|个数|户数|人数|场次|期数|件数|项数|规范|合规|准确|及时|"
    r"安全|稳定|效率|知晓|满意|认可|投诉|事故|案件|资金|经费|工作|服务|管理|培训|活动|考核)$"
)
# One- and two-character values that are whole targets, not pieces of a wrapped name.
_SHORT_VALUES = {"优", "良", "中", "差", "是", "否", "无", "有", "高", "低", "好", "优秀", "良好",
                 "合格", "达标", "完成", "及时", "有效", "满意", "健全", "合规", "明显", "显著"}
_DEADLINE = re.compile(r"\d{1,2}月|年底|年内|\d+个?工作日|前完成|\d{1,2}日(?:前|之前|以前)|季度末|\d+个?日内"
                       r"|[一二三四五六七八九十两半\d]+个?(?:月|周|工作日|日|天)内")
# What 指标性质 prints instead of an operator: no target of their own.
_DASH = re.compile(r"^[-—–/／\\无]+$")
# Head fields printed under the table (填报单位 / 填报日期 sign it off; 总分, 评价等级, notes).
TAIL_FIELDS = ("total_score", "grade", "explanation", "contact", "filer", "filed_on")


@dataclass
class Column:
    role: str
    header: Token
    x0: float | None = None
    x1: float | None = None


@dataclass
class Header:
    columns: list[Column]
    tokens: list[Token]

    @property
    def roles(self) -> list[str]:
        return [c.role for c in self.columns]

    @property
    def value_roles(self) -> list[str]:
        out = []
        for role in self.roles:
            if role in VALUE_ROLES and role not in out:
                out.append(role)
        return out

    def has(self, role: str) -> bool:
        return role in self.roles


@dataclass
class Row:
    """One indicator as read, before it becomes a record."""

    level1: LabelMatch | None
    level2: LabelMatch | None
    values: dict[str, list[Token]] = field(default_factory=dict)
    labels: list[Token] = field(default_factory=list)

    def text(self, role: str) -> str | None:
        toks = self.values.get(role)
        if not toks:
            return None
        return "".join(t.text for t in toks)

    @property
    def tokens(self) -> list[Token]:
        return [t for ts in self.values.values() for t in ts]


# ------------------------------------------------------------------------------ the header


def header_role(token: Token) -> str | None:
    """The column a token names in a header row (a field label may name a column too)."""
    if token.column:
        return token.column
    return None


# Pieces of header cells stacked over two or three lines (`指标 计量 指标 全年` /
# `指标类型 指标名称 指标值 评价标准` / `性质 单位 权重 完成值`), and the order such a header's
# columns are printed in when their places are lost.
MAX_HEADER_PIECE = 4
STACKED_WINDOW = 30
_CHONGQING_ORDER = ("seq", "type", "level1", "level2", "level3", "op", "target", "midterm",
                    "measure_unit", "weight", "actual", "score", "criteria", "deviation",
                    "description", "direction", "note", "monitor")
_USUAL_ORDER = ("seq", "level1", "level2", "type", "level3", "op", "target", "midterm", "measure_unit",
                "actual", "monitor", "weight", "score", "deviation", "criteria", "description",
                "direction", "note")


# First halves of stacked header cells: short words, no punctuation, no digits.
_HEADER_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _is_piece(tok: Token) -> bool:
    return tok.kind in (Kind.TEXT, Kind.VALUE, Kind.FIELD, Kind.COLUMN) and \
        (len(tok.text) <= MAX_HEADER_PIECE or starts_column_label(tok.text)) \
        and not any(ch.isdigit() for ch in tok.text)


def _stacked_header(tokens: list[Token], i: int) -> tuple[int, Header] | None:
    """A header whose cells are printed in pieces on stacked lines; (end, header)."""
    window: list[Token] = []
    j = i
    while j < len(tokens) and len(window) < STACKED_WINDOW:
        t = tokens[j]
        if t.kind is Kind.EMPTY:
            j += 1
            continue
        if header_role(t) or _is_piece(t):
            window.append(t)
            j += 1
            continue
        break
    lines: dict[int, list[Token]] = {}
    for t in window:
        lines.setdefault(t.cell.location.line or t.row, []).append(t)
    if len(lines) > 3 and all(len(v) == 1 for v in lines.values()):
        # One cell per line: the stacked lines are only in the order — k first halves, the
        # whole headers, then k second halves.
        k = 0
        while k < len(window) and not (header_role(window[k]) and len(window[k].text) > 2):
            k += 1
        if 0 < k <= len(window) // 2:
            lines = {0: window[:k], 1: window[k:len(window) - k], 2: window[len(window) - k:]}
    if len(lines) < 2:
        return None
    keys = sorted(lines)
    top, bottom = lines[keys[0]], lines[keys[-1]]
    # The top line holds only the first halves of stacked cells; the bottom their second halves.
    # (A top half may be a label itself, 年度指标 over 值, when the two make a longer one.)
    if len(top) != len(bottom) or any(
            header_role(a) and len(a.text) > 2 and column_label(a.text + b.text) is None
            for a, b in zip(top, bottom, strict=True)):
        return None
    cols: list[Column] = []
    for a, b in zip(top, bottom, strict=True):
        role = column_label(a.text + b.text)
        if role is None:
            return None
        cols.append(Column(role, a, *_extent([a, b])))
    for k in keys[1:-1]:
        for t in lines[k]:
            if header_role(t):
                cols.append(Column(header_role(t) or "", t, t.cell.x0, t.cell.x1))
    roles = {c.role for c in cols}
    if not (roles & set(NAME_ROLES)) or not (roles & set(VALUE_EVIDENCE)):
        return None
    order = _CHONGQING_ORDER if "type" in roles else _USUAL_ORDER
    cols.sort(key=lambda c: order.index(c.role) if c.role in order else len(order))
    for t in window:
        t.use = "structure"
    return j, Header(cols, window)


def _extent(pieces: list[Token]) -> tuple[float | None, float | None]:
    """The horizontal span of a header cell's pieces, where the source keeps positions."""
    if any(t.cell.x0 is None for t in pieces):
        return None, None
    return min(t.cell.x0 or 0.0 for t in pieces), max(t.cell.x1 or t.cell.x0 or 0.0 for t in pieces)


def _description_as_name(cols: list[Column]) -> None:
    """指标内容 names the rows of a table with no 三级指标 column."""
    if not any(c.role == "level3" for c in cols):
        first = next((c for c in cols if c.role == "description"), None)
        if first is not None:
            first.role = "level3"


def find_header(tokens: list[Token], start: int = 0) -> tuple[int, int, Header] | None:
    """The first indicator-table header at or after `start`: (first, end, header)."""
    found = _find_header(tokens, start)
    if found is not None:
        _description_as_name(found[2].columns)
    return found


def _find_header(tokens: list[Token], start: int) -> tuple[int, int, Header] | None:
    i = start
    n = len(tokens)
    while i < n:
        if header_role(tokens[i]) is None:
            i += 1
            continue
        # The first halves of stacked header cells may sit on the line above.
        back = i
        while back > start and _is_piece(tokens[back - 1]) and \
                header_role(tokens[back - 1]) is None and _HEADER_PIECE.fullmatch(tokens[back - 1].text):
            back -= 1
        stacked = _stacked_header(tokens, back) if back < i else None
        line = tokens[i].cell.location.line
        if stacked is None and back < i and line is not None:
            # Short cells of the head above (`管部门`) are no halves: only the line just above.
            near = i
            while near > back and tokens[near - 1].cell.location.line == line - 1:
                near -= 1
            stacked = _stacked_header(tokens, near) if back < near < i else None
            back = near if stacked else back
        if stacked:
            return back, stacked[0], stacked[1]
        j, cols = i, []
        while j < n:
            tok = tokens[j]
            role = header_role(tok)
            # (Not in a header printed one cell per line, each heading on a line of its own.)
            if role and cols and tok.cell.x0 is not None and tok.row != tokens[i].row \
                    and any(_overlaps(c, tok) for c in cols) \
                    and not (_cells_on_row(tokens, i) == 1 and _cells_on_row(tokens, j) == 1):
                break  # laid out: a heading's second half below (`实际完成` / `值`), stacked
            if role:
                cols.append(Column(role, tok, tok.cell.x0, tok.cell.x1))
                j += 1
                continue
            if tok.kind is Kind.EMPTY:
                j += 1
                continue
            # Pieces of a header cell cut by a line break (`偏差原因 | 及改进措施`).
            if cols and tok.kind is Kind.TEXT and len(tok.text) <= 6 and _header_piece(tok.text):
                j += 1
                continue
            # In laid-out text, the top piece of a header stacked over two lines (`指标` over
            # `性质`): the header line goes on after it.
            if cols and tok.row == tokens[i].row and tok.cell.x0 is not None \
                    and _stacked_piece(tok) and tok.kind is not Kind.FIELD \
                    and _piece_below(tokens, j):
                j += 1
                continue
            break
        _description_as_name(cols)  # (checked again on the header found)
        roles = {c.role for c in cols}
        if (roles & set(NAME_ROLES)) and (roles & set(VALUE_EVIDENCE)) and len(cols) >= 2:
            stacked_rows = _stacked_by_position(tokens, i, j, cols)
            if stacked_rows:
                i, j, cols = stacked_rows
            cols = _category_points(_drop_group_label(cols))
            j = _spanned_header_rows(tokens, i, j, cols)
            if _midterm_group(cols):
                # Two tables side by side: their columns keep the order they are printed in.
                return i, j, Header(cols, tokens[i:j])
            return i, j, Header(_order_columns(_merge_subheaders(_group_columns(
                _direction_beside_sign(cols)))), tokens[i:j])
        i = max(j, i + 1)
    return None


def _cells_on_row(tokens: list[Token], i: int) -> int:
    row = tokens[i].row
    k = i
    while k > 0 and tokens[k - 1].row == row:
        k -= 1
    n = 0
    while k < len(tokens) and tokens[k].row == row:
        n += tokens[k].kind is not Kind.EMPTY
        k += 1
    return n


def _overlaps(column: Column, tok: Token) -> bool:
    if column.x0 is None or tok.cell.x0 is None:
        return False
    return min(column.x1 or column.x0, tok.cell.x1 or tok.cell.x0) > max(column.x0, tok.cell.x0)


_LEAD_ROLES = ("seq", "level1", "level2", "type", "level3")
# Longest piece of a header cell wrapped over the lines above and below (`偏差原因分析及`).
MAX_STACKED_PIECE = 8


def _stacked_piece(tok: Token) -> bool:
    return tok.kind is not Kind.EMPTY and tok.kind is not Kind.NUMBER and \
        len(tok.text) <= MAX_STACKED_PIECE and not any(ch.isdigit() for ch in tok.text) and \
        tok.cell.x0 is not None


# How far after a header piece to look for the piece stacked under it.
STACK_LOOKAHEAD = 40


def _piece_below(tokens: list[Token], k: int) -> bool:
    """A header piece on the next line under `tokens[k]` (`指标` over `性质`)."""
    top = tokens[k]
    x0, x1 = top.cell.x0 or 0.0, top.cell.x1 or top.cell.x0 or 0.0
    for t in tokens[k + 1:k + STACK_LOOKAHEAD]:
        if t.row > top.row + 1:
            return False
        if t.row == top.row + 1 and _stacked_piece(t) and \
                min(x1, t.cell.x1 or 0.0) > max(x0, t.cell.x0 or 0.0):
            return True
    return False


def _stacked_by_position(tokens: list[Token], i: int, j: int, cols: list[Column]
                         ) -> tuple[int, int, list[Column]] | None:
    """Header cells wrapped over the lines above and below the header line, in text that
    keeps columns' places (`一级` / `指标`, `年度` / `指标值`): pieces under each other join."""
    row = tokens[i].row
    if any(c.x0 is None or c.header.row != row for c in cols):
        return None
    first = i
    while first > 0 and tokens[first - 1].row == row - 1 and _stacked_piece(tokens[first - 1]):
        first -= 1
    if first > 0 and tokens[first - 1].row == row - 1:
        first = i  # the line above holds more than header pieces
    end = j
    while end < len(tokens) and tokens[end].row == row and _stacked_piece(tokens[end]):
        end += 1
    last = end
    while last < len(tokens) and tokens[last].row == row + 1 and _stacked_piece(tokens[last]):
        last += 1
    if last < len(tokens) and tokens[last].row == row + 1:
        last = end
    if first == i and last == end:
        return None
    pieces = [t for t in tokens[first:last] if t.kind is not Kind.EMPTY]
    clusters: list[list[Token]] = []
    for t in sorted(pieces, key=lambda t: t.cell.x0 or 0.0):
        x0, x1 = t.cell.x0 or 0.0, t.cell.x1 or t.cell.x0 or 0.0
        for c in clusters:
            if min(x1, max(u.cell.x1 or 0.0 for u in c)) > max(x0, min(u.cell.x0 or 0.0 for u in c)):
                c.append(t)
                break
        else:
            clusters.append([t])
    out: list[Column] = []
    for c in clusters:
        c.sort(key=lambda t: t.row)
        role = column_label("".join(t.text for t in c)) or next(
            (header_role(t) for t in c if header_role(t)), None)
        if role is None:
            return None
        out.append(Column(role, c[0], min(t.cell.x0 or 0.0 for t in c),
                          max(t.cell.x1 or 0.0 for t in c)))
    roles = {c.role for c in out}
    if not (roles & set(NAME_ROLES)) or len(out) <= len(cols):
        return None
    for t in pieces:
        t.use = "structure"
    return first, last, out



def _spanned_header_rows(tokens: list[Token], i: int, j: int, cols: list[Column]) -> int:
    """Where header cells span two rows (a spreadsheet's merged header), the second row holds
    sub-headers (经费保障 | 制度保障 …): part of the header, not an indicator row."""
    if not any(c.header.cell.rowspan > 1 for c in cols):
        return j
    last = max(c.header.row + max(c.header.cell.rowspan, 1) - 1 for c in cols)
    first_row = cols[0].header.row
    if last == first_row:
        return j
    while j < len(tokens) and tokens[j].row <= last and tokens[j].row >= first_row:
        t = tokens[j]
        if t.kind is not Kind.EMPTY and header_role(t) is None:
            if t.row == first_row:
                cols.append(Column("note", t, t.cell.x0, t.cell.x1))
            t.use = "structure"
        j += 1
    return j


def _midterm_group(cols: list[Column]) -> bool:
    """`二级 | 三级 | 指标值 | 二级 | 三级 | 指标值`: the period's indicators beside the year's.
    The first group is the mid-term one (printed first, as 中期目标 | 年度目标 are); its name
    is kept beside the year's indicator."""
    names = [k for k, c in enumerate(cols) if c.role == "level3"]
    values = [k for k, c in enumerate(cols) if c.role in ("target", "midterm")]
    if len(names) != 2 or len(values) != 2 or not (
            names[0] < values[0] < names[1] < values[1]):
        return False
    cols[names[0]].role, cols[values[0]].role = "midterm_name", "midterm"
    cols[values[1]].role = "target"
    return True


def _category_points(cols: list[Column]) -> list[Column]:
    """A 分值 column printed right after a category column holds that category's points (a
    scoring rubric: 一级指标 | 分值 | 二级指标 …), not an indicator's weight."""
    for k in range(1, len(cols)):
        if cols[k].role == "weight" and cols[k - 1].role in ("level1", "level2") and \
                any(c.role == "weight" for c in cols[k + 1:]):
            cols[k].role = "points"
    return cols


def _drop_group_label(cols: list[Column]) -> list[Column]:
    """A leading 绩效指标 is the row-group label over the category columns, not a column."""
    if len(cols) > 1 and cols[0].role == "level3" and cols[0].header.field == "indicators_block" \
            and any(c.role in ("level1", "level2", "level3") for c in cols[1:]):
        return cols[1:]
    return cols


def _order_columns(cols: list[Column]) -> list[Column]:
    """Category and name columns first: extraction may print them after the value headers."""
    lead = [c for c in cols if c.role in _LEAD_ROLES]
    lead.sort(key=lambda c: _LEAD_ROLES.index(c.role))
    return lead + [c for c in cols if c.role not in _LEAD_ROLES]


def _header_piece(text: str) -> bool:
    return bool(re.fullmatch(r"[(（]?(?:及改进措施|改进措施|分析|及原因|原因|[(（]?[%分元]+[)）]?|值|指标|"
                             r"名称|内容|说明|标准|情况)[)）]?", text))


def _group_columns(cols: list[Column]) -> list[Column]:
    """`指标值` over `符号 | 数值 | 单位` on the next header row: a group label whose
    sub-headers are the columns, in their printed places."""
    rows = sorted({c.header.row for c in cols})
    # (Only where a cell's index in its row is its column: laid-out text has positions
    # instead, and its cells' indices shift.)
    if len(rows) != 2 or rows[1] != rows[0] + 1 or any(c.x0 is not None for c in cols):
        return cols
    top = [c for c in cols if c.header.row == rows[0]]
    sub = [c for c in cols if c.header.row == rows[1]]
    places = {c.header.col for c in sub}
    if len(places) != len(sub) or len({c.header.col for c in top}) != len(top):
        return cols
    kept = [c for c in top if c.header.col not in places]
    if len(kept) == len(top) or len(sub) < 2:
        return cols
    return sorted(kept + sub, key=lambda c: c.header.col)


def _merge_subheaders(cols: list[Column]) -> list[Column]:
    """`指标值 | 中期目标 | 年度目标`: a value column refined by its sub-headers."""
    out: list[Column] = []
    for c in cols:
        if out and out[-1].role == "target" and c.role in ("midterm", "target") and \
                out[-1].header.row != c.header.row:
            out.pop()
        out.append(c)
    # The same role twice: the second is another column of its kind (e.g. two targets → the
    # first is mid-term when a 中期 header says so; otherwise keep the first).
    seen: dict[str, int] = {}
    final = []
    for c in out:
        if c.role in seen and c.role not in ("level1", "level2"):
            if c.role == "target" and "midterm" not in seen:
                final[seen["target"]].role = "midterm"
                seen["midterm"] = seen.pop("target")
            else:
                c.role = "note"
        seen[c.role] = len(final)
        final.append(c)
    return final


# ---------------------------------------------------------------------------- token scores


def _joined(tokens: list[Token]) -> str:
    return "".join(t.text for t in tokens)


SHORT_NAME = 0.7


def _name_score(tokens: list[Token]) -> float:
    text = _joined(tokens)
    if not text or any(t.is_label and t.kind is not Kind.LEVEL for t in tokens):
        return -8.0
    score = 1.0 if has_cjk(text) else -0.5
    if parse_target(text) or re.match(r"^[≥≤><=]", text) or all(t.kind is Kind.NUMBER for t in tokens):
        score -= 3.0
    if _NAME_END.search(text):
        score += 0.6
    if re.search(r"[，。；,;]", text) or is_scoring_rule(text):
        score -= SENTENCE_IN_NAME  # (达到指标值得满分: a rule, even without a comma)
    if len(text) <= 1:
        score -= 1.0
    elif len(text) == 2:
        score -= SHORT_NAME  # more often a wrapped name's tail (…补助 / 标准) than a name
    if len(text) > 60:
        score -= 1.0
    return score + JOIN * (len(tokens) - 1)


def _value_score(tokens: list[Token], role: str) -> float:
    if not tokens:
        return EMPTY_TARGET if role == "target" else -0.4
    text = _joined(tokens)
    if any(t.is_label and t.kind is not Kind.LEVEL for t in tokens):
        return -8.0
    if len(tokens) > 1 and any(t.text == "无" for t in tokens):
        return -8.0  # 无 in a cell of its own is an empty column's mark (计量单位 无), no value's part
    if all(t.kind is Kind.NUMBER for t in tokens):
        # A bare number may be a target (50000) but is likelier a weight or a score; two
        # cells of bare numbers are two numbers (a weight and a score), not one value.
        score = BARE_NUMBER_VALUE - NUMBERS_JOINED * (len(tokens) - 1)
    elif parse_target(text):
        score = 2.2
    elif re.match(r"^[≥≤><=≈]", text) or re.search(r"\d\s*%", text):
        score = 1.8
    elif _DEADLINE.search(text):
        score = 1.6
    elif looks_like_target(text):
        score = 1.0
    elif len(text) <= 10:
        score = 0.5
    else:
        score = 0.0 if len(text) <= 40 else -0.5
    if _NAME_END.search(text) and not re.search(r"\d", text) and len(text) > 4:
        score -= 0.5
    if re.search(r"[，。；,;]|是否", text) and len(text) > 10:
        score -= 0.5  # a sentence or a question: an explanation or a scoring rule, not a value
    if _FORMULA_TEXT.search(text) or _RULE_WORDS_IN_VALUE.search(text):
        # 预算执行率=支出数/预算数×100%, …90%以上计满分: a scoring rule, not a value.
        score -= FORMULA_IN_VALUE
    if _name_then_number(tokens):
        score -= NAME_BEFORE_NUMBER
    return score + JOIN * (len(tokens) - 1)


def _name_then_number(tokens: list[Token]) -> bool:
    """`绩效目标明确性` beside `5`: a name and a number of neighbouring cells, not one
    wrapped value."""
    return any(a.kind is Kind.NUMBER and _name_like(b) or b.kind is Kind.NUMBER and _name_like(a)
               for a, b in zip(tokens, tokens[1:], strict=False))


def _name_like(token: Token) -> bool:
    text = token.text
    # (`12` `月底前完成`: a date's words follow its number.)
    return len(text) > 4 and has_cjk(text) and not re.search(r"\d", text) \
        and not _DEADLINE.search("1" + text) and bool(_NAME_END.search(text))


def _number_score(tokens: list[Token]) -> float:
    if not tokens:
        return -0.6
    if len(tokens) == 1 and (tokens[0].kind is Kind.NUMBER or _DASH.match(tokens[0].text)):
        return 1.6
    return -8.0


def _text_score(tokens: list[Token]) -> float:
    if not tokens:
        return 0.0
    text = _joined(tokens)
    if any(t.is_label and t.kind is not Kind.LEVEL for t in tokens):
        return -8.0
    score = 0.1 if len(text) > 6 else -0.6
    return score + JOIN * (len(tokens) - 1)


def _op_score(tokens: list[Token]) -> float:
    if not tokens:
        return -0.3
    if len(tokens) == 1 and tokens[0].text in _OP_WORDS:
        return 1.6
    return -8.0


def _unit_score(tokens: list[Token]) -> float:
    if not tokens:
        return -0.3
    if len(tokens) == 1 and _UNIT_WORD.match(tokens[0].text):
        return 1.4
    if len(tokens) == 1 and len(tokens[0].text) <= 4 and not re.search(r"\d", tokens[0].text) \
            and not _SIGN_WORD.match(tokens[0].text):
        return 0.6
    return -8.0


def role_score(role: str, tokens: list[Token]) -> float:
    """How well `tokens` fit `role` (the scores depend on the texts and kinds only: cached)."""
    return _role_score(role, tuple((t.text, t.kind) for t in tokens), tokens)


_SCORES: dict[tuple, float] = {}
# Distinct (role, pieces) scores remembered per process before the memory is cleared.
SCORE_CACHE = 200_000


def _role_score(role: str, key: tuple, tokens: list[Token]) -> float:
    found = _SCORES.get((role, key))
    if found is None:
        if len(_SCORES) > SCORE_CACHE:
            _SCORES.clear()
        found = _SCORES[(role, key)] = _score(role, tokens)
    return found


def _score(role: str, tokens: list[Token]) -> float:
    if role == "level3":
        return _name_score(tokens) if tokens else EMPTY_NAME
    if role == "midterm_name":
        return _name_score(tokens) if tokens else 0.0
    if role in ("target", "midterm", "actual", "monitor"):
        return _value_score(tokens, role)
    if role in ("weight", "score", "seq"):
        return _number_score(tokens)
    if role == "op":
        return _op_score(tokens)
    if role == "measure_unit":
        return _unit_score(tokens)
    return _text_score(tokens)


def _max_pieces(role: str) -> int:
    return MAX_PIECES.get(role, 1)


def _optional(role: str) -> bool:
    return role != "level3"


# --------------------------------------------------------------------- assignment programme


class Aligner:
    """Which header column a token stands under, where the source keeps columns."""

    def __init__(self, header: Header, by_col: bool, by_x: bool) -> None:
        self.header = header
        # Positions mean something only when the header itself is laid out in columns: its
        # cells on at most two rows (a header and its sub-header), at distinct places.
        rows = {c.header.row for c in header.columns}
        cols = [c.header.col for c in header.columns]
        laid_out = len(rows) <= 2 and len(set(cols)) == len(cols)
        self.by_col = by_col and laid_out
        xs = [c.x0 for c in header.columns]
        # A header inferred from the columns' positions (no header printed) has its columns'
        # places from cells on many rows.
        inferred = not header.tokens
        self.by_x = by_x and (len(rows) <= 2 or inferred) and all(x is not None for x in xs) \
            and len(set(xs)) == len(xs)

    def column_of(self, token: Token) -> str | None:
        column = self.column(token)
        return column.role if column is not None else None

    def column(self, token: Token) -> Column | None:
        if self.by_col:
            best = None
            for c in self.header.columns:
                if c.header.cell.covers(token.col):
                    best = c
            return best
        if self.by_x and token.cell.x0 is not None:
            x0, x1 = token.cell.x0, token.cell.x1 or token.cell.x0
            best, best_overlap = None, 0.0
            for c in self.header.columns:
                overlap = min(x1, c.x1 or c.x0) - max(x0, c.x0)
                width = max((c.x1 or c.x0) - c.x0, 1.0)
                # The share of the header's width the cell covers (a narrow header 二级
                # under a long label beside a wide 三级指标 it touches).
                if overlap > 0 and overlap / width > best_overlap:
                    best, best_overlap = c, overlap / width
            if best is not None:
                return best
            # Nearest header by centre (a cell shifted a little).
            centre = (x0 + x1) / 2
            return min(self.header.columns,
                       key=lambda c: abs(((c.x0 or 0) + (c.x1 or c.x0 or 0)) / 2 - centre))
        return None

    def bonus(self, role: str, tokens: list[Token]) -> float:
        if not (self.by_col or self.by_x):
            return 0.0
        total = 0.0
        for t in tokens:
            col = self.column_of(t)
            if col is None:
                continue
            total += ALIGNED if col == role else (MISALIGNED if col in VALUE_ROLES else 0.0)
        return total


# A cell going on after a line filled to its column's edge (offsets JOIN) / ending on one
# (tokens.full_lines says which lines are full).
WRAPPED_JOIN = 0.6
FULL_LINE_CUT = -0.5


_STARTS_VALUE = re.compile(r"^(?:[≥≤><=]|\d)")


def _may_go_on(t: Token) -> bool:
    """Whether `t` can be the rest of a cell broken at a line's end: text, not a label and
    not the start of a value (a sign or a number begins the next cell)."""
    return t.kind is not Kind.EMPTY and not t.is_label and not _STARTS_VALUE.match(t.text)


def assign(tokens: list[Token], roles: list[str], aligner: Aligner | None,
           one_row: bool, full: frozenset[int] = frozenset()
           ) -> tuple[list[dict[str, list[Token]]], list[Token]]:
    """Cut `tokens` into rows of `roles`; returns the rows and the tokens left over.

    With `one_row` all tokens form one row (extra tokens become leftovers). `full`: ids of
    tokens on lines filled to their column's edge (see full_lines).
    """
    n, m = len(tokens), len(roles)
    neg = float("-inf")
    # Where points are scored, every row prints its points: a bare number is its 分值 before
    # it is a target.
    scored = "weight" in roles and "score" in roles
    # best[i][j]: best score with i tokens consumed, at role j of the current row.
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, str] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        # Roles 1..m first: the end of a row (j = m) opens the next row (j = 0) at the same i.
        for j in [*range(1, m + 1), 0]:
            cur = best[i][j]
            if cur == neg:
                continue
            if j == m:
                # Each further row costs a little: a name wrapped over two lines should rather
                # be one name than a row without a target followed by another.
                if not one_row and i < n and cur + NEW_ROW > best[i][0]:
                    best[i][0], back[i][0] = cur + NEW_ROW, (i, m, "row")
                if i < n and cur + LEFTOVER > best[i + 1][m]:
                    best[i + 1][m], back[i + 1][m] = cur + LEFTOVER, (i, m, "left")
                # The last characters of the row's name, wrapped below its values (`…缩` / `短`).
                if i < n and _name_tail(tokens[i]) and cur + NAME_TAIL > best[i + 1][m]:
                    best[i + 1][m], back[i + 1][m] = cur + NAME_TAIL, (i, m, "tail")
                continue
            role = roles[j]
            for k in range(0 if _optional(role) else 1, _max_pieces(role) + 1):
                if i + k > n:
                    break
                piece = tokens[i:i + k]
                if any(t.kind is Kind.EMPTY for t in piece[1:]):
                    break
                if k > 1 and piece[0].whole_cell and any(t.cell is not piece[0].cell for t in piece):
                    break  # cells printed whole are never pieces of one value
                s = role_score(role, [t for t in piece if t.kind is not Kind.EMPTY])
                if s == neg or s <= -8.0:
                    continue
                if aligner is not None:
                    s += aligner.bonus(role, piece)
                if full and piece:
                    s += WRAPPED_JOIN * sum(1 for a, b in zip(piece, piece[1:], strict=False)
                                            if id(a) in full and _may_go_on(b))
                    after = tokens[i + k] if i + k < n else None
                    if id(piece[-1]) in full and after is not None and _may_go_on(after):
                        s += FULL_LINE_CUT
                if scored and not piece and role in ("weight", "score"):
                    s += EMPTY_POINTS
                if cur + s > best[i + k][j + 1]:
                    best[i + k][j + 1], back[i + k][j + 1] = cur + s, (i, j, role)
            # A blank cell (an empty tab cell, an empty line in a stream) stands for an empty
            # value: a little better than a value left out, a little worse than no blank.
            if i < n and tokens[i].kind is Kind.EMPTY:
                if cur + BLANK_SKIPPED > best[i + 1][j]:
                    best[i + 1][j], back[i + 1][j] = cur + BLANK_SKIPPED, (i, j, "skip")
                if j < m and _optional(roles[j]):
                    # A printed blank says the column is empty: no penalty for the emptiness.
                    s = max(role_score(roles[j], []), BLANK_FLOOR) + BLANK_AS_EMPTY
                    if cur + s > best[i + 1][j + 1]:
                        best[i + 1][j + 1], back[i + 1][j + 1] = cur + s, (i, j, "blank")
    if best[n][m] == neg:
        return [], list(tokens)
    rows: list[dict[str, list[Token]]] = []
    left: list[Token] = []
    current: dict[str, list[Token]] = {}
    tails: list[Token] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        if step is None:
            break
        pi, pj, what = step
        if what == "row":
            rows.append(current)
            current = {}
        elif what == "tail":
            tails.insert(0, tokens[pi])
        elif what == "left":
            left.append(tokens[pi])
        elif what in ("skip", "blank"):
            pass
        else:
            piece = [t for t in tokens[pi:i] if t.kind is not Kind.EMPTY]
            if what == "level3" and tails:
                piece, tails = piece + tails, []
            if piece:
                current[what] = piece
        i, j = pi, pj
    rows.append(current)
    rows.reverse()
    for r in rows:
        for role in r:
            r[role] = list(r[role])
    return [r for r in rows if r], left


# -------------------------------------------------------------------------- label handling


def _is_cost_sub(level2: LabelMatch | None) -> bool:
    return bool(level2 and level2.canonical in ("经济成本指标", "社会成本指标", "生态环境成本指标"))


@dataclass
class LevelState:
    level1: LabelMatch | None = None
    level2: LabelMatch | None = None
    last: str | None = None  # "1" or "2": which level the last label set
    # An evaluation framework's table (决策 / 过程 / 产出 / 效益) was seen: its 满意度 is a
    # 二级 under 效益 (财预〔2020〕10号), not a fifth 一级.
    framework: bool = False
    # One 指标类型 column: each row prints its own category, nothing is carried past another.
    one_category: bool = False

    def apply(self, token: Token, next_token: Token | None, column: str | None) -> None:
        l1, l2 = token.level1, token.level2
        if column == "level2" and l2 is None and l1 is not None:
            l2 = match_level2(token.text) or LabelMatch(l1.canonical, token.text, True)
            l1 = None
        if column == "level1" and l1 is not None:
            l2 = None
        if l1 and l2:
            # 成本指标 / 满意度指标 print as both levels: decide by what surrounds them.
            if column == "level2":
                l1 = None
            elif column == "level1":
                l2 = None
            elif l1.canonical == "成本指标":
                following = next_token.level2 if next_token is not None and next_token.is_level else None
                if _is_cost_sub(following) or self.level1 is None or self.level1.canonical != "产出指标":
                    l2 = None
                else:
                    l1 = None
            elif self.last == "1" and self.level1 and self.level1.canonical == l1.canonical:
                l1 = None  # 满意度指标 | 满意度指标: the second is the level 2
            elif self.framework and self.level1 is not None \
                    and self.level1.canonical == "效益指标" and l1.canonical == "满意度指标":
                l1 = None
            else:
                l2 = None
        if l1:
            # A level 1 printed below its block's first rows (centred on its merged cell): the
            # level 2 those rows opened, one of its own, goes on (a level 2 printed next
            # replaces it).
            kept = self.level2 if (
                column in ("level1", None) and not self.one_category and self.last == "2"
                and self.level2 is not None
                and (self.level1 is None or not self.level1.printed
                     and self.level1.canonical == l1.canonical)
                and parent_level1(self.level2.canonical) == l1.canonical) else None
            self.level1, self.level2, self.last = LabelMatch(l1.canonical, token.text, l1.suffixed), kept, "1"
            self.framework = self.framework or l1.canonical in FRAMEWORK_LEVEL1
            return
        if l2:
            canonical = l2.canonical
            if self.level1 and self.level1.canonical == "成本指标" and canonical == "成本指标":
                canonical = "经济成本指标"
            if self.level1 and self.level1.canonical == "满意度指标" and canonical != "服务对象满意度指标" \
                    and parent_level1(canonical) is None:
                canonical = "服务对象满意度指标"
            self.level2 = LabelMatch(canonical, token.text, l2.suffixed)
            parent = parent_level1(canonical)
            # A level 2 under the wrong level 1 means the level-1 label was not printed here —
            # except 服务对象满意度 printed under a printed 效益 (a rubric's, or the older
            # templates' 效益指标 | 服务对象满意度指标), where that framework puts it.
            rubric_satisfaction = canonical == "服务对象满意度指标" and \
                self.level1 is not None and self.level1.canonical == "效益指标" and \
                bool(self.level1.printed)
            if parent and not rubric_satisfaction and (
                    self.level1 is None or not _known_pair(self.level1.canonical, canonical)):
                self.level1 = LabelMatch(parent, "", False)
            self.last = "2"


def _one_cell_pair(a: Token, b: Token) -> bool:
    """`产出指标-数量指标`: two labels printed as one cell's pair, not side by side."""
    return a.cell is b.cell and bool(re.search(
        re.escape(a.text) + r"\s*[-—–/／·]?\s*" + re.escape(b.text), a.cell.text)) and \
        not re.search(re.escape(a.text) + r"\s+" + re.escape(b.text), a.cell.text)


def _one_category_column(header: Header) -> bool:
    """指标类型 | 指标名称 …: one category column, no 一级 / 二级 columns."""
    return header.has("type") and not header.has("level1") and not header.has("level2")


def _known_pair(level1: str, level2: str) -> bool:
    parent = parent_level1(level2)
    return parent is None or parent == level1 or (level1 == "成本指标" and "成本" in level2) \
        or level1 in DEPARTMENT_LEVEL1


def _opens_own_level2(token: Token, following: Token | None) -> bool:
    return token.level1 is not None and following is not None and following.level2 is not None \
        and parent_level1(following.level2.canonical) == token.level1.canonical


def _label_is_text(token: Token, following: Token | None, column: str | None,
                   previous: Token | None = None, second: Token | None = None,
                   points_column: bool = True, one_category: bool = False) -> bool:
    """A level-looking token that is really a 三级 text (群众满意度 followed by ≥90%), or a
    value (`患者满意度 | 满意`). `one_category`: the table has one category column (指标类型)."""
    if _printed_points(token, following):
        return False  # 三、产出（35分） | 35: the category and the points it prints
    match = token.level2 or token.level1
    if one_category and match is not None and not match.suffixed and previous is not None \
            and previous.is_level and not _one_cell_pair(previous, token) and following is not None \
            and (following.kind in (Kind.VALUE, Kind.NUMBER) or following.text in _OP_WORDS):
        # 满意度类指标 | 服务对象满意度 | ≥ | 90: one 指标类型 cell per row, so a second label
        # in its own cell, followed by the row's values, is the row's name.
        return True
    # A rubric's category name (产出数量) right after a level-2 label is the row's name.
    if token.level1 is None and token.level2 is not None and \
            token.level2.canonical not in LEVEL2 and previous is not None and previous.is_level \
            and previous.level2 is not None and previous.level2.canonical in LEVEL2 \
            and previous.level1 is None:
        return True
    if match is not None and not match.suffixed and previous is not None and \
            previous.kind is Kind.TEXT and not previous.is_label and len(label_key(token.text)) <= 3 \
            and not (looks_like_target(previous.text) or _DEADLINE.search(previous.text)
                     or is_scoring_rule(previous.text)) and not _opens_own_level2(token, following):
        # (After a deadline such as 2024年12月底前, or the scoring rule that ends a row, the
        # label starts the next row; so does a level 1 with one of its own level 2s after it,
        # as after a deviation text: `…场地不足` | 满意度 | 服务对象满意度.)
        return True
    # A label spelt out with 指标 is a label wherever a shifted line puts it.
    if match is not None and match.suffixed and label_key(token.text).endswith("指标"):
        return False
    if column in ("level3", "target", "actual", "deviation", "description", "criteria", "note"):
        return True
    if column in ("level1", "level2", "type"):
        return False
    match = token.level2 or token.level1
    if match is None:
        return False
    if following is None:
        return False
    # 群众满意度 ≥90%: an indicator named like a category. A bare number after a short label
    # is the category's points in a scoring rubric (产出 | 40) — unless the row's categories
    # are already set (项目效益 | 服务对象满意度 | 10 | ≥90%).
    if not match.suffixed and previous is not None and previous.is_level and \
            following.kind in (Kind.VALUE, Kind.NUMBER) and len(label_key(token.text)) >= 4:
        return True
    # 可持续影响 | 5 | …: with no column for categories' points, a number after an unsuffixed
    # label is a row's weight.
    if not match.suffixed and following.kind is Kind.NUMBER and not points_column and \
            len(label_key(token.text)) >= 3:
        return True
    # 服务对象满意度 | 10 | ≥90%: a weight, then a target — a row, not a category's points.
    if not match.suffixed and following.kind is Kind.NUMBER and second is not None and \
            second.kind is Kind.VALUE and len(label_key(token.text)) >= 4:
        return True
    return not match.suffixed and following.kind is Kind.VALUE and not following.is_label \
        and len(label_key(token.text)) >= 3


# ----------------------------------------------------------------------------- the rows


@dataclass
class Table:
    header: Header
    rows: list[Row]
    tail: list[Token]  # tokens after the rows (总分, 评分等级, 说明 …)
    continuation: list[Token] = field(default_factory=list)


def _row_groups(tokens: list[Token]) -> list[list[Token]]:
    groups: list[list[Token]] = []
    key = None
    for t in tokens:
        # A grid row is one row even when a PDF prints it across pages (a wide sheet).
        k = (t.cell.location.sheet, t.row)
        if key is None or k != key:
            groups.append([])
            key = k
        groups[-1].append(t)
    return groups


_TOTAL_ROW = re.compile(r"^(合计|总计|总分|合计得分|自评得分合计)$")


def is_heading(token: Token) -> bool:
    """A heading of the report around the forms (`（二）资金使用情况`)."""
    # (An outline number before a category is a label, never a heading.)
    return token.kind in (Kind.TEXT, Kind.VALUE) and is_outline_heading(token.text)


def is_tail(token: Token) -> bool:
    """What ends the indicator rows: 总分 / 合计, 评价等级, notes, signatures, and the
    report's next heading."""
    if token.kind is Kind.TEXT and token.text.endswith("制") and org_name(token.text[:-1]):
        return True  # 「XX市财政局制」: who issued the template, printed under the table
    if is_heading(token):
        return True
    if token.kind is not Kind.FIELD:
        return False
    if token.field == "total_score" or _TOTAL_ROW.match(token.text):
        return True
    return token.field in TAIL_FIELDS and (token.column is None or token.pieces > 1)


# How many tokens after a title inside a table are looked at for the rows going on.
ROWS_AFTER_TITLE = 6


def rows_follow(tokens: list[Token], k: int, header_repeated: bool = False) -> bool:
    """Indicator rows right after a title, with no head or header of a new form between: the
    title is a page's running header or footer. (`header_repeated`: the title is the form's
    own, printed again on the next page with the table's column header before the rows.)"""
    start = k + 1
    if header_repeated:
        while start < len(tokens) and (tokens[start].kind is Kind.COLUMN or
                                       tokens[start].kind is Kind.EMPTY):
            start += 1
        if start == k + 1:
            return False
    after = [t for t in tokens[start:start + ROWS_AFTER_TITLE * 2] if t.kind is not Kind.EMPTY][
        :ROWS_AFTER_TITLE]
    if not after or any(t.kind in (Kind.FIELD, Kind.TITLE, Kind.COLUMN) for t in after):
        return False
    return any(t.is_level for t in after) and any(t.kind is Kind.VALUE for t in after)


def _header_again(tokens: list[Token], k: int, header: Header) -> bool:
    """The table's column header printed again right after the title at `k` (its next page)."""
    own = [compact(t.text) for t in header.tokens if t.kind is Kind.COLUMN]
    again = list(itertools.takewhile(lambda t: t.kind in (Kind.COLUMN, Kind.EMPTY), tokens[k + 1:]))
    texts = [compact(t.text) for t in again if t.kind is Kind.COLUMN]
    return bool(texts) and texts == own[:len(texts)]


def read_rows(tokens: list[Token], header: Header, rows_reliable: bool, by_col: bool,
              by_x: bool) -> Table:
    """Read the rows after a header up to the end of `tokens` (the form's end)."""
    aligner = Aligner(header, by_col, by_x)
    roles = header.value_roles
    state = LevelState(one_category=_one_category_column(header))
    rows: list[Row] = []
    tail: list[Token] = []
    # A table and what signs it off never run on into another sheet of a workbook.
    sheet = header.tokens[0].cell.location.sheet if header.tokens else None
    if sheet is not None:
        tokens = list(itertools.takewhile(
            lambda t: t.cell.location.sheet in (None, sheet), tokens))
    end = len(tokens)
    for k, t in enumerate(tokens):
        if t.column and k and tokens[k - 1].column:
            continue  # 备注 in a header row printed again (a second table's): no note
        if t.kind is Kind.TITLE and (is_continued_title(t.text) or rows_follow(tokens, k) or
                                     _header_again(tokens, k, header) and
                                     rows_follow(tokens, k, header_repeated=True)):
            t.use = "structure"  # the table goes on on the next page (its running title)
            continue
        if is_tail(t) or t.kind is Kind.TITLE:
            end = k
            break
    body, tail = tokens[:end], tokens[end:]
    _drop_row_label_characters(body)
    _drop_row_label_pieces(header, body)
    body = _without_header_tails(body, header, aligner)
    for t in body:
        # Inside the table a head label's words are a category (绩效目标 in a rubric) or an
        # indicator's (预算执行率, 资金使用情况).
        if t.kind is Kind.FIELD and not t.column and t.field != "indicators_block":
            rubric = other_level2(_POINTS_TAIL.sub("", t.text))
            if rubric:
                t.kind, t.level2 = Kind.LEVEL, LabelMatch(rubric, t.text, True)
            else:
                t.kind = Kind.TEXT
    if rows_reliable and aligner.by_x and not by_col and (
            _labels_centred(body, aligner) or _first_label_below_first_row(body, aligner)):
        from jixiao.kg.reader.centred import read_centred

        return read_centred(body, roles, aligner, tail, header)
    if rows_reliable:
        groups = _row_groups(body)
        if not aligner.by_x and not aligner.by_col and any(header.has(r) for r in WRAPPED_TEXT_ROLES):
            groups = _rules_around_row_lines(groups)
        for group in groups:
            _read_reliable_row(group, roles, aligner, state, rows)
    elif not _read_flattened(body, header, state, rows):
        _read_stream(body, roles, aligner, state, rows)
    _fill_first_rows(rows)
    _numbered_blocks(rows)
    _named_after_next_block(rows)
    if not rows_reliable:
        _centre_first_level2(rows)
    _unheaded_targets(rows, roles)
    return Table(header, rows, tail)


def _without_header_tails(body: list[Token], header: Header, aligner: Aligner) -> list[Token]:
    """Drops the second line of wrapped header cells (`偏差原因分析及改进措` / `施`): on the line
    under the header, each makes with its column's heading a heading of the same column."""
    if not (aligner.by_col or aligner.by_x) or not header.tokens:
        return body
    end = max(t.cell.location.line or t.row for t in header.tokens)
    for t in body:
        if (t.cell.location.line or t.row) != end + 1 or t.kind in (Kind.EMPTY, Kind.NUMBER):
            continue
        column = aligner.column(t)
        head = column.header.text if column is not None else ""
        if head and column_label(head + t.text) == column.role:
            t.use = "structure"
    return [t for t in body if t.use != "structure"]


ROW_LABEL = "绩效指标"
_DIRECTION_HEADINGS = ("指标方向", "方向", "指标性质")


def _direction_beside_sign(cols: list[Column]) -> list[Column]:
    """指标方向 | 运算符 | 指标值: with a column of signs beside it, 指标方向 (正向 / 反向) says
    which way is better, it is no second sign."""
    ops = [c for c in cols if c.role == "op"]
    if len(ops) < 2:
        return cols
    for c in ops:
        if label_key(c.header.text) in _DIRECTION_HEADINGS:
            c.role = "direction"
    return cols


def _unheaded_targets(rows: list[Row], roles: list[str]) -> None:
    """A rubric headed 三级指标 | 分值 | 得分 whose names carry their targets after them
    (`良种推广面积≥12万亩`): the target the header left out is not part of the name."""
    if "target" in roles:
        return
    for r in rows:
        toks = r.values.get("level3") or []
        if len(toks) >= 2 and toks[-1].pieces > 1 and toks[-1].cell is toks[-2].cell and \
                (_OPERATOR_VALUE.match(toks[-1].text) or _DEADLINE_VALUE.match(toks[-1].text)):
            r.values["target"] = [toks.pop()]


_OPERATOR_VALUE = re.compile(r"^(?:≥|≤|>|<|=|不低于|不少于|不高于|不超过)")
_DEADLINE_VALUE = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前|以前)$")


# 年度绩效指标 is printed down the column as well.
ROW_LABELS = ("年度绩效指标", ROW_LABEL)


def _drop_row_label_characters(body: list[Token]) -> None:
    """绩效指标 printed one character per line down a row-label column: structure, not text."""
    for label in ROW_LABELS:
        singles = [t for t in body if t.kind is not Kind.EMPTY and len(t.text) == 1
                   and t.text in label]
        # In order, most of the label's characters: 绩 … 效 … 指 … 标.
        k = 0
        for t in singles:
            if k < len(label) and t.text == label[k]:
                k += 1
        if k >= len(label) - 1:
            for t in singles:
                t.use = "structure"
            return


def _drop_row_label_pieces(header: Header, body: list[Token]) -> None:
    """绩效 / 指标 printed down a row-label column left of every table column (laid-out
    text; its first piece often on the header's line): structure, not a category."""
    columns = [c.x0 for c in header.columns if c.x0 is not None]
    if not columns:
        return
    left = min(columns)
    outside = [t for t in body if t.kind is not Kind.EMPTY and t.cell.x0 is not None
               and (t.cell.x1 or t.cell.x0) <= left]
    printed = "".join(t.text for t in outside)
    if outside and any(len(printed) >= 2 and (label.endswith(printed) or label == printed)
                       for label in ROW_LABELS):
        for t in outside:
            t.use = "structure"


_ROW_NUMBER = re.compile(r"^(?:指标)?(\d{1,2})[:：.、]")


def _block_ends(rows: list[Row]) -> Iterator[tuple[Row, Row]]:
    """(row, next) where the row ends a block of its level 2 that began above it and the next
    row opens another: where a merged label printed off its first row leaves a row behind."""
    for prev, here, nxt in zip(rows, rows[1:], rows[2:], strict=False):
        if here.level2 is not None and nxt.level2 is not None and prev.level2 is not None and \
                prev.level2.canonical == here.level2.canonical != nxt.level2.canonical:
            yield here, nxt


def _numbered_blocks(rows: list[Row]) -> None:
    """Rows numbered within their category (`指标1：…`, `指标2：…`): a row numbered 1 that ends
    the block above, right before the 2 that a new category opens, starts that category (its
    merged label was printed on the block's second row)."""
    for here, nxt in _block_ends(rows):
        a, b = (_ROW_NUMBER.match(r.text("level3") or "") for r in (here, nxt))
        if a and b and a.group(1) == "1" and b.group(1) == "2":
            here.level1, here.level2 = nxt.level1, nxt.level2


def _canonical(match: LabelMatch | None) -> str | None:
    return match.canonical if match is not None else None


def _named_after_next_block(rows: list[Row]) -> None:
    """The last row of a block named for the next block's category (`定考时效` under 质量指标,
    right before 时效指标): that category's merged label was centred across a page break."""
    for here, nxt in _block_ends(rows):
        if _canonical(nxt.level1) != _canonical(here.level1):
            continue
        core = nxt.level2.canonical.removesuffix("指标")
        own = here.level2.canonical.removesuffix("指标")
        name = here.text("level3") or ""
        if len(core) >= 2 and name.endswith(core) and own not in name:
            here.level2 = nxt.level2


def _fill_first_rows(rows: list[Row]) -> None:
    """Rows above the table's first category label belong to it: a merged label is printed
    lower down its block (PDF text puts it at the block's middle)."""
    first = next((k for k, r in enumerate(rows) if r.level1 is not None or r.level2 is not None),
                 None)
    if first:
        for r in rows[:first]:
            r.level1, r.level2 = rows[first].level1, rows[first].level2


def _centre_first_level2(rows: list[Row]) -> None:
    """Text that lost the table's lines prints a merged level-2 label on its block's middle
    row: m rows of a level 1 before its first level-2 label belong to that label's block, and
    so do up to m unlabelled rows right after the label's own rows."""
    k = 0
    while k < len(rows):
        l1 = rows[k].level1.canonical if rows[k].level1 else None
        end = k
        while end < len(rows) and (rows[end].level1.canonical if rows[end].level1 else None) == l1:
            end += 1
        group = rows[k:end]
        m = next((i for i, r in enumerate(group) if r.level2 is not None), 0)
        if l1 is not None and m:
            label = group[m].level2
            for r in group[:m]:
                r.level2 = label
            i = m
            while i < len(group) and group[i].level2 is label:
                i += 1
            for r in group[i:i + m]:
                if r.level2 is not None:
                    break
                r.level2 = label
        k = end


def _labels_centred(body: list[Token], aligner: Aligner | None = None) -> bool:
    """Labels printed on lines of their own: merged cells centred over their block (a PDF laid
    out as text). Labels that always share a line with a row are printed at their block's top.

    A line of its own may also carry the wrapped part of a long explanation (评分标准) beside
    the label, but no name and no value.
    """
    lines: dict[int, list[Token]] = {}
    for t in body:
        if t.kind is not Kind.EMPTY:
            lines.setdefault(t.cell.location.line or t.row, []).append(t)
    for ln, toks in lines.items():
        if not any(t.is_level for t in toks):
            continue
        others = [t for t in toks if not t.is_level]
        if not others:
            return True
        if aligner is not None and all(
                t.kind is Kind.TEXT and aligner.column_of(t) in
                ("criteria", "description", "deviation", "note") for t in others):
            return True
        # A label beside the wrapped end of the name above (`养老服务补贴发放准确  ≥ 98 …` /
        # `产出类指标  率`): on a continuation line of the row before, centred on its block.
        above = lines.get(ln - 1, [])
        if aligner is not None and all(
                t.kind in (Kind.TEXT, Kind.VALUE) and aligner.column_of(t) in
                ("level3", "criteria", "description", "deviation", "note") for t in others) and \
                any(t.kind in (Kind.VALUE, Kind.NUMBER) for t in above) and \
                any(aligner.column_of(t) == "level3" for t in above):
            return True
    return False


_POINTS_TAIL = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
_POINTS_CELL = re.compile(r"^[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")


def _first_label_below_first_row(body: list[Token], aligner: Aligner) -> bool:
    """Rows above the first category label: the labels are centred on their blocks (a
    label printed at its block's top shares the first row's line)."""
    first_label = min((t.cell.location.line or t.row for t in body if t.is_level), default=None)
    first_row = min((t.cell.location.line or t.row for t in body
                     if t.kind is Kind.TEXT and aligner.column_of(t) == "level3"), default=None)
    return first_label is not None and first_row is not None and first_row < first_label


def _row_after_is(rest: list[Token]) -> bool:
    """The rest of a row is a name and a value (and nothing that is a label)."""
    items = [t for t in rest if t.kind is not Kind.EMPTY]
    return len(items) >= 2 and items[0].kind is Kind.TEXT and \
        items[1].kind in (Kind.VALUE, Kind.NUMBER)


def _split_labels(group: list[Token], aligner: Aligner | None,
                  state: LevelState) -> list[Token]:
    """Apply the category labels in `group`; return the other tokens."""
    rest: list[Token] = []
    points = aligner is not None and aligner.header.has("points")
    one_category = aligner is not None and _one_category_column(aligner.header)
    for k, t in enumerate(group):
        following = next((u for u in group[k + 1:] if u.kind is not Kind.EMPTY), None)
        before = next((u for u in reversed(group[:k]) if u.kind is not Kind.EMPTY), None)
        column = aligner.column_of(t) if aligner is not None else None
        second = next((u for u in group[k + 1:] if u.kind is not Kind.EMPTY and u is not following),
                      None)
        if t.kind is Kind.LEVEL and not _label_is_text(t, following, column, before, second,
                                                        points, one_category):
            state.apply(t, following, column)
            t.use = "structure"
            continue
        if (t.kind is Kind.NUMBER and points or _POINTS_CELL.match(t.text)) and k > 0 \
                and group[k - 1].use == "structure" and group[k - 1].kind is Kind.LEVEL:
            t.use = "structure"  # the category's points in a scoring rubric
            continue
        if t.kind is Kind.TEXT and before is not None and before.use == "structure" and \
                before.level1 is not None and before.level2 is None and len(t.text) <= 10 and \
                _row_after_is(group[k + 1:]):
            # 履职效能 | 重点工作任务完成 | name | value: a level 2 the vocabulary lacks.
            fake = Token(t.text, t.cell, Kind.LEVEL, level2=LabelMatch(t.text, t.text, True))
            state.apply(fake, following, "level2")
            t.use = "structure"
            continue
        after = [u for u in group[k + 1:] if u.kind is not Kind.EMPTY and not u.is_level]
        if column in ("level1", "level2", "type") and t.kind in (Kind.TEXT, Kind.VALUE) \
                and len(t.text) <= 20 and len(after) >= 2 and not rest:
            # A category the vocabulary does not know, printed in a category column.
            fake = Token(t.text, t.cell, Kind.LEVEL)
            match = LabelMatch(t.text, t.text, True)
            if column == "level1":
                fake.level1 = match
            else:
                fake.level2 = match
            state.apply(fake, following, column)
            t.use = "structure"
            continue
        rest.append(t)
    return rest


def _make_rows(assigned: list[dict[str, list[Token]]], state: LevelState) -> list[Row]:
    out = []
    for values in assigned:
        out.append(Row(state.level1, state.level2, values))
    return out


def _read_reliable_row(group: list[Token], roles: list[str], aligner: Aligner,
                       state: LevelState, rows: list[Row]) -> None:
    cells = group
    group = [t for t in group if t.kind is not Kind.EMPTY]
    if not group:
        return
    # Structure printed inside the table (a repeated header on a new page, 绩效指标 row label).
    if all(t.column or t.kind is Kind.FIELD for t in group):
        for t in group:
            t.use = "structure"
        return
    if rows and _wraps_row_above(group, aligner, rows[-1]):
        _absorb_wrapped_ends(group, aligner, rows[-1])
        return
    rest = _split_labels(group, aligner, state)
    if not rest:
        return
    for t in rest:
        if t.kind is Kind.FIELD and t.field == "indicators_block":
            t.use = "structure"
    rest = [t for t in rest if t.use is None]
    if not rest:
        return
    if rows and _is_continuation(rest, aligner, rows[-1]):
        _continue_row(rows[-1], rest, aligner)
        return
    # Keep the blank cells between the row's values: they hold empty columns' places.
    kept = {id(t) for t in rest}
    first = next(k for k, t in enumerate(cells) if id(t) in kept)
    last = max(k for k, t in enumerate(cells) if id(t) in kept)
    rest = [t for t in cells[first:last + 1] if id(t) in kept or t.kind is Kind.EMPTY]
    assigned, left = assign(rest, roles, aligner, one_row=True)
    if not assigned:
        return
    new = _make_rows(assigned, state)
    for r in new:
        if r.text("level3") is None and rows:
            # Values without a name: the previous row's cells printed on a second line.
            _continue_row(rows[-1], r.tokens, aligner)
            continue
        rows.append(r)
    if left and rows:
        rows[-1].values.setdefault("note", []).extend(left)


def _is_continuation(rest: list[Token], aligner: Aligner, previous: Row) -> bool:
    """A line carrying only the wrapped part of the row above (no value of its own)."""
    if any(t.kind in (Kind.NUMBER,) or t.is_label for t in rest):
        return False
    if aligner.by_col or aligner.by_x:
        cols = [aligner.column_of(t) for t in rest]
        if cols == ["target"] and _value_goes_on(previous.text("target"), rest[0].text):
            return True
        if all(c in ("level3", "deviation", "criteria", "description", "note") for c in cols) \
                and ("target" in aligner.header.value_roles
                     or "score" in aligner.header.value_roles):
            name_only = all(c == "level3" for c in cols)
            if name_only and previous.text("level3") and (
                    previous.text("target") or previous.text("weight")):
                prev_name = previous.text("level3") or ""
                # A continued name: the row above ends mid-word or the piece is short.
                return len(_joined(rest)) <= 8 or not _NAME_END.search(prev_name)
            return not name_only
    return False


# The longest piece a narrow column's cell wraps onto its next line (`月`, `方米`, `例`).
WRAP_PIECE_CHARS = 6
_TEXT_COLUMNS = ("deviation", "criteria", "description", "note")
_VALUE_COLUMNS = ("target", "actual", "midterm", "monitor")
# The end of a date cut after its number or its month (`2024年10` / `月`, `9月底` / `前`).
_DATE_TAIL = re.compile(r"^\d*(?:日|月|号)?(?:底)?(?:前|之前|以前|内|止)?$")


# A value cut inside a number (`较上年减少3.` / `1%`) or a compound unit (`≤600元/户·` / `年`).
_CUT_DECIMAL = re.compile(r"\d\.$")
_DECIMAL_REST = re.compile(r"^\d+\s*(?:%|‰|[\u4e00-\u9fff]{1,3})?$")
_CUT_UNIT = re.compile(r"\d[\u4e00-\u9fff/]{0,5}[/·]$")
_UNIT_TAIL = re.compile(r"\d([\u4e00-\u9fff]{0,4})$")
MAX_UNIT_PIECE = 3
_OPEN_NOTE = re.compile(r"\d\D{0,4}[(（][^)）]{0,4}$")
_CLOSING_NOTE = re.compile(r"^[^()（）]{1,8}[)）]$")
_UNIT_REST = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


def _cut_unit(cut: str, piece: str) -> bool:
    """`≥12万立方` / `米`, `较上年增加27` / `%`: a number's unit cut, whole only with the piece."""
    m = _UNIT_TAIL.search(cut)
    if m is None or len(piece) > MAX_UNIT_PIECE:
        return False
    tail = m.group(1)
    return is_unit(tail + piece) and (not tail or not is_unit(tail))


def _cut_inside_value(cut: str, piece: str) -> bool:
    # (Also a worded value cut inside its words: `明显提` / `升`; a bracketed note cut,
    # `≥1200套（` / `张）`.)
    return bool(_CUT_DECIMAL.search(cut) and _DECIMAL_REST.match(piece)
                or _cut_unit(cut, piece)
                or bool(_OPEN_NOTE.search(cut)) and bool(_CLOSING_NOTE.match(piece))
                or _CUT_UNIT.search(cut) and _UNIT_REST.match(piece)
                or len(piece) <= 2 and is_worded_target(cut + piece) and not is_worded_target(cut)
                # (A deadline worded over two lines: `审计实施结` / `束后30日内`.)
                or has_cjk(cut[-1:]) and bool(_DEADLINE.search(cut + piece)) and not _DEADLINE.search(cut)
                and not looks_like_target(cut))


def wraps_cells_above(pieces: dict[str, str], above: dict[str, str],
                      labels_above: dict[str, LabelMatch | None]) -> bool:
    """A line of wrapped ends in narrow columns (`2024年10` / `月`, `微克/立` / `方米`,
    `生态效益指` / `标` beside a name's `例`): every piece continues the cell above it in its
    column, and each non-text piece is recognisably the rest of that cell (a date's, a
    compound unit's, a cut name's or a cut label's end) — so a short qualitative row
    (`制度健全性 | 健全 | 健全`) still starts a row."""
    if not pieces or not above.get("level3") or set(pieces) <= {"level3"} | set(_TEXT_COLUMNS):
        return False  # names and text alone: the callers' own continuation rules decide
    for col, piece in pieces.items():
        if col in _TEXT_COLUMNS:
            if not above.get(col):
                return False
            continue
        # (A name's column is as wide as the name's first line: its rest may be as long.)
        widest = max(WRAP_PIECE_CHARS, len(above.get(col) or "")) if col == "level3" else WRAP_PIECE_CHARS
        if len(_POINTS_TAIL.sub("", piece) or piece) > widest:
            return False
        if col in _LEAD_COLUMNS:
            label = labels_above.get(col)
            printed = label.printed if label is not None else ""
            # (Also a label's points note cut inside: `生态效益指标(1` / `5分)`.)
            whole = _POINTS_TAIL.sub("", printed + piece)
            # (A label cut over three lines is only a label's start after the second.)
            if not printed or printed.endswith("指标") or not (
                    match_level1(whole) or match_level2(whole) or label_prefix(whole)):
                return False
            continue
        cut = above.get(col) or ""
        if col == "level3":
            # (The name above may end as a whole name does, …发放完成 / 时间: the value's end
            # beside it, which every line that gets here has, says it goes on.)
            ok = bool(cut) and not any(ch.isdigit() for ch in piece)
        elif col in _VALUE_COLUMNS:
            joined = cut + piece
            # (A deadline the break cut: `2024年10` / `月`, `9月底` / `前`, `30个工作` / `日内`.)
            ok = bool(cut) and bool(_DATE_TAIL.match(piece)) and (
                bool(re.search(r"[\d月底日]$", cut))
                and bool(_DEADLINE.search(joined) or re.search(r"\d日", joined))
                or any(m.start() < len(cut) < m.end() for m in _DEADLINE.finditer(joined))) \
                or _cut_inside_value(cut, piece)
        elif col == "measure_unit":
            ok = bool(cut) and not any(ch.isdigit() for ch in piece) and (
                "/" in cut or bool(_UNIT_WORD.match(cut + piece)) and not _UNIT_WORD.match(cut))
        else:
            ok = False
        if not ok:
            return False
    return True


def _bare_label_in_names(t: Token, aligner: Aligner) -> bool:
    """A label's core without its 指标 (`时间`, `质量`) standing in the names' column: words."""
    match = t.level2 or t.level1
    return t.is_level and match is not None and not match.suffixed \
        and aligner.column_of(t) == "level3"


def _absorb_wrapped_ends(line: list[Token], aligner: Aligner, row: Row) -> None:
    """Joins a line of wrapped ends to the row above: a category's piece to its printed label
    (so that a third line can go on with it), the others to their cells."""
    for t in line:
        col = aligner.column_of(t)
        if col not in _LEAD_COLUMNS:
            continue
        t.use = "structure"  # the end of the category label printed above
        if col == "level1" or row.level2 is None:
            if row.level1 is not None:
                printed = row.level1.printed + t.text
                m1 = match_level1(_POINTS_TAIL.sub("", printed))
                row.level1 = LabelMatch(m1.canonical if m1 else row.level1.canonical, printed, True)
        else:
            printed = row.level2.printed + t.text
            m2 = match_level2(_POINTS_TAIL.sub("", printed))
            # (`生态效益指标(1` / `5分)`: only whole does the label say what it is, and where.)
            row.level2 = LabelMatch(m2.canonical if m2 else row.level2.canonical, printed, True)
            parent = parent_level1(row.level2.canonical)
            if m2 and parent and (row.level1 is None or not _known_pair(row.level1.canonical,
                                                                       row.level2.canonical)):
                row.level1 = LabelMatch(parent, "", False)
    _continue_row(row, [t for t in line if t.use is None], aligner)


def _wraps_row_above(rest: list[Token], aligner: Aligner, previous: Row) -> bool:
    """`wraps_cells_above` for a laid-out line read row by row."""
    if not (aligner.by_col or aligner.by_x):
        return False
    if any(t.kind is Kind.NUMBER or t.is_label and not _bare_label_in_names(t, aligner)
           and aligner.column_of(t) not in _LEAD_COLUMNS for t in rest):
        return False
    pieces: dict[str, str] = {}
    for t in rest:
        col = aligner.column_of(t)
        if col is None or col in pieces:
            return False
        pieces[col] = t.text
    above = {role: previous.text(role) or "" for role in previous.values}
    labels = {"level1": previous.level1, "level2": previous.level2 or previous.level1,
              "type": previous.level2 or previous.level1}
    return wraps_cells_above(pieces, above, labels)


def _value_goes_on(value: str | None, piece: str) -> bool:
    """`2024年11月3` / `0日前`: a value cut inside a number or a date."""
    return bool(value) and (bool(re.search(r"\d$", value or "")) and
                            bool(re.match(r"^\d*(?:日|月|号)?(?:前|底前|之前|以前|内)?$", piece)) and
                            bool(_DEADLINE.search((value or "") + piece))
                            or _cut_inside_value(value or "", piece))


def _continue_row(row: Row, tokens: list[Token], aligner: Aligner) -> None:
    for t in tokens:
        role = aligner.column_of(t) if aligner is not None else None
        if role is None or role not in VALUE_ROLES or (role in ("level1", "level2", "type")):
            role = "level3"
        row.values.setdefault(role, []).append(t)


# Share of the names (values) that must read as names (values) for a table printed column by
# column.
SCRAMBLED_SHARE = 0.7


_DAY_DEADLINE = re.compile(r"\d{1,2}日(?:前|之前|以前)$")


def _looks_value(t: Token) -> bool:
    return t.kind in (Kind.VALUE, Kind.NUMBER) or bool(_DEADLINE.search(t.text)) \
        or bool(_DAY_DEADLINE.search(t.text)) or is_worded_target(t.text)


def _unscramble_pages(body: list[Token], roles: list[str]) -> list[Token] | None:
    """`_unscramble` page by page: a table printed column by column on each page (names, then
    values), the next page starting with its labels again."""
    chunks: list[list[Token]] = [[]]
    after_values = False
    for t in body:
        if after_values and t.is_label:
            chunks.append([])
            after_values = False
        chunks[-1].append(t)
        if t.kind is not Kind.EMPTY and not t.is_label and _looks_value(t):
            after_values = True
    if len(chunks) < 2:
        return None
    out: list[Token] = []
    for chunk in chunks:
        read = _unscramble(chunk, roles)
        if read is None:
            return None
        out.extend(read)
    return out


# A text longer than this is a sentence (a deviation), whatever dates or numbers it names.
MAX_WORDED_VALUE_CHARS = 16
# How far below the sum of a column's points its printed total may lie (rounding).
TOTAL_TOLERANCE = 0.05


def _scrambled_columns(items: list[Token], value_roles: list[str],
                       texts_after: bool = False) -> tuple[int, set[int], list[Token]] | None:
    """How many rows a table printed column by column has, the ids of the column totals
    printed after a points column (分值 … 100, 得分 … 99.74), and (`texts_after`: the table has
    a text column such as 偏差原因) the texts after the last column; None when the items do
    not split into a names column and one column per value role."""
    per_row = 1 + len(value_roles)
    points = [r for r in value_roles if r in ("weight", "score")]
    for n in range(len(items) // per_row, (len(items) - len(points)) // per_row - 1, -1):
        if n < 2:
            break
        pos, totals = n, set()
        for role in value_roles:
            column = items[pos:pos + n]
            pos += n
            if role in points and pos < len(items) and items[pos].kind is Kind.NUMBER:
                numbers = [number_value(t.text) for t in column]
                total = number_value(items[pos].text)
                # (A self-evaluation's total also counts the budget's points: at least the sum.)
                if total is not None and all(x is not None for x in numbers) and \
                        sum(x or 0.0 for x in numbers) - TOTAL_TOLERANCE <= total <= MAX_ROW_POINTS:
                    totals.add(id(items[pos]))
                    pos += 1
        rest = items[pos:]
        if not rest or texts_after and all(t.kind is Kind.TEXT and (
                not _looks_value(t) or len(t.text) > MAX_WORDED_VALUE_CHARS) for t in rest):
            return n, totals, rest
    return None


def _rows_short_of_points(columns: list[list[Token]], value_roles: list[str]) -> list[int]:
    if "weight" not in value_roles or "score" not in value_roles:
        return []
    weights = columns[value_roles.index("weight")]
    scores = columns[value_roles.index("score")]
    out = []
    for i, (w, sc) in enumerate(zip(weights, scores, strict=True)):
        a, b = number_value(w.text), number_value(sc.text)
        if a is not None and b is not None and b < a:
            out.append(i)
    return out


def _labels_among_names(body: list[Token]) -> set[int]:
    """Level labels printed after the first name and before the first value, in a table
    printed column by column: names that read as categories (服务对象满意度)."""
    first_name = next((k for k, t in enumerate(body) if t.kind is Kind.TEXT), None)
    first_value = next((k for k, t in enumerate(body) if t.kind in (Kind.VALUE, Kind.NUMBER)
                        and first_name is not None and k > first_name), None)
    if first_name is None or first_value is None:
        return set()
    return {id(t) for t in body[first_name:first_value] if t.is_level}


def _unscramble(body: list[Token], roles: list[str]) -> list[Token] | None:
    """PDF text that prints a table column by column: every name, then every value.

    When the tokens after the category labels split into n names followed by n values per value
    column, put them back in row order (labels stay where they are).
    """
    items = [t for t in body if t.kind is not Kind.EMPTY and not t.is_label]
    # (Operator and unit printed in columns of their own, Chongqing-style, are columns too.)
    value_roles = [r for r in roles if r in ("op", "target", "measure_unit", "actual", "weight",
                                             "score", "midterm")]
    if not items or "target" not in value_roles and len(value_roles) < 1:
        return None
    found = _scrambled_columns(items, value_roles, "deviation" in roles)
    named_like_labels: set[int] = set()
    if found is None:
        # (A name that reads as a category, 群众满意度, among the names: a name.)
        named_like_labels = _labels_among_names(body)
        if not named_like_labels:
            return None
        items = [t for t in body if t.kind is not Kind.EMPTY and
                 (not t.is_label or id(t) in named_like_labels)]
        found = _scrambled_columns(items, value_roles, "deviation" in roles)
    if found is None:
        return None
    n, totals, texts = found
    names = items[:n]
    values = [t for t in items[n:] if id(t) not in totals and t not in texts]
    last_label = max((k for k, t in enumerate(body) if t.is_label), default=-1)
    first_value = body.index(values[0])
    if first_value <= last_label or n < 2:
        return None
    # (Row order, name, value, name …, puts half the values among the "names": refused here.
    # A name or two that reads like a worded value, 新建泵站, does not refuse it.)
    looks_value = sum(1 for t in values if _looks_value(t))
    looks_name = sum(1 for t in names if (t.kind is Kind.TEXT or id(t) in named_like_labels)
                     and not _looks_value(t))
    if looks_value < SCRAMBLED_SHARE * len(values) or looks_name < SCRAMBLED_SHARE * n:
        return None
    for t in names:
        if id(t) in named_like_labels:
            t.kind, t.level1, t.level2 = Kind.TEXT, None, None
    columns = [values[k * n:(k + 1) * n] for k in range(len(value_roles))]
    order: dict[int, list[Token]] = {}
    for i, name in enumerate(names):
        order[id(name)] = [name] + [col[i] for col in columns]
    # A deviation column printed as a column lists only the rows that lost points, in order.
    short = _rows_short_of_points(columns, value_roles)
    placed = {id(t) for t in texts} if texts and len(short) == len(texts) else set()
    if placed:
        for i, text in zip(short, texts, strict=True):
            order[id(names[i])].append(text)
    out: list[Token] = []
    for t in body:
        if id(t) in order:
            out.extend(order[id(t)])
        elif id(t) in totals:
            t.use = "structure"  # a points column's total: the form's, no row's
        elif (t.kind is Kind.EMPTY or t.is_label) and t not in values \
                or t in texts and id(t) not in placed:
            out.append(t)
    first_name = body.index(names[0])
    if all(k < first_name for k, t in enumerate(body) if t.is_level):
        # The category labels were printed column by column too, before every row.
        targets = columns[value_roles.index("target")] if "target" in value_roles else columns[0]
        return place_labels(out, names, targets) or out
    return out


def _name_tail(token: Token) -> bool:
    # Characters of 绩效指标 printed one per line down a row-label column are no name's end.
    # (A 指标性质 word, 定性, is a cell of its own; so is any cell printed whole.)
    return token.kind in (Kind.TEXT, Kind.VALUE) and len(token.text) <= 2 and \
        has_cjk(token.text) and token.text not in _SHORT_VALUES and token.text not in "绩效指标" \
        and token.text not in NATURE_WORDS and not token.whole_cell


# A short text printed twice where the table has an actual-value column is a target met as
# set (`持续健全` / `持续健全`), not a merged cell printed twice.
MET_AS_SET_CHARS = 8


def _drop_repeats(body: list[Token], roles: list[str]) -> list[Token]:
    """A merged cell an HTML copy printed once per column it spans (`培训次数` / `培训次数`)."""
    keep_short = "actual" in roles
    out: list[Token] = []
    last: Token | None = None
    for t in body:
        if t.kind is Kind.EMPTY:
            out.append(t)
            continue
        if last is not None and t.kind in (Kind.TEXT, Kind.VALUE) and last.kind is t.kind \
                and t.text == last.text and len(t.text) >= 3 and t.cell is not last.cell \
                and not any(ch.isdigit() for ch in t.text) \
                and not (keep_short and len(t.text) <= MET_AS_SET_CHARS):
            t.use = "structure"
            continue
        out.append(t)
        last = t
    return out


def _split_glued_points(body: list[Token], roles: list[str]) -> list[Token]:
    """In text run together (a cell cut into pieces), a row's weight and score glue into one
    number (`32个88`): where a self-evaluation has both columns and the row has one number
    for them, split it."""
    if "weight" not in roles or "score" not in roles:
        return body
    between = roles[roles.index("weight") + 1:roles.index("score")]
    # (A rubric's 评分依据 between 分值 and 得分, empty, leaves the two numbers glued too.)
    if roles.index("score") < roles.index("weight") or any(r not in _TEXT_COLUMNS for r in between):
        return body
    items = [k for k, t in enumerate(body) if t.kind is not Kind.EMPTY]
    cut: dict[int, tuple[str, str]] = {}
    for n, k in enumerate(items):
        t = body[k]
        if t.kind is not Kind.NUMBER or t.pieces <= 1 or not POINTS_NUMBER.fullmatch(t.text):
            continue
        before = body[items[n - 1]] if n else None
        after = body[items[n + 1]] if n + 1 < len(items) else None
        if before is None or before.kind in (Kind.NUMBER, Kind.EMPTY) or before.is_label:
            continue
        if after is not None and after.kind is Kind.NUMBER:
            continue
        pair = split_points(t.text)
        if pair:
            cut[k] = pair
    if not cut:
        return body
    out: list[Token] = []
    for k, t in enumerate(body):
        if k not in cut:
            out.append(t)
            continue
        for part in cut[k]:
            out.append(Token(part, t.cell, Kind.NUMBER, index=t.index, sub=t.sub,
                             pieces=t.pieces, part_of=t))
    return out


def _read_stream(body: list[Token], roles: list[str], aligner: Aligner, state: LevelState,
                 rows: list[Row]) -> None:
    body = _drop_repeats(_unscramble(body, roles) or _unscramble_pages(body, roles) or body, roles)
    body = _split_glued_points(body, roles)
    block: list[Token] = []
    full = full_lines(body) if all(t.cell.x0 is None for t in body) else frozenset()

    def flush() -> None:
        items = _trim_empty([t for t in block if t.use is None])
        if not any(t.kind is not Kind.EMPTY for t in items):
            block.clear()
            return
        # The tail of a name wrapped below its row (`…拨付准确` / row / `率`).
        tail_piece = None
        if len(items) >= 3 and items[-1].kind in (Kind.TEXT, Kind.VALUE) \
                and len(items[-1].text) <= 2 and items[-1].text not in _SHORT_VALUES \
                and has_cjk(items[-1].text) \
                and items[-2].kind is Kind.TEXT and len(items[-2].text) > 10:
            tail_piece = items.pop()
        assigned, left = assign(items, roles, None, one_row=False, full=full)
        if tail_piece is not None and assigned and "level3" in assigned[-1]:
            assigned[-1]["level3"].append(tail_piece)
        elif tail_piece is not None:
            left.append(tail_piece)
        made = _make_rows(assigned, state)
        rows.extend(r for r in made if r.text("level3"))
        for r in made:
            if not r.text("level3") and rows:
                for role, toks in r.values.items():
                    rows[-1].values.setdefault(role, []).extend(toks)
        if left and rows:
            rows[-1].values.setdefault("note", []).extend(left)
        block.clear()

    if all(t.cell.x0 is None for t in body):
        body = _join_wrapped_tails(body)
    body = _move_orphan_names(body)
    if any(aligner.header.has(r) for r in WRAPPED_TEXT_ROLES):
        roles = aligner.header.value_roles
        text_at = max((roles.index(r) for r in WRAPPED_TEXT_ROLES if r in roles), default=len(roles))
        after_text = sum(1 for r in roles[text_at + 1:] if r in _NUMBER_ROLES)
        body = _join_wrapped_rules(_move_wrapped_text_above(_move_name_around_row(body),
                                                            after_text))
    points = aligner.header.has("points")
    one_category = _one_category_column(aligner.header)
    previous: Token | None = None
    after = _next_non_empty(body)
    marks: list[tuple[float, LabelMatch, Token]] = []
    marks2: list[tuple[float, LabelMatch, Token]] = []
    for k, t in enumerate(body):
        following = after[k]
        if t.kind is Kind.LEVEL and not _label_is_text(t, following, None, previous,
                                                        points_column=points,
                                                        one_category=one_category):
            carry = [] if _printed_points(t, following) or (
                following is not None and _POINTS_CELL.match(following.text)) \
                else _name_before_values(block, following)
            flush()
            before = state.level1
            state.apply(t, following, None)
            if state.last == "1" and state.level1 is not None and state.level1 is not before:
                # Where the label stands among the rows: inside the row it interrupts, or
                # between two rows.
                # (A name printed before the label and moved after it: inside its row.)
                inside = following is not None and (
                    following.cell.location.line == t.cell.location.line is not None
                    or following.index < t.index)
                marks.append((len(rows) if carry or inside else len(rows) - 0.5,
                              state.level1, t))
            elif state.last == "2" and state.level2 is not None:
                inside = following is not None and (
                    following.cell.location.line == t.cell.location.line is not None
                    or following.index < t.index)
                marks2.append((len(rows) if carry or inside else len(rows) - 0.5,
                               state.level2, t))
            t.use = "structure"
            previous = t
            block.extend(carry)
            continue
        if (points and t.kind is Kind.NUMBER or _POINTS_CELL.match(t.text)
                or _printed_points(previous, t)) and previous is not None and previous.is_level:
            t.use = "structure"  # the category's points in a scoring rubric
            if not _POINTS_CELL.match(t.text):
                previous = t  # a points cell cut off its label keeps the label current
            continue
        if t.kind is not Kind.EMPTY:
            previous = t
        if t.column or (t.kind is Kind.FIELD and t.field == "indicators_block"):
            t.use = "structure"
            continue
        block.append(t)
    flush()
    one_column = aligner.header.has("type") and not aligner.header.has("level1")
    if not (one_column and _centre_one_column(rows, marks, marks2)):
        _centre_level1(rows, marks, one_column=one_column, level2_marks=marks2)
    if aligner.header.has("level2"):
        _centre_level2(rows, marks2)


def _printed_points(label: Token | None, tok: Token | None) -> bool:
    """`一、决策（15分）` then `15`: the number beside a category label is the points its label
    already prints, not an indicator's value."""
    if label is None or tok is None or not label.is_level or tok.kind is not Kind.NUMBER:
        return False
    m = _POINTS_VALUE.search(label.text) or (
        _POINTS_VALUE.search(label.part_of.text) if label.part_of is not None else None)
    try:
        return m is not None and float(m.group(1)) == float(tok.text)
    except ValueError:
        return False


_POINTS_VALUE = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$")


def _name_before_values(block: list[Token], following: Token | None) -> list[Token]:
    """A label drawn inside its block's middle row comes between that row's name and its
    values (`资金使用合规性 | 管理类指标 | 无 | 合规 …`): the name goes with the values."""
    if following is None or not (following.kind in (Kind.VALUE, Kind.NUMBER)
                                 or following.text in _OP_WORDS):
        return []
    items = [t for t in block if t.kind is not Kind.EMPTY and t.use is None]
    if not items or items[-1].kind is not Kind.TEXT or not has_cjk(items[-1].text) or \
            len(items[-1].text) < MIN_CARRIED_NAME:
        return []
    if len(items) > 1 and items[-2].kind is Kind.TEXT and not _NAME_END.search(items[-2].text) \
            and not re.search(r"[，。；,;]", items[-2].text):
        return []  # the end of a long text (a 评价标准) rather than a name of its own
    block.remove(items[-1])
    return [items[-1]]


MIN_CARRIED_NAME = 4


def _centre_one_column(rows: list[Row], marks: list[tuple[float, LabelMatch, Token]],
                       marks2: list[tuple[float, LabelMatch, Token]]) -> bool:
    """One 指标类型 column holding labels of both levels, merged cells printed in their
    blocks' middle (a label on a line of its own says so): the column is one sequence of
    blocks, a row under a level-2 label (数量指标) or under a level-1 one (产出类指标), not both
    carried down. Whether it applied."""
    joint = sorted(marks + marks2, key=lambda m: m[0])
    if not marks or not marks2 or len(rows) < len(joint) or \
            not any(pos != int(pos) for pos, _, _ in joint):
        return False
    from jixiao.kg.reader.centred import assign_labels

    labels, lines, by_line = _placed(rows, joint, 1)
    if not by_line:
        return False
    where = assign_labels(labels, lines)
    level2 = {id(m) for _, m, _ in marks2}
    for r, k in zip(rows, where, strict=True):
        if k is None:
            continue
        label = joint[k][1]
        if id(label) in level2:
            parent = parent_level1(label.canonical)
            r.level2 = label
            r.level1 = LabelMatch(parent, "", False) if parent else r.level1
        else:
            r.level1, r.level2 = label, None
    return True


def _centre_level1(rows: list[Row], marks: list[tuple[float, LabelMatch, Token]],
                   one_column: bool = False,
                   level2_marks: list[tuple[float, LabelMatch, Token]] | None = None) -> None:
    """Level-1 labels printed in their blocks' middle (rows before the first one): each label
    is centred on a run of rows, the runs' edges where the rows' cues fit best.

    `one_column`: both levels share one 指标类型 column (Chongqing forms), so rows above the
    first level-1 label that each have a level-2 label of their own are no part of that
    label's block (a level-1 label printed mid-block leaves rows without a label above it)."""
    if len(marks) < 2 or marks[0][0] <= 0 or len(rows) < len(marks):
        return
    first = marks[0][1].canonical
    above = rows[:math.ceil(marks[0][0])]
    if any(r.level1 is not None and r.level1.canonical != first for r in above):
        return  # the rows above fall under another category: labels at their blocks' tops
    if one_column and all(r.level2 is not None for r in above) and \
            len({id(r.level2) for r in above}) == len(above):
        return
    from jixiao.kg.reader.centred import assign_labels

    labels, lines, by_line = _placed(rows, marks, 1)
    # A level-2 label printed on a row's own lines says which level 1 that row is under (the
    # framework's for 资金投入; the template's for 数量指标 → 产出指标).
    parents: list[str | None] = [None] * len(rows)
    if by_line:
        for _, m, tok in level2_marks or []:
            at = next((k for k, r in enumerate(lines) if r.first <= _line_of(tok) <= r.last), None)
            if at is not None:
                parents[at] = FRAMEWORK_PARENT.get(m.canonical) or parent_level1(m.canonical)
    where = assign_labels(labels, lines, cues=True, parents=parents, on_rows=by_line)
    for r, k in zip(rows, where, strict=True):
        if k is not None:
            r.level1 = marks[k][1]
            if r.level2 is not None and not _known_pair(r.level1.canonical, r.level2.canonical):
                r.level2 = None


# Share of rows that must hold two cells on one line for a text's lines to be visual lines.
VISUAL_LINE_ROWS = 0.8


def _placed(rows: list[Row], marks: list[tuple[float, LabelMatch, Token]],
            level: int) -> tuple[list[Label], list[LineRow], bool]:
    """Labels and rows placed for centring, and whether by line: by the lines they were
    printed on when the text's lines are the page's lines (a row's cells share its line; a
    wrapped cell adds lines above and below, so a block's middle is counted in lines), else
    by row order."""
    from jixiao.kg.reader.centred import Label, LineRow

    spans = []
    for r in rows:
        lines = [_line_of(t) for toks in r.values.values() for t in toks]
        if any(ln is None for ln in lines) or not lines:
            spans = None
            break
        spans.append((min(lines), max(lines), len(lines) > len(set(lines))))
    label_lines = [_line_of(tok) for _, _, tok in marks]
    # (Rows that share their lines, a form printed on one line, are placed by order.)
    if spans and None not in label_lines and \
            sum(shared for _, _, shared in spans) >= VISUAL_LINE_ROWS * len(spans) and \
            len({a for a, _, _ in spans}) >= VISUAL_LINE_ROWS * len(spans):
        return ([Label(m, level, ln, ln, [tok]) for (_, m, tok), ln in zip(marks, label_lines, strict=True)],
                [LineRow(a, r.values, a, b) for r, (a, b, _) in zip(rows, spans, strict=True)], True)
    return ([Label(m, level, pos, pos, [tok]) for pos, m, tok in marks],
            [LineRow(k, r.values, k, k) for k, r in enumerate(rows)], False)


def _centre_level2(rows: list[Row], marks: list[tuple[float, LabelMatch, Token]]) -> None:
    """Level-2 labels printed in their blocks' middle in text without positions (pdfplumber's
    plain text of a merged 二级 column): rows before the first level-2 label have none, so the
    labels are centred on runs of rows, each run inside one level-1 block."""
    if len(marks) < 2 or marks[0][0] <= 0 or len(rows) < len(marks):
        return
    above = rows[:math.ceil(marks[0][0])]
    if any(r.level2 is not None for r in above):
        return  # the labels stand at their blocks' tops
    if not all(len(re.findall(r"[\u4e00-\u9fff]", r.text("level3") or "")) >= 2 for r in above):
        return  # a stray cell read as a row (a category's points) is no evidence
    from jixiao.kg.reader.centred import assign_labels

    labels, lines, by_line = _placed(rows, marks, 2)
    where = assign_labels(labels, lines, cues=True, on_rows=by_line)
    for r, k in zip(rows, where, strict=True):
        if k is None:
            continue
        parent = parent_level1(marks[k][1].canonical)
        if parent is not None and r.level1 is not None and r.level1.canonical != parent:
            continue  # a label of another level-1 block
        r.level2 = marks[k][1]


# Share of rows whose number columns may hold something else (a note, a dash) in a grid read
# from one cell per line.
FLAT_MISFIT = 0.1
_NUMBER_ROLES = ("weight", "score", "points")
_LEAD_COLUMNS = ("level1", "level2", "type")


def _flat_cells(body: list[Token]) -> list[list[Token]]:
    """One cell per line: a line's tokens are one cell, a blank line an empty one."""
    cells: list[list[Token]] = []
    line = None
    for t in body:
        here = t.cell.location.line
        if t.kind is Kind.EMPTY or here is None or here != line or not cells:
            cells.append([])
        cells[-1].append(t)
        line = here if t.kind is not Kind.EMPTY else None
    while cells and all(t.kind is Kind.EMPTY for t in cells[-1]):
        cells.pop()
    return cells


def _flat_fits(rows: list[list[list[Token]]], roles: list[str]) -> bool:
    def filled(cell: list[Token]) -> list[Token]:
        return [t for t in cell if t.kind is not Kind.EMPTY]

    misfits = 0
    for row in rows:
        for role, cell in zip(roles, row, strict=True):
            toks = filled(cell)
            if role == "level3":
                if not toks or toks[0].is_label or toks[0].kind is Kind.NUMBER:
                    return False
            elif role in _NUMBER_ROLES:
                if toks and not (len(toks) == 1 and toks[0].kind is Kind.NUMBER):
                    misfits += 1
            elif role in _LEAD_COLUMNS:
                if toks and not toks[0].is_level and len(_joined(toks)) > MAX_CATEGORY_TEXT:
                    return False
            elif toks and any(t.is_level and t.level1 is not None for t in toks):
                return False
    return misfits <= FLAT_MISFIT * len(rows)


MAX_CATEGORY_TEXT = 20


def _read_flattened(body: list[Token], header: Header, state: LevelState,
                    rows: list[Row]) -> bool:
    """A grid printed one cell per line, blank lines for its empty cells (merged category
    cells included): every row has the header's width, so cut by position."""
    roles = header.roles
    width = len(roles)
    if "level3" not in roles or width < 3 or not any(t.kind is Kind.EMPTY for t in body):
        return False
    cells = _flat_cells(body)
    if len(cells) < 2 * width:
        return False
    cells += [[]] * (-len(cells) % width)
    grid = [cells[k:k + width] for k in range(0, len(cells), width)]
    if not _flat_fits(grid, roles):
        return False
    for line in grid:
        values: dict[str, list[Token]] = {}
        for role, cell in zip(roles, line, strict=True):
            toks = [t for t in cell if t.kind is not Kind.EMPTY]
            if not toks:
                continue
            if role in _LEAD_COLUMNS:
                label = toks[0] if len(toks) == 1 and toks[0].is_level else Token(
                    _joined(toks), toks[0].cell, Kind.LEVEL)
                if label.level1 is None and label.level2 is None:
                    match = LabelMatch(label.text, label.text, True)
                    label.level1, label.level2 = (match, None) if role == "level1" else (None, match)
                state.apply(label, None, role)
                for t in toks:
                    t.use = "structure"
            elif role == "points":
                for t in toks:
                    t.use = "structure"  # a category's points beside its label
            elif role in VALUE_ROLES:
                values.setdefault(role, []).extend(toks)
            else:
                values.setdefault("note", []).extend(toks)
        rows.append(Row(state.level1, state.level2, values))
    return True


def _next_non_empty(tokens: list[Token]) -> list[Token | None]:
    """For each position, the next token that is not blank (computed once, backwards)."""
    out: list[Token | None] = [None] * len(tokens)
    nxt: Token | None = None
    for k in range(len(tokens) - 1, -1, -1):
        out[k] = nxt
        if tokens[k].kind is not Kind.EMPTY:
            nxt = tokens[k]
    return out


def _lone_text(group: list[Token]) -> Token | None:
    items = [t for t in group if t.kind is not Kind.EMPTY]
    return items[0] if len(items) == 1 and items[0].kind in (Kind.TEXT, Kind.VALUE) \
        and not items[0].is_label else None


def _has_name(row: list[Token]) -> bool:
    return any(_plain_text(t) for t in row)


def _rules_around_row_lines(groups: list[list[Token]]) -> list[list[Token]]:
    """Lines of a table whose columns' places are lost (laid-out PDF text with a header the
    positions cannot place): a 评价标准 wrapped around its row's line, its first part (a
    sentence) on a line of its own above the row and the rest below, joins that row's line."""
    out: list[list[Token]] = []
    k = 0
    while k < len(groups):
        rule = _lone_text(groups[k])
        row = groups[k + 1] if k + 1 < len(groups) else None
        if rule is not None and _SENTENCE.search(rule.text) and row is not None and \
                any(t.kind in (Kind.VALUE, Kind.NUMBER) for t in row) and \
                _has_name(row):
            rest = _lone_text(groups[k + 2]) if k + 2 < len(groups) else None
            taken = 2
            if rest is not None and _wrapped_text_piece(rest) and not _SENTENCE.search(rest.text) \
                    and len(rest.text) < len(rule.text):
                rule.text += rest.text
                rule.more_cells.append(rest.cell)
                rest.use = "structure"  # read as part of the rule above (reported with it)
                taken = 3
            out.append(row + [rule])
            k += taken
            continue
        out.append(groups[k])
        k += 1
    return out


def _unfinished_clause(t: Token | None) -> bool:
    """A wrapped sentence's first part (`达到目标得满分，未达到按`): the next piece finishes it."""
    return t is not None and t.kind is Kind.TEXT and not t.is_label and \
        bool(_SENTENCE.search(t.text)) and not _CLAUSE_END.search(t.text)


def _move_orphan_names(body: list[Token]) -> list[Token]:
    """A name printed on the line above its row's labels and values (a cell wrapped around the
    line that carries the row): `贷款贴息资金拨付准确` / `质量指标 = 100 % …` / `率`.

    A name with no value of its own right before category labels whose row starts with a value
    moves after the labels; a piece of at most two characters right after a row's last value
    joins the name of that row.
    """
    out = list(body)
    k = 0
    prev: Token | None = None
    while k < len(out):
        t = out[k]
        # (A sentence is the previous row's 评价标准 or reason, not a name; so is a text
        # ending the line of the previous row's values.)
        same_line = prev is not None and t.cell.location.line is not None and \
            prev.cell.location.line == t.cell.location.line
        if t.kind is Kind.TEXT and not t.is_label and not _SENTENCE.search(t.text) and not same_line:
            j = k + 1
            while j < len(out) and (out[j].kind is Kind.EMPTY):
                j += 1
            labels = j
            while labels < len(out) and out[labels].is_level:
                labels += 1
            after = out[labels] if labels < len(out) else None
            if labels > j and after is not None and after.kind in (Kind.VALUE, Kind.NUMBER) \
                    and not _printed_points(out[labels - 1], after) and (prev is None or prev.kind not in (Kind.TEXT,) or prev.is_label or
                         len(prev.text) > 10) and not _unfinished_clause(prev):
                out.insert(labels - 1, out.pop(k))
                continue
        if t.kind is not Kind.EMPTY:
            prev = t
        k += 1
    return out


# Text columns whose long cells wrap onto the lines above and below their row's line.
WRAPPED_TEXT_ROLES = ("criteria", "description", "deviation")
_SENTENCE = re.compile(r"[，,；;。：:]")


def _wrapped_text_piece(t: Token) -> bool:
    """The rest of a wrapped text cell: text without a number (`例得分` reads like a value)."""
    return t.kind in (Kind.TEXT, Kind.VALUE) and not t.is_label and not re.search(r"\d", t.text)


def _line_of(t: Token) -> int | None:
    return t.cell.location.line


# Longest tail of a name wrapped around its row's line (`）`, `率`, `工程`).
MAX_NAME_TAIL = 4


def _move_name_around_row(body: list[Token]) -> list[Token]:
    """A long name and a long 评价标准 both wrapped around the line holding the row's values
    (PDF text, one line per visual line): `城乡居民参保人数（含新增` `达到目标得满分，未达到按…` /
    `数量指标 ≥ 52 万人 15 53.6` / `）` `得分或不得分`. The row is put together in its
    columns' order: labels, the name, the values, the text."""
    lines: dict[int, list[int]] = {}
    for k, t in enumerate(body):
        if t.kind is not Kind.EMPTY and _line_of(t) is not None:
            lines.setdefault(_line_of(t), []).append(k)
    moved: dict[int, list[Token]] = {}
    gone: set[int] = set()
    for ln, ks in lines.items():
        above = [body[k] for k in ks]
        row_ks = lines.get(ln + 1, [])
        row = [body[k] for k in row_ks]
        if len(above) != 2 or not row or any(k in gone for k in ks + row_ks):
            continue
        head, rule = above
        if not (_plain_text(head) and not _SENTENCE.search(head.text) and _plain_text(rule)
                and _SENTENCE.search(rule.text)):
            continue
        if _has_name(row) or not any(t.kind in (Kind.VALUE, Kind.NUMBER) for t in row):
            continue
        below_ks = lines.get(ln + 2, [])
        below = [body[k] for k in below_ks]
        if len(below) == 2 and below[0].kind in (Kind.TEXT, Kind.VALUE) and not below[0].is_label \
                and len(below[0].text) <= MAX_NAME_TAIL \
                and _wrapped_text_piece(below[1]) and not _SENTENCE.search(below[1].text):
            tail, rest = below
            head.text += tail.text
            head.more_cells.append(tail.cell)
            rule.text += rest.text
            rule.more_cells.append(rest.cell)
            tail.use = rest.use = "structure"  # read as parts of the cells above
            gone.update(below_ks)
        labels = 0
        while labels < len(row) and row[labels].is_level:
            labels += 1
        moved[row_ks[0]] = row[:labels] + [head] + row[labels:] + [rule]
        gone.update(ks + row_ks)
    if not moved:
        return body
    out: list[Token] = []
    for k, t in enumerate(body):
        if k in moved:
            out.extend(moved[k])
        elif k not in gone:
            out.append(t)
    return out


# The end of a wrapped scoring rule (`得分或不得分`, `情扣分`), not of a name.
_RULE_WORDS = re.compile(r"得分|扣分|计分|为止")
# Longest end of a cell wrapped onto the line below its row (`超载率`, `务满意度`).
MAX_WRAPPED_TAIL = 6


def _join_wrapped_tails(body: list[Token]) -> list[Token]:
    """Plain PDF text (one line per visual line): the ends of a row's wrapped cells on the next
    line, in their cells' order (`满意度指 服务对象满 城乡居民对基本公共卫生服 ≥85%` / `标 意度指标
    务满意度`), join the cells they end: unfinished labels first, then the name, then a value."""
    lines: dict[int, list[Token]] = {}
    for t in body:
        if t.kind is not Kind.EMPTY and _line_of(t) is not None:
            lines.setdefault(_line_of(t) or 0, []).append(t)
    body = _join_value_around_row(body, lines)
    gone: set[int] = set()
    for ln in sorted(lines):
        row, below = lines[ln], lines.get(ln + 1, [])
        if not below or any(id(t) in gone for t in row) or not any(
                t.kind in (Kind.VALUE, Kind.NUMBER) or re.search(r"\d", t.text) for t in row):
            continue
        pieces = [t for t in below if not t.is_level]
        # (无 alone is an empty column's mark, 计量单位 无, not the end of a wrapped cell.)
        if not pieces or any(t.kind not in (Kind.TEXT, Kind.VALUE) or t.is_label or t.text == "无"
                             or len(t.text) > MAX_WRAPPED_TAIL or _SENTENCE.search(t.text)
                             or re.search(r"\d", t.text) or _RULE_WORDS.search(t.text)
                             for t in pieces):
            continue
        after = lines.get(ln + 2, [])
        if after and not _has_name(after) and any(t.kind in (Kind.VALUE, Kind.NUMBER) for t in after):
            continue  # the first part of the next row's name, printed above its row
        targets = _wrapped_cells(row, pieces)
        if targets is None:
            continue
        for cell, piece in zip(targets, pieces, strict=True):
            joined = classify(cell.text + piece.text, cell.cell)
            if cell.is_level or joined.kind is Kind.LEVEL:
                cell.kind, cell.level1, cell.level2 = joined.kind, joined.level1, joined.level2
            cell.text += piece.text
            cell.more_cells.append(piece.cell)
            gone.add(id(piece))
    return [t for t in body if id(t) not in gone]


def _join_value_around_row(body: list[Token], lines: dict[int, list[Token]]) -> list[Token]:
    """A row line with a name but no value, the value's first part on the line above and its
    end below (`2024年4月30` / `时效指标 年度除治完成时间` / `日前`): the value joins after the name."""
    moves: dict[int, Token] = {}
    gone: set[int] = set()
    for ln in sorted(lines):
        row = lines[ln]
        above, below = lines.get(ln - 1, []), lines.get(ln + 1, [])
        texts = [t for t in row if not t.is_level]
        # (The row is its labels and a name only, on a line of the page: no value cell of
        # its own. One cell per line says nothing of where a value wrapped.)
        if len(row) < 2 or len(above) != 1 or len(below) != 1 or len(texts) != 1 \
                or not _plain_text(texts[0]) \
                or texts[0] is not row[-1] or re.search(r"\d", texts[0].text):
            continue
        head, tail = above[0], below[0]
        if not re.match(r"^[≥≤><=]?\d", head.text) or head.is_label or \
                len(tail.text) > MAX_WRAPPED_TAIL or re.search(r"\d", tail.text) or tail.is_label:
            continue
        joined = head.text + tail.text
        if not (_DEADLINE.search(joined) or parse_target(joined)):
            continue
        head.text = joined
        head.more_cells.append(tail.cell)
        moves[id(row[-1])] = head
        gone.update((id(head), id(tail)))
        lines[ln] = [*row, head]
        lines[ln - 1], lines[ln + 1] = [], []
    return moved_after(body, gone, moves) if moves else body


def _wrapped_cells(row: list[Token], pieces: list[Token]) -> list[Token] | None:
    """The cells of a row line that the wrapped ends `pieces` belong to, in order, or None."""
    count = len(pieces)
    labels = [t for t in row if (t.is_level and _cut_label(t.text)) or (
        not t.is_level and t.kind in (Kind.TEXT, Kind.VALUE) and label_start(t.text)
        and classify(t.text, t.cell).kind is not Kind.LEVEL)]
    # The name is the row's first text; texts after it are values or rules.
    texts = [t for t in row if _plain_text(t) and t not in labels]
    names = texts[:1] if texts and not _SENTENCE.search(texts[0].text) else []
    values = [t for t in row if t.kind in (Kind.VALUE, Kind.TEXT) and t not in labels
              and t not in names and re.search(r"\d.*[\d日月]$", t.text)]
    if len(labels) > count:
        return None
    wanted = list(labels)
    unfinished = bool(names) and not _NAME_END.search(names[0].text)
    if len(wanted) < count and unfinished:
        wanted += names
    # A sentence ending the row (a 偏差原因 or scoring rule) wraps before a value does.
    rules = [t for t in texts[1:] if _SENTENCE.search(t.text) and t is row[-1]]
    if len(wanted) < count:
        wanted += rules[: count - len(wanted)]
    # (A finished name takes an end only when the end itself finishes a name: `…健康管理` /
    # `人数`.)
    if len(wanted) < count and names and not unfinished and _NAME_END.search(pieces[-1].text):
        wanted += names
    if len(wanted) < count:
        wanted += values[: count - len(wanted)]
    if len(wanted) != count:
        return None
    return sorted(wanted, key=row.index)


def _cut_label(text: str) -> bool:
    """`满意度指`: a level label read from its first part, the rest wrapped away."""
    return text.endswith("指") and label_start(text)


def _plain_text(t: Token) -> bool:
    return t.kind is Kind.TEXT and not t.is_label


def _move_wrapped_text_above(body: list[Token], numbers_after: int = 0) -> list[Token]:
    """A long 评价标准 / 偏差原因 cell printed around its row's line (PDF text, one line per
    visual line): its first part on a line of its own above the row, the rest below
    (`达到目标得满分，未达到按完成` / `新改建农村公路里程 正向 120 公里 15 124.6 15` / `比例得分或不得分`).
    The part above moves after the row's last cell, where the rest follows, so the programme
    reads the two as one text cell instead of a name; before the row's last `numbers_after`
    numbers when the header prints that many number columns after the text's (评分标准 | 得分)."""
    out = list(body)
    k = 0
    while k < len(out):
        t = out[k]
        line = _line_of(t)
        alone = line is not None and t.kind is Kind.TEXT and not t.is_label and \
            _SENTENCE.search(t.text) and all(_line_of(u) != line for u in out[k + 1:k + 2]) and \
            all(_line_of(u) != line for u in out[max(k - 1, 0):k])
        if not alone:
            k += 1
            continue
        nxt = [j for j in range(k + 1, len(out)) if _line_of(out[j]) == (_line_of(out[k + 1]) if k + 1 < len(out) else None)]
        row_line = bool(nxt) and any(out[j].kind in (Kind.VALUE, Kind.NUMBER) for j in nxt) and \
            any(out[j].kind is Kind.TEXT and not out[j].is_label for j in nxt)
        if not row_line or _line_of(out[nxt[0]]) != line + 1:
            k += 1
            continue
        last = nxt[-1]
        # The rest of the cell: the one text line right below the row's line.
        # (A category label printed on that line beside it, 项目立项（8分） 情扣分, is no part.)
        below = [j for j in range(last + 1, len(out)) if _line_of(out[j]) == line + 2
                 and not out[j].is_level]
        if len(below) == 1 and _wrapped_text_piece(out[below[0]]) and out[below[0]].use is None \
                and (below[0] + 1 >= len(out) or _line_of(out[below[0] + 1]) != line + 2
                     or out[below[0] + 1].is_level):
            rest = out.pop(below[0])
            t.text += rest.text
            t.more_cells.append(rest.cell)
            rest.use = "structure"  # read as part of the token above (reported with it if unread)
        at = last
        trailing = 0
        while trailing < numbers_after and at > k + 1 and out[at].kind is Kind.NUMBER:
            at -= 1
            trailing += 1
        if trailing < numbers_after:
            at = last
        if at == last and _plain_text(out[last]) and nxt[0] != last and any(
                out[j].kind in (Kind.VALUE, Kind.NUMBER) for j in nxt if j < last):
            at = last - 1  # the row's line holds the text's middle: the first part goes before it
        out.insert(at, out.pop(k))
        k = last + 1
    return out


_RULE_END = re.compile(r"(?:分|为止|[。；;])$")
_CLAUSE_END = re.compile(r"[。；;]$")


def _join_wrapped_rules(body: list[Token]) -> list[Token]:
    """A scoring rule wrapped onto the next line in text without columns (`达到目标得满分，未达到按
    完成比例` / `得分或不得分` / next name): the second line finishes the first's sentence, so it
    is no start of the next row's name. Told by a first piece that is a clause (a comma inside,
    no full stop at its end), a second that ends the rule (…分, …为止) and a name after it."""
    out: list[Token] = []
    k = 0
    while k < len(body):
        t = body[k]
        nxt = body[k + 1] if k + 1 < len(body) else None
        after = body[k + 2] if k + 2 < len(body) else None
        if nxt is not None and after is not None and t.kind is Kind.TEXT and not t.is_label \
                and _SENTENCE.search(t.text) and not _CLAUSE_END.search(t.text) \
                and _wrapped_text_piece(nxt) and nxt.use is None and _RULE_END.search(nxt.text) \
                and not _SENTENCE.search(nxt.text) and after.kind is Kind.TEXT and not after.is_label:
            t.text += nxt.text
            t.more_cells.append(nxt.cell)
            nxt.use = "structure"  # read as part of the token before (reported with it if unread)
            out.append(t)
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _trim_empty(tokens: list[Token]) -> list[Token]:
    i, j = 0, len(tokens)
    while i < j and tokens[i].kind is Kind.EMPTY:
        i += 1
    while j > i and tokens[j - 1].kind is Kind.EMPTY:
        j -= 1
    # Runs of blanks stay: in one-cell-per-line text each blank line is an empty cell.
    return tokens[i:j]


def level_label_text(label: LabelMatch | None) -> tuple[str | None, str | None]:
    """(canonical, as printed when it differs)."""
    if label is None:
        return None, None
    printed = label.printed.strip() if label.printed else None
    canonical = label.canonical
    if printed and label_key(printed) == label_key(canonical):
        printed = None
    return canonical, printed or None


def compose_value(row: Row, role: str, header: Header) -> str | None:
    """A value as printed, with a separate operator and unit column joined in."""
    text = row.text(role)
    if role == "target":
        op = row.text("op")
        unit = row.text("measure_unit")
        if (text is None or text in NATURE_WORDS) and unit and not _UNIT_WORD.match(unit) \
                and not re.search(r"\d", unit):
            # Columns shifted by one (laid-out text): the nature word stood under 指标值 and
            # the qualitative value (`建立健全`) under 计量单位.
            text, unit = unit, None
        if text is None:
            return None
        if op and op != "无" and op not in NATURE_WORDS and not re.match(r"^[≥≤><=≈]", text):
            text = op + text
        if unit and unit != "无" and re.search(r"\d$", text) and not text.endswith(unit):
            text = text + unit
    return clean_target(text) if text else None


__all__ = [
    "Header", "Row", "Table", "assign", "canonical_level2", "complete_label", "compose_value",
    "find_header", "level_label_text", "match_level1", "read_rows",
]
