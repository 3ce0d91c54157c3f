"""Follow-up questions in the chat: 「只看2024年的」 refines the last question instead of starting anew.

A follow-up is parsed into a `Refinement` (filter changes plus optional extra words for the query);
applying it to the current `Filters` gives the filters for re-running the last question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from jixiao.text import compact
from jixiao.vocab import LEVEL1, LEVEL2, parent_level1

TYPES = ("all", "indicator", "project")
TYPE_LABELS = {"all": "全部", "indicator": "指标", "project": "项目"}
#: Chinese name of each filter, in the order chips are shown.
FIELD_LABELS = {"type": "类型", "year": "年度", "unit": "实施单位", "level1": "一级指标",
                "level2": "二级指标", "topic": "话题"}
FIELDS = tuple(FIELD_LABELS)
#: What a user can say to refine, for the answer to a refinement that was not understood.
FOLLOWUP_EXAMPLES = ("只看2024年的", "只看质量指标", "只看满意度指标", "只看某某中心的",
                     "只看项目", "只看考试相关的", "不限年份", "清除筛选")

# Words that open a refinement. Longest first so 「只看一下」 is not read as 「只看」+「一下」.
_PREFIX = re.compile(
    r"^(?:那|那么|请|再)?(?:只看一下|只看看|只看|只要|只显示|只保留|只查|仅看|仅显示|仅限|限定为?|限于|"
    r"筛选出?|换成|改成|改为|过滤出?)"
)
_TRAILER = re.compile(r"(?:的呢|的吧|的|呢|吧|就行|就好|即可|[?？。.!！~～])+$")
_SEPARATORS = re.compile(r"[、，,;；和及与跟/\s]+")
_YEAR = re.compile(r"(20\d{2})\s*(?:年度?|年的?)?")
# Categories by their full names and the short forms people type; longest match wins, so
# 「服务对象满意度」 is a level2 and 「满意度」 a level1.
_CATEGORY_WORDS: dict[str, tuple[str, str]] = {}
for _name in LEVEL1:
    _CATEGORY_WORDS[_name] = ("level1", _name)
    _CATEGORY_WORDS[_name.removesuffix("指标")] = ("level1", _name)
    _CATEGORY_WORDS[_name.removesuffix("指标") + "类"] = ("level1", _name)
for _name in LEVEL2:
    # 成本指标 is a level 1 and (in older templates) a level 2: typed, it means the level 1.
    _CATEGORY_WORDS.setdefault(_name, ("level2", _name))
    _CATEGORY_WORDS.setdefault(_name.removesuffix("指标"), ("level2", _name))
_CATEGORY = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _CATEGORY_WORDS), key=len, reverse=True)) + ")"
    r"(?:指标|类|方面)?"
)
_TYPE_WORDS = {"项目": "project", "指标": "indicator", "全部类型": "all"}
# A phrase ending like an organisation name is taken as a unit even when no known unit matches.
_UNIT_SUFFIX = re.compile(r"(?:中心|单位|局|委|委员会|所|院|医院|会|站|处|办|办公室|厅|部|学校|公司|馆)$")
_CLEAR = (
    (re.compile(r"^(?:不限|所有|全部|取消|去掉|清除)(?:的)?(?:年份|年度|年)(?:限制|筛选)?$"), ("year",)),
    (re.compile(r"^(?:不限|取消|去掉|清除)(?:的)?(?:话题|主题)(?:限制|筛选)?$"), ("topic",)),
    (re.compile(r"^(?:不限|所有|全部|取消|去掉|清除)(?:的)?(?:单位|部门)(?:限制|筛选)?$"), ("unit",)),
    (
        re.compile(r"^(?:不限|所有|全部|取消|去掉|清除)(?:的)?(?:类别|类型|分类|指标类别|一级指标)(?:限制|筛选)?$"),
        ("level1", "level2", "type"),
    ),
    (
        re.compile(r"^(?:不限|取消|去掉|清除|重置)(?:所有|全部)?(?:的)?(?:条件|筛选|过滤|限制)(?:条件)?$"),
        ("year", "unit", "level1", "level2", "type", "topic"),
    ),
)


@dataclass(frozen=True)
class Filters:
    """The filters a question is answered under; None means "any".

    Categories apply to indicators only, so a level1/level2 filter comes with type 指标 and a
    type other than 指标 comes without categories (`consistent`). `topic` holds words a
    follow-up such as 「只看考试相关的」 adds to the question; it is shown like any filter.
    """

    type: str = "all"
    year: int | None = None
    unit: str | None = None
    level1: str | None = None
    level2: str | None = None
    topic: str | None = None

    def value_text(self, name: str) -> str:
        """The filter's value as shown, '' when it is not set."""
        value = getattr(self, name)
        if name == "type":
            return "" if value == "all" else TYPE_LABELS.get(value, value)
        return "" if value is None else str(value)

    def chips(self) -> list[tuple[str, str]]:
        """(field, 「二级指标：质量指标」) for each filter in force."""
        return [(f, f"{FIELD_LABELS[f]}：{v}") for f in FIELDS if (v := self.value_text(f))]

    def describe(self) -> str:
        """Chinese one-liner, e.g. 「年度：2024；一级指标：满意度指标」."""
        return "；".join(label for _, label in self.chips())

    def query(self, question: str) -> str:
        """The text searched: the question and any topic words."""
        return f"{question} {self.topic}".strip() if self.topic else question

    def without(self, name: str) -> Filters:
        """These filters with one removed (a level1 takes its level2 with it)."""
        if name == "type":
            return consistent(replace(self, type="all"), keep_type=True)
        if name == "level1":
            return replace(self, level1=None, level2=None)
        return replace(self, **{name: None})

    def with_value(self, name: str, value: object) -> Filters:
        """These filters with one set as a user set it in a picker (None or "" clears it)."""
        if value in (None, ""):
            return self.without(name)
        if name == "type":
            return consistent(replace(self, type=str(value)), keep_type=True)
        if name == "year":
            return replace(self, year=int(str(value)))
        return Refinement({name: value}).apply(self)


def consistent(filters: Filters, keep_type: bool = False) -> Filters:
    """Categories imply type 指标; with `keep_type` a type other than 指标 drops them instead."""
    if not (filters.level1 or filters.level2) or filters.type == "indicator":
        return filters
    if keep_type:
        return replace(filters, level1=None, level2=None)
    return replace(filters, type="indicator")


@dataclass(frozen=True)
class Refinement:
    """What a follow-up changes: filter fields to set (None clears one), and what in it was
    not understood (Chinese sentences naming the words); a refinement with problems must not
    be applied."""

    changes: dict[str, object] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def understood(self) -> bool:
        return bool(self.changes) and not self.problems

    def describe(self) -> str:
        """What was understood, e.g. 「年度：2024；二级指标：质量指标」."""
        parts = []
        for name in FIELDS:
            if name in self.changes:
                value = self.changes[name]
                if name == "type":
                    value = TYPE_LABELS.get(str(value), value) if value != "all" else None
                parts.append(f"{FIELD_LABELS[name]}：{value if value else '不限'}")
        return "；".join(parts)

    def apply(self, filters: Filters) -> Filters:
        changes = dict(self.changes)
        # A new level1 that contradicts the level2 in force drops the level2, and a level2
        # brings its own level1, so the pair never filters everything out.
        if (
            "level1" in changes
            and "level2" not in changes
            and filters.level2
            and parent_level1(filters.level2) != changes["level1"]
        ):
            changes["level2"] = None
        if changes.get("level2"):
            changes["level1"] = parent_level1(str(changes["level2"])) or filters.level1
        out = replace(filters, **changes)
        if changes.get("type") in ("all", "project"):
            return consistent(out, keep_type=True)
        return consistent(out)


def resolve_unit(text: str, units: Sequence[str]) -> str:
    """The known unit a user means by `text` (a short or partial name), else `text` itself.

    Tried in turn: the same name, a name containing `text`, a name containing its characters in
    order (人才交流中心 → 上海市卫生人才交流服务中心); a step counts only when exactly one unit fits.
    """
    wanted = compact(text)
    if not wanted:
        return text
    for fits in (str.__eq__, str.__contains__, _has_subsequence):
        found = [u for u in units if fits(compact(u), wanted)]
        if len(found) == 1:
            return found[0]
        if found:
            break
    return text


def _has_subsequence(text: str, wanted: str) -> bool:
    chars = iter(text)
    return all(c in chars for c in wanted)


def _parse_body(body: str, units: Sequence[str], years: Sequence[int]) -> Refinement | None:
    for pattern, names in _CLEAR:
        if pattern.match(body):
            return Refinement({f: ("all" if f == "type" else None) for f in names})
    changes: dict[str, object] = {}
    problems: list[str] = []
    year = _YEAR.search(body)
    if year:
        value = int(year.group(1))
        if years and value not in years:
            known = "、".join(str(y) for y in sorted(years, reverse=True))
            problems.append(f"库中没有 {value} 年的项目（已有年度：{known}）")
        else:
            changes["year"] = value
        body = body[: year.start()] + " " + body[year.end():]
    leftovers: list[str] = []
    topics: list[str] = []
    for word in filter(None, _SEPARATORS.split(body)):
        word = _TRAILER.sub("", word)
        if word.endswith("相关") and len(word) > 2:
            # 「只看考试相关的」 narrows the topic; it names no unit or category.
            topics.append(word.removesuffix("相关"))
            continue
        # A unit name may contain category words (质量监督中心), so units are recognised first.
        if not word or _take_word(word, units, changes, problems):
            continue
        category = _CATEGORY.search(word)
        if category:
            level, name = _CATEGORY_WORDS[_strip_category_suffix(category.group(0))]
            changes[level] = name
            for part in (word[: category.start()], word[category.end():]):
                part = _TRAILER.sub("", part)
                if part and not _take_word(part, units, changes, problems):
                    leftovers.append(part)
        else:
            leftovers.append(word)
    if topics:
        changes["topic"] = " ".join(topics)
    if leftovers:
        words = "、".join(f"「{w}」" for w in leftovers)
        problems.append(f"{words}不是已知的年度、实施单位、指标类别或类型")
    if not changes and not problems:
        return None
    return Refinement(changes, tuple(problems))


def _take_word(
    word: str, units: Sequence[str], changes: dict[str, object], problems: list[str]
) -> bool:
    """Record `word` as a type or unit filter if it is one (an unknown unit as a problem)."""
    if word in _TYPE_WORDS:
        changes["type"] = _TYPE_WORDS[word]
        return True
    if _known_unit(word, units):
        changes["unit"] = resolve_unit(word, units)
        return True
    if _UNIT_SUFFIX.search(word) and len(word) > 1:
        unit = resolve_unit(word, units)
        if units and unit == word and not any(compact(word) in compact(u) for u in units):
            problems.append(f"没有名为「{word}」的实施单位")
        else:
            changes["unit"] = unit
        return True
    return False


def _strip_category_suffix(matched: str) -> str:
    if matched in _CATEGORY_WORDS:
        return matched
    for suffix in ("指标", "类", "方面"):
        if matched.endswith(suffix) and matched.removesuffix(suffix) in _CATEGORY_WORDS:
            return matched.removesuffix(suffix)
    return matched


def _known_unit(word: str, units: Sequence[str]) -> bool:
    # Four characters at least: 「考试」 is a topic, 「医学考试」 already points at a unit.
    wanted = compact(word)
    return len(wanted) >= 4 and any(wanted in compact(u) for u in units)


def parse_followup(
    text: str, units: Sequence[str] = (), years: Sequence[int] = ()
) -> Refinement | None:
    """The refinement `text` asks for, or None when it is a new question.

    A follow-up either starts with a word such as 只看/只要/换成 (「只看2024年的」,
    「只看上海市医学考试中心的」), or consists only of filter words (「2024年的呢？」,
    「满意度指标」, 「不限年份」). Anything else is a new question. With `units` and `years`
    (those in the store) given, a unit or year the store does not have is a problem, not a
    filter; so is any word that is not a filter (「只看火星的」).
    """
    body = compact(text)
    body = _TRAILER.sub("", body)
    if not body:
        return None
    prefixed = _PREFIX.match(body)
    if prefixed:
        rest = _TRAILER.sub("", body[prefixed.end():])
        return _parse_body(rest, units, years) or Refinement(
            problems=("没有说要筛选什么",))
    refinement = _parse_body(body, units, years)
    # Without a 只看-style opener only pure filter phrases count, so 「满意度调查」 stays a query
    # and a bare unit name stays a question about that unit.
    if (refinement and refinement.understood and not refinement.changes.get("unit")
            and not refinement.changes.get("topic")):
        return refinement
    return None
