"""Form vocabulary: indicator levels and field labels, with the variants forms print.

Provinces and years print the same label differently (产出 / 产出指标 / 产出类指标, 满意度 /
服务对象满意度指标, traditional 續, OCR look-alikes 対 満) and PDF extraction splits labels
over cells and lines (`满意 度指 标`). Everything here matches on a *key*: the text with all
whitespace removed, width folded and variant characters mapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from jixiao.text import CJK as CJK
from jixiao.text import cjk_count as cjk_count
from jixiao.text import compact
from jixiao.text import is_cjk as is_cjk

# --- form kinds -------------------------------------------------------------------------


class FormKind(StrEnum):
    """What a form is; the value is the record's JSON ``form`` field."""

    TARGET_DECLARATION = "target_declaration"
    SELF_EVALUATION = "self_evaluation"
    DEPARTMENT_TARGET = "department_target"
    DEPARTMENT_SELF_EVALUATION = "department_self_evaluation"

    @property
    def is_self_evaluation(self) -> bool:
        return self in (FormKind.SELF_EVALUATION, FormKind.DEPARTMENT_SELF_EVALUATION)

    @property
    def is_department(self) -> bool:
        return self in (FormKind.DEPARTMENT_TARGET, FormKind.DEPARTMENT_SELF_EVALUATION)

    @property
    def label_zh(self) -> str:
        return _FORM_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _FORM_LABELS[self][1]


_FORM_LABELS = {
    FormKind.TARGET_DECLARATION: ("绩效目标申报表", "performance target declaration"),
    FormKind.SELF_EVALUATION: ("绩效自评表", "performance self-evaluation"),
    FormKind.DEPARTMENT_TARGET: ("部门整体支出绩效目标表", "department-wide performance targets"),
    FormKind.DEPARTMENT_SELF_EVALUATION: (
        "部门整体支出绩效自评表", "department-wide performance self-evaluation"),
}


class TextFlag(StrEnum):
    """What the reader noticed about a text's quality (``Indicator.flags``, ``Project.flags``)."""

    GARBLED = "garbled"  # characters look damaged by OCR or extraction (kana, look-alikes)
    FRAGMENT = "fragment"  # the text looks cut off (a cell split by a page or column break)
    REPAIRED = "repaired"  # the reader changed what was printed; the printed form is kept

    @property
    def label_zh(self) -> str:
        """What the web page and the CLI say about text with this flag."""
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    TextFlag.GARBLED: "文字可能有识别错误",
    TextFlag.FRAGMENT: "文字可能不完整",
    TextFlag.REPAIRED: "文字已按其他写法自动修正",
}


# --- the indicator category tree ----------------------------------------------------------

#: 一级指标 → its 二级指标, in the order forms print them. The one definition of the tree.
CATEGORY_TREE: dict[str, tuple[str, ...]] = {
    "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
    "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
    "成本指标": ("经济成本指标", "社会成本指标", "生态环境成本指标"),
}
LEVEL1: tuple[str, ...] = tuple(CATEGORY_TREE)
# The cost sub-categories follow 成本指标 (the older templates' level 2 they refine).
LEVEL2: tuple[str, ...] = tuple(
    l2 for l1 in ("产出指标", "成本指标", "效益指标", "满意度指标") for l2 in CATEGORY_TREE[l1]
)
# 成本指标 is a level 2 under 产出指标 in older templates and a level 1 of its own since 2021.
_PARENT = {l2: l1 for l1, l2s in reversed(CATEGORY_TREE.items()) for l2 in l2s}
_PARENT["成本指标"] = "产出指标"

#: English labels, for the RDF export and English-speaking users of the JSON.
CATEGORY_LABELS_EN: dict[str, str] = {
    "产出指标": "output indicators", "效益指标": "outcome indicators",
    "满意度指标": "satisfaction indicators", "成本指标": "cost indicators",
    "数量指标": "quantity indicators", "质量指标": "quality indicators",
    "时效指标": "timeliness indicators",
    "经济成本指标": "economic cost indicators", "社会成本指标": "social cost indicators",
    "生态环境成本指标": "environmental cost indicators",
    "经济效益指标": "economic benefit indicators", "社会效益指标": "social benefit indicators",
    "生态效益指标": "ecological benefit indicators",
    "可持续影响指标": "sustainable impact indicators",
    "服务对象满意度指标": "service recipient satisfaction indicators",
}


def level1_order(level1: str | None) -> int:
    """Sort key: categories in the order forms print them, unknown ones last."""
    return LEVEL1.index(level1) if level1 in LEVEL1 else len(LEVEL1)


def level2_order(level2: str | None) -> int:
    return LEVEL2.index(level2) if level2 in LEVEL2 else len(LEVEL2)


# Traditional and Japanese forms that OCR/PDF text uses for label characters.
_VARIANTS = str.maketrans({
    "續": "续", "滿": "满", "満": "满", "標": "标", "項": "项", "資": "资", "會": "会",
    "對": "对", "対": "对", "務": "务", "經": "经", "経": "经", "濟": "济", "済": "济",
    "質": "质", "數": "数", "時": "时", "產": "产", "産": "产", "響": "响", "態": "态",
    "環": "环", "級": "级", "單": "单", "門": "门", "額": "额", "撥": "拨", "結": "结",
    "轉": "转", "績": "绩", "總": "总", "設": "设", "財": "财", "計": "计", "劃": "划",
    "實": "实", "際": "际", "値": "值", "効": "效", "預": "预", "補": "补", "稱": "称",
    "開": "开", "內": "内", "應": "应", "發": "发",
})

_PUNCT = re.compile(r"[:：;；,，.。、\-—_*#|]+")
_PAREN_UNIT = re.compile(r"[(（]\s*(?:万元|元)\s*[)）]")


def label_key(text: str) -> str:
    """Comparable form of a label: no whitespace, half-width, simplified, no punctuation."""
    return _PUNCT.sub("", compact(text).translate(_VARIANTS))


# --- indicator levels -------------------------------------------------------------------

# key core (label without 指标/类指标 suffix) → canonical label
_L1_CORES = {
    "产出": "产出指标", "效益": "效益指标", "效果": "效益指标",
    "满意度": "满意度指标", "满意": "满意度指标", "成本": "成本指标",
}
_L2_CORES = {
    "数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "进度": "时效指标",
    "时间": "时效指标", "时效性": "时效指标",
    "成本": "成本指标",
    "经济成本": "经济成本指标", "社会成本": "社会成本指标",
    "生态环境成本": "生态环境成本指标", "生态成本": "生态环境成本指标",
    "环境成本": "生态环境成本指标",
    "经济效益": "经济效益指标", "社会效益": "社会效益指标",
    "生态效益": "生态效益指标", "生态环境效益": "生态效益指标", "环境效益": "生态效益指标",
    "可持续影响": "可持续影响指标", "可持续发展": "可持续影响指标",
    "可持续": "可持续影响指标", "可持续性": "可持续影响指标",
    "可持续发展影响": "可持续影响指标",
    "服务对象满意度": "服务对象满意度指标", "满意度": "服务对象满意度指标",
    "社会公众满意度": "服务对象满意度指标", "社会公众或服务对象满意度": "服务对象满意度指标",
    "服务对象或社会公众满意度": "服务对象满意度指标", "群众满意度": "服务对象满意度指标",
    "服务对象": "服务对象满意度指标",
}
# Longest first so 类指标 wins over 指标; 指/标 alone are what is left when a PDF drops a char.
# Some templates name the categories 目标 instead of 指标 (产出目标 / 数量目标 / 满意度目标).
_SUFFIXES = ("类指标", "指标", "类目标", "目标", "类", "指")


@dataclass(frozen=True)
class LabelMatch:
    """A printed label recognised as a canonical one."""

    canonical: str
    printed: str
    # True when the printed text carries the 指标 suffix (a label, not a level-3 text that
    # happens to equal a label's core, like 社会效益 or 满意度).
    suffixed: bool


def _split_suffix(key: str) -> tuple[str, bool]:
    for suf in _SUFFIXES:
        if key.endswith(suf) and len(key) > len(suf):
            return key[: -len(suf)], True
    return key, False


# A label's points note cut by a line break (`产出指标(55` / `分)`): no part of the label;
# nor is the outline number a form prints before it (`一、产出指标`, `（一）数量指标`).
_CUT_POINTS_NOTE = re.compile(r"[(（]\s*(?:\d+(?:\.\d*)?\s*分?)?$")
_LABEL_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                           r"|\d{1,2}[、.．](?!\d)|\d{1,2}(?:[.．]\d{1,2})+(?=[\u4e00-\u9fff]))\s*")


# A label printed inside brackets (`【产出指标】`, `[数量指标]`): the label.
_WRAPPED_LABEL = re.compile(r"^\s*[\[【〔〖(（]([^\[\]【】〔〕〖〗()（）]+)[\]】〕〗)）]\s*$")


def _label_core(text: str) -> str:
    wrapped = _WRAPPED_LABEL.match(text)
    bare = _LABEL_NUMBER.sub("", wrapped.group(1) if wrapped else text)
    bare = _CUT_POINTS_NOTE.sub("", bare) or bare
    return bare or text


def match_level1(text: str) -> LabelMatch | None:
    """Recognise a level-1 label (产出 / 产出指标 / 产出类指标 / `满意 度指 标` …)."""
    core, suffixed = _split_suffix(label_key(_label_core(text)))
    canon = _L1_CORES.get(core)
    return LabelMatch(canon, text.strip(), suffixed) if canon else None


def match_level2(text: str) -> LabelMatch | None:
    """Recognise a level-2 label (数量 / 数量指标 / 社会效益 指标 / 满意度 …)."""
    core, suffixed = _split_suffix(label_key(_label_core(text)))
    canon = _L2_CORES.get(core)
    return LabelMatch(canon, text.strip(), suffixed) if canon else None


def canonical_level1(text: str) -> str | None:
    m = match_level1(text)
    return m.canonical if m else None


def canonical_level2(text: str, level1: str | None = None) -> str | None:
    """Canonical level-2 label; `level1` resolves 满意度 (a level 2 under 满意度指标)."""
    m = match_level2(text)
    if not m:
        return None
    if level1 == "成本指标" and m.canonical == "成本指标":
        return "经济成本指标"
    return m.canonical


def parent_level1(level2: str | None) -> str | None:
    """The level-1 label a canonical level-2 label belongs under."""
    return _PARENT.get(level2 or "")


def is_level_label(text: str) -> bool:
    return bool(match_level1(text) or match_level2(text))


def label_prefix(text: str) -> bool:
    """True when `text` could be the start of a level label cut by a line break (`满意度指`)."""
    key = label_key(_label_core(text))
    if not key:
        return False
    names = list(LEVEL1) + list(LEVEL2) + list(_L2_CORES) + ["社会公众或服务对象满意度指标"]
    return any(n.startswith(key) and n != key for n in names)


def label_remnant(text: str) -> bool:
    """A piece of a level label cut by a PDF into short pieces (`度指`, `标`, `对象`, `指标`)
    that is not a label by itself: structure to skip, not a level-3 text."""
    key = label_key(text)
    if not key or len(key) > 3 or is_level_label(text):
        return False
    names = set(LEVEL1) | set(LEVEL2) | {k + "指标" for k in _L2_CORES}
    return any(key in n for n in names)


def complete_label(text: str) -> LabelMatch | None:
    """The one level label a cut-off piece (`服务`, `可持`) can only be the start of."""
    key = label_key(text)
    if len(key) < 2:
        return None
    hits = {c for c in LEVEL1 + LEVEL2 if c.startswith(key)}
    hits |= {c for k, c in _L2_CORES.items() if k.startswith(key)}
    return LabelMatch(hits.pop(), text.strip(), False) if len(hits) == 1 else None


# --- field labels -----------------------------------------------------------------------

# field → printed variants (as keys). Order inside a tuple does not matter: matching is by
# longest variant first.
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目名", "项目名称及编码"),
    "nature": ("项目性质",),
    "category": ("项目类别", "项目类型"),
    "department": ("主管部门", "主管单位", "主管部门及代码", "主管部门名称"),
    "unit": ("实施单位", "预算单位", "项目实施单位", "项目单位", "申报单位", "单位名称",
             "实施单位及代码", "预算单位名称"),
    "start": ("计划开始日期", "项目开始日期", "开始日期"),
    "end": ("计划完成日期", "项目完成日期", "完成日期"),
    # When the form was filled in (kept among the head's other fields).
    "filed_on": ("填报日期", "填表日期", "报送日期", "编制日期", "填报时间"),
    "period": ("项目期", "项目周期", "实施期限", "项目实施期"),
    "funds_block": ("项目资金", "预算规模及资金用途", "项目资金情况", "资金情况",
                    "预算规模", "项目资金万元", "项目资金元", "资金来源", "部门预算", "部门预算资金"),
    "project_total": ("项目资金总额", "项目总投资", "资金总额"),
    "total": ("年度资金申请总额", "年度资金总额", "预算数", "年度预算数", "年度预算",
              "年度资金", "本年度资金总额", "资金申请总额", "年度预算资金", "预算资金总额"),
    "fiscal": ("其中当年财政拨款", "当年财政拨款", "本年财政拨款", "其中本年财政拨款", "其中财政资金",
               "财政资金", "财政拨款", "其中财政拨款", "财政性资金", "其中财政性资金"),
    "carryover": ("上年结转资金", "上年结转", "其中上年结转资金", "结转资金"),
    "other": ("其他资金", "其中其他资金", "其他来源资金", "自筹资金"),
    "fund_use": ("资金用途", "主要用途", "预算用途"),
    "goal_block": ("项目绩效目标", "绩效目标", "项目总体目标", "年度目标"),
    "goal_total": ("项目总目标", "总体目标"),
    "goal": ("年度总体目标", "年度绩效目标", "年度总目标", "年度目标内容", "目标内容",
             "绩效目标内容", "项目年度目标"),
    "indicators_block": ("绩效指标", "项目绩效指标", "年度绩效指标"),
    # self-evaluation only
    "budget_start": ("年初预算数",),
    "budget_year": ("全年预算数",),
    "executed": ("全年执行数", "全年执行"),
    "execution_rate": ("执行率", "执行率%", "预算执行率"),
    "score_cell": ("分数", "分值", "权重"),
    "score": ("得分",),
    "total_score": ("总分",),
    "grade": ("评分等级", "自评等级", "等级"),
    "actual": ("实际完成值", "实际完成情况", "全年实际完成值"),
    "deviation": ("偏差原因分析及改进措施", "偏差原因", "偏差原因及改进措施"),
}

# Indicator table headers (matched as whole cells).
HEADERS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "level3": ("三级指标", "指标名称", "绩效指标名称"),
    "description": ("绩效指标描述", "指标描述", "指标解释", "指标内容"),
    "target": ("指标值", "年度指标值", "年度项目指标值", "年度/项目指标值", "目标值",
               "预期指标值", "指标目标值", "年度目标值", "预期目标值", "绩效指标值",
               "全年指标值", "年度(/项目)指标值"),
    "measure_unit": ("计量单位", "度量单位", "单位"),
    "direction": ("指标方向", "指标性质", "计算方法", "比较方式"),
    "weight": ("分值", "权重", "指标分值"),
    "actual": ("实际完成值", "全年实际完成值", "实际完成情况"),
    "score": ("得分",),
    "deviation": ("偏差原因分析及改进措施", "偏差原因", "偏差原因及改进措施",
                  "偏差原因分析"),
}

# Whole cells found only in self-evaluations (declarations may well have 预算执行率 rows).
SELF_EVALUATION_MARKERS = ("实际完成值", "全年执行数", "全年执行", "执行率", "执行率(%)",
                           "年初预算数", "全年预算数", "偏差原因", "评分等级", "自评得分",
                           "总分")

_FIELD_BY_KEY = {label_key(v): f for f, vs in FIELDS.items() for v in vs}
_HEADER_BY_KEY = {label_key(v): h for h, vs in HEADERS.items() for v in vs}


def _field_key(text: str) -> str:
    # A label may carry its amount unit (`项目资金 (元)`) or a colon: neither changes its meaning.
    return label_key(_PAREN_UNIT.sub("", text))


def match_field(text: str) -> str | None:
    """Field name when the whole cell is a field label (`主管 部门`, `年度资金总额:`)."""
    key = _field_key(text)
    return _FIELD_BY_KEY.get(key) if key else None


def match_header(text: str) -> str | None:
    """Indicator-table column a whole cell names (`一级指标`, `年度(/项目)指标值` …)."""
    key = label_key(text)
    key2 = label_key(re.sub(r"[()（）/]", "", compact(text)))
    return _HEADER_BY_KEY.get(key) or _HEADER_BY_KEY.get(key2)


def field_prefix(text: str) -> bool:
    """True when `text` may be the start of a field label cut by a cell or line break."""
    key = _field_key(text)
    if not key:
        return False
    return any(k.startswith(key) and k != key for k in _FIELD_BY_KEY) or any(
        k.startswith(key) and k != key for k in _HEADER_BY_KEY
    )


def _label_regex(variants: list[str]) -> re.Pattern[str]:
    # Inner whitespace and an optional trailing colon are tolerated: PDFs print `主管 部门：`.
    alts = sorted(variants, key=len, reverse=True)
    parts = [r"\s*".join(re.escape(ch) for ch in v) for v in alts]
    return re.compile(r"(?:其\s*中\s*[:：]?\s*)?(?:" + "|".join(parts) + r")(?:\s*[(（]\s*(?:万元|元)\s*[)）])?\s*[:：]?")


_SCAN_FIELDS = (
    "name", "nature", "category", "department", "unit", "start", "end", "funds_block",
    "project_total", "total", "fiscal", "carryover", "other", "goal_total", "goal",
    "goal_block", "fund_use",
)


@cache
def _scan_re() -> re.Pattern[str]:
    # Compiled when the reader first scans (~5 ms): a search never does.
    return _label_regex([v for f in _SCAN_FIELDS for v in FIELDS[f] if len(v) >= 4])


_SCAN_FIELD_BY_KEY = {label_key(v): f for f in _SCAN_FIELDS for v in FIELDS[f]}


def scan_fields(text: str) -> list[tuple[str, int, int]]:
    """Field labels inside a running line: [(field, start, end)] on the (normalised) text.

    For one-line headers like `项目名称 业务培训 项目性质` or `其他资金 其他资金 0.00`.
    Only labels of 4+ characters are scanned, so that short words inside values do not count.
    """
    found = []
    for m in _scan_re().finditer(text):
        key = _field_key(m.group(0))
        field = _SCAN_FIELD_BY_KEY.get(key) or match_field(m.group(0))
        if field:
            found.append((field, m.start(), m.end()))
    return found


def amount_unit(text: str) -> str | None:
    """`元` or `万元` when the text declares the amount unit (`单位：万元`, `项目资金(元)`)."""
    t = compact(text)
    m = re.search(r"单位[:：]?(万元|元)", t) or re.search(r"[(（](万元|元)[)）]", t)
    if m:
        return m.group(1)
    if re.search(r"资金[(（]?万元|万元[)）]", t):
        return "万元"
    return None


def is_group_label(text: str) -> bool:
    """Row-group labels of the form grid (`项目 绩效 目标`, `绩效 指标`): structure, no data."""
    return match_field(text) in ("goal_block", "indicators_block", "funds_block")


_ORG_SUFFIX = re.compile(
    r"(委员会|中心|局|厅|院|所|站|办公室|办|学校|大学|学院|医院|协会|学会|基金会|会|处|队|馆|室|部|社|台|"
    r"团|公司|集团|研究院|管理所|事务所|委|府|署|科|校|园)$"
)
_ORG_CODE = re.compile(r"^\[?\d{3,}\]?\s*")


def org_name(text: str) -> tuple[str, str | None] | None:
    """(name, code) when the text reads as an organisation (`368227天津市医学考试中心`)."""
    t = compact(text)
    m = _ORG_CODE.match(t)
    code = m.group(0).strip("[] ") if m else None
    name = t[m.end():] if m else t
    if 4 <= len(name) <= 40 and _ORG_SUFFIX.search(name) and not re.search(r"\d{4}年", name):
        return name, code
    return None


# --- reading forms: field labels, table columns, form titles ------------------------------
# What the reader (jixiao.kg.reader) looks for. Labels match on `label_key` (no spaces, width
# folded, variant characters mapped, punctuation dropped), with an amount unit or a bracketed
# note allowed after them (`项目资金(万元)`, `年度预算数(A)`).

#: Header field → printed labels. A label ends the value of the label before it.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目名", "项目名称及编码", "预算项目名称", "项目(名称)", "专项名称",
             "专项资金名称", "资金名称", "评价对象", "评价项目", "评价项目名称", "自评项目",
             "自评项目名称", "项目全称"),
    "department_name": ("部门名称", "部门(单位)名称", "单位(部门)名称", "预算部门名称", "部门单位名称",
                        "部门(单位)", "单位(部门)"),
    "department": ("主管部门", "主管单位", "主管部门及代码", "主管部门名称", "主管预算部门",
                   "项目主管部门", "主管预算单位", "上级主管部门", "业务主管部门"),
    "unit": ("实施单位", "预算单位", "项目实施单位", "项目单位", "申报单位", "单位名称",
             "实施单位及代码", "预算单位名称", "项目执行单位", "执行单位", "项目承担单位",
             "承担单位", "实施单位名称", "项目申报单位", "资金使用单位"),
    # Who filled the form in: the unit only when no 实施单位 is printed.
    "filer": ("填报单位", "填报部门", "申报部门", "编报单位"),
    "code": ("项目编码", "项目代码", "项目编号", "统一社会信用代码", "单位编码", "单位代码",
             "部门编码", "部门代码", "预算单位编码"),
    "year": ("预算年度", "年度", "项目年度", "绩效年度", "评价年度", "自评年度"),
    "nature": ("项目性质", "项目属性"),
    "category": ("项目类别", "项目类型", "项目分类", "资金性质"),
    "contact": ("项目负责人", "负责人", "联系人", "项目联系人", "联系电话", "电话", "填报人", "填表人",
                "负责人及电话", "项目负责人及电话", "单位负责人", "财务负责人", "审核人", "复核人",
                "审核人签字", "部门负责人"),
    # When the form was filled in (kept among the head's other fields).
    "filed_on": ("填报日期", "填表日期", "报送日期", "编制日期", "填报时间"),
    "period": ("项目期", "项目周期", "实施期限", "项目实施期", "项目期限", "实施周期",
               "计划开始日期", "计划完成日期", "项目开始日期", "项目完成日期", "开始日期",
               "完成日期", "起止时间", "实施时间"),
    "basis": ("项目申请理由", "立项依据", "项目立项依据", "项目设立依据", "政策依据",
              "项目主要内容", "项目概况", "主要内容", "项目实施内容", "实施内容",
              "项目前两年预算及当年预算变动情况", "项目支出预算及测算依据", "测算依据及说明",
              "项目支出明细预算", "资金用途", "主要用途", "预算用途", "资金投向",
              "基本信息", "财政供养人员数", "下属二级单位数", "编制人数", "实有人数",
              "项目基本情况", "项目概述", "项目简介", "立项背景", "资金使用情况"),
    # Funds. A label's value is the amount(s) after it; the block's unit is 元 unless 万元 is
    # printed in a label or a note such as 单位：万元.
    "funds_block": ("项目资金", "项目资金情况", "资金情况", "预算规模", "项目资金来源",
                    "项目预算执行情况", "预算执行情况", "资金来源", "项目资金总额",
                    "预算整体情况", "部门预算支出", "收入来源", "资金来源项目", "部门预算",
                    "部门预算资金"),
    # A multi-year project's whole-period amount, printed beside the year's (中期 | 年度).
    "midterm_total": ("中期资金总额", "实施期资金总额", "中期资金", "实施期资金", "中期预算",
                      "实施期预算"),
    "total": ("年度资金总额", "年度资金申请总额", "资金总额", "项目总预算", "项目总投资",
              "年度预算数", "年度预算", "预算资金总额", "本年度资金总额", "资金申请总额",
              "年度预算资金", "项目当年预算", "当年预算", "预算金额", "项目预算", "预算数", "预算资金",
              "合计", "总计", "部门预算总额", "年度预算总额", "资金总量", "全年预算数",
              "调整后预算数", "调整后预算", "总额", "预算执行情况", "年度预算数(万元)",
              "项目总金额", "总金额", "项目资金总额", "总投资", "项目总投资额", "部门预算总额",
              "收入预算总额", "支出预算总额", "部门收入预算", "部门支出预算", "年度预算总额",
              "预算总额"),
    "fiscal": ("当年财政拨款", "其中当年财政拨款", "本年财政拨款", "其中本年财政拨款", "本年度财政拨款",
               "财政资金", "其中财政资金", "财政拨款",
               "其中财政拨款", "财政性资金", "一般公共预算财政拨款收入", "一般公共预算",
               "一般公共预算拨款", "财政拨款收入", "申请当年预算拨款", "本级财政资金",
               "上级补助资金", "其中财政性资金", "财政补助", "中央资金", "省级资金",
               "本级财力安排", "本级财力"),
    "carryover": ("上年结转资金", "上年结转", "结转资金", "其中上年结转资金", "结转结余"),
    "other": ("其他资金", "其他来源资金", "自筹资金", "其他收入", "单位自筹", "其他", "单位资金",
              "财政专户管理资金", "社会资金"),
    "budget_start": ("年初预算数", "年初预算"),
    "executed": ("全年执行数", "全年执行", "执行数", "实际支出", "实际执行数", "全年支出数",
                 "预算执行数", "实际支出数", "支出数", "执行金额", "实际执行金额",
                 "支出金额", "实际支出金额"),
    "execution_rate": ("执行率", "预算执行率", "资金执行率"),
    "fund_weight": ("分数", "分值", "权重"),
    "fund_score": ("得分",),
    # Goals.
    "goal": ("年度总体目标", "年度绩效目标", "年度总目标", "年度目标", "项目年度目标",
             "项目年度绩效目标", "当年绩效目标", "全年绩效目标", "年度目标内容", "绩效目标",
             "项目绩效目标", "项目绩效总目标", "总体绩效目标", "整体绩效目标", "部门整体绩效目标",
             "年度整体绩效目标", "预期目标", "项目总目标", "总体目标", "中期目标",
             "实施期目标", "长期目标", "绩效总目标", "年度绩效总目标", "项目目标", "项目年度目标", "年初设定目标"),
    "goal_actual": ("实际完成情况", "全年目标实际完成情况", "目标实际完成情况", "年度目标完成情况",
                    "完成情况", "总体目标完成情况", "项目年度目标完成情况", "目标完成情况",
                    "年度总体目标完成情况综述", "总体目标完成情况综述"),
    "tasks": ("年度主要任务", "年度重点工作任务", "主要任务", "重点工作任务", "任务名称",
              "其他需完成的任务", "部门职能", "职能职责"),
    "indicators_block": ("绩效指标", "项目绩效指标", "年度绩效指标", "项目年度绩效指标",
                         "绩效指标表", "年度绩效指标表", "产出及效益指标", "绩效目标指标",
                         # A multi-year form's first table, before the year's.
                         "长期绩效指标", "中期绩效指标", "实施期绩效指标", "项目期绩效指标"),
    "total_score": ("总分", "合计得分", "自评总分", "总得分", "自评得分", "综合得分"),
    "grade": ("评分等级", "自评等级", "评价等级", "绩效等级", "自评结论", "评价结果"),
    "explanation": ("说明", "备注", "填报说明", "情况说明", "偏差说明", "评价结论", "存在问题",
                    "改进措施", "问题及改进措施", "自评结论", "主要问题", "原因", "注", "填表说明",
                    "填报要求", "填表要求"),
    # 「单位：万元」「金额单位：元」: the amount unit, printed as a note.
    "amount_unit": ("金额单位", "资金单位", "单位万元", "单位元", "金额单位万元", "金额单位元"),
}

#: Indicator-table column → printed headers (whole cells).
COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标", "一级", "一级指标名称"),
    "level2": ("二级指标", "二级", "二级指标名称"),
    "level3": ("三级指标", "指标名称", "绩效指标名称", "三级指标名称", "具体指标", "绩效指标",
               "三级", "考核内容", "评价指标"),
    "type": ("指标类型", "指标类别", "指标分类"),
    "description": ("指标内容", "指标解释", "指标说明", "绩效指标描述", "指标描述", "指标定义",
                    "评价要点", "考核要点", "指标释义"),
    "target": ("指标值", "年度指标值", "年度项目指标值", "年度/项目指标值", "目标值",
               "预期指标值", "指标目标值", "年度目标值", "预期目标值", "绩效指标值",
               "全年指标值", "年度(/项目)指标值", "年度目标", "年度指标", "指标值(年度)",
               "年度绩效指标值", "本年度指标值", "预期目标", "计划值", "标准值", "年度",
               "当年", "本年度", "当年目标值", "当年指标值", "本年指标值", "预期值", "数值", "值",
               "指标数值"),
    "midterm": ("中期目标", "中期指标值", "中期目标值", "实施期指标值", "实施期目标",
                "项目期指标值", "中期指标", "长期指标值", "中期", "实施期", "项目期",
                "实施期目标值", "项目期目标", "整体目标值", "总体指标值", "总目标值"),
    "op": ("指标性质", "指标方向", "比较方式", "计算符号", "符号", "运算符", "比较符", "比较符号",
           "关系符", "指标符号", "运算符号", "比较关系", "方向"),
    "measure_unit": ("计量单位", "度量单位", "单位", "指标单位"),
    "weight": ("分值", "权重", "指标分值", "指标权重", "权重(%)", "分值(分)", "标准分值"),
    "actual": ("实际完成值", "全年实际完成值", "实际完成情况", "全年完成值", "完成值", "实际值",
               "实际完成", "执行情况", "1-12月执行情况", "实际完成指标值", "全年实际值"),
    "monitor": ("1-7月执行数", "1-6月执行数", "1-6月执行情况", "1-7月执行情况", "执行数",
                "截至目前执行情况", "预计完成值", "全年预计执行数", "全年预计完成值"),
    "score": ("得分", "自评得分", "评分", "评价得分", "实际得分"),
    "deviation": ("偏差原因分析及改进措施", "偏差原因", "偏差原因及改进措施", "偏差原因分析",
                  "未完成原因", "未完成原因分析", "原因分析及改进措施", "偏差原因分析及改进",
                  "原因分析", "存在问题及改进措施", "偏差情况及原因", "扣分原因", "扣分理由",
                  "扣分说明", "扣分情况", "偏差说明", "评分说明", "得分说明",
                  "未完成原因及拟采取的改进措施", "未完成原因及改进措施"),
    "criteria": ("评价标准", "评(扣)分标准", "评扣分标准", "评分标准", "计分方法", "评分规则",
                 "扣分标准", "评分办法", "评价方法", "评分依据", "评分依据及说明", "打分依据",
                 "评分标准及说明", "评分要点"),
    "direction": ("定性/定量", "指标属性", "定量/定性", "是否核心指标", "核心指标"),
    "note": ("备注", "说明"),
    # A row's running number (序号 | 指标类型 | 指标名称 …): structure, not part of the name.
    "seq": ("序号",),
}

#: Form titles → form kind. A title is a short cell of its own, not a mention in a sentence.
FORM_TITLE_PATTERNS: tuple[tuple[str, FormKind], ...] = (
    (r"部门(?:单位)?整体(?:支出)?(?:预算)?绩效(?:目标)?自评", FormKind.DEPARTMENT_SELF_EVALUATION),
    (r"整体支出绩效自评", FormKind.DEPARTMENT_SELF_EVALUATION),
    (r"部门(?:单位)?整体(?:支出)?(?:预算)?绩效(?:目标|评价)", FormKind.DEPARTMENT_TARGET),
    (r"整体(?:支出|预算)绩效目标", FormKind.DEPARTMENT_TARGET),
    (r"绩效自评|自评表|绩效评价表|评价得分表|评分表", FormKind.SELF_EVALUATION),
    # A monitoring table (绩效目标执行监控) restates the targets beside the progress so far.
    (r"绩效目标(?:申报|申请)?表|项目申报表|绩效目标表|目标申报表|绩效目标审核表|绩效指标表"
     r"|绩效目标执行监控|绩效监控表|运行监控",
     FormKind.TARGET_DECLARATION),
)

#: 一级指标 of scoring rubrics and department-wide frameworks (canonical name ← printed cores).
OTHER_LEVEL1: dict[str, str] = {
    "决策": "决策指标", "过程": "过程指标", "履职效能": "履职效能", "管理效率": "管理效率",
    # The department-wide framework's third category (履职效能 / 管理效率 / 社会效应 / 满意度).
    "社会效应": "社会效应",
    # The performance-evaluation framework's own names (项目决策 / 项目过程 / 项目产出 / 项目效益).
    "项目决策": "决策指标", "项目过程": "过程指标", "项目产出": "产出指标", "项目效益": "效益指标",
    # Older declaration templates: 项目完成指标 (数量 / 质量 / 时效 / 成本) and 项目效益指标.
    "项目完成": "产出指标",
}
#: 二级指标 of scoring rubrics and department-wide frameworks, kept as printed.
OTHER_LEVEL2: tuple[str, ...] = (
    "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量",
    "产出时效", "产出成本", "项目效益", "立项依据", "资金到位", "资金使用", "财务管理",
    "组织管理", "预算执行", "预算管理", "资产管理", "重点工作履行情况", "履职目标实现",
    "履职效果", "社会效应", "运行成本", "管理效率", "预算编制", "绩效管理", "成本控制",
    "服务对象满意度", "社会公众满意度", "内部管理", "重点工作", "职责履行", "履职效益",
    "重点工作完成", "履职质量", "履职数量", "履职时效", "履职成本",
)

#: Category labels printed short (产出, 质量, 社会效益), longest first: where a form's cells run
#: together, one right after a value starts the next cell.
SHORT_CATEGORY_LABELS: tuple[str, ...] = (
    "服务对象满意度", "生态环境成本", "可持续影响", "社会效益", "经济效益", "生态效益", "经济成本",
    "社会成本", "满意度", "产出", "效益", "成本", "数量", "质量", "时效",
)

#: The grades a self-evaluation gives, as a regex alternation (不合格 before 合格).
GRADES = r"优秀|良好|不合格|合格|[优良中差]"

#: What 指标性质 prints in place of a comparison sign. A 正向 (larger is better) value is a
#: floor, a 反向 one a ceiling; 定量 / 定性 say only whether the value is a number.
NATURE_WORDS: tuple[str, ...] = ("定性", "定量", "正向", "反向")
DIRECTION_OPS: dict[str, str] = {"正向": "≥", "反向": "≤"}

#: Where the project-evaluation framework (财预〔2020〕10号) puts its 二级指标: a rubric
#: printed without table lines leaves the edge between two 一级 blocks to this.
#: The 一级 labels only an evaluation framework prints (a table with them scores 决策 / 过程
#: / 产出 / 效益, and puts 满意度 under 效益).
FRAMEWORK_LEVEL1: tuple[str, ...] = ("决策指标", "过程指标")
#: The department-wide framework's 一级 (部门整体支出): any 二级 may stand under them, 社会效益
#: under 社会效应 as much as 数量指标 under 履职效能; they are kept as printed.
DEPARTMENT_LEVEL1: tuple[str, ...] = ("履职效能", "管理效率", "社会效应")
FRAMEWORK_PARENT: dict[str, str] = {
    "项目立项": "决策指标", "绩效目标": "决策指标", "资金投入": "决策指标",
    "资金管理": "过程指标", "组织实施": "过程指标",
    "产出数量": "产出指标", "产出质量": "产出指标", "产出时效": "产出指标", "产出成本": "产出指标",
    "项目效益": "效益指标",
}

# A label may carry an amount unit, a letter or a bracketed note after it, and a colon.
_LABEL_TAIL = re.compile(r"[(（][^()（）]{0,12}[)）]$")
_FIELD_LABEL_BY_KEY = {label_key(v): f for f, vs in FIELD_LABELS.items() for v in vs}
_COLUMN_BY_KEY = {label_key(v): c for c, vs in COLUMN_LABELS.items() for v in vs}


@cache
def _form_titles() -> tuple[tuple[re.Pattern[str], FormKind], ...]:
    # Compiled when the reader first meets a title (~4 ms): a search never does.
    return tuple((re.compile(p), kind) for p, kind in FORM_TITLE_PATTERNS)


#: Longest printed label, as a key: cells longer than this cannot be a label alone.
MAX_LABEL_KEY = max(len(k) for k in (*_FIELD_LABEL_BY_KEY, *_COLUMN_BY_KEY))


def _strip_label_tail(key: str) -> str:
    for _ in range(2):
        stripped = _LABEL_TAIL.sub("", key)
        if stripped == key:
            break
        key = stripped
    return key


_FIRST_NOTE = re.compile(r"[(（\n]")
# A unit note that a narrow cell wrapped before it closed (`年度资金总额（万` / `元）`).
_OPEN_UNIT_NOTE = re.compile(r"^[(（](?:万元?|元)?$")


def field_label(text: str) -> str | None:
    """The header field a whole cell names (`主管 部门：`, `项目资金（万元）`), else None.

    A long note after the label (`全年预算数（A）（上年结转+年初预算+…）`) does not hide it.
    """
    raw = compact(text).translate(_VARIANTS)
    key = label_key(_strip_label_tail(raw)) or label_key(raw)
    if key.startswith("其中") and len(key) > 2 and key[2:] in _FIELD_LABEL_BY_KEY:
        key = key[2:]
    # (The bracket may be part of the label itself: 部门（单位）.)
    found = _FIELD_LABEL_BY_KEY.get(key) or _FIELD_LABEL_BY_KEY.get(label_key(raw))
    if found is None:
        whole = text.strip()
        head = _FIRST_NOTE.split(whole, maxsplit=1)[0]
        rest = compact(whole[len(head):])
        # Only notes may follow: `（A）（上年结转+…）` or a second line, nothing after them.
        if head and rest and (rest[-1] in ")）" or "\n" in whole[len(head):len(head) + 1]
                              or _OPEN_UNIT_NOTE.match(rest)):
            found = _FIELD_LABEL_BY_KEY.get(label_key(compact(head)))
    return found


@cache
def _column_prefixes() -> frozenset[str]:
    return frozenset(key[:k] for key in _COLUMN_BY_KEY for k in range(2, len(key)))


@cache
def _field_label_starts() -> frozenset[str]:
    return frozenset(k[:n] for k in _FIELD_LABEL_BY_KEY for n in range(1, len(k)))


def starts_field_label(text: str) -> bool:
    """`项目实施单`: the start of a head label that a narrow cell wrapped."""
    return label_key(text) in _field_label_starts()


def starts_column_label(text: str) -> bool:
    """Whether `text` is the first part of a column label (`偏差原因分析及改` of
    偏差原因分析及改进措施): a header cell broken over two lines."""
    return label_key(compact(text)) in _column_prefixes()


# A header cell cut this long (`偏差原因分析及改进措` of …措施) still names its column, when only
# one column's labels start so.
MIN_COLUMN_PREFIX = 8


@cache
def _column_by_prefix() -> dict[str, str]:
    roles: dict[str, set[str]] = {}
    for key, col in _COLUMN_BY_KEY.items():
        for k in range(MIN_COLUMN_PREFIX, len(key)):
            roles.setdefault(key[:k], set()).add(col)
    return {prefix: next(iter(cols)) for prefix, cols in roles.items() if len(cols) == 1}


def column_label(text: str) -> str | None:
    """The indicator-table column a whole cell names (`三级指标`, `年度(/项目)指标值`)."""
    raw = compact(text).translate(_VARIANTS)
    for candidate in (raw, _strip_label_tail(raw), re.sub(r"[()（）/]", "", raw)):
        col = _COLUMN_BY_KEY.get(label_key(candidate))
        if col:
            return col
    return _column_by_prefix().get(label_key(raw))


def form_title(text: str) -> FormKind | None:
    """The form kind a title names (`2024年项目支出绩效自评表`), else None.

    Only short cells count, so that a sentence mentioning a form (「详见单位的项目绩效目标表」)
    is not taken for one.
    """
    key = compact(text).translate(_VARIANTS)
    if len(key) > MAX_TITLE_CHARS or re.search(r"详见|见附|参见|附后|报送|填报说明", key):
        return None
    if _CLAUSES.search(key) or key.endswith("。"):
        return None  # a sentence (「…须与项目支出绩效目标申报表一致。」) mentions, not titles
    if "表" not in key and _MEASURE_END.search(key):
        return None  # an indicator about forms (绩效自评覆盖率), not a form's title
    for pattern, kind in _form_titles():
        if pattern.search(key):
            return kind
    return None


# A document's own outline (一、… / （二）… / 第三部分 / 附件2): the report around its forms.
_OUTLINE_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
                              r"|第[一二三四五六七八九十]+(?:部分|章|节)|附件\s*\d*[:：]?$)")


#: A heading is short: a longer text after an outline number is a paragraph (or a form's
#: line run together, which may start with its own 一、).
MAX_HEADING_CHARS = 20


def is_outline_heading(text: str) -> bool:
    """A heading of the report's outline (`（二）资金使用情况`, `附件2`)."""
    t = text.strip()
    if len(t) > MAX_HEADING_CHARS or not _OUTLINE_HEADING.match(t):
        return False
    # (A form's numbered category label, `二、效益指标` or its cut start `二、效益指`, is none.)
    return not (match_level1(t) or match_level2(t) or label_prefix(t))


_MEASURE_END = re.compile(r"(?:率|度|数|量|性|占比|次数|天数)$")
# Two clauses: a separator, then another or a full stop.
_CLAUSES = re.compile(r"[,，;；][^,，;；]*[,，;；。]")
#: A form title is at most this long (long ones carry a unit and a year: 「XX市XX局2024年度…表」).
MAX_TITLE_CHARS = 60


def other_level1(text: str) -> str | None:
    """Canonical 一级 of a scoring rubric / department framework (`决策`, `履职效能`)."""
    core, _ = _split_suffix(label_key(text))
    return OTHER_LEVEL1.get(core)


def other_level2(text: str) -> str | None:
    key = label_key(text)
    core, _ = _split_suffix(key)
    for name in OTHER_LEVEL2:
        if key == name or core == name:
            return name
    return None


# Labels worth cutting run-together text at: long enough not to occur inside ordinary words.
MIN_ANCHOR = 4


@cache
def anchor_pattern() -> re.Pattern[str]:
    """Head labels, table headings and categories that text run together is cut at."""
    names = set()
    for variants in FIELD_LABELS.values():
        names.update(v for v in variants if len(v) >= MIN_ANCHOR)
    for col, variants in COLUMN_LABELS.items():
        if col in ("level1", "level2", "level3", "target", "actual", "weight", "score",
                   "deviation", "midterm", "type"):
            names.update(v for v in variants if len(v) >= MIN_ANCHOR and "指标" in v)
    for l1, l2s in CATEGORY_TREE.items():
        names.add(l1)
        names.update(l2s)
        names.update(l2.replace("指标", "类指标") for l2 in l2s)
    names.update(("社会公众或服务对象满意度指标", "服务对象满意度", "产出类指标", "效益类指标",
                  "满意度类指标", "成本类指标"))
    return re.compile("|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)))


_CONTINUED = re.compile(r"(?:[(（]续[)）]|续表)$")


def is_continued_title(text: str) -> bool:
    """A form title repeated on its next page (`…自评表（续）`, `…续表`)."""
    return _CONTINUED.search(compact(text)) is not None
