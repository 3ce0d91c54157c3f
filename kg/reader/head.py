"""A form's head: field labels and their values by adjacency, funds, goal, year, codes.

A value is what follows its label (to the right, or below when the label's row has nothing
more), up to the next label: never across another label, so `项目名称 | X | 主管预算部门 | Y`
gives the name X. Amounts are converted to 元 when the form prints 万元.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.kg.reader.glued import MAX_ROW_POINTS, split_points
from jixiao.kg.reader.tokens import Kind, Token, full_lines, has_cjk
from jixiao.kg.records import Funds
from jixiao.text import compact
from jixiao.vocab import FIELD_LABELS, GRADES, org_name

_MONEY = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# What a sentence puts after an amount: its separator and the words of the next clause.
# (Text run together leaves the breakdown's 其中 on the amount: `42,816.00其中:`.)
_AFTER_AMOUNT = re.compile(r"(?<=\d)(?:[,;；。][^\d]*|其中[:：]?)$")

_DASH = re.compile(r"^[-—–/／\\]+$|^无$")
_YEAR = re.compile(r"(20\d{2})\s*年")
_YEAR_ANY = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_YEAR_NOTE = re.compile(r"[(（]\s*(20\d{2})\s*年度?\s*[)）]$")
_SEAL = re.compile(r"[(（]\s*(?:盖章|公章|章|签章|印章)\s*[)）]|盖章|（章）")
_SENTENCE = re.compile(r"[，。；;,]")
# Text fields whose value may wrap onto the next line of a stream.
TEXT_FIELDS = ("name", "department", "unit", "department_name", "goal", "goal_actual")
# Fund labels of a 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 header.
FUND_COLUMNS = ("budget_start", "total", "executed", "fund_weight", "execution_rate", "fund_score")
FUND_ROWS = ("total", "fiscal", "carryover", "other")
# A form's amounts printed with no unit anywhere, all below this, are in 万元: the template's
# unit (项目资金（万元）), lost with the heading cell; a project form for less than 10,000 元 is
# not made.
UNPRINTED_WAN_LIMIT = 10_000
_AMOUNT_FUNDS = ("total", "fiscal", "carryover", "other", "executed")
MAX_ORG_CHARS = 40


@dataclass
class FieldValue:
    label: Token
    values: list[Token] = field(default_factory=list)
    # The first value goes on in the next: a name broken where its column ends.
    wrapped: bool = False

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.values if t.kind is not Kind.EMPTY)


@dataclass
class Head:
    fields: list[FieldValue] = field(default_factory=list)
    name: str | None = None
    department: str | None = None
    unit: str | None = None
    department_code: str | None = None
    unit_code: str | None = None
    project_code: str | None = None
    year: int | None = None
    goal: str | None = None
    goal_actual: str | None = None
    funds: Funds = field(default_factory=Funds)
    extra: dict[str, str] = field(default_factory=dict)
    is_department: bool = False
    unit_from_filer: bool = False
    # The amounts print no unit: read in 万元, the templates' unit (the user is told).
    funds_unit_assumed: bool = False
    total_score: float | None = None
    grade: str | None = None


def _is_stop(token: Token) -> bool:
    return token.kind in (Kind.FIELD, Kind.TITLE, Kind.LEVEL) or (
        token.kind is Kind.COLUMN and token.column not in ("note",)
    )


def _labels_over_values(tokens: list[Token]) -> dict[int, Token]:
    """In a real table, a row of labels with their values in the row below (当年绩效目标 |
    实际完成情况 over two texts): value token id → its label, by the label's columns."""
    rows: dict[tuple, list[Token]] = {}
    for t in tokens:
        if t.kind is not Kind.EMPTY:
            rows.setdefault((t.cell.location.sheet, t.cell.location.page, t.row), []).append(t)
    keys = list(rows)
    out: dict[int, Token] = {}
    for a, b in zip(keys, keys[1:], strict=False):
        labels = [t for t in rows[a] if t.kind is Kind.FIELD]
        if len(labels) < 2 or any(t.kind not in (Kind.FIELD,) and not t.is_label for t in rows[a]):
            continue
        if any(t.kind is Kind.FIELD for t in rows[b]):
            continue  # the row below has its own label (年度资金总额 | amounts): a fund table
        for value in rows[b]:
            if value.is_label:
                continue
            for label in labels:
                if label.cell.covers(value.col):
                    out[id(value)] = label
    return out


def collect_fields(tokens: list[Token], columns_reliable: bool = False) -> list[FieldValue]:
    """Field labels with the tokens that follow each up to the next label (or, in a real
    table, the values printed under a row of labels)."""
    out: list[FieldValue] = []
    current: FieldValue | None = None
    below = _labels_over_values(tokens) if columns_reliable else {}
    by_label: dict[int, FieldValue] = {}
    for tok in tokens:
        if tok.kind is Kind.EMPTY:
            continue
        if id(tok) in below and id(below[id(tok)]) in by_label:
            by_label[id(below[id(tok)])].values.append(tok)
            continue
        if tok.kind is Kind.FIELD or (tok.kind is Kind.COLUMN and tok.field):
            tok.use = tok.use or "structure"
            current = FieldValue(tok)
            by_label[id(tok)] = current
            out.append(current)
            continue
        if _is_stop(tok):
            if tok.kind in (Kind.TITLE, Kind.COLUMN):
                tok.use = tok.use or "structure"
            current = None
            continue
        if current is not None:
            current.values.append(tok)
    _spread_values_over_labels(out)
    return out


# Head fields whose labels a PDF's text may print in a row before their values.
_SPREAD_FIELDS = ("name", "department", "unit", "department_name", "filer")


def _spread_values_over_labels(fields: list[FieldValue]) -> None:
    """`项目名称 主管部门 实施单位 X Y Z` (a head row's text, labels first): the k values after
    the last of k labels with nothing between them are theirs, in order."""
    k = 0
    while k < len(fields):
        run = [fields[k]]
        while k + len(run) < len(fields) and not run[-1].values and \
                fields[k + len(run)].label.field in _SPREAD_FIELDS and \
                run[-1].label.field in _SPREAD_FIELDS:
            run.append(fields[k + len(run)])
        values = [t for t in run[-1].values if t.kind is not Kind.EMPTY]
        if len(run) >= 2 and len(values) == len(run) and all(not fv.values for fv in run[:-1]) \
                and all(t.kind in (Kind.TEXT, Kind.VALUE) for t in values):
            run[-1].values = []
            for fv, t in zip(run, values, strict=True):
                fv.values = [t]
        k += len(run)


def _total_score(number: float, values: list[Token]) -> float:
    """A total above the most a form gives is its 分值 and 得分 run together (`10098.5`)."""
    if number <= MAX_ROW_POINTS:
        return number
    last = next((t.text for t in reversed(values) if _money(t.text) is not None), "")
    pair = split_points(last)
    return float(pair[1]) if pair else number


def _money(text: str) -> float | None:
    # (`8400,` / `8089.2，执行率`: an amount cut out of a sentence keeps the comma after it.)
    t = compact(text).replace("，", ",")
    t = _AFTER_AMOUNT.sub("", t)
    t = re.sub(r"(万元|元|%|\(%\))$", "", t)
    if not _MONEY.match(t):
        return None
    return float(t.replace(",", ""))


def in_yuan(value: float, unit_word: str | None) -> float:
    """An amount in 元: a form that prints 万元 is converted."""
    return round(value * 10000, 2) if unit_word == "万元" else value


def _amount(text: str) -> float | None:
    """An amount (a percentage is none: 96.3% is a rate beside it)."""
    return None if compact(text).endswith("%") else _money(text)


def amount_unit(tokens: list[Token]) -> str | None:
    """`元` or `万元` when a label or note declares the amount unit (`单位：万元`)."""
    for t in tokens:
        text = compact(t.text)
        m = re.search(r"单位[:：]?(万元|元)", text) or re.search(r"[(（](万元|元)(?:[)）]|$)", text)
        if m is None and re.search(r"[(（]万$", text):
            return "万元"  # `（万` / `元）`: the note wrapped inside its unit
        if m:
            return m.group(1)
        if t.kind is Kind.FIELD and "万元" in text:
            return "万元"
    return None


_UNIT_NOTE = re.compile(r"(?:金额|资金)?单位[:：]\s*(?:万元|元)$")


def clean_org(text: str) -> tuple[str | None, str | None]:
    """(organisation name, code) from a value cell: `[105]教育部`, `368227天津市医学考试中心`."""
    t = _UNIT_NOTE.sub("", _SEAL.sub("", compact(text))).strip("：:")
    if not t:
        return None, None
    found = org_name(t)
    if found:
        # `216-赣州市公安局`: the separator after a code is no part of the name.
        return found[0].lstrip("-－—_:：·") or found[0], found[1]
    if _SENTENCE.search(t) or len(t) > MAX_ORG_CHARS or not has_cjk(t):
        return None, None
    return t, None


_ORG_FIELDS = ("department", "unit", "department_name", "filer")
# Longest end of an organisation's name wrapped onto a line of its own (`旅游局`).
MAX_ORG_TAIL = 8
# How far (in characters) the wrapped end of a laid-out name may start from the name.
ORG_TAIL_ALIGN = 2.0


def _join_wrapped_orgs(fields: list[FieldValue], tokens: list[Token]) -> None:
    """`主管部门 XX文化广播电视和 实施单位 YY` / `旅游局`: the lone end on the next line
    finishes the name that is no organisation without it, wherever the stream put it."""
    by_line: dict[int, list[Token]] = {}
    for t in tokens:
        if t.kind is not Kind.EMPTY and t.cell.location.line is not None:
            by_line.setdefault(t.cell.location.line, []).append(t)
    # (A name that is an organisation already, 上海市长宁区商务委, still goes on when its line
    # fills its column: `员会`.)
    full = full_lines([t for t in tokens if t.cell.x0 is None])
    for fv in fields:
        values = [t for t in fv.values if t.kind is not Kind.EMPTY]
        if fv.label.field not in _ORG_FIELDS or not values:
            continue
        first = values[0]
        line = first.cell.location.line
        at_edge = id(first) in full
        if line is None or (org_name(first.text) is not None and not at_edge):
            continue
        # A narrow column wraps a long name over several lines (`林芝市生态环` / `境保护服务中`
        # / `心`): the pieces under it, line by line, until the name is an organisation's.
        tails: list[Token] = []
        text = first.text
        for step in range(1, MAX_ORG_LINES + 1):
            tail = _org_piece_below(by_line.get(line + step, []), first)
            if tail is None or len(tail.text) > MAX_ORG_TAIL or \
                    (at_edge and step == 1 and org_name(tail.text) is not None):
                break
            tails.append(tail)
            text += tail.text
            if org_name(text) is not None:
                break
        if not tails or org_name(text) is None:
            continue
        fv.wrapped = at_edge
        for k, tail in enumerate(tails, start=1):
            for other in fields:
                if tail in other.values:
                    other.values.remove(tail)
            fv.values.insert(fv.values.index(first) + k, tail)


# Most lines a header name wraps onto below its own.
MAX_ORG_LINES = 3
# Longest end of a project's name wrapped under it in laid-out text (`资金`, `补助项目`).
MAX_NAME_TAIL = 8


def _join_wrapped_name(fields: list[FieldValue], tokens: list[Token]) -> None:
    """`项目名称 XX救助管理专项    主管部门 YY` / `资金` under the name: laid-out text wraps the
    name in its column; a line holding no label, whose one piece starts under the name, ends it."""
    by_line: dict[int, list[Token]] = {}
    for t in tokens:
        if t.kind is not Kind.EMPTY and t.cell.location.line is not None:
            by_line.setdefault(t.cell.location.line, []).append(t)
    for fv in fields:
        values = [t for t in fv.values if t.kind is not Kind.EMPTY]
        if fv.label.field != "name" or len(values) != 1 or values[0].cell.x0 is None:
            continue
        first = values[0]
        line = first.cell.location.line
        for step in range(1, MAX_ORG_LINES + 1):
            below = by_line.get(line + step, []) if line is not None else []
            if not below or any(t.is_label for t in below):
                break
            tail = _org_piece_below(below, first)
            if tail is None or len(tail.text) > MAX_NAME_TAIL or _SENTENCE.search(tail.text):
                break
            # (The stream may have given it to the field before it on the line above; a field
            # whose own value starts above it keeps it.)
            owner = next((o for o in fields if tail in o.values), None)
            if owner is not None and _aligned_above(owner, tail):
                break
            if owner is not None:
                owner.values.remove(tail)
            fv.values.append(tail)


def _aligned_above(fv: FieldValue, tail: Token) -> bool:
    head = next((t for t in fv.values if t.kind is not Kind.EMPTY and t is not tail), None)
    return head is not None and head.cell.x0 is not None and tail.cell.x0 is not None and \
        abs(head.cell.x0 - tail.cell.x0) <= ORG_TAIL_ALIGN


def _org_piece_below(below: list[Token], first: Token) -> Token | None:
    if first.cell.x0 is not None and len(below) > 1:
        # Laid-out text wraps each name in its own column: the piece starting under it.
        below = [t for t in below if t.cell.x0 is not None
                 and abs(t.cell.x0 - first.cell.x0) <= ORG_TAIL_ALIGN]
    if len(below) != 1 or below[0].kind not in (Kind.TEXT, Kind.VALUE):
        return None
    return below[0]


_BRACKETED = re.compile(r"^[(（].*[)）]$")


def _note_only(fv: FieldValue) -> bool:
    """`全年预算数（A）` / `（上年结转+年初预算+…）`: a column label's note, no value."""
    values = [t for t in fv.values if t.kind is not Kind.EMPTY]
    return bool(values) and all(_BRACKETED.match(compact(t.text)) and _money(t.text) is None
                                for t in values)


def read_head(tokens: list[Token], columns_reliable: bool, default_unit: str | None = None) -> Head:
    """The head fields of a form; `default_unit` is the document's amount unit if it says one."""
    head = Head()
    fields = collect_fields(tokens, columns_reliable)
    _join_wrapped_orgs(fields, tokens)
    _join_wrapped_name(fields, tokens)
    head.fields = fields
    unit_word = amount_unit(tokens) or default_unit or (
        "万元" if any("万元" in t.text for t in tokens if t.kind is not Kind.EMPTY) else None)
    header: list[FieldValue] = []  # 年初预算数 | 全年预算数 | 全年执行数 … printed as a header row
    amounts: dict[str, list[tuple[Token, float | None]]] = {}
    run: list[FieldValue] = []
    midterm_first = False
    for fv in fields:
        f = fv.label.field
        for t in fv.values:
            t.use = t.use or f"field:{f}"
        if f == "funds_block" and not fv.values and run:
            continue  # 全年预算数 | 项目预算执行情况 | 全年执行数: the block's label among its columns
        if f in FUND_COLUMNS and (not fv.values or _note_only(fv)):
            seen = [k for k, r in enumerate(run) if r.label.field == f]
            if seen:
                # 年度预算（万元） | 年初预算数 | 全年预算数 …: the first is the block's label.
                run = run[seen[-1] + 1:]
            run.append(fv)
            continue
        if f in FUND_COLUMNS and run and not header:
            # The last label of the header row takes the row's amounts when they sit below.
            run.append(fv)
        if len(run) >= 2 and not header:
            header = list(run)
        run = []
        if f == "midterm_total":
            if fv.text:
                head.extra[compact(fv.label.text).rstrip(":：")] = fv.text
            # The year's amounts come after the period's: later rows of a kind are the year's.
            midterm_first = midterm_first or "total" not in amounts
            continue
        if f in FUND_ROWS and midterm_first and f in amounts:
            found = [(t, None if _DASH.match(t.text) else _money(t.text)) for t in fv.values
                     if _DASH.match(t.text) or _money(t.text) is not None]
            if found:
                amounts[f] = found
                continue
        if f in FUND_ROWS or f in FUND_COLUMNS or f == "funds_block":
            # (Under a header row of columns, a row's amounts include its rate: 执行率 | 96.3%.)
            money = _amount if f in FUND_ROWS + ("executed",) and not header else _money
            found = [(t, None if _DASH.match(t.text) else money(t.text)) for t in fv.values
                     if _DASH.match(t.text) or money(t.text) is not None]
            if found:
                key = f if f in FUND_ROWS else ("total" if f in ("funds_block", "budget_start")
                                                else f)
                if header and f in FUND_COLUMNS and f not in FUND_ROWS:
                    key = "__below__"
                amounts.setdefault(key, found)
            continue
        _apply_field(head, f, fv.label.text, fv, fv.text)
    if len(run) >= 2 and not header:
        header = run
    _funds_under_labels(head.funds, tokens, columns_reliable, unit_word)
    if not columns_reliable:
        _funds_after_labels(head.funds, tokens, unit_word)
    _apply_funds(head, amounts, header, columns_reliable, unit_word)
    _inline_amounts(head.funds, tokens, fields, unit_word)
    if unit_word is None and not any("元" in t.text for t in tokens if t.kind is not Kind.EMPTY):
        head.funds_unit_assumed = _unprinted_unit(head.funds)
    _whole_from_parts(head.funds)
    return head


def _unprinted_unit(funds: Funds) -> bool:
    """Amounts of a form that prints no unit at all (年度资金总额 95.6): read in 万元 when every
    one is below UNPRINTED_WAN_LIMIT. Whether they were."""
    values = [getattr(funds, f) for f in _AMOUNT_FUNDS if getattr(funds, f) is not None]
    if not values or max(values) >= UNPRINTED_WAN_LIMIT:
        return False
    for f in _AMOUNT_FUNDS:
        if getattr(funds, f) is not None:
            setattr(funds, f, in_yuan(getattr(funds, f), "万元"))
    return True


_GRID_FUNDS = ("total", "fiscal", "carryover", "other", "executed", "budget_start",
               "execution_rate")


# A budget block's column words that are no fund of the form (基本支出, 项目支出 …).
_BUDGET_WORD = re.compile(r"(?:支出|收入|资金|拨款|结转|总额|预算)$")
_NOTE_END = re.compile(r"[(（][^()（）]*[)）]$")
_UNIT_NOTE = re.compile(r"^(?:[(（](?:单位[:：])?(?:万元|元)[)）]|(?:金额)?单位[:：]?(?:万元|元))$")
MIN_LABEL_RUN = 3
_STREAM_FUNDS = ("total", "fiscal", "carryover", "other")
_FUND_COLUMN_FIELDS = ("budget_start", "budget_year", "executed", "execution_rate")
# How far a total may lie from the sum of its parts (rounding in the printed amounts).
TOTAL_SHARE = 0.005


def _funds_after_labels(funds: Funds, tokens: list[Token], unit_word: str | None) -> None:
    """A budget table's header row and its amounts, one cell per line (`资金总额 | 财政拨款 |
    其他资金 | 基本支出 | 项目支出 | 15630 | 15200 | 430 | …`): the k-th amount is the k-th
    label's."""
    # (A unit note among the labels, （万元）, says how the amounts are counted: no label.)
    items = [t for t in tokens if t.kind is not Kind.EMPTY and not _UNIT_NOTE.match(compact(t.text))]
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and (items[j].kind is Kind.FIELD and items[j].field in _GRID_FUNDS
                                  or _BUDGET_WORD.search(_NOTE_END.sub("", compact(items[j].text)))
                                  and _money(items[j].text) is None):
            j += 1
        m = j
        while m < len(items) and m - j < j - k and _money(items[m].text) is not None:
            m += 1
        amounts = [_money(t.text) or 0.0 for t in items[j:m]]
        # (A self-evaluation's 年初预算数 | 全年预算数 | 全年执行数 columns head rows of funds,
        # which the block reader pairs: not this.)
        columns = any(t.field in _FUND_COLUMN_FIELDS for t in items[k:j])
        if len(amounts) >= MIN_LABEL_RUN and not columns:
            # The labels may hold one more than the amounts (the block's title before its
            # header row, 年度预算（万元）, or its row label after it, 部门预算): the pairing whose
            # total is the sum of its parts is the one.
            n = len(amounts)
            fields = [t.field if t.kind is Kind.FIELD else None for t in items[k:j]]
            for cut in dict.fromkeys((tuple(fields[-n:]), tuple(fields[:n]))):
                found = {f: v for f, v in zip(cut, amounts, strict=True) if f in _STREAM_FUNDS}
                parts = sum(v for f, v in found.items() if f != "total")
                if "total" in found and len(found) >= 2 and \
                        abs(found["total"] - parts) <= TOTAL_SHARE * found["total"]:
                    for f, v in found.items():
                        if getattr(funds, f) is None:
                            setattr(funds, f, in_yuan(v, unit_word))
                    return
        k = max(j, k + 1)


def _funds_under_labels(funds: Funds, tokens: list[Token], columns_reliable: bool,
                        unit_word: str | None) -> None:
    """A budget block printed as a small table: rows of labels (`预算总额 | 收入 | | 支出`
    over `| 财政拨款 | 其他资金 | 基本支出 | 项目支出`), then a row of amounts; each amount
    takes the label standing over its column, nearest first. Only where a cell's index in its
    row is its column (a spreadsheet, or text rows of one width)."""
    rows: dict[int, list[Token]] = {}
    for t in tokens:
        rows.setdefault(t.row, []).append(t)
    # (Empty cells count: a text row that keeps them all is as wide as its neighbours.)
    widths = {r: max(t.col for t in ts) for r, ts in rows.items()}
    order = sorted(rows)
    for k, r in enumerate(order):
        amounts = [t for t in rows[r] if t.kind is not Kind.EMPTY]
        if len(amounts) < 2 or not all(_money(t.text) is not None or t.text.endswith("%")
                                       and _money(t.text[:-1]) is not None for t in amounts):
            continue
        above = [q for q in order[max(k - 2, 0):k] if q >= r - 2]
        if not above or not (columns_reliable or all(widths[q] == widths[r] for q in above)):
            continue
        found: dict[str, float] = {}
        for t in amounts:
            label = None
            for q in reversed(above):
                over = [u for u in rows[q] if u.kind is Kind.FIELD and u.cell.covers(t.col)]
                if over:
                    label = over[0]
                    break
                if any(u.kind is not Kind.EMPTY and u.col == t.col for u in rows[q]):
                    break  # something else stands over it: no label of this block
            if label is None or label.field not in _GRID_FUNDS:
                continue
            f = "total" if label.field == "budget_start" and "total" not in found else label.field
            if f in found:
                continue
            value = _money(t.text.rstrip("%")) or 0.0
            found[f] = value if f == "execution_rate" else in_yuan(value, unit_word)
        if len(found) < 2:
            continue
        for f, v in found.items():
            if getattr(funds, f) is None:
                setattr(funds, f, v)
        return


_INLINE_FIELDS = ("total", "fiscal", "carryover", "other", "executed", "budget_start",
                  "funds_block")
_INLINE_LABELS = {v: f for f in _INLINE_FIELDS for v in FIELD_LABELS[f] if len(v) >= 2}
# `项目总投资：2,080万元`, `预算数680.00万元，执行数602.50万元，执行率88.60%`: amounts written
# into a sentence after their labels; without a unit of their own, in the form's unit. (In text
# run together the breakdown's 其中 may follow the amount directly.)
_INLINE_AMOUNT = re.compile(
    r"(?:^|(?<=[:：,，;；、(（。]))(" + "|".join(sorted(map(re.escape, _INLINE_LABELS), key=len, reverse=True))
    + r")(?:[(（](?:万元|元)[)）])?(?:为|是)?[:：]?(\d[\d,]*(?:\.\d+)?)(万元|元|(?=[,，;；。)）]|其中|$))")
_INLINE_RATE = re.compile(r"(?:^|(?<=[:：,，;；、(（]))(?:预算)?执行率(?:为)?[:：]?(\d+(?:\.\d+)?)%")
# (A bracket after a bare amount opens its breakdown: `1250.00（其中：本级财力安排1250.00）`.)
_LEADING_AMOUNT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(万元|元|(?=[(（]))")


def _inline_amounts(funds: Funds, tokens: list[Token], fields: list[FieldValue],
                    unit_word: str | None) -> None:
    """Amounts a text states after their labels, for the fields no label cell gave: in the
    label's own cell, or leading a value that goes on in words (`2,080万元（其中…）`)."""
    def put(f: str, number: str, unit: str) -> None:
        f = "total" if f in ("budget_start", "funds_block") else f
        value = in_yuan(float(number.replace(",", "")), unit or unit_word)
        if getattr(funds, f) is None:
            setattr(funds, f, round(value, 2))

    for fv in fields:
        m = _LEADING_AMOUNT.match(compact(fv.text)) if fv.label.field in _INLINE_FIELDS else None
        if m:
            put(fv.label.field, m.group(1), m.group(2))
    for t in tokens:
        if t.kind is Kind.EMPTY or not any(ch.isdigit() for ch in t.text):
            continue
        text = compact(t.text)
        found = list(_INLINE_AMOUNT.finditer(text))
        for m in found:
            put(_INLINE_LABELS[m.group(1)], m.group(2), m.group(3))
        # A rate stated among the amounts is the budget's (an indicator's 执行率 stands alone).
        rate = _INLINE_RATE.search(text) if found else None
        if rate and funds.execution_rate is None:
            funds.execution_rate = float(rate.group(1))


# How far (relative) the sources may exceed the total before the total is taken as misread.
PARTS_SLACK = 0.005


def _whole_from_parts(funds: Funds) -> None:
    """A total below the sum of its sources was read from the wrong cell (a department form's
    部门预算支出 heads its breakdown, so the first amount after it is 基本支出): the sources are
    printed as such, their sum is the total."""
    parts = [v for v in (funds.fiscal, funds.carryover, funds.other) if v is not None]
    if funds.total is not None and parts and sum(parts) > funds.total * (1 + PARTS_SLACK):
        funds.total = round(sum(parts), 2)


# A project code printed before the name: 「63000023R000000041207-林业…」.
_CODE_PREFIX = re.compile(r"^([0-9A-Z]{8,}[0-9A-Z-]*?)\s*[-－—_:：]\s*(?=[^\x00-\x7f])")


def _first_cell(fv: FieldValue) -> str:
    """The value's first cell (an organisation name does not run on into the next cell,
    unless a line break cut it: `上海市松江区卫生` / `健康委员会`)."""
    values = [t for t in fv.values if t.kind is not Kind.EMPTY]
    if not values:
        return ""
    first = values[0].cell
    text = "".join(t.text for t in values if t.cell is first)
    rest = [t for t in values if t.cell is not first]
    if rest and (org_name(text) is None or fv.wrapped):
        # (Wrapped over several lines, the name is an organisation's only when whole.)
        for k in range(1, min(len(rest), MAX_ORG_LINES) + 1):
            whole = text + "".join(t.text for t in rest[:k])
            if org_name(whole) is not None:
                return whole
    return text


def _apply_field(head: Head, f: str | None, printed: str, fv: FieldValue, text: str) -> None:
    if not text:
        return
    if f == "name" and head.name is None:
        name = text.strip("：: ")
        m = _CODE_PREFIX.match(name)
        if m:
            head.project_code = head.project_code or m.group(1)
            name = name[m.end():]
        y = _YEAR_NOTE.search(name)
        if y and y.start() > 0:
            # 「城市公共交通运营补贴（2024年度）」: the year is the form's, not the project's name.
            head.year = head.year or int(y.group(1))
            name = name[: y.start()]
        head.name = name
    elif f == "department_name" and head.department is None:
        name, code = clean_org(_first_cell(fv))
        head.department, head.is_department = name, True
        head.department_code = head.department_code or code
    elif f == "department" and head.department is None:
        name, code = clean_org(_first_cell(fv))
        head.department = name
        head.department_code = head.department_code or code
    elif f == "unit" and (head.unit is None or head.unit_from_filer):
        name, code = clean_org(_first_cell(fv))
        head.unit, head.unit_from_filer = name, False
        head.unit_code = head.unit_code or code
    elif f == "filer" and head.unit is None:
        name, code = clean_org(_first_cell(fv))
        head.unit, head.unit_from_filer = name, True
    elif f == "code":
        code = compact(text)
        if "信用代码" in printed or "单位" in printed:
            head.unit_code = head.unit_code or code
        elif "部门" in printed:
            head.department_code = head.department_code or code
        else:
            head.project_code = head.project_code or code
    elif f == "year" and head.year is None:
        m = _YEAR_ANY.search(text)
        if m:
            head.year = int(m.group(1))
    elif f == "goal":
        texts = [t.text for t in fv.values if t.kind is not Kind.EMPTY]
        if head.goal is None:
            head.goal = "".join(texts) if len(texts) <= 1 else texts[0]
            if len(texts) > 1 and head.goal_actual is None and len(texts[1]) > 10:
                head.goal_actual = "".join(texts[1:])
            elif len(texts) > 1:
                head.goal = "".join(texts)
    elif f == "goal_actual" and head.goal_actual is None:
        head.goal_actual = text
    elif f == "total_score":
        numbers = [_money(t.text) for t in fv.values if _money(t.text) is not None]
        if numbers:
            head.total_score = _total_score(numbers[-1], fv.values)
    elif f == "grade" and head.grade is None:
        m = re.search(GRADES, text)
        head.grade = m.group(0) if m else text
    else:
        key = compact(printed).strip("：:")
        if key in head.extra:
            head.extra[key] += "；" + text
        else:
            head.extra[key] = text


def _apply_funds(head: Head, amounts: dict[str, list[tuple[Token, float | None]]],
                 header: list[FieldValue], columns_reliable: bool, unit_word: str | None) -> None:
    def scale(v: float | None) -> float | None:
        return None if v is None else in_yuan(v, unit_word)

    funds = head.funds
    if not header:
        for row, found in amounts.items():
            values = [v for _, v in found if v is not None]
            if not values or row == "__below__":
                continue
            target = {"budget_start": "total", "fund_weight": None, "fund_score": None}.get(row, row)
            if target == "execution_rate":
                funds.execution_rate = funds.execution_rate if funds.execution_rate is not None \
                    else values[0]
            elif target in ("total", "fiscal", "carryover", "other", "executed") and \
                    getattr(funds, target) is None:
                setattr(funds, target, scale(values[0]))
        return
    cols = [fv.label.field for fv in header]

    def column(token: Token, k: int) -> str | None:
        if columns_reliable:
            for fv in header:
                if fv.label.cell.covers(token.col):
                    return fv.label.field
            return None
        return cols[k] if k < len(cols) else None

    for row, found in amounts.items():
        by_col: dict[str, float | None] = {}
        for k, (tok, value) in enumerate(found):
            col = column(tok, k)
            if col and col not in by_col:
                by_col[col] = value
        # (A dash under 全年预算数 says nothing: the amount is the other budget column's.)
        budget = by_col.get("total")
        budget = budget if budget is not None else by_col.get("budget_start")
        target = "total" if row == "__below__" else row
        if target in FUND_ROWS and getattr(funds, target) is None:
            setattr(funds, target, scale(budget))
        if target == "total":
            if funds.executed is None and by_col.get("executed") is not None:
                funds.executed = scale(by_col["executed"])
            if funds.execution_rate is None and by_col.get("execution_rate") is not None:
                funds.execution_rate = by_col["execution_rate"]


_GRADE_CELL = re.compile(rf"(?:(?:自评|评价|绩效)?等级)?[:：为是]?[“\"「『]?({GRADES})[”\"」』]?[。.]?")
_GRADE_STATED = re.compile(rf"等级(?:为|是|[:：])[“\"「『]?({GRADES})")


def read_tail(head: Head, tokens: list[Token], scored: bool = True) -> None:
    """What follows the indicator rows: 总分 / 合计 (the score total), 评价等级, notes.

    `scored`: the table has a score column; without one a 合计 row sums the weights.
    """
    for fv in collect_fields(tokens):
        f = fv.label.field
        for t in fv.values:
            t.use = t.use or f"field:{f}"
        numbers = [v for t in fv.values if (v := _money(t.text)) is not None]
        if f == "total_score" or re.fullmatch(r"合计|总计|总分", compact(fv.label.text)):
            if numbers and head.total_score is None and scored:
                head.total_score = _total_score(numbers[-1], fv.values)
            # (A grade is a cell of its own, 优 / 自评等级：良, never a 中 inside a sentence.)
            grade = next((m.group(1) for t in fv.values
                          if (m := _GRADE_CELL.fullmatch(compact(t.text)))), None)
            if grade and head.grade is None:
                head.grade = grade
            continue
        _apply_field(head, f, fv.label.text, fv, fv.text)
        conclusion = _GRADE_CELL.fullmatch(compact(fv.text)) if f == "explanation" else None
        if conclusion and head.grade is None:
            head.grade = conclusion.group(1)  # 自评结论：优 — a conclusion that is a grade


def stated_grade(tokens: list[Token]) -> str | None:
    """A grade a conclusion states in its sentence (「…评价等级为“优”。」), above or below the
    table."""
    stated = next((m for t in tokens if (m := _GRADE_STATED.search(compact(t.text)))), None)
    return stated.group(1) if stated else None


def year_of(texts: list[str]) -> int | None:
    """The first `20xx年` of the texts, also across them (`（` / `2024` / `年度）`: a title
    printed one word per line)."""
    for t in texts:
        m = _YEAR.search(compact(t))
        if m:
            return int(m.group(1))
    m = _YEAR.search(compact("".join(texts)))
    return int(m.group(1)) if m else None
