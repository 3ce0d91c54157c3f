"""How good a target's wording is, and a quantified alternative when it is vague.

A well-formed target states a measure (`≥90(%)`, `=100(%)`, `≤20万元`); `优`, `提升`, `完成`
state none and cannot be checked at year end. Vagueness is the reader team's ``kg.targets``
rule; this module adds what suggestions need on top of it.
"""

from __future__ import annotations

import re

from jixiao.kg.targets import is_vague, parse_target
from jixiao.text import compact

QUANTIFIED = "quantified"
DEFINITE = "definite"  # no number, but checkable: `无泄密`, `2023年12月30日前完成`
VAGUE = "vague"


def target_quality(text: str | None) -> str | None:
    """``quantified``, ``definite`` or ``vague`` (None for no target)."""
    if not text or not text.strip():
        return None
    if parse_target(text) is not None:
        return QUANTIFIED
    return VAGUE if is_vague(text) else DEFINITE


_BUDGET = re.compile(r"(\d+(?:\.\d+)?)\s*万元")
_LOWER_IS_BETTER = re.compile(r"故障|差错|投诉|事故|发生数|泄密|违规|失误|丢失|重复率|超支|偏差")
_COUNT_UNITS = (("人次", "人次"), ("人数", "人"), ("次数", "次"), ("场", "场"), ("册", "册"),
                ("课时", "课时"), ("学时", "学时"), ("家", "家"), ("篇", "篇"), ("本", "本"),
                ("期", "期"), ("次", "次"), ("人", "人"), ("个", "个"))


def budget_from(text: str | None) -> str | None:
    """A budget figure in 万元 stated in a description (`预算20万元` → ``20``)."""
    m = _BUDGET.search(text or "")
    return m.group(1) if m else None


def target_shape(
    wording: str, level1: str | None, level2: str | None, budget: str | None = None
) -> str:
    """How a target for this wording should be written when no project gives a number: the
    comparison, a placeholder ``N`` for the value, and the unit (`≥N(%)`, `≤N(起)`, `≥N(次)`).

    No value is invented: ``N`` is the officer's to fill in, except a budget the description
    itself states (`≤20万元`).
    """
    w = compact(wording)
    l1, l2 = compact(level1 or ""), compact(level2 or "")
    if "成本" in l1 or "成本" in l2 or re.search(r"成本|经费|费用|支出|资金", w) and "率" not in w:
        return f"≤{budget or 'N'}万元"
    if _LOWER_IS_BETTER.search(w):
        return "≤N(起)" if re.search(r"数|事故|事件|投诉", w) and "率" not in w else "≤N(%)"
    if "满意" in w or "满意" in l2 or w.endswith("率") or "及时" in w or "质量" in l2:
        return "≥N(%)"
    if re.search(r"时间|时限|周期|天数|工作日", w):
        return "≤N(个工作日)"
    if "数量" in l2 or re.search(r"数$|数量|次数|人数", w):
        unit = next((u for key, u in _COUNT_UNITS if key in w), "个")
        return f"≥N({unit})"
    return "≥N(%)"
