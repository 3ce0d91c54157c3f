"""Indicator target values: clean printed text, parse quantitative ones, spot vague ones."""

from __future__ import annotations

import re
from functools import cache

from jixiao.kg.records import TargetValue
from jixiao.text import CJK, normalize_width

# Printed comparison words → symbol. Longest first when building the pattern.
_OPS = {
    "≥": "≥", ">=": "≥", "大于等于": "≥", "大于或等于": "≥", "不低于": "≥", "不少于": "≥",
    "不小于": "≥", "至少": "≥", "达到": "≥", "高于等于": "≥",
    "≤": "≤", "<=": "≤", "小于等于": "≤", "小于或等于": "≤", "不高于": "≤", "不超过": "≤",
    "不大于": "≤", "不多于": "≤", "最多": "≤", "控制在": "≤", "低于等于": "≤",
    ">": ">", "大于": ">", "高于": ">", "超过": ">", "多于": ">",
    "<": "<", "小于": "<", "低于": "<", "少于": "<",
    "=": "=", "==": "=", "等于": "=", "为": "=",
    "≈": "≈", "约": "≈", "大约": "≈", "约为": "≈", "~": "≈", "～": "≈", "约计": "≈",
}
# Words after the number that change the comparison: 98%以上 → ≥98%.
_SUFFIX_OPS = {
    "及以上": "≥", "以上": "≥", "及以下": "≤", "以下": "≤", "以内": "≤", "内": "≤",
    "左右": "≈", "上下": "≈", "余": "≈", "多": "≈",
}
_OP_RE = "|".join(re.escape(k) for k in sorted(_OPS, key=len, reverse=True))
_SUF_RE = "|".join(re.escape(k) for k in sorted(_SUFFIX_OPS, key=len, reverse=True))
_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
# A unit is either parenthesised (anything short) or a short run of letters/CJK/%/‰/℃.
_UNIT = rf"\([^()]{{1,12}}\)|[%‰℃°]|[A-Za-z{CJK}/·%²³]{{1,6}}?"


@cache
def _target_re() -> re.Pattern[str]:
    # Compiled on first use: its CJK class takes re ~2 ms, and a search imports this module
    # without parsing a target.
    return re.compile(
        rf"^(?P<op>{_OP_RE})?(?P<num>{_NUMBER})(?P<pre>余|多)?(?P<unit>{_UNIT})?"
        rf"(?P<unit2>\([^()]{{1,12}}\))?(?P<suf>{_SUF_RE})?$"
    )


# Unit words that are really a sentence (2023年12月…, 3个月内完成…).
_NOT_UNIT = re.compile(r"完成|年\d|前|后|之|的|按|及时|提高|提升|以前")

_SPACE = re.compile(r"\s+")


def clean_target(text: str | None) -> str | None:
    """The target as printed, normalised: half width, no stray spaces (`大于 80%` → `大于80%`)."""
    if text is None:
        return None
    t = normalize_width(text).strip()
    # Keep a space only between two Latin letters (`Q and A`); elsewhere it is a PDF artefact.
    t = re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", t)
    return _SPACE.sub(" ", t) or None


def _unit_of(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.strip()
    if u.startswith("(") and u.endswith(")"):
        u = u[1:-1].strip()
    return u or None


def parse_target(text: str | None) -> TargetValue | None:
    """Parse a quantitative target: `≥90(%)` → (≥, 90, '%'); `约9组` → (≈, 9, '组').

    Returns None for qualitative targets (`优`, `及时`), dates and sentences.
    """
    t = clean_target(text)
    if not t:
        return None
    m = _target_re().match(t)
    if not m:
        return None
    unit = _unit_of(m.group("unit"))
    unit2 = _unit_of(m.group("unit2"))
    if unit and unit2:
        unit = unit + unit2 if not m.group("unit").startswith("(") else unit
    unit = unit or unit2
    if unit and (_NOT_UNIT.search(unit) or re.fullmatch(r"[\d.,\s]+", unit)):
        return None
    num = m.group("num").replace(",", "")
    try:
        value = float(num)
    except ValueError:
        return None
    op = _OPS.get(m.group("op") or "", "=")
    suffix = m.group("suf")
    if suffix and op in ("=", "≈") and not (suffix in ("余", "多") and op == "≈"):
        op = _SUFFIX_OPS[suffix]
    elif m.group("pre") and op == "=":
        op = "≈"
    if re.fullmatch(r"(19|20)\d\d", num) and unit in ("年", None) and op == "=":
        return None  # a bare year is a date, not a measure
    return TargetValue(op=op, value=value, unit=unit)


# Targets that are definite although they carry no number.
_DEFINITE = re.compile(r"^(是|否|无|零|全部|全覆盖|全面覆盖|不发生|未发生|零发生|零事故|零投诉)$|无.{0,6}$|零.{0,6}$")


def is_vague(text: str | None) -> bool:
    """True for a target with no measure (`优`, `提升`, `及时`, `显著提高`, `满意`)."""
    t = clean_target(text)
    if not t:
        return False
    if parse_target(t) or re.search(r"\d", t):
        return False
    return not _DEFINITE.match(t)


def looks_like_target(text: str | None) -> bool:
    """Cheap test used by readers: quantitative, or a short qualitative value (`优`, `及时`)."""
    t = clean_target(text)
    if not t:
        return False
    if parse_target(t):
        return True
    if re.match(rf"^({_OP_RE})\s*\d", t) or re.search(r"\d\s*(%|\(%\))", t):
        return True
    # (A short name of a measure, 复吸率 or 到位率, is no value: values never end in 率.)
    return len(t) <= 4 and not re.search(r"\d", t) and not t.endswith("率")
