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

from jixiao.text import CJK, cjk_count, compact, is_cjk

__all__ = ["CJK", "cjk_count", "is_cjk"]  # character classes live in jixiao.text


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
_SUFFIXES = ("类指标", "指标", "类", "指")


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


def match_level1(text: str) -> LabelMatch | None:
    """Recognise a level-1 label (产出 / 产出指标 / 产出类指标 / `满意 度指 标` …)."""
    core, suffixed = _split_suffix(label_key(text))
    canon = _L1_CORES.get(core)
    return LabelMatch(canon, text.strip(), suffixed) if canon else None


def match_level2(text: str) -> LabelMatch | None:
    """Recognise a level-2 label (数量 / 数量指标 / 社会效益 指标 / 满意度 …)."""
    core, suffixed = _split_suffix(label_key(text))
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
    key = label_key(text)
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
    "period": ("项目期", "项目周期", "实施期限", "项目实施期"),
    "funds_block": ("项目资金", "预算规模及资金用途", "项目资金情况", "资金情况",
                    "预算规模", "项目资金万元", "项目资金元", "资金来源"),
    "project_total": ("项目资金总额", "项目总投资", "资金总额"),
    "total": ("年度资金申请总额", "年度资金总额", "预算数", "年度预算数", "年度预算",
              "年度资金", "本年度资金总额", "资金申请总额", "年度预算资金", "预算资金总额"),
    "fiscal": ("其中当年财政拨款", "当年财政拨款", "其中财政资金", "财政资金", "财政拨款",
               "其中财政拨款", "财政性资金", "其中财政性资金"),
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
_SCAN_RE = _label_regex([v for f in _SCAN_FIELDS for v in FIELDS[f] if len(v) >= 4])
_SCAN_FIELD_BY_KEY = {label_key(v): f for f in _SCAN_FIELDS for v in FIELDS[f]}


def scan_fields(text: str) -> list[tuple[str, int, int]]:
    """Field labels inside a running line: [(field, start, end)] on the (normalised) text.

    For one-line headers like `项目名称 业务培训 项目性质` or `其他资金 其他资金 0.00`.
    Only labels of 4+ characters are scanned, so that short words inside values do not count.
    """
    found = []
    for m in _SCAN_RE.finditer(text):
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
