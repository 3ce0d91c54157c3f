"""Cells → tokens: what each printed piece is (a label, a value, a level, text).

A cell that holds several things run together (`数量指标培训人次≥500人次质量指标…`,
`项目名称XX主管部门YY`) is cut at the form's own vocabulary — labels as anchors, target values
such as `≥95%`, `3人`, `12月底前` as cell ends — into several tokens of the same cell.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from jixiao.kg.reader.glued import (
    ACTUAL_RATIO,
    MAX_POINTS,
    MAX_ROW_POINTS,
    POINTS_NUMBER,
    cut_glued_funds,
    places,
    points_actual_score,
    points_then_actual,
    repeated_amounts,
    split_points,
)
from jixiao.kg.reader.glued import (
    NUMBER as _NUMBER,
)
from jixiao.kg.reader.grid import Cell, Grid
from jixiao.kg.reader.sources.text import (
    CELL_PER_LINE,
    SPACE_COLUMNS,
    TOKEN_PER_LINE,
    display_width,
)
from jixiao.kg.targets import looks_like_target, parse_target
from jixiao.text import CJK, clean_cell, compact
from jixiao.vocab import (
    CATEGORY_TREE,
    COLUMN_LABELS,
    MAX_LABEL_KEY,
    NATURE_WORDS,
    OTHER_LEVEL2,
    SHORT_CATEGORY_LABELS,
    FormKind,
    LabelMatch,
    anchor_pattern,
    canonical_level1,
    column_label,
    field_label,
    form_title,
    is_level_label,
    is_outline_heading,
    label_key,
    label_prefix,
    label_remnant,
    match_level1,
    match_level2,
    other_level1,
    other_level2,
    parent_level1,
    starts_field_label,
)


class Kind(Enum):
    TITLE = "title"  # a form title
    FIELD = "field"  # a header field label (项目名称, 主管部门 …)
    COLUMN = "column"  # an indicator-table column header (三级指标, 指标值 …)
    LEVEL = "level"  # an indicator category label (产出指标, 数量 …)
    NUMBER = "number"
    VALUE = "value"  # looks like a target or actual value (≥95%, 12月底前, 优)
    TEXT = "text"
    EMPTY = "empty"


@dataclass
class Token:
    text: str  # cleaned (width folded, stray spaces removed)
    cell: Cell
    kind: Kind
    field: str | None = None  # FIELD: which field; also set on COLUMN tokens that name one
    column: str | None = None  # COLUMN: which column; also set on FIELD tokens that name one
    form: FormKind | None = None  # TITLE
    level1: LabelMatch | None = None
    level2: LabelMatch | None = None
    # Where the token went: "structure", "field:name", "row:12:target"… (None: not understood).
    use: str | None = None
    # Cells a token was joined from beyond its own (a label wrapped over two lines).
    more_cells: list[Cell] = dataclasses.field(default_factory=list)
    index: int = 0  # position in the document's token list
    sub: int = 0  # position within its cell when the cell was cut into several tokens
    pieces: int = 1
    # A token the table reader cut out of this one (a weight and score glued together): its use
    # is the whole's.
    part_of: Token | None = None
    # Its cell is printed whole (Grid.cells_whole): no part of a cell wrapped over lines.
    whole_cell: bool = False

    @property
    def row(self) -> int:
        return self.cell.row

    @property
    def col(self) -> int:
        return self.cell.col

    @property
    def is_label(self) -> bool:
        return self.kind in (Kind.TITLE, Kind.FIELD, Kind.COLUMN, Kind.LEVEL)

    @property
    def is_level(self) -> bool:
        return self.kind is Kind.LEVEL


# Characters a number's unit or measure word starts with (a number before them is a value).
_UNIT_START = re.compile(r"^(?:型|号|级|类|期|届|年|月|日|项|个|条)")
_OPS = r"(?:≥|≤|>=|<=|>|<|=|不低于|不少于|不小于|不高于|不超过|不大于|大于等于|小于等于|大于|小于|低于|高于|达到|约|≈)"
# Units a target value ends with, longest first, so that a run-together value stops there.
_UNITS = sorted(
    ("%", "‰", "(%)", "万元", "亿元", "千元", "元", "人次", "万人次", "万人", "人", "次", "个", "家",
     "项", "件", "天", "日", "小时", "个月", "月", "年", "公里", "km", "平方米", "㎡", "m²", "亩",
     "吨", "辆", "所", "户", "台", "套", "篇", "场", "册", "份", "名", "张", "条", "处", "床",
     "课时", "学时", "期", "批", "批次", "本", "株", "头", "头次", "羽", "羽次", "只", "单位", "立方米", "公顷", "座", "栋", "间", "班",
     "门", "种", "类", "分", "分钟", "秒", "个工作日", "工作日", "元/人", "元/人·月", "元/人/月",
     "元/月", "元/年", "户次", "车次", "架次", "人/次", "册次", "场次", "期次", "万册", "GB", "TB",
     "M", "兆", "米", "千米", "公斤", "千克", "kg", "万亩", "万吨", "个百分点", "百分点", "倍",
     "周", "轮", "号", "位", "点", "支", "幅", "部", "片", "块", "组", "队", "级", "星", "个等级",
     "等级", "个百分点", "家次", "篇次", "件次", "项次", "份次", "人日", "人天", "起", "例", "宗",
     "卷", "页", "盏", "棵", "平方公里", "万平方米"),
    key=len, reverse=True,
)
# (Also a rate per 10 000 people, `≤180/10万`, printed without a unit before the slash.)
_UNIT_RE = "(?:(?:万|亿|千)?(?:" + "|".join(re.escape(u) for u in _UNITS) + \
    r")(?:/(?:平方米|立方米|公斤|千克|\d*万|[百千万]?(?:小时|公里|人次|[\u4e00-\u9fff]))(?:·[\u4e00-\u9fff])?)?|/\d*万)"
_NUM = r"\d[\d,]*(?:\.\d+)?"
# A comparison that a percentage target starts with (`同比下降10%`): part of the value.
_TREND_BEFORE = r"(?:(?:同比|较上年|比上年)(?:下降|降低|减少|增长|增加|提高|提升))"
# A value inside run-together text: an operator and a number (with a unit), a number with %,
# or a deadline. Numbers without an operator or a unit are left alone (they may be in a name).
_VALUE_IN_TEXT = re.compile(
    rf"(?:{_OPS}\s*)?\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日|(?!\d))(?:底|末)?(?:前|之前|以前)?"
    rf"|{_OPS}\s*{_NUM}\s*(?:{_UNIT_RE})?(?:以上|以下|以内|左右)?"
    rf"|{_TREND_BEFORE}?{_NUM}\s*(?:%|‰|\(%\))(?:以上|以下|以内|左右)?"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底)?(?:前|之前|以前)"
    r"|(?:\d{1,2}月[、和及])*\d{1,2}月(?:底|\d{1,2}日)?(?:前|之前|以前)"
    # Recurring deadlines: 每月10日前, 次月5日前, 每季度末前, 每年底前.
    r"|(?:每月|每周|次月)\d{1,2}日(?:前|之前|以前)|每(?:季度|半年|年)(?:末|底)(?:前|之前|以前)"
    # A frequency (12次/年) and a water-quality class (Ⅲ类及以上).
    r"|(?<![\d.])\d+(?:次|个|场|期|人次)/(?:年|月|季度|周|日)"
    r"|(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|IV|I|V)类(?:及以上|以上|及以下|以下)?"
)
_YEAR_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])年度(?=(?:19|20)\d{2}年?(?!\d))")
_VALUE_TWICE = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<v>\d+(?:\.\d+)?(?:{_UNIT_RE}))(?P=v)")
# A self-evaluation's bare target and actual in the same unit, then the row's points
# (`…改造户数3200户3050户2018…`).
_TARGET_ACTUAL = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<t>\d+(?:\.\d+)?(?P<u>{_UNIT_RE}))"
                            rf"(?P<a>\d+(?:\.\d+)?(?P=u))(?=\d)")
# Distinct texts whose reading is remembered (labels and values repeat across forms).
CLASSIFY_CACHE = 200_000
# Anchors that make a long text with sentences in it a form run together, not a sentence.
MIN_RUN_ANCHORS = 4
# Cells longer than this are checked for several things run together.
RUN_TOGETHER_MIN = 6


_ANCHORS = anchor_pattern()
# A form title run together with what follows it: 「2024年XX项目绩效目标表项目名称…」.
_TITLE_IN_TEXT = re.compile(
    r"[^\s，。；：:]{0,40}?(?:部门整体支出|整体支出|项目支出|部门|项目)?"
    r"绩效(?:目标(?:申报|申请)?|自评|评价|目标自评)表(?:[(（]\d{4}年度?[)）])?"
)
_SEP_AFTER_LABEL = re.compile(r"^[:：]\s*")
# A field label followed by a colon inside a cell: a second field written into the same cell.
_LABEL_COLON = re.compile(r"(?:主管部门|实施单位|项目单位|预算单位|主管预算部门|项目名称|部门名称)[:：]")
_TABLE_RUN = re.compile(r"^(?:项目名称|项目单位|主管部门|实施单位|部门名称)")
_TOTAL_BEFORE_NUMBER = re.compile(r"(?:总分|合计|总计)(?=[:：]?\d)")
_OTHER_CATEGORY = re.compile(rf"^[{CJK}]{{2,6}}类指标$")
# An outline number before a label or a name (一、 / （二） / 3.).
OUTLINE_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*")
_LABEL_NOTE = re.compile(r"[(（][^()（）]{1,14}[)）]$")
_POINTS = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
_TITLE_HINT = re.compile(r"绩效|自评|申报表|目标表|评价表")


@dataclass(frozen=True)
class _Reading:
    """What a text is, without the cell it is in (cached: forms repeat their labels)."""

    text: str
    kind: Kind
    field: str | None = None
    column: str | None = None
    form: FormKind | None = None
    level1: LabelMatch | None = None
    level2: LabelMatch | None = None


def classify(text: str, cell: Cell) -> Token:
    """What one piece of text is, out of context."""
    r = _read_text(text)
    return Token(r.text, cell, r.kind, field=r.field, column=r.column, form=r.form,
                 level1=r.level1, level2=r.level2)


@lru_cache(maxsize=CLASSIFY_CACHE)
def _read_text(text: str) -> _Reading:
    t = clean_cell(text)
    if not t:
        return _Reading("", Kind.EMPTY)
    key = label_key(t)
    if len(key) <= MAX_LABEL_KEY + 8 or len(label_key(re.split(r"[(（\n]", t, maxsplit=1)[0])) \
            <= MAX_LABEL_KEY:
        fieldname = field_label(t)
        column = column_label(t)
        if fieldname or column:
            kind = Kind.FIELD if fieldname else Kind.COLUMN
            return _Reading(t, kind, field=fieldname, column=column)
    # 产出指标(50分), 数量指标(或建筑规模指标): a note after a category is not part of it;
    # nor is an outline number before it (一、产出指标, (二)效益指标, 1.满意度指标).
    bare = _POINTS.sub("", t) or t
    for _ in range(2):  # (一、产出指标（权重50%）: the number, then the note, in either order)
        numbered = OUTLINE_NUMBER.sub("", bare)
        if numbered != bare and (match_level1(numbered) or match_level2(numbered)
                                 or other_level1(numbered) or other_level2(numbered)
                                 or _LABEL_NOTE.search(numbered)):
            bare = numbered
        noted = _LABEL_NOTE.sub("", bare)
        if noted != bare and noted.endswith("指标") and (match_level1(noted) or match_level2(noted)):
            bare = noted
    l1 = match_level1(bare)
    l2 = match_level2(bare)
    if l1 or l2:
        return _Reading(t, Kind.LEVEL, level1=l1, level2=l2)
    o1 = other_level1(bare)
    o2 = other_level2(bare)
    if o1 or o2:
        # 项目效益 names both levels in a rubric (项目效益 | 项目效益 | …): what surrounds
        # it decides, as for 满意度指标.
        return _Reading(t, Kind.LEVEL, level1=LabelMatch(o1, t, True) if o1 else None,
                        level2=LabelMatch(o2, bare, True) if o2 else None)
    if _OTHER_CATEGORY.match(bare):
        # 管理类指标, 履职类指标 …: a 一级 the vocabulary does not know, kept as printed.
        return _Reading(t, Kind.LEVEL, level1=LabelMatch(bare, t, True))
    if _TITLE_HINT.search(t):
        kind = form_title(t)
        if kind:
            return _Reading(t, Kind.TITLE, form=kind)
    if _NUMBER.match(t):
        return _Reading(t, Kind.NUMBER)
    if parse_target(t) or looks_like_target(t):
        return _Reading(t, Kind.VALUE)
    return _Reading(t, Kind.TEXT)


# A scoring rule (评价标准: 「达到目标值得满分，未达到按完成比例得分」): it names no value, and it
# ends its row, so text run on after it is the next row's.
# (No 指标 or 情况 inside, and no bare 得分 end: a header run together, 完成情况一级指标…
# 实际完成值分值得分, is no rule.)
_RULE_CLAUSE = (r"(?:达到|未达到|未完成|完成|按|符合|实现)(?:(?!指标(?!值)|情况)[^。；;，,≥≤=<>%\d]){0,30}?"
                r"(?:得满分|不得分|比例得分|酌情得分|酌情扣分|扣分|计分)"
                # (`…按完成比例得分或不得分`: the alternative belongs to the same clause.)
                r"(?:或(?:不得分|扣分|酌情扣分|酌情得分|按比例扣分))?")
_RULE_IN_TEXT = re.compile(rf"{_RULE_CLAUSE}(?:[，,]\s*{_RULE_CLAUSE})*[。；;]?")
MIN_RULE_CHARS = 5


# Words that make a rule's first word part of a longer clause (全部完成得满分, 基本达到…).
_RULE_PREFIX = re.compile(r"(?:全部|部分|基本|均|未|按时|如期)$")


def _starts_rule(text: str, at: int) -> bool:
    """A rule starts a cell: after a value, a weight or a worded value (`持续改善达到得满分`),
    not inside a clause (`全部完成得满分`: 完成 alone after words is no start)."""
    if at == 0 or not has_cjk(text[at - 1]):
        return True
    return text.startswith(("达到", "未达到", "符合"), at) and not _RULE_PREFIX.search(text[:at])


def is_scoring_rule(text: str) -> bool:
    """A whole scoring rule (`达到目标值得满分，未达到按完成比例得分`): the end of its row."""
    t = compact(text)
    return len(t) >= MIN_RULE_CHARS and _RULE_IN_TEXT.fullmatch(t) is not None


# Ends of values that are never followed by their own 项目: organisations and funds.
_ENDS_WITHOUT_XIANGMU = re.compile(r"(?:资金|经费|基金|局|委|办|中心|站|所|院|校|馆|队|会)$")


def _cut_points(text: str) -> list[tuple[int, int]]:
    """Spans of anchors (labels, values) inside run-together text."""
    return list(_cut_points_cached(text))


_OUTLINE_BEFORE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[.．、]|"
                             r"[(（][一二三四五六七八九十\d]{1,3}[)）])$")


def _outline_start(text: str, a: int) -> int:
    """Where a category at `a` starts with the outline number before it (`二、`, `2.`, `（三）`;
    its punctuation may already be in the span)."""
    for end in (a, a + 1):
        if end > len(text):
            break
        number = _OUTLINE_BEFORE.search(text, 0, end)
        if number and (end == a or text[a] in "、.．)）"):
            return number.start()
    return a


@lru_cache(maxsize=CLASSIFY_CACHE)
def _cut_points_cached(text: str) -> tuple[tuple[int, int], ...]:
    # A scoring rule is one cell, whatever labels its words hold (目标值 in 达到目标值得满分).
    spans = [m.span() for m in _RULE_IN_TEXT.finditer(text) if len(m.group(0)) >= MIN_RULE_CHARS
             and _starts_rule(text, m.start())]
    for m in _TITLE_IN_TEXT.finditer(text):
        if m.end() - m.start() >= 6:
            spans.append((m.start(), m.end()))
    for m in _POINTS_IN_TEXT.finditer(text):
        # 项目决策(20分)项目立项(8分)…: a rubric's category and its points end a cell.
        for size in range(MAX_CATEGORY_CHARS, 1, -1):
            a = m.start() - size
            if a >= 0 and _is_category(text[a:m.start()]) and \
                    not any(x < m.end() and a < y for x, y in spans):
                spans.append((_outline_start(text, a), m.end()))
                break
    before: str | None = None  # the field whose value runs up to this anchor
    for m in _ANCHORS.finditer(text):
        a, b = m.start(), m.end()
        if any(x <= a < y or x < b <= y for x, y in spans):
            continue
        if _name_starting_with_label(text, a, b):
            k = _category_before(text, a) if _MEASURE_TAIL.match(text[b:]) else 0
            if k and not any(x < a and a - k < y for x, y in spans):
                spans.append((a - k, a))  # the category before the name: 项目立项 | 立项依据充分性
            continue
        # 「XX项目主管部门」: the 项目 ends the value before; 主管部门 is the label — unless that
        # value is no project's name (a person, an organisation: 「周敏项目实施单位」) or a
        # fund's name, which never ends in 项目 (「XX补助资金项目联系人」).
        # (A name that ends in 项目 already is followed by the label 项目主管部门 whole.)
        if a > 0 and text.startswith("项目", a) and field_label(text[a + 2:b]) and \
                before in (None, "name") and not _ENDS_WITHOUT_XIANGMU.search(text[:a]) \
                and not text[:a].endswith("项目"):
            a += 2
        before = field_label(text[a:b])
        # 二、效益指标 / 2.质量指标 run into the value before: the outline number is the label's.
        start = _outline_start(text, a) if is_level_label(text[a:b]) else a
        if not any(x < a and start < y for x, y in spans):
            a = start
        # 数量指标(或建筑规模指标): the printed note after a category ends it, with it.
        note = _NOTE_AFTER_LABEL.match(text, b) if text[a:b].endswith("指标") else None
        if note:
            b = note.end()
        spans.append((a, b))
    for m in _VALUE_IN_TEXT.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    for m in _VALUE_TWICE.finditer(text):
        # `…监测频次2次/年2次/年1010`: a target met as set, printed twice — values, though
        # neither has an operator.
        half = (m.end() - m.start()) // 2
        for a, b in ((m.start(), m.start() + half), (m.start() + half, m.end())):
            if not any(x < b and a < y for x, y in spans):
                spans.append((a, b))
    for m in _TARGET_ACTUAL.finditer(text):
        for a, b in (m.span("t"), m.span("a")):
            if not any(x < b and a < y for x, y in spans):
                spans.append((a, b))
    for m in _YEAR_LABEL.finditer(text):
        # `…宣传部年度2025年部门预算…`: the head's 年度 label before its year ends the name before.
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    for m in _TOTAL_BEFORE_NUMBER.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    # Short column headers (分值, 得分 …) count only beside another anchor: a header row run
    # together (`三级指标年度指标值实际完成值分值得分`), not a word inside a name.
    # (Beside a column header, not beside a category: 时效指标 | 年度建设任务完成时间 is a name.)
    headers = {(x, y) for x, y in spans if column_label(text[x:y])}
    changed = True
    while changed:
        changed = False
        for m in _SHORT_COLUMNS.finditer(text):
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in spans):
                continue
            if any(y == a or x == b for x, y in headers):
                spans.append((a, b))
                headers.add((a, b))
                changed = True
    _short_labels_after_spans(text, spans)
    return tuple(sorted(spans))


# A name after a short label is at least this many CJK characters long.
MIN_NAME_AFTER_LABEL = 4
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _short_labels_after_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """`…≥15个质量礼堂验收合格率100%时效建设完成时间…`: right after a value or a label, a short
    category label starting a long run of CJK is the category, not the name's first word."""
    ends = sorted({b for _, b in spans})
    while ends:
        b = ends.pop(0)
        if any(a <= b < y for a, y in spans):
            continue
        for label in _ROW_START_LABELS:
            if not text.startswith(label, b):
                continue
            rest = _CJK_RUN.match(text, b + len(label))
            if rest and len(rest.group(0)) >= MIN_NAME_AFTER_LABEL:
                spans.append((b, b + len(label)))
                ends.append(b + len(label))
                ends.sort()
            break


_POINTS_IN_TEXT = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]")
_NOTE_AFTER_LABEL = re.compile(r"[(（]或[^()（）]{1,12}[)）]")
# Longest category label printed before its points.
MAX_CATEGORY_CHARS = 10
# A field label that starts an indicator name (立项依据充分性, 预算执行率): the name goes on
# for at most this many characters, ending as a measure does.
_MEASURE_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:率|度|性)(?![\u4e00-\u9fff])")


# The rest of an indicator name after a label's words inside it, up to the text's end.
_NAME_END = re.compile(r"[\u4e00-\u9fff]{1,6}(?:率|度|性)")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}$")


def _is_category(text: str) -> bool:
    return bool(match_level1(text) or match_level2(text) or other_level1(text)
                or other_level2(text))


def _name_starting_with_label(text: str, a: int, b: int) -> bool:
    """`立项依据充分性`: a label's words at the start of a rubric's indicator name; also inside
    a name that ends the text as a measure ends (`参保缴费财政补助发放准确率`)."""
    if a == 0 or text[a:b].endswith("指标"):
        return False
    if text[a - 1] in ")）" and _MEASURE_TAIL.match(text[b:]):
        return True
    # (`项目立项立项依据充分性33`: right after a category, a label's words that go on as a
    # measure ends are the row's name.)
    if _MEASURE_TAIL.match(text[b:]) and _category_before(text, a):
        return True
    return bool(_CJK_BEFORE.search(text[:a])) and bool(_NAME_END.fullmatch(text[b:]))


def _category_before(text: str, a: int) -> int:
    """How many characters before `a` are a category label (the longest), else 0."""
    return next((k for k in range(min(a, MAX_CATEGORY_CHARS), 1, -1) if _is_category(text[a - k:a])), 0)


def _short_columns() -> list[str]:
    names = set()
    for col, variants in COLUMN_LABELS.items():
        if col in ("level1", "level2", "type"):
            continue
        names.update(v for v in variants if len(v) >= 2)
    return sorted(names, key=len, reverse=True)


_SHORT_COLUMNS = re.compile("|".join(re.escape(a) for a in _short_columns()))
# A worded target is mostly a degree and a change (`有效提升`, `基本健全`, `已建立`) or two
# verbs of the same change (`健全完善`): composed, not listed, so unseen pairs read too.
_DEGREE = r"(?:有效|明显|显著|持续|不断|进一步|逐步|稳步|全面|大幅|基本|普遍|切实|充分|有所|已|均已)"
_CHANGE = (r"(?:提升|提高|增强|改善|完善|加强|支撑|保障|健全|降低|减少|下降|扩大|增长|增加|落实|规范|"
           r"缓解|遏制|发挥|巩固|建立|实现|达到|满足|覆盖|维护|运行)")
_WORDED_PHRASE = (rf"{_DEGREE}{_CHANGE}|(?:健全|完善|规范|巩固|提升)(?:完善|健全|提升|提高|有序)"
                  r"|(?:较上年|比上年|同比)(?:提高|提升|增加|增长|下降|减少|降低)(?![\d.])"
                  # A schedule (按月发放, 按季度拨付) and a state kept (保持稳定).
                  r"|按(?:月|季度|季|年|周|日|期|时|需|计划|规定|标准|要求)(?:发放|拨付|支付|完成|开展|报送|上报|"
                  r"执行|落实|到位|更新|维护)|保持(?:稳定|平稳|良好|畅通|正常)"
                  r"|按(?:(?!按)[\u4e00-\u9fff]){2,8}?(?:完成|执行|发放|拨付|落实)(?![\u4e00-\u9fff]*率)")
# Qualitative targets that end a name run together with them (`大豆种植面积稳中有增`).
_WORDED_TARGETS = (
    r"稳中有增|稳步提升|稳步增长|有所提升|有所提高|明显提升|明显提高|明显改善|显著提升|显著提高|"
    r"逐步提高|逐步提升|逐步完善|持续提升|持续改善|不断提升|进一步提升|进一步完善|按规定执行|"
    r"按规定发放|按规定支付|按时完成|按期完成|按计划完成|及时发放|足额发放|全面完成|全覆盖|"
    r"长期有效|长期稳定|持续发挥|持续有效|规范有序|有效保障|得到保障|得到改善|持续完善|持续健全|"
    r"不断完善|逐步健全|长效稳定|长效运行|稳定运行|不减少|不降低|不下降|有所增加|有所下降|有所减少|"
    r"同比下降|同比增长|同比减少|持续扩大|不断扩大|进一步扩大|进一步提高|进一步改善|逐年提高|逐年增加|"
    r"逐步减少|持续下降|明显下降|有效遏制|显著改善|全面提升|大幅提升|常态化|长期|"
    r"持续加强|零发生|零事故|无重大事故|无安全事故|不发生|未发生|杜绝|" + _WORDED_PHRASE + r"|合格|达标|完成"
)
_QUALITATIVE_END = re.compile(rf"({_WORDED_TARGETS})$")
MIN_NAME_BEFORE_QUALITATIVE = 4
_TIME_THEN_DEADLINE = re.compile(
    r"^([\u4e00-\u9fff]{2,}?(?:时间|时限|日期|期限))([\u4e00-\u9fff]{2,8}?(?:前|以前|之前|内|底|末))"
    r"((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:前)?|\2)?$")
# A name, then the same worded value twice (target, then the actual that met it).
_WORDED_TWICE = re.compile(r"^([\u4e00-\u9fff]{4,}?)([\u4e00-\u9fff]{3,10}|持续|长期|稳定|良好|及时|全面"
                           r"|[\u4e00-\u9fff\d]{3,14}(?:日内|前|之前|以内))\2$")
_WORDED_TARGET = re.compile(rf"(?:{_WORDED_TARGETS})")


_SHORT_COLUMN_AT = re.compile("(?:" + _SHORT_COLUMNS.pattern + ")")


def _column_tiling(text: str) -> list[str] | None:
    """Column headings run together with nothing else (`计量单位评(扣)分标准备注`, a PDF's text
    of adjacent header cells): the headings, else None."""
    out: list[str] = []
    k = 0
    while k < len(text):
        m = _SHORT_COLUMN_AT.match(text, k)
        if m is None:
            return None
        out.append(m.group(0))
        k = m.end()
    return out if len(out) >= 2 and all(column_label(p) for p in out) else None


def is_unit(text: str) -> bool:
    """A measure unit as targets print it (`立方米`, `万人次`, `%`, `元/人`)."""
    return re.fullmatch(_UNIT_RE, text) is not None


def is_worded_target(text: str) -> bool:
    """A whole cell that is a worded target (`进一步提升`, `持续加强`, `长期`)."""
    return _WORDED_TARGET.fullmatch(compact(text)) is not None


# A worded target between two names (`…安全事故零发生营养餐供餐率`): only the phrases no name
# holds, and only before a name that ends as a measure does.
_QUALITATIVE_INSIDE = re.compile(r"(零发生|零事故|无重大事故|无安全事故|稳中有增|稳步提升|持续改善|明显改善)"
                                 r"(?=[\u4e00-\u9fff]{2,}(?:率|度|数|量|性|时间|面积)$)")


# Worded targets no name starts with (有所增加, 不减少): between two names whatever the next ends in.
_TREND_INSIDE = re.compile(r"(有所增加|有所提升|有所提高|有所下降|有所减少|不减少|不降低|不下降|不发生|未发生|杜绝)"
                           r"(?=[\u4e00-\u9fff]{4,}$)")


# A worded target, then a short category label and the next row's name (`…条件明显改善` |
# `可持续影响养护长效机制…`).
# (Not 合格 / 达标 / 完成, which names hold: 验收合格数量…)
_WORDED_BEFORE_LABEL = re.compile(rf"(?<!合格|达标|完成)({_WORDED_TARGETS})(?<!合格|达标|完成)"
                                  rf"(?=(?:{'|'.join(SHORT_CATEGORY_LABELS)})[\u4e00-\u9fff]{{4,}})")


def split_qualitative(text: str, at_end: bool = True) -> list[str]:
    """`大豆种植面积稳中有增` → [`大豆种植面积`, `稳中有增`] (only for run-together pieces).
    `at_end`: a worded target may end the text (not when the text's own target follows it)."""
    if _SAME_AROUND_POINTS.match(text):
        return [text]  # `…持续下降40持续下降`: target, weight, actual; _split_glued_weights cuts it
    when = _TIME_THEN_DEADLINE.match(text)
    if when:
        # `…交付使用时间秋季开学前8月28日`: a name of a time, its worded deadline, the day met.
        return [p for p in when.groups() if p]
    inside = _QUALITATIVE_INSIDE.search(text) or _TREND_INSIDE.search(text) or \
        _WORDED_BEFORE_LABEL.search(text)
    if inside and inside.start() >= MIN_NAME_BEFORE_QUALITATIVE:
        return [text[:inside.start()], inside.group(1),
                *split_qualitative(text[inside.end():], at_end)]
    if not at_end:
        return [text]
    m = _QUALITATIVE_END.search(text)
    if not m or m.start() < MIN_NAME_BEFORE_QUALITATIVE or m.group(1) in ("合格", "达标", "完成") \
            and not re.search(r"(率|数|量|度|面积|情况)$", text[: m.start()]):
        twice = _WORDED_TWICE.match(text)
        if twice:
            # `公交运营补贴拨付按季度拨付按季度拨付`: a worded target met as set, whatever its words.
            return [twice.group(1), twice.group(2), twice.group(2)]
        return [text]
    name, value = text[: m.start()], text[m.start():]
    if name.endswith(value) and len(name) - len(value) >= MIN_NAME_BEFORE_QUALITATIVE:
        # A self-evaluation run together: the target met as set (`…机制持续完善持续完善`).
        return [name[: -len(value)], value, value]
    first = _QUALITATIVE_END.search(name)
    if first and first.start() >= MIN_NAME_BEFORE_QUALITATIVE and \
            first.group(1) not in ("合格", "达标", "完成"):
        # Target, then the different actual a self-evaluation achieved (`健全完善基本健全`).
        return [name[: first.start()], first.group(1), value]
    return [name, value]


# Categories that start a row right after the row before's points: the short level labels,
# and an evaluation framework's level 2s (资金投入, 组织实施), longest first.
# (Not those made of two short labels, 产出数量: after points that is 产出 | 数量 as often.)
_ROW_START_LABELS = sorted({*SHORT_CATEGORY_LABELS, *(
    label for label in OTHER_LEVEL2 if not any(
        label[:k] in SHORT_CATEGORY_LABELS and label[k:] in SHORT_CATEGORY_LABELS
        for k in range(1, len(label))))}, key=len, reverse=True)
_SHORT_LABEL_AT = re.compile("|".join(re.escape(label) for label in _ROW_START_LABELS))
# A bare number inside a word, between Chinese characters: a row's points when a worded value
# ends before it or a category label starts after it (`有效增强2020可持续影响…`).
_INNER_NUMBER = re.compile(rf"(?<=[\u4e00-\u9fff]){_NUM}(?=[\u4e00-\u9fff])")


# A name that ends as a measure does (…充分性, …到位率) right before a bare number.
_MEASURE_END_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:率|度|性)$")


def _is_points(number: str) -> bool:
    return bool(POINTS_NUMBER.fullmatch(number)) and (
        float(number) <= MAX_ROW_POINTS or split_points(number) is not None)


# `无` printed for an empty cell (no nature, no unit) between a name and its value, or between
# a worded value and the row's points: `群众出行条件无明显改善无15`.
_EMPTY_MARK = re.compile(rf"(?<=[\u4e00-\u9fff]{{4}})无(?=[\d≥≤=<>]|{_WORDED_PHRASE}|按)"
                         rf"|(?:(?<=前|后|内|底|末)|(?<={_CHANGE}))无(?=\d)"
                         r"|(?<=[\u4e00-\u9fff]{2})无(?=\d{1,2}[\u4e00-\u9fff])")


_POINTS_THEN_DAY = re.compile(r"([1-9]\d?)((?:\d{4}年)?([1-9]\d?)月\d{1,2}日)")


_TARGET_AHEAD = re.compile(rf"^(?:{_OPS}|(?:每月|每周|每年)?\d{{1,2}}(?:月|日)(?:底|末|\d{{1,2}}日)?(?:前|之前|以前))")


def _cut_empty_marks(word: str) -> list[str]:
    out, pos = [], 0
    for m in _EMPTY_MARK.finditer(word):
        out += [word[pos:m.start()], "无"]
        pos = m.end()
        # (The row's weight after the mark, before a worded actual: `无` `15` `明显改善`.)
        rest = word[pos:]
        dated = _POINTS_THEN_DAY.match(rest)
        if dated and 0 < int(dated.group(1)) <= MAX_POINTS and 1 <= int(dated.group(3)) <= 12:
            # `1011月15日82座…`: the weight 10, the day 11月15日 the target was met, then the
            # score — no more than the weight — and the deviation text.
            out += [dated.group(1), dated.group(2)]
            pos += dated.end()
            tail = word[pos:]
            score = next((tail[:k] for k in (2, 1) if tail[:k].isdigit()
                          and int(tail[:k]) <= int(dated.group(1))), None)
            if score is not None:
                out.append(score)
                pos += len(score)
            continue
        points = _BARE_NUMBER.match(rest)
        if points and points.end() < len(rest) and has_cjk(rest[points.end()]) and \
                not _unit_starts(rest, points.end()) and _number_unit(rest) is None:
            out.append(points.group(0))
            pos += points.end()
    out.append(word[pos:])
    return [p for p in out if p]


# A level 1 printed short right before one of its level 2s, then a name: the next row's
# categories inside a word (`…含设备购置效益社会效益建制村直接通邮率`).
_LEVELS_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(效益)(社会效益|经济效益|生态效益|可持续影响)"
                            r"|(?<=[\u4e00-\u9fff]{2})(满意度)(服务对象满意度)(?=[\u4e00-\u9fff]{4})")


def _cut_levels_inside(word: str) -> list[str]:
    m = _LEVELS_INSIDE.search(word)
    if m is None or m.lastindex is None:
        return [word]
    labels = [g for g in m.groups() if g]
    rest = _CJK_RUN.match(word, m.end())
    if not rest or len(rest.group(0)) < MIN_NAME_AFTER_LABEL:
        return [word]
    return [word[: m.start()], *labels, *_cut_levels_inside(word[m.end():])]


def _cut_inner_points(word: str) -> list[str]:
    """`…意识有效增强有效增强2020可持续影响示范…` → the text, `2020`, the rest."""
    for m in _INNER_NUMBER.finditer(word):
        a, b = m.span()
        if a < MIN_NAME_BEFORE_QUALITATIVE or not _is_points(m.group(0)) or \
                _unit_starts(word, b) or _number_unit(word[a:]) is not None:
            continue
        if _QUALITATIVE_END.search(word[:a]) or _SHORT_LABEL_AT.match(word, b) or \
                _MEASURE_END_BEFORE.search(word[:a]):
            return [word[:a], m.group(0), *_cut_inner_points(word[b:])]
    return [word]


# A name's start: Chinese, then also Latin letters and numbers (`采暖季PM2.5平均浓度`).
_NAME_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9.]*")


def _leading_labels(text: str) -> tuple[list[str], str]:
    """The short category labels a text starts with, each before a long run of Chinese (a
    level 1 and its level 2 at most: `效益` `社会效益` `各族群众…`), and the rest."""
    labels: list[str] = []
    while len(labels) < 2 and (m := _SHORT_LABEL_AT.match(text)):
        rest = _NAME_RUN.match(text, m.end())
        if not rest or len(rest.group(0)) < MIN_NAME_AFTER_LABEL:
            break
        labels.append(m.group(0))
        text = text[m.end():]
    return labels, text


def _labels_after_points(pieces: list[str]) -> list[str]:
    """Right after a row's points, or its worded value (`明显改善` `可持续影响养护…`), short
    category labels starting a long run of Chinese are the next row's categories (`55`
    `效益社会效益各族群众…`), not the name's first words."""
    out: list[str] = []
    for p in pieces:
        # (Also after a short level 1 cut off on its own: `效益` `生态效益采暖季…`.)
        labels, rest = _leading_labels(p) if out and (
            _NUMBER.match(out[-1]) or is_worded_target(out[-1]) or
            out[-1] in SHORT_CATEGORY_LABELS and match_level1(out[-1])) else ([], p)
        # (The name after the labels may end in its worded value and points, as any piece.)
        out += [*labels, *_peel_trailing_number(rest)] if labels else [p]
    return out


# Shortest deviation text a category label may end (`…工期延后` `成本` `单个中心改造补助`).
MIN_DEVIATION_BEFORE_LABEL = 6
# Where each category comes in a form, for "a later category than the row's" (the cost
# level 1 and its level 2s come first or last by template: not ranked).
_CATEGORY_ORDER = {c: k for k, c in enumerate(
    c for l1 in ("产出指标", "效益指标", "满意度指标") for c in (l1, *CATEGORY_TREE[l1]))}


def _category_rank(label: str) -> int | None:
    found = match_level2(label) or match_level1(label)
    return _CATEGORY_ORDER.get(found.canonical) if found else None


def _labels_after_deviations(pieces: list[str]) -> list[str]:
    """A row's deviation text after its points, run into the next row's short category label
    and name (`108` `…工期延后成本单个中心改造补助` `≤12万元`): the label is cut out only where
    it names a category later in the tree than the row's, and a name and a target follow."""
    out: list[str] = []
    rank: int | None = None
    for k, p in enumerate(pieces):
        r = _category_rank(p) if len(p) <= MAX_TILED_LABEL else None
        rank = r if r is not None else rank
        nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
        if rank is None or not out or not _NUMBER.match(out[-1]) or not _is_value_piece(nxt):
            out.append(p)
            continue
        for m in _SHORT_LABEL_AT.finditer(p, MIN_DEVIATION_BEFORE_LABEL):
            later = _category_rank(m.group(0))
            name = _CJK_RUN.fullmatch(p, m.end())
            if later is not None and later > rank and name and \
                    len(name.group(0)) >= MIN_NAME_AFTER_LABEL:
                # (A level 2 may follow its level 1: `成本` `经济成本` `户均改造补助`.)
                labels, rest = _leading_labels(p[m.end():])
                out += [p[: m.start()], m.group(0), *labels, rest]
                rank = later
                break
        else:
            out.append(p)
    return out


_SHORT_LEVEL1_END = re.compile("(" + "|".join(
    re.escape(label) for label in SHORT_CATEGORY_LABELS if match_level1(label)) + ")$")


def _level1_before_its_level2(pieces: list[str]) -> list[str]:
    """`…训练场地不足满意度` `服务对象满意度`: a short level-1 label right before one of its own
    level-2 labels starts the next row; the text before it is the last row's."""
    out: list[str] = []
    for k, p in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
        m = _SHORT_LEVEL1_END.search(p)
        level2 = match_level2(nxt) if m and m.start() > 0 else None
        if level2 and parent_level1(level2.canonical) == canonical_level1(m.group(1)):
            # (What stands before the label may end in the last row's worded target.)
            out += [*split_qualitative(p[: m.start()]), m.group(1)]
        else:
            out.append(p)
    return out


# Longest field label tried when tiling a piece into labels.
MAX_TILED_LABEL = 10


def _field_tiling(text: str) -> list[str] | None:
    """A piece made of field labels only (`分值执行率得分`, a budget header run together), longest
    label first at each place: the labels, else None."""
    out: list[str] = []
    k = 0
    while k < len(text):
        size = next((n for n in range(min(MAX_TILED_LABEL, len(text) - k), 1, -1)
                     if field_label(text[k:k + n])), None)
        if size is None:
            return None
        out.append(text[k:k + size])
        k += size
    return out if len(out) >= 2 else None


# Fewest lines of a table printed one column per line (each line its heading, then its cells).
MIN_TRANSPOSED_LINES = 4


def _is_heading(tok: Token) -> bool:
    return tok.kind is Kind.COLUMN or tok.kind is Kind.FIELD and tok.column is not None


def _transposed_columns(tokens: list[Token]) -> list[Token]:
    """A table printed one column per line (`三级指标 名称…` / `年度指标值 值…` / `分值 …`): the
    headings first, then the columns one after another — the order of a table printed column by
    column, which the table reader puts back in rows."""
    rows: list[list[Token]] = []
    for t in tokens:
        if rows and rows[-1][0].cell.location.line == t.cell.location.line and \
                rows[-1][0].cell.row == t.cell.row:
            rows[-1].append(t)
        else:
            rows.append([t])
    out: list[Token] = []
    k = 0
    while k < len(rows):
        run: list[list[Token]] = []
        while k + len(run) < len(rows) and len(rows[k + len(run)]) >= 2 and \
                _is_heading(rows[k + len(run)][0]):
            run.append(rows[k + len(run)])
        columns = {column_label(r[0].text) for r in run}
        if len(run) >= MIN_TRANSPOSED_LINES and "level3" in columns and columns & {"target", "actual"}:
            after = k + len(run)
            if after < len(rows) and len(rows[after]) == 1 and _is_heading(rows[after][0]):
                run.append(rows[after])  # (a last column printed empty: 偏差原因 alone)
            if out and out[-1].kind is Kind.FIELD and out[-1].column is not None:
                out[-1].column = None  # (a head label just before, 年度目标: no column of this table)
            out += [r[0] for r in run] + [t for r in run for t in r[1:]]
            k += len(run)
            continue
        out += rows[k]
        k += 1
    return _transposed_in_line(out)


# Columns whose cells are one per row: a column printed column by column lists exactly as many
# cells as the 三级 column has names.
_ONE_PER_ROW = ("target", "actual", "weight", "score", "measure_unit", "op", "midterm", "nature")


def _column_cells(run: list[Token]) -> list[Token]:
    """A column's cells: a cell the run-together cutter cut (`…延迟，已于` `2024年1月` `安装到位`)
    is one cell again, since spaces, not the vocabulary, separate cells here."""
    out: list[Token] = []
    for t in run:
        if out and out[-1].cell is t.cell and t.pieces > 1:
            continue
        out.append(classify(t.cell.text, t.cell) if t.pieces > 1 else t)
    return out


# Share of a value column's cells that must read as values (the rest: worded targets).
TRANSPOSED_VALUE_SHARE = 0.5


def _cells_fit(column: str, cells: list[Token]) -> bool:
    """A points column holds numbers, a value column mostly values: not wrapped headings that
    happen to count the same (`指标` `性质` / `度量单` `位`)."""
    if column in ("weight", "score"):
        return all(t.kind is Kind.NUMBER for t in cells)
    if column in ("target", "actual", "midterm"):
        values = sum(1 for t in cells if t.kind in (Kind.VALUE, Kind.NUMBER))
        return values >= TRANSPOSED_VALUE_SHARE * len(cells)
    return True


def _transposed_in_line(tokens: list[Token]) -> list[Token]:
    """The same table with no line breaks between its columns (a one-line dump: `三级指标 a b c
    年度指标值 x y z 分值 …`): each heading, then its cells; taken as such only when every
    one-per-row column lists as many cells as the 三级 column has names."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        segments: list[tuple[Token, list[Token]]] = []
        j = k
        while j < len(tokens) and _is_heading(tokens[j]):
            end = j + 1
            while end < len(tokens) and not tokens[end].is_label or \
                    end < len(tokens) and tokens[end].is_level:
                end += 1
            if end == j + 1:
                if segments:  # (a last column printed empty, 偏差原因 with no deviation)
                    segments.append((tokens[j], []))
                    j = end
                break
            segments.append((tokens[j], tokens[j + 1:end]))
            j = end
        columns = [column_label(h.text) for h, _ in segments]
        if len(segments) >= MIN_TRANSPOSED_LINES and "level3" in columns and \
                {"target", "actual"} & set(columns):
            cells = [_column_cells(run) if col not in ("level1", "level2") else run
                     for col, (_, run) in zip(columns, segments, strict=True)]
            # (Category labels among the names, in row order, are no names.)
            names = sum(1 for t in cells[columns.index("level3")] if not t.is_level)
            if all(len(c) == names and _cells_fit(col, c)
                   for col, c in zip(columns, cells, strict=True) if col in _ONE_PER_ROW):
                out += [h for h, _ in segments] + [t for c in cells for t in c]
                k = j
                continue
        out.append(tokens[k])
        k += 1
    return out


def _repeated_amount_tokens(tokens: list[Token]) -> list[Token]:
    """`_repeated_amounts` across the cells of a text run together: a glued amount token that
    repeats a row of number tokens before it (当年财政拨款 after 年度资金总额, in another cell)."""
    texts = [t.text if t.kind in (Kind.NUMBER, Kind.TEXT, Kind.VALUE) else "\x00" for t in tokens]
    split = repeated_amounts(texts)
    if len(split) == len(texts):
        return tokens
    out: list[Token] = []
    k = 0
    for tok, text in zip(tokens, texts, strict=True):
        if split[k] == text:
            out.append(tok)
            k += 1
            continue
        parts, joined = [], ""
        while joined != text:  # (a split only cuts a piece, into parts that join back to it)
            joined += split[k]
            parts.append(split[k])
            k += 1
        out += [Token(part, tok.cell, Kind.NUMBER, index=tok.index, sub=tok.sub, pieces=tok.pieces)
                for part in parts]
    return out


def split_run_together(text: str) -> list[str]:
    """Cut text at anchors; pieces in order (labels and values stand alone).

    Spaces are separators too: `10 10` is two numbers, not 1010.
    """
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if len(compact(text)) < RUN_TOGETHER_MIN:
        return [text]
    out: list[str] = []
    for w, word in enumerate(words):
        # A weight or score run into the next name (`10开展职业技能培训…`).
        m = _BARE_NUMBER.match(word)
        if m and m.end() < len(word) and has_cjk(word[m.end()]) and \
                not _unit_starts(word, m.end()) and _number_unit(word) is None:
            out.append(m.group(0))
            word = word[m.end():]
        pieces = [q for mark in _cut_empty_marks(word) for funds in cut_glued_funds(mark)
                  for inner in _cut_levels_inside(funds) for part in _cut_inner_points(inner)
                  for q in _cut_word(part)]
        for k, piece in enumerate(pieces):
            nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
            # (A name ending in worded words right before its own target, `两项补贴按月发放` then
            # `每月15日前`, keeps them: the target follows.)
            parts = split_qualitative(piece, at_end=not _TARGET_AHEAD.match(nxt)) \
                if not _ANCHORS.fullmatch(piece) else [piece]
            if len(parts) == 1 and not _ANCHORS.fullmatch(piece):
                parts = _peel_trailing_number(piece)
            # (A cell boundary after it: a space, or a label cut from the same word.)
            ends_cell = k == len(pieces) - 1 and (k or w < len(words) - 1) or \
                k + 1 < len(pieces) and _ANCHORS.fullmatch(pieces[k + 1]) is not None
            if len(parts) == 1 and ends_cell:
                parts = _peel_trailing_amount(piece)
            for part in parts:
                out.extend(_peel_values(part) if out and _is_value_piece(out[-1]) else [part])
    out = _level1_before_its_level2(_labels_after_deviations(_labels_after_points(out)))
    out = repeated_amounts([q for p in out for q in (_field_tiling(p) if has_cjk(p) else None) or [p]])
    out = _split_natures(_rejoin_label_parts([p for p in out if p.strip("：: ")]))
    # (After a 指标性质, the values that follow run together too.)
    out = [q for k, p in enumerate(out)
           for q in (_peel_values(p) if k and out[k - 1] in NATURE_WORDS else [p])]
    out = _rejoin_rule_tail(_split_glued_weights(out))
    return out if len(out) > 1 else [text]


# The end of a scoring rule that names its own threshold (`预算执行率90%以上计满分`).
_RULE_TAIL = re.compile(r"^(?:计满分|得满分|不得分|计分|扣分|扣完为止)[。；;]?$")
# Most pieces such a rule is cut into before its end.
MAX_RULE_PIECES = 3
_POINTS_PIECE = re.compile(r"^\d{1,3}(?:\.\d+)?$")


def _rejoin_rule_tail(pieces: list[str]) -> list[str]:
    """A rule cut at its threshold (`预算执行率` `90%以上` `计满分`) after a row's last number:
    a value is never followed by 计满分, so the pieces since that number are one rule."""
    out: list[str] = []
    for p in pieces:
        if _RULE_TAIL.match(p):
            k = len(out)
            while k > 0 and len(out) - k < MAX_RULE_PIECES and not _POINTS_PIECE.match(out[k - 1]):
                k -= 1
            if 0 < k < len(out) and _POINTS_PIECE.match(out[k - 1]) and not any(
                    is_level_label(q) for q in out[k:]):
                out[k:] = ["".join(out[k:]) + p]
                continue
        out.append(p)
    return out


# 指标性质 run into the name before it (`新增普惠性学位数定量` | `≥900个`, `…采购验收定性符合国家
# 标准`): cut where the value after it is of the nature's kind (a number after 定量 / 正向 /
# 反向, words after 定性), so a name's own characters (稳定性) are left alone.
_NATURE_IN_TEXT = re.compile("|".join(NATURE_WORDS))
_NUMERIC_VALUE = re.compile(rf"^(?:{_OPS})?\s*\d")
MAX_WORDED_VALUE = 16
_WORDED_THEN_POINTS = re.compile(r"^([\u4e00-\u9fff]{2,16}?)(\d{1,2}(?:\.\d+)?)(\D.*)?$")


def _fits_nature(nature: str, value: str) -> bool:
    if not value or _NATURE_IN_TEXT.fullmatch(value):
        return False
    worded = has_cjk(value[0]) and len(value) <= MAX_WORDED_VALUE and not _OPERATOR_START.match(value)
    if nature == "定性":
        return worded
    numeric = bool(_NUMERIC_VALUE.match(value))
    # (正向 / 反向 also say which way a worded value should go: 逐步缩小, 持续提升.)
    return numeric or worded and nature != "定量"


def _split_natures(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for k, p in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
        for m in _NATURE_IN_TEXT.finditer(p):
            if m.start() < MIN_NAME_BEFORE_QUALITATIVE or not has_cjk(p[m.start() - 1]):
                continue
            rest = p[m.end():]
            if _fits_nature(m.group(0), rest or nxt):
                # A worded value runs on into the row's weight (持续改善15持续改善).
                worded = _WORDED_THEN_POINTS.match(rest)
                tail = [g for g in worded.groups() if g] if worded else [rest] if rest else []
                out += [p[:m.start()], m.group(0), *tail]
                break
        else:
            out.append(p)
    return out


_YEAR_PIECE = re.compile(r"^(?:19|20)\d{2}$")
_UNIT_NOTE_START = re.compile(r"^([(（](?:万元|元)[)）])(.+)$")


_DATE_VALUE = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:底|末|初|上旬|中旬|下旬|\d{1,2}日)?"
                         r"(?:前|之前|以前)(?:完成)?")
# A day an actual value names (`11月28日`, `2024年4月28日`).
_PLAIN_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")
# Words a recurring deadline starts with (`每年9月底前`), cut off it with the name before.
_PERIOD_END = re.compile(r"(每年|每季度|每月|各年度|当年)$")


_GLUED = re.compile(r"^\d{3,}(?:\.\d+)?$")
# A scoring rule's end run into the next row's name (`达到目标得满分重度残疾人…`).
_RULE_THEN_NAME = re.compile(r"^(.{2,20}?(?:得满分|不得分|按比例得分|酌情扣分|扣分))([\u4e00-\u9fff].{3,})$")


_SAME_AROUND_POINTS = re.compile(r"^([\u4e00-\u9fff].{1,40}?)([\u4e00-\u9fff]{2,8})(\d{1,2}(?:\.\d+)?)\2(.*)$")


def _split_glued_weights(pieces: list[str]) -> list[str]:
    """Text run together with no separator glues a row's weight to its actual value
    (`≥5200人` `155316` → 15, 5316): split where the points are a weight and the actual lies
    near the target; and cut a scoring rule from the name run on after it."""
    out: list[str] = []
    todo = list(reversed(pieces))
    while todo:
        p = todo.pop()
        same = _SAME_AROUND_POINTS.match(p)
        if same:
            # `…保障水平稳步提高20稳步提高`: a worded target met, its points between the two.
            name, value, points, rest = same.groups()
            rule = _RULE_THEN_NAME.match(name)
            out += [*(_category_then_name(rule.groups()) if rule else [name]), value, points, value]
            if rest:
                todo.append(rest)
            continue
        rule = _RULE_THEN_NAME.match(p)
        if rule and out and re.search(r"\d", out[-1]):
            out += _category_then_name(rule.groups())
            continue
        # (A bare number before is no target but an amount: 18620 | 19360 in a budget row.)
        target = parse_target(out[-1]) if out and _GLUED.match(p) \
            and not _actual_after_target(out) and not _NUMBER.match(out[-1]) else None
        # (Under a ceiling, 反向 or ≤, an actual far below the target is a good one.)
        ceiling = target is not None and (target.op in ("≤", "<") or
                                          len(out) > 1 and out[-2] == "反向")
        split = None
        if target is not None:
            two = points_then_actual(p, target.value, ceiling)
            three = points_actual_score(p, target.value, ceiling)
            # (`1583.415`: 15 | 83.4 | 15, a full score after a plainly printed actual, rather
            # than 15 | 83.415.)
            plain = three is not None and three[0] == three[2] and (
                two is None or places(three[1]) < places(two[1]))
            split = three if plain else two or three
        elif out and (unit_split := _points_before_actual_value(out[-1], p)):
            split = unit_split
        out += split or [p]
    return out


_GLUED_VALUE = re.compile(rf"^(\d{{3,}}(?:\.\d+)?)({_UNIT_RE})$")


def _points_before_actual_value(before: str, piece: str) -> list[str] | None:
    """`=100%` then `15100%`: the row's weight glued to an actual in the target's unit (15 |
    100%), when the digits split so that the actual lies near the target."""
    m = _GLUED_VALUE.match(piece)
    target = parse_target(before) if m else None
    if m is None or target is None or not target.unit or parse_target(piece) is None \
            or parse_target(piece).unit != target.unit:  # type: ignore[union-attr]
        return None
    ceiling = target.op in ("≤", "<")
    split = points_then_actual(m.group(1), target.value, ceiling)
    if split is None or float(m.group(1)) <= target.value * ACTUAL_RATIO[1]:
        return None  # (the number is near the target as printed: an actual, not glued)
    return [split[0], split[1] + m.group(2)]


def _actual_after_target(out: list[str]) -> bool:
    """`≥280人` `286人` then `1515`: the actual is printed already (a value in the target's
    unit right after it), so the digits are the points alone."""
    if len(out) < 2:
        return False
    target, actual = parse_target(out[-2]), parse_target(out[-1])
    return target is not None and actual is not None and bool(actual.unit) \
        and actual.unit == target.unit


# A category label the vocabulary does not know (`管理指标`), leading the name after a rule.
_UNKNOWN_CATEGORY = re.compile(r"^([\u4e00-\u9fff]{2,4}指标)([\u4e00-\u9fff].{3,})$")


def _category_then_name(parts: tuple[str, ...]) -> list[str]:
    """The rule and what follows it; a category label starting that is a cell of its own."""
    rule, rest = parts
    m = _UNKNOWN_CATEGORY.match(rest)
    return [rule, *m.groups()] if m else [rule, rest]


def _rejoin_label_parts(pieces: list[str]) -> list[str]:
    """A cut that split a label from its own parts: the year before a title
    (`2023` | `年度项目支出绩效自评表`) and the unit after a funds label (`全年预算数` |
    `（万元）1128.6`)."""
    out: list[str] = []
    for p in pieces:
        unit = _UNIT_NOTE_START.match(p)
        period = _PERIOD_END.search(out[-1]) if out else None
        if out and _YEAR_PIECE.match(out[-1]) and _TITLE_IN_TEXT.match(p):
            out[-1] += p
        elif period and period.start() > 0 and _DATE_VALUE.match(p):
            out[-1] = out[-1][:period.start()]
            out.append(period.group(1) + p)
        elif out and unit and field_label(out[-1]) is not None:
            out[-1] += unit.group(1)
            out.append(unit.group(2))
        else:
            out.append(p)
    return out


def _cut_word(t: str) -> list[str]:
    spans = _cut_points(t)
    if not spans:
        return [t]
    pieces, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        if a > pos:
            pieces.append(t[pos:a])
        pieces.append(t[a:b])
        pos = b
        m = _SEP_AFTER_LABEL.match(t[pos:])
        if m:
            pos += m.end()
    if pos < len(t):
        pieces.append(t[pos:])
    return pieces


_NUMBER_UNIT = re.compile(rf"^{_NUM}(?:{_UNIT_RE})")
# Words a deviation or explanation text often starts with whose first character is also a unit
# (`部分`, `个别`): after a score they start the next cell, they are no unit.
_WORD_NOT_UNIT = re.compile(r"部分|个别|人员|年度|月份|天气|家庭|期间|名单|场地|台账|组织|个人|次年|片区|处置|"
                            r"所属|场所|站点|座谈|队伍")
_BARE_NUMBER = re.compile(rf"^{_NUM}")


# A bare number glued to the end of a name or text value (`…持续完善1515`): the row's weight
# and score run into it. Names do not end in a bare number after a Chinese character.
_TRAILING_NUMBER = re.compile(rf"(?<=[\u4e00-\u9fff]){_NUM}$")


def _peel_trailing_number(piece: str) -> list[str]:
    m = _TRAILING_NUMBER.search(piece)
    if not m or m.start() < MIN_NAME_BEFORE_QUALITATIVE:
        return [piece]
    number = m.group(0)
    if not POINTS_NUMBER.fullmatch(number) or (float(number) > MAX_ROW_POINTS
                                               and split_points(number) is None):
        return [piece]  # an amount (…配套资金5,600.00), not a row's points
    return [*split_qualitative(piece[: m.start()]), m.group(0)]


# A number and its unit ending a word after a name (`…纪念设施52处` before a space): the target.
_TRAILING_AMOUNT = re.compile(rf"(?<=[\u4e00-\u9fff]){_NUM}(?:{_UNIT_RE})$")


def _peel_trailing_amount(piece: str) -> list[str]:
    m = _TRAILING_AMOUNT.search(piece)
    if not m or m.start() < MIN_NAME_BEFORE_TARGET or not has_cjk(piece[:m.start()]):
        return [piece]
    return [piece[:m.start()], m.group(0)]


def _unit_starts(text: str, pos: int) -> bool:
    """A number's measure word starts at `pos` (not a word of the next cell such as 个别)."""
    return bool(_UNIT_START.match(text[pos:])) and not _WORD_NOT_UNIT.match(text, pos)


def _number_unit(text: str) -> re.Match[str] | None:
    """A number and its unit at the start of `text`; not when the unit's character starts a
    word of the next cell (9.5 | 部分申请对象…)."""
    m = _NUMBER_UNIT.match(text)
    bare = _BARE_NUMBER.match(text)
    if m and bare and _WORD_NOT_UNIT.match(text, bare.end()):
        return None
    return m


def _score_before_text(text: str) -> bool:
    """`9.5部分申请对象…`: a score run into the explanation after it (a number followed by a
    Chinese word that is not its unit) — cells run together, not a sentence."""
    m = _BARE_NUMBER.match(text)
    return bool(m and m.end() < len(text) and has_cjk(text[m.end()])
                and not _unit_starts(text, m.end()) and _number_unit(text) is None)


def _is_value_piece(piece: str) -> bool:
    return bool(_VALUE_IN_TEXT.fullmatch(piece) or _NUMBER_UNIT.fullmatch(piece)
                or _NUMBER.match(piece))


def _peel_values(piece: str) -> list[str]:
    """After a value, the values that follow it run together (`1.72万人10` after `≥1.6万人`:
    the actual value, then the weight), before the next name (`10开展…`)."""
    out = []
    rest = piece
    while rest:
        m = _DATE_VALUE.match(rest) or _PLAIN_DATE.match(rest)
        if m:  # `2024年9月底前`, `11月28日`: one value, though 年 and 月 are units too
            out.append(m.group(0))
            rest = rest[m.end():]
            continue
        m = _number_unit(rest)
        if m and (m.end() == len(rest) or rest[m.end()].isdigit() or has_cjk(rest[m.end()])):
            # 1.72万人 | 10 …, but not 2型 in 2型糖尿病 (型 is no unit).
            out.append(m.group(0))
            rest = rest[m.end():]
            continue
        m = _BARE_NUMBER.match(rest)
        if m and m.end() < len(rest) and has_cjk(rest[m.end()]) and not \
                _unit_starts(rest, m.end()):
            out.append(m.group(0))
            rest = rest[m.end():]
            continue
        if m and m.end() == len(rest):
            out.append(rest)
            rest = ""
            continue
        out.append(rest)
        break
    return out


# Labels that start a run-together cell with their value right after them (`项目名称XX`);
# other labels at a cell's start are more often the first words of a name (`项目年度考核`,
# `绩效目标合理性`), unless a number follows.
_STRONG_FIELDS = ("name", "department", "unit", "department_name", "filer", "code")


def _strong_start(text: str, span: tuple[int, int]) -> bool:
    label = field_label(text[span[0]:span[1]])
    rest = text[span[1]:]
    return label in _STRONG_FIELDS or bool(re.match(r"[\d:：]", rest)) or \
        _TITLE_IN_TEXT.fullmatch(text[span[0]:span[1]]) is not None or \
        _POINTS.search(text[span[0]:span[1]]) is not None


_OPERATOR_START = re.compile(rf"^{_OPS}")
# A name long enough to stand before its target in a stream (`糖料蔗推广面积≥12万亩`).
MIN_NAME_BEFORE_TARGET = 4


def _name_then_target(text: str, span: tuple[int, int]) -> bool:
    """A name with its target glued after it: the value ends the text, has an operator or is
    a deadline after a name of a time (…时间2025年6月底前), and a name of Chinese comes first."""
    a, b = span
    name = text[:a]
    if b != len(text) or len(name) < MIN_NAME_BEFORE_TARGET or not has_cjk(name[-1]):
        return False
    return bool(_OPERATOR_START.match(text[a:])) or name.endswith(("时间", "时限", "日期"))


# A title ending its cell (…评分表, …目标表（2025年度）) no longer than this is one cell.
MAX_TITLE_CHARS = 30
_TITLE_END = re.compile(r"表(?:[(（]\d{4}年度?[)）])?$")


def _worth_cutting(token: Token, table_cell: bool | str = False) -> bool:
    """Whether a cell holds several things run together.

    `table_cell`: the cell comes from a real table (a spreadsheet, a tab or pipe row): there a
    label at the start of a cell is part of its text (`立项依据充分性`) unless several labels
    or a colon say otherwise.
    """
    if token.kind not in (Kind.TEXT, Kind.VALUE, Kind.TITLE) or len(token.text) < RUN_TOGETHER_MIN:
        return False
    t = compact(token.text)
    if is_outline_heading(t):
        return False  # a heading of the report around the forms says one thing
    if token.kind is Kind.TITLE and len(t) <= MAX_TITLE_CHARS and _TITLE_END.search(t):
        return False  # a title alone (绩效评价指标评分表) holds no column headers
    spans = _cut_points(t)
    if not spans:
        return False
    if table_cell == "exact" and not _TABLE_RUN.match(t) and not _LABEL_COLON.search(t):
        # A cell of a real table holds one thing: labels and numbers inside its sentence (a
        # 评价标准 text, a note under a label) are no cell boundaries — unless the cell is a
        # whole head run together (`项目名称XX主管部门YY`).
        return False
    if table_cell and len(spans) < 2:
        return False
    if table_cell and re.search(r"[，。；,;]", t) and not _TABLE_RUN.match(t) \
            and not _LABEL_COLON.search(t) and len(t) <= MAX_RULE_CELL:
        # A table cell's sentence (a scoring rule) mentions values, not cells. (A longer
        # one may be a line of text run together that a table's shape took for one cell.)
        return False
    if table_cell and (_labels_without_values(t, spans) or _DEADLINE_END.search(t)):
        # (`各年度10月底前`: a deadline ends one value, whatever words it uses.)
        return False
    if table_cell and _FORMULA.search(t) or _SUM_NOTE.search(t):
        # 实际到位资金/预算资金×100%, (上年结转+年初预算+…): a formula names its terms.
        return False
    if len(spans) == 1 and spans[0][0] == 0 and not _strong_start(t, spans[0]):
        return False
    if token.kind is Kind.VALUE and len(spans) == 1 and not _name_then_target(t, spans[0]):
        return False
    # A sentence (goal text, a narrative) mentions a label or two without being cells; a
    # whole form run together has many.
    if re.search(r"[，。；,;]", t) and len(t) > 40 and len(spans) < MIN_RUN_ANCHORS \
            and not _score_before_text(t):
        return False
    # A finished sentence of clauses (a report's prose) names labels in passing, whatever its
    # length, unless it states their values (「主管部门为XX局」); a head run together says its
    # labels with colons.
    if t.endswith("。") and re.search(r"[，,；;]", t) and len(spans) < MIN_RUN_ANCHORS \
            and not _LABEL_COLON.search(t) and not _score_before_text(t) \
            and not any(t[b:b + 1] in _STATES_VALUE for _, b in spans):
        return False
    covered = sum(b - a for a, b in spans)
    # (Labels only, several of them: a header row run together, 一级指标二级指标三级指标指标值.)
    return covered < len(t) or len(spans) > 1


# What follows a label whose value a sentence states.
_STATES_VALUE = ("为", "是", ":", "：")


def _labels_without_values(text: str, spans: list[tuple[int, int]]) -> bool:
    """`年度省级资金拨付完成时间`: a table cell opening with field labels that leave no room
    for their values is a name made of their words, not a head run together."""
    (a1, b1), (a2, b2) = spans[0], spans[1]
    return a1 == 0 and b1 == a2 and b2 < len(text) and len(spans) == 2 \
        and field_label(text[a1:b1]) is not None and field_label(text[a2:b2]) is not None


# Longest table cell read as one sentence whatever values it names.
MAX_RULE_CELL = 40
_DEADLINE_END = re.compile(r"(?:月|月底|年底|日|旬|季度)(?:以|之)?前(?:完成)?$")
_FORMULA = re.compile(r"[×÷]|\*\s*100\s*%")
_SUM_NOTE = re.compile(r"^[(（][^()（）]*[\u4e00-\u9fff][+＋][\u4e00-\u9fff]")
_AMONG = re.compile(r"^其中\s*[:：]\s*")
_COLON = re.compile(r"^([^:：]{1,16})[:：]\s*(.+)$", re.S)
_PIPES = re.compile(r"^[|｜\s]+$")
_LABEL_SPACE_AMOUNT = re.compile(r"^(\S{2,16}?)\s+(\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)$")


def _label_value(text: str) -> list[str] | None:
    """`主管部门：XX局` → [label, value] when the part before the colon is a label."""
    m = _COLON.match(text.strip())
    if m and (field_label(m.group(1)) or column_label(m.group(1))):
        # `填报单位：XX局（盖章）　　填报日期：2024年1月18日`: a second label after a gap.
        second = _NEXT_LABEL.search(m.group(2))
        if second and field_label(second.group(1)):
            rest = m.group(2)[second.start(1):]
            return [m.group(1), m.group(2)[:second.start()].strip(), *(_label_value(rest) or [rest])]
        return [m.group(1), m.group(2)]
    # `其中：财政拨款：252`: the 其中 belongs to the label.
    m = _COLON.match(_AMONG.sub("其中", text.strip(), count=1)) if _AMONG.match(text.strip()) else None
    if m and field_label(m.group(1)):
        return [m.group(1), m.group(2)]
    # `其中：财政拨款 2730.00`, `其他资金 0`: a fund label, a space, its amount.
    m = _LABEL_SPACE_AMOUNT.match(text.strip())
    if m and field_label(m.group(1)):
        return [m.group(1), m.group(2)]
    return None


_NEXT_LABEL = re.compile(r"\s{2,}([^\s:：]{2,8})[:：]")
_PAIR = re.compile(r"^\s*([^-—–－/／]{2,14}?)\s*[-—–－/／]+\s*([^-—–－/／]{2,16})\s*$")


_POINTED_PAIR = re.compile(r"^(\S{1,12}?[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])\s*"
                           r"(\S{1,12}[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])$")


def _level_pair(text: str) -> list[str] | None:
    """`产出指标-数量指标`, `效益指标／社会效益指标`: a 指标类型 cell naming both levels is two
    labels, the level 1 first (Chongqing forms print the pair in one cell)."""
    t = clean_cell(text)
    m = _PAIR.match(t)
    if m:
        first, second = _read_text(m.group(1)), _read_text(m.group(2))
        if first.kind is Kind.LEVEL and first.level1 is not None and second.kind is Kind.LEVEL \
                and second.level2 is not None:
            return [m.group(1), m.group(2)]
    # 效益（30分）项目效益（30分）: a rubric's two levels, each with its points, run together.
    m = _POINTED_PAIR.match(t)
    if m and all(_read_text(g).kind is Kind.LEVEL for g in m.groups()):
        return [m.group(1), m.group(2)]
    return None


def tokenize(grids: list[Grid]) -> list[Token]:
    """Every non-empty cell of the grids as tokens, in reading order; run-together cells cut."""
    out: list[Token] = []
    for grid in grids:
        # "exact": a spreadsheet, Word or PDF table, whose cells are the form's cells.
        table: bool | str = "exact" if grid.columns_reliable else grid.rows_reliable
        if grid.shape == CELL_PER_LINE:
            # One cell per line: a line's words are one cell unless several labels cut it.
            table = True
        cells = grid.cells
        if grid.shape == SPACE_COLUMNS:
            cells = [part for cell in cells for part in _spaced_cells(cell)]
        for cell in cells:
            if _PIPES.match(cell.text) and cell.text.strip():
                # A lone table rule from an HTML copy (` |`): an empty cell.
                out.append(Token("", cell, Kind.EMPTY))
                continue
            token = classify(cell.text, cell)
            pieces = _label_value(cell.text) if token.kind in (Kind.TEXT, Kind.VALUE) else None
            pair = _level_pair(cell.text) if token.kind in (Kind.TEXT, Kind.LEVEL) else None
            if pair is not None:
                pieces = pair
            elif pieces is not None:
                rest = classify(pieces[1], cell)
                if _worth_cutting(rest, table):
                    pieces = [pieces[0], *split_run_together(pieces[1])]
            elif token.kind is Kind.TEXT and (tiled := _column_tiling(token.text)):
                pieces = tiled  # 计量单位评(扣)分标准备注: column headings run together
            elif _worth_cutting(token, table):
                pieces = split_run_together(cell.text)
            if pieces and len(pieces) > 1:
                # A piece `填报人：XX` cut out of text run together is a label and its value.
                pieces = [q for p in pieces for q in (_label_value(p) or [p])]
                tokens = [classify(p, cell) for p in pieces]
                tokens = [t for t in tokens if t.kind is not Kind.EMPTY]
                for k, tok in enumerate(tokens):
                    tok.sub, tok.pieces = k, len(tokens)
                out.extend(tokens)
            else:
                out.append(token)
    out = _transposed_columns(_repeated_amount_tokens(out))
    grid_of = {id(c): g for g in grids for c in g.cells}
    for tok in out:
        grid = grid_of.get(id(tok.cell))
        tok.whole_cell = grid is not None and grid.cells_whole
    out = _join_laid_out_pairs(_join_wrapped_pairs(out, grid_of))
    out = _join_wrapped_labels(out, grid_of)
    out = _join_labels_around_lines(out, grid_of)
    out = _join_split_dates(out, grid_of)
    out = _join_wrapped_words(out, grid_of)
    out = _join_split_decimals(out, grid_of)
    out = _join_split_points(out, grid_of)
    out = _join_laid_out_labels(out)
    out = _join_laid_out_fields(out)
    for i, tok in enumerate(out):
        tok.index = i
    return out


_LONE_OP = re.compile(rf"^{_OPS}$")
_LONE_UNIT = re.compile(rf"^(?:{_UNIT_RE})$")
_LEADING_KINDS = (Kind.LEVEL, Kind.VALUE, Kind.NUMBER)
_DATE_WORD = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:底|初|末|上旬|中旬|下旬|\d{1,2}日)?(?:前|之前|以前)?$"
                        r"|^\d{4}年(?:底|末)?(?:前|之前)?$")


# The shortest start of a level label wrapped in its column that counts as one (`服务对象满`).
MIN_LABEL_START = 3


def label_start(word: str) -> bool:
    """A word long enough to be the start of a level label wrapped in its column."""
    return len(word) >= MIN_LABEL_START and label_prefix(word)


def _spaced_cells(cell: Cell) -> list[Cell]:
    """Laid-out text puts a single space between cells of neighbouring columns when they come
    close (`产出指标 质量指标`, `2023年8月底前 2023年9月中旬 8`): such a cell is several when
    its words are labels, values and numbers (the last may be a name or a note). A name or a
    sentence with a space inside, or a target printed `≥ 95 %`, stays one cell."""
    words = cell.text.split(" ")
    if len(words) < 2 or cell.x0 is None or any(not w for w in words):
        return [cell]
    if any(_LONE_OP.match(w) or _LONE_UNIT.match(w) for w in words):
        return [cell]
    if _letter_spaced_label(words, cell):
        return [cell]
    kinds = [classify(w, cell).kind for w in words]
    # (备注 reads as a head field alone; beside column headings it is the note column's.)
    headers = all(k is Kind.COLUMN or column_label(w) for k, w in zip(kinds, words, strict=True)) \
        and any(k is Kind.COLUMN for k in kinds)
    if not headers and not all(k in _LEADING_KINDS or _DATE_WORD.match(w) or label_start(w)
                               for k, w in zip(kinds[:-1], words, strict=False)):
        return [cell]
    out, x = [], cell.x0
    for w in words:
        width = display_width(w)
        out.append(Cell(w, cell.row, cell.col, cell.location, cell.rowspan, cell.colspan,
                        x0=x, x1=x + width))
        x += width + 1
    return out


def _letter_spaced_label(words: list[str], cell: Cell) -> bool:
    """`产 出 指 标`, `一 级 指 标`, `项 目 名 称`: a label printed with a space between its
    characters (a PDF's justified narrow cell) is one cell, not one cell per character."""
    if not all(len(w) == 1 for w in words):
        return False
    joined = "".join(words)
    # (Also a label's part wrapped in its column: `效 益 指` / `标`, `满 意 度` / `指 标`.)
    return classify(joined, cell).kind in (Kind.LEVEL, Kind.COLUMN, Kind.FIELD) or \
        label_remnant(joined) or label_start(joined)


# Longest piece of a label wrapped onto the next line (`服务对象满意` / `度指标`).
MAX_WRAP_PIECE = 8


def _join_wrapped_pairs(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A 指标类型 pair wrapped onto the next line (`满意度指标-服务对象满` / `意度指标`): its
    two labels."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        b = tokens[i + 1] if i + 1 < len(tokens) else None
        pair = None
        if b is not None and a.kind is Kind.TEXT and b.kind in (Kind.TEXT, Kind.VALUE) \
                and a.cell is not b.cell and _same_stream(a, b, grid_of) \
                and re.search(r"[-—–－/／]", a.text):
            pair = _level_pair(a.text + b.text)
        if pair is None:
            out.append(a)
            i += 1
            continue
        first, second = (classify(p, a.cell) for p in pair)
        second.more_cells = [b.cell]
        first.sub, first.pieces, second.sub, second.pieces = 0, 2, 1, 2
        out += [first, second]
        i += 2
    return out


# How far (in characters) the wrapped half of a laid-out label pair may start from the first.
PAIR_ALIGN = 2.0
_PAIR_SEP = re.compile(r"[-—–－/／]")
# Most lines a laid-out label pair wraps onto below its row's line.
MAX_PAIR_LINES = 2


def _join_laid_out_pairs(tokens: list[Token]) -> list[Token]:
    """`产出指标/` over `数量指标`, or `满意度指标` / `/服务对象` / `满意度指标`, in their column
    (laid-out text): the row line's pair of labels; the wrapped parts' own lines (holding
    nothing else) keep nothing."""
    lines: dict[int, list[Token]] = {}
    for t in tokens:
        if t.cell.x0 is not None and t.kind is not Kind.EMPTY:
            lines.setdefault(t.row, []).append(t)
    used: set[int] = set()
    replaced: dict[int, list[Token]] = {}
    for a in tokens:
        if a.cell.x0 is None or id(a) in used or a.kind not in (Kind.LEVEL, Kind.TEXT):
            continue
        parts: list[Token] = []
        for row in range(a.row + 1, a.row + 1 + MAX_PAIR_LINES):
            here = lines.get(row, [])
            if len(here) != 1 or abs((here[0].cell.x0 or 0.0) - a.cell.x0) > PAIR_ALIGN:
                break
            parts.append(here[0])
        text = a.text + "".join(t.text for t in parts)
        if not parts or not _PAIR_SEP.search(text):
            continue
        pair = _level_pair(text)
        if pair is None:
            continue
        first, second = (classify(p, a.cell) for p in pair)
        second.more_cells = [t.cell for t in parts]
        first.sub, first.pieces, second.sub, second.pieces = 0, 2, 1, 2
        replaced[id(a)] = [first, second]
        used.update(id(t) for t in parts)
    if not replaced:
        return tokens
    return [q for t in tokens if id(t) not in used for q in replaced.get(id(t), [t])]


def _is_labelish(tok: Token) -> bool:
    return tok.kind in (Kind.FIELD, Kind.COLUMN, Kind.LEVEL)


# Wrapping seen in text without positions (one cell per line from a PDF): a column's long
# cells break at its edge, so lines pile up at that width. A line is taken as full when at
# least MIN_FULL_LINES distinct lines share its width (or one less), FULL_LINE_PEAK times
# those just below it, and the width is at least MIN_WRAP_WIDTH columns.
MIN_FULL_LINES = 4
FULL_LINE_PEAK = 3.0
MIN_WRAP_WIDTH = 12
# Folded from full width in CJK text: each took two columns where it was printed.
_FOLDED_PUNCT = re.compile(r"[,;:()!?]")


def _print_width(text: str) -> int:
    return display_width(text) + len(_FOLDED_PUNCT.findall(text))


def full_lines(body: list[Token]) -> frozenset[int]:
    """Ids of the tokens alone on their line whose width is where a column wraps."""
    per_line = Counter(t.cell.location.line for t in body if t.kind is not Kind.EMPTY)
    alone = [t for t in body if t.kind is not Kind.EMPTY and t.pieces == 1
             and t.cell.location.line is not None and per_line[t.cell.location.line] == 1]
    counts = Counter(_print_width(text) for text in {t.text for t in alone})
    widths = set()
    for w, n in counts.items():
        near = n + counts.get(w - 1, 0)
        below = max(counts.get(w - 2, 0) + counts.get(w - 3, 0), 1)
        if w >= MIN_WRAP_WIDTH and near >= MIN_FULL_LINES and near >= FULL_LINE_PEAK * below:
            widths.update((w, w - 1))
    return frozenset(id(t) for t in alone if _print_width(t.text) in widths)


def _join_wrapped_labels(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """Join a label that a line break cut in two (`其中：当年财政` / `拨款` → a field label).

    Only within streams (one cell per line) or within one cell: in a table, the cell below is
    another row.
    """
    out: list[Token] = []
    i = 0
    n = len(tokens)
    stream_grids = {id(g) for g in grid_of.values() if g.shape in (CELL_PER_LINE, TOKEN_PER_LINE)}
    streams = [t for t in tokens if t.cell.x0 is None and id(grid_of.get(id(t.cell))) in stream_grids]
    full = full_lines(streams) if streams else frozenset()
    while i < n:
        tok = tokens[i]
        joined = None
        # (After a line filled to its column's edge a plain word before a label is that cell's
        # end, not the label's start: `森林防灭火能力建设` / `项目` / `主管部门`.)
        goes_on = bool(full) and tok.kind in (Kind.TEXT, Kind.VALUE) and bool(out) \
            and id(out[-1]) in full and out[-1].kind in (Kind.TEXT, Kind.VALUE) \
            and i + 1 < n and _is_labelish(tokens[i + 1])
        # A joined label is short: a long first piece cannot start one.
        if not goes_on and tok.kind in (Kind.TEXT, Kind.VALUE, Kind.LEVEL, Kind.FIELD, Kind.COLUMN) and \
                len(tok.text) < MAX_LABEL_KEY:
            for span in (4, 3, 2):
                piece, end = _pieces(tokens, i, span, grid_of)
                if piece is None:
                    continue
                if not all(_same_stream(piece[0], t, grid_of) for t in piece[1:]):
                    continue
                if any(len(t.text) > MAX_WRAP_PIECE for t in piece[1:]):
                    continue
                if span == 4 and any(len(t.text) > 1 for t in piece):
                    continue  # four pieces: only a label printed one character per line
                text = "".join(t.text for t in piece)
                candidate = classify(text, piece[0].cell)
                if not _is_labelish(candidate) or _unknown_category(candidate):
                    continue
                # Worth it only when the pieces are not already labels of their own
                # (`年度` + `指标值` is one column header; `主管部门` + `实施单位` are two).
                if all(_is_labelish(t) for t in piece) and not _same_label(candidate, piece[0]) \
                        and not (candidate.column and not piece[0].column):
                    continue
                if _is_labelish(piece[0]) and _same_label(candidate, piece[0]) and \
                        _is_labelish(piece[-1]) and not _label_start_wrapped(piece, candidate):
                    continue
                if _is_labelish(piece[0]) and not _same_label(candidate, piece[0]) and \
                        not (candidate.column and not piece[0].column):
                    continue  # a whole label followed by others is not one longer label
                candidate.more_cells = [t.cell for t in piece[1:]]
                joined = (candidate, end - i)
                break
        if joined:
            out.append(joined[0])
            i += joined[1]
        else:
            out.append(tok)
            i += 1
    return out


# Longest piece of a head label wrapped in a narrow cell around its value's line (`项目实施单`).
MAX_AROUND_PIECE = 6


def _around_piece(tok: Token, lines: dict[int, list[Token]]) -> bool:
    line = tok.cell.location.line
    return line is not None and len(lines.get(line, [])) == 1 and \
        tok.kind in (Kind.TEXT, Kind.VALUE) and len(tok.text) <= MAX_AROUND_PIECE and \
        has_cjk(tok.text) and not any(ch.isdigit() for ch in tok.text)


def _join_labels_around_lines(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A head label wrapped in a narrow cell of a PDF table, printed around the line of the
    row it labels (pdfplumber text: `项目联` / `项目名称 X 王丽` / `系人`; also three pieces,
    `项目预算执` / `行情况（万 …` / `元）`): the pieces join into the label, which takes its
    place on the row's line — by position where the text keeps it, else after the line's
    first label and value (before the line's last cell), or first when the line starts with
    no label."""
    lines: dict[int, list[Token]] = {}
    for t in tokens:
        grid = grid_of.get(id(t.cell))
        if t.kind is Kind.EMPTY or grid is None or grid.columns_reliable or t.cell.location.line is None:
            continue
        lines.setdefault(t.cell.location.line, []).append(t)
    moves: dict[int, tuple[Token, Token]] = {}  # id(token the label goes before) → (label, ...)
    dropped: set[int] = set()
    for line, row in lines.items():
        above, below = lines.get(line - 1), lines.get(line + 1)
        if not above or not below or len(row) < 2 or not all(
                _around_piece(p[0], lines) for p in (above, below)):
            continue
        top, bottom = above[0], below[0]
        if grid_of.get(id(top.cell)) is not grid_of.get(id(row[0].cell)) or \
                grid_of.get(id(bottom.cell)) is not grid_of.get(id(row[0].cell)):
            continue
        middle = None
        # Three pieces on every other line, around two row lines (`项目预算执` / labels /
        # `行情况（万` / amounts / `元）`): the label goes before the first row line.
        third = lines.get(line + 3)
        if third and _around_piece(third[0], lines) and lines.get(line + 2) and \
                grid_of.get(id(third[0].cell)) is grid_of.get(id(top.cell)):
            long = classify(top.text + bottom.text + third[0].text, top.cell)
            if long.kind is Kind.FIELD and long.field and classify(
                    top.text + bottom.text, top.cell).kind is not Kind.FIELD:
                long.more_cells = [bottom.cell, third[0].cell]
                moves[id(row[0])] = (long, row[0])
                dropped |= {id(top), id(bottom), id(third[0])}
                continue
        label = classify(top.text + bottom.text, top.cell)
        if label.kind is not Kind.FIELD and row[0].kind in (Kind.TEXT, Kind.VALUE) and \
                len(row[0].text) <= MAX_AROUND_PIECE:
            label, middle = classify(top.text + row[0].text + bottom.text, top.cell), row[0]
        if label.kind is not Kind.FIELD or not label.field:
            continue
        rest = [t for t in row if t is not middle]
        if not rest:
            continue
        x = min((p.cell.x0 for p in (top, bottom) if p.cell.x0 is not None), default=None)
        if middle is not None or rest[0].kind is not Kind.FIELD:
            before = rest[0]
        elif x is not None and all(t.cell.x0 is not None for t in rest):
            before = next((t for t in rest if (t.cell.x0 or 0.0) >= x - 1), None)
        else:
            before = rest[-1] if len(rest) >= 3 and rest[-1].kind is not Kind.FIELD else None
        if before is None or before.kind is Kind.FIELD:
            continue
        label.more_cells = [c for c in (middle.cell if middle else None, bottom.cell) if c]
        moves[id(before)] = (label, before)
        dropped |= {id(top), id(bottom)} | ({id(middle)} if middle else set())
    if not moves:
        return tokens
    out: list[Token] = []
    for t in tokens:
        if id(t) in dropped:
            continue
        if id(t) in moves:
            out.append(moves[id(t)][0])
        out.append(t)
    return out


def _label_start_wrapped(piece: list[Token], candidate: Token) -> bool:
    """`服务对象` / `满意度指标`: a label's unsuffixed start and the rest, itself a label, make
    the full label (not two labels)."""
    first = piece[0].level2 or piece[0].level1
    whole = candidate.level2 or candidate.level1
    return len(piece) == 2 and piece[0].is_level and first is not None and not first.suffixed \
        and whole is not None and whole.suffixed and label_key(candidate.text) != label_key(piece[-1].text)


_YEAR_END = re.compile(r"^(.*?)(\d{4}年)$")
_MONTH_START = re.compile(r"^\d{1,2}月")


# Words a worded target ends with (逐步缩小, 持续提升): a cell cut inside one (逐步缩 / 小) is
# one value.
_TREND_END = re.compile(r"(?:缩小|提升|提高|改善|增强|健全|完善|降低|下降|增加|减少|增长|扩大|优化|"
                        r"加强|好转|稳定)$")
MAX_WRAPPED_PIECE = 2


def _join_wrapped_words(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A narrow cell wrapped onto the next line, one piece per line: a scoring rule
    (`达到得满分，未达到酌情` / `扣分`) or a worded value (`逐步缩` / `小`) whose pieces only
    make sense together."""
    out: list[Token] = []
    last: int | None = None  # where the last non-empty token stands in `out`
    for t in tokens:
        prev = out[last] if last is not None else None
        if prev is not None and t.kind is not Kind.EMPTY and prev.cell is not t.cell \
                and t.pieces == 1 and prev.pieces == 1 and _same_stream(prev, t, grid_of) \
                and _wrapped_word(prev.text, t.text):
            joined = classify(prev.text + t.text, prev.cell)
            joined.more_cells = [*prev.more_cells, t.cell]
            out[last] = joined
            continue
        if t.kind is not Kind.EMPTY:
            last = len(out)
        out.append(t)
    return out


def _wrapped_word(a: str, b: str) -> bool:
    a, b = compact(a), compact(b)
    if _RULE_IN_TEXT.match(a) is not None and not is_scoring_rule(a) and is_scoring_rule(a + b):
        return True
    # (The line break falls inside the trend word: 逐步缩 / 小, not 无 / 健全.)
    trend = _TREND_END.search(a + b)
    return len(b) <= MAX_WRAPPED_PIECE and has_cjk(b) and trend is not None \
        and trend.start() < len(a) < trend.end() and not is_level_label(b)


def _join_split_dates(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A deadline cut at a line break (`…完成时间2024年` / `10月底前`): the year joins the month."""
    out: list[Token] = []
    following: list[Token | None] = [None] * len(tokens)
    upcoming: Token | None = None
    for k in range(len(tokens) - 1, -1, -1):
        following[k] = upcoming
        if tokens[k].kind is not Kind.EMPTY:
            upcoming = tokens[k]
    for k, t in enumerate(tokens):
        nxt = following[k]
        m = _YEAR_END.match(t.text)
        if m and nxt is not None and _MONTH_START.match(nxt.text) and \
                _same_stream(t, nxt, grid_of):
            head, year = m.group(1), m.group(2)
            joined = classify(year + nxt.text, nxt.cell)
            joined.more_cells = [t.cell]
            nxt.text, nxt.kind = joined.text, joined.kind
            nxt.more_cells.append(t.cell)
            if head:
                rest = classify(head, t.cell)
                rest.sub, rest.pieces = t.sub, t.pieces
                out.append(rest)
            continue
        out.append(t)
    return out


_POINTS_OPEN = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*$")
_POINTS_CLOSE = re.compile(r"^\s*分\s*[)）]")


_CUT_DECIMAL = re.compile(r"^\d+\.$")


def _join_split_decimals(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A number cut at its decimal point by a narrow cell (`97.` / `2`), in a stream; also
    around the line of its row (`97.` / `总分 100` / `2`: the cell centred on its row's line),
    where the number joins below, after the row's label."""
    tokens = _join_decimals_around_row(tokens, grid_of)
    out: list[Token] = []
    for t in tokens:
        prev = out[-1] if out else None
        if prev is not None and _CUT_DECIMAL.match(prev.text) and re.fullmatch(r"\d+", t.text) \
                and prev.cell is not t.cell and _same_stream(prev, t, grid_of):
            joined = classify(prev.text + t.text, prev.cell)
            joined.more_cells = [*prev.more_cells, t.cell]
            out[-1] = joined
            continue
        out.append(t)
    return out


def _join_decimals_around_row(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    by_line: dict[int, list[Token]] = {}
    for t in tokens:
        if t.kind is not Kind.EMPTY and t.cell.location.line is not None:
            by_line.setdefault(t.cell.location.line, []).append(t)
    taken: set[int] = set()
    after: dict[int, Token] = {}  # the row's last number → the joined number, placed after it
    for line, here in by_line.items():
        below, middle = by_line.get(line + 2, []), by_line.get(line + 1, [])
        if len(here) != 1 or len(below) != 1 or not middle or not _CUT_DECIMAL.match(here[0].text) \
                or not re.fullmatch(r"\d+", below[0].text) or not _same_stream(here[0], below[0], grid_of):
            continue
        head, tail = here[0], below[0]
        joined = classify(head.text + tail.text, tail.cell)
        tail.text, tail.kind = joined.text, joined.kind
        tail.more_cells.append(head.cell)
        taken.update((id(head), id(tail)))
        anchor = next((t for t in reversed(middle) if t.kind is Kind.NUMBER), middle[-1])
        after[id(anchor)] = tail
    return moved_after(tokens, taken, after)


def moved_after(tokens: list[Token], taken: set[int], after: dict[int, Token]) -> list[Token]:
    """The tokens without those `taken` (by id), each of `after`'s tokens placed right after
    the token whose id keys it."""
    out: list[Token] = []
    for t in tokens:
        if id(t) not in taken:
            out.append(t)
        if id(t) in after:
            out.append(after[id(t)])
    return out


def _join_split_points(tokens: list[Token], grid_of: dict[int, Grid]) -> list[Token]:
    """A rubric category's points cut at a line break (`资金管理(12` / `分)资金到位率`): the
    closing `分)` joins the label; what follows it stays the next token. In laid-out text the
    closing piece stands under the label on the next line (`决策（15` / `分）`)."""
    items = [t for t in tokens if t.kind is not Kind.EMPTY]
    for t, nxt in zip(items, items[1:], strict=False):
        m = _POINTS_CLOSE.match(nxt.text)
        if not m or not _POINTS_OPEN.search(t.text) or not _same_stream(t, nxt, grid_of):
            continue
        _close_points(t, nxt, m.end())
    below = _laid_out_below(items)
    used: set[int] = set()
    for t in items:
        if not t.text or t.cell.x0 is None:
            continue
        opened = _POINTS_OPEN.search(t.text) or _POINTS_OPEN_UNIT.search(t.text)
        closing = below.get(id(t))
        if not opened or closing is None:
            continue
        m = (_POINTS_CLOSE if _POINTS_OPEN.search(t.text) else _PAREN_CLOSE).match(closing.text)
        if m and m.end() == len(closing.text):
            _close_points(t, closing, m.end())
            used.add(id(closing))
    return _without_taken(tokens, used)


def _join_laid_out_labels(tokens: list[Token]) -> list[Token]:
    """A level label wrapped in its column of laid-out text onto a line of its own below its
    row (`服务对象满意` / `度指标`). (Where the piece below shares its line with a row, the
    label is centred on the row instead, which the table reads by position.)"""
    items = [t for t in tokens if t.kind is not Kind.EMPTY]
    below = _laid_out_below(items)
    lines = Counter(t.cell.location.line for t in items if t.text)
    used: set[int] = set()
    for t in items:
        closing = below.get(id(t))
        if closing is None or not t.text or not closing.text or t.kind is Kind.LEVEL \
                or closing.kind not in (Kind.TEXT, Kind.VALUE) or id(closing) in used \
                or lines.get(closing.cell.location.line, 0) != 1:
            continue
        label = classify(t.text + closing.text, t.cell)
        if label.kind is Kind.LEVEL and label_prefix(t.text):
            t.text, t.kind, t.level1, t.level2 = label.text, label.kind, label.level1, label.level2
            t.more_cells.append(closing.cell)
            closing.text, closing.kind = "", Kind.EMPTY
            used.add(id(closing))
    return _without_taken(tokens, used)


# Longest piece of a head label wrapped in its narrow column (`项目实施单` / `位`).
MAX_FIELD_PIECE = 6
MAX_FIELD_PIECES = 3
_FIELD_PIECE_KINDS = (Kind.TEXT, Kind.VALUE, Kind.FIELD, Kind.COLUMN)


def _join_laid_out_fields(tokens: list[Token]) -> list[Token]:
    """A head label wrapped in its narrow column of laid-out text (`项目联系` / `人`,
    `项目预算执` / `行情况（万` / `元）`): the pieces below it finish it."""
    items = [t for t in tokens if t.kind is not Kind.EMPTY]
    below = _laid_out_below(items)
    used: set[int] = set()
    for t in items:
        # (Pieces may be words of labels themselves: 其他 / 资金, 预算 / 年度, 实施 / 单位.)
        if t.kind not in _FIELD_PIECE_KINDS or id(t) in used or not starts_field_label(t.text):
            continue
        chain, text, nxt = [], t.text, below.get(id(t))
        while nxt is not None and len(chain) < MAX_FIELD_PIECES - 1 and id(nxt) not in used \
                and nxt.kind in _FIELD_PIECE_KINDS and len(nxt.text) <= MAX_FIELD_PIECE:
            chain.append(nxt)
            text += nxt.text
            if field_label(text):
                label = classify(text, t.cell)
                t.text, t.kind, t.field, t.column = label.text, label.kind, label.field, label.column
                t.more_cells.extend(c.cell for c in chain)
                for c in chain:
                    c.text, c.kind = "", Kind.EMPTY
                    used.add(id(c))
                break
            nxt = below.get(id(nxt))
    return _without_taken(tokens, used)


def _without_taken(tokens: list[Token], taken: set[int]) -> list[Token]:
    """The tokens left after joins: a piece joined whole in a stream stays as an empty cell;
    a laid-out piece joined whole (`taken`) leaves nothing in its place."""
    return [t for t in tokens if (t.kind is Kind.EMPTY and id(t) not in taken) or t.text]


_POINTS_OPEN_UNIT = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*$")
_PAREN_CLOSE = re.compile(r"^\s*[)）]")
# How far apart (in characters) a laid-out piece may start from the label it ends.
PIECE_ALIGN = 2.0


def _laid_out_below(items: list[Token]) -> dict[int, Token]:
    """For each positioned token, the token starting at its place on the next line."""
    by_line: dict[int, list[Token]] = {}
    for t in items:
        if t.cell.x0 is not None and t.cell.location.line is not None:
            by_line.setdefault(t.cell.location.line, []).append(t)
    out: dict[int, Token] = {}
    for line, toks in by_line.items():
        for t in toks:
            for u in by_line.get(line + 1, []):
                if abs((u.cell.x0 or 0.0) - (t.cell.x0 or 0.0)) <= PIECE_ALIGN:
                    out[id(t)] = u
                    break
    return out


def _close_points(t: Token, closing: Token, end: int) -> None:
    label = classify(t.text + closing.text[:end].strip() if not _POINTS_OPEN.search(t.text)
                     else t.text + "分)", t.cell)
    t.text, t.kind, t.level1, t.level2 = label.text, label.kind, label.level1, label.level2
    t.more_cells.append(closing.cell)
    rest = classify(closing.text[end:], closing.cell)
    closing.text, closing.kind, closing.level1, closing.level2 = \
        rest.text, rest.kind, rest.level1, rest.level2
    closing.field, closing.column = rest.field, rest.column


def _pieces(tokens: list[Token], i: int, span: int,
            grid_of: dict[int, Grid]) -> tuple[list[Token] | None, int]:
    """`span` non-empty tokens from i; in a stream one blank line may sit between two pieces
    (PDF text puts the wrapped half of a cell after an empty line)."""
    piece: list[Token] = []
    j = i
    while j < len(tokens) and len(piece) < span:
        t = tokens[j]
        if t.kind is Kind.EMPTY:
            blank_ok = piece and j + 1 < len(tokens) and tokens[j + 1].kind is not Kind.EMPTY \
                and _same_stream(piece[-1], tokens[j + 1], grid_of) and \
                piece[-1].cell is not tokens[j + 1].cell
            if not blank_ok:
                return None, j
            j += 1
            continue
        piece.append(t)
        j += 1
    return (piece, j) if len(piece) == span else (None, j)


def _unknown_category(tok: Token) -> bool:
    """A category only the 类指标 pattern vouches for: never made by joining pieces."""
    match = tok.level1 if tok.kind is Kind.LEVEL and tok.level2 is None else None
    return bool(match and match.canonical == match.printed and _OTHER_CATEGORY.match(tok.text))


def _same_label(a: Token, b: Token) -> bool:
    return (a.kind, a.field, a.column, a.level1 and a.level1.canonical,
            a.level2 and a.level2.canonical) == (b.kind, b.field, b.column,
                                                 b.level1 and b.level1.canonical,
                                                 b.level2 and b.level2.canonical)


# Cells of one table row joined into a label only when this short (`主管 | 部门` from OCR).
MAX_SPLIT_LABEL_CELL = 4


def _same_stream(a: Token, b: Token, grid_of: dict[int, Grid]) -> bool:
    if a.cell is b.cell:
        return True
    grid = grid_of.get(id(a.cell))
    if grid is None or grid is not grid_of.get(id(b.cell)):
        return False
    if not grid.rows_reliable:
        return True
    # Side by side in one row: a label that OCR cut at a character gap (`项目 | 名称`).
    return a.row == b.row and b.col == a.col + 1 and not grid.columns_reliable and \
        len(a.text) <= MAX_SPLIT_LABEL_CELL and len(b.text) <= MAX_SPLIT_LABEL_CELL


_CJK_RE = re.compile(f"[{CJK}]")


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


@dataclass
class Stream:
    """A form's tokens and what has been taken from them."""

    tokens: list[Token]
    notes: list[str] = dataclasses.field(default_factory=list)
