"""Category labels of a table printed column by column (PDF text without layout).

Such text prints every 一级 label once, then every 二级 label once, then the names and values:
which rows a label spans is lost. The labels still come in row order, each over at least one
row, so a label's rows are a run of consecutive names; where the runs break is read from what
each name and its value say (时间 / a deadline → 时效, 合格率 → 质量, 满意度 → 满意度 …).
"""

from __future__ import annotations

import re

from jixiao.kg.reader.tokens import Kind, Token
from jixiao.vocab import LEVEL1, parent_level1

# What a name (and its value) says about its level-2 category. A cue is worth its weight; a
# name that says nothing can go under any label.
_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    "数量指标": (re.compile(r"(数量|人数|户数|个数|次数|场次|人次|面积|长度|规模|新建|新增|建设|完成|培训|开展|发放)"),),
    "质量指标": (re.compile(r"(合格|达标|验收|质量|准确|规范|优良|通过)率?$|(合格|达标|验收|准确|通过)率"),),
    "时效指标": (re.compile(r"(时间|时限|及时|期限|周期|进度|完工|完成时间|到位时间)"),),
    "成本指标": (re.compile(r"(成本|标准|单价|补助|补贴|费用|造价|投资|控制)"),),
    "经济成本指标": (re.compile(r"(成本|标准|单价|费用|造价|投资|控制)"),),
    "社会成本指标": (re.compile(r"(社会成本|影响|负担)"),),
    "生态环境成本指标": (re.compile(r"(生态|环境|排放|污染)"),),
    "经济效益指标": (re.compile(r"(收入|增收|产值|经济|效益|带动|节约|利润)"),),
    "社会效益指标": (re.compile(r"(覆盖|受益|就业|服务|保障|水平|能力|社会|群众)"),),
    "生态效益指标": (re.compile(r"(生态|环境|空气|水质|排放|浓度|植被|森林|绿化|污染|减少|治理)"),),
    "可持续影响指标": (re.compile(r"(机制|长效|持续|可持续|制度|长期|常态)"),),
    "服务对象满意度指标": (re.compile(r"满意"),),
    # The evaluation framework's 决策 / 过程 categories (项目支出绩效评价指标体系).
    "项目立项": (re.compile(r"立项"),),
    "绩效目标": (re.compile(r"绩效目标|绩效指标|目标(?:合理|明确)"),),
    "资金投入": (re.compile(r"预算编制|资金分配|测算|投入"),),
    "资金管理": (re.compile(r"资金到位|到位率|预算执行|资金使用|支出|财务"),),
    "组织实施": (re.compile(r"制度|组织|实施|档案|采购|监管"),),
}
_DEADLINE = re.compile(r"\d{1,2}月(?:底|\d{1,2}日)?(?:前|之前|以前)|年底前|^\d{4}年\d{1,2}月")
_MONEY = re.compile(r"元")
# A count (`≥90人`, `30座`): what a 数量指标 is measured in.
_COUNT = re.compile(r"\d\s*(?:万|千)?(?:个|座|人|台|家|处|次|户|场|所|辆|套|项|件|名|批次|人次|株|篇|期|册|"
                    r"公里|千米|米|亩|平方米|吨)$")
CUE = 1.0
# A value's kind says less than the name.
VALUE_CUE = 0.5


def affinity(name: str, value: str, level2: str) -> float:
    """How well a row fits under a level-2 category, from its name and value (under a
    level-1 one: the best of its level-2 categories)."""
    if level2 in LEVEL1:
        # A count or an amount is an output's as often as a benefit's: only names tell.
        subs = [c for c in _CUES if parent_level1(c) == level2]
        best = max((affinity(name, "", c) for c in subs), default=0.0)
        return best if subs else affinity(name, "", "")
    score = 0.0
    for pattern in _CUES.get(level2, ()):
        if pattern.search(name):
            score += CUE
    if _DEADLINE.search(value):
        score += VALUE_CUE if level2 == "时效指标" else -VALUE_CUE
    if _MONEY.search(value) and "成本" in level2:
        score += VALUE_CUE
    if _COUNT.search(value) and level2 == "数量指标":
        score += VALUE_CUE
    if "满意" in name and level2 != "服务对象满意度指标":
        score -= CUE
    return score


def align(rows: list[tuple[str, str]], labels: list[str]) -> list[int] | None:
    """For each row, the index of its label: non-decreasing, every label over at least one
    row, the runs placed where the rows' cues fit best (ties: earlier labels span more)."""
    n, k = len(rows), len(labels)
    if k == 0 or n < k:
        return None
    fit = [[affinity(name, value, label) for label in labels] for name, value in rows]
    neg = float("-inf")
    # best[i][j]: best score of rows 0..i with row i under label j.
    best = [[neg] * k for _ in range(n)]
    back = [[0] * k for _ in range(n)]
    best[0][0] = fit[0][0]
    for i in range(1, n):
        for j in range(k):
            stay = best[i - 1][j]
            move = best[i - 1][j - 1] if j else neg
            # On a tie the previous row stays under the earlier label.
            if move >= stay:
                best[i][j], back[i][j] = move, j - 1
            else:
                best[i][j], back[i][j] = stay, j
            if best[i][j] != neg:
                best[i][j] += fit[i][j]
    if best[n - 1][k - 1] == neg:
        return None
    out = [0] * n
    j = k - 1
    for i in range(n - 1, -1, -1):
        out[i] = j
        j = back[i][j]
    return out


def place_labels(ordered: list[Token], names: list[Token], values: list[Token]) -> list[Token] | None:
    """`ordered`: the labels (all printed before the rows), then each row's tokens in row order.
    Put every label before its first row, so the table reads as if printed row by row."""
    labels = [t for t in ordered if t.kind is Kind.LEVEL]
    level2 = [t for t in labels if t.level2 is not None and (t.level1 is None or _after_level1(t, labels))]
    level1 = [t for t in labels if t not in level2]
    if len(level2) < 2:
        return None
    rows = [(n.text, v.text) for n, v in zip(names, values, strict=True)]
    where = align(rows, [t.level2.canonical for t in level2 if t.level2 is not None])
    if where is None:
        return None
    first_row = {id(names[i]): level2[j] for i, j in reversed(list(enumerate(where)))}
    placed: set[int] = set()
    out: list[Token] = []
    by_parent = {t.level1.canonical: t for t in level1 if t.level1 is not None}
    # Level-1 labels no level 2 falls under keep their place in front.
    rest_level1 = [t for t in level1 if t.level1 is not None and not any(
        parent_level1(u.level2.canonical) == t.level1.canonical for u in level2 if u.level2)]
    out.extend(rest_level1)
    placed.update(id(t) for t in rest_level1)
    for t in ordered:
        if t.kind is Kind.LEVEL:
            continue
        label = first_row.get(id(t))
        if label is not None and id(label) not in placed:
            parent = by_parent.get(parent_level1(label.level2.canonical) or "") if label.level2 else None
            if parent is not None and id(parent) not in placed:
                out.append(parent)
                placed.add(id(parent))
            out.append(label)
            placed.add(id(label))
        out.append(t)
    out.extend(t for t in labels if id(t) not in placed)
    return out


def _after_level1(token: Token, labels: list[Token]) -> bool:
    """A label that may be either level (满意度指标, 成本指标) is a level 2 when it comes
    after a label that can only be a level 2, unless the next label is a level 2 of its own
    (`满意度指标` `服务对象满意度指标`: the first is the level 1 above the second)."""
    k = labels.index(token)
    nxt = labels[k + 1] if k + 1 < len(labels) else None
    if nxt is not None and nxt.level1 is None and nxt.level2 is not None and token.level1 \
            and parent_level1(nxt.level2.canonical) == token.level1.canonical:
        return False
    return any(t.level1 is None and t.level2 is not None for t in labels[:k])


__all__ = ["affinity", "align", "place_labels"]
