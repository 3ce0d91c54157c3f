"""What a query asks: folded to simplified Chinese, stripped of its question frame, the concepts it
names (``search.concepts``) and whether it asks for a typical target.

Officers type questions, not indicator names: 「资金到位率一般定多少」, 「有没有做医师定期考核的
项目」, 「老百姓知不知道」. The frame (一般定多少, 有没有…的项目) shares characters with many
wordings by chance (多, 少, 的, 有) and says nothing about which indicator is meant; it says what
kind of answer is wanted. So the lexical side scores the *core* (the frame removed), the concept
table adds the forms' words for what the core names, and the frame decides the intent.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jixiao.search.concepts import (
    DENSE_FORMS,
    DENSE_KINDS,
    MEASURE,
    Match,
    find_concepts,
    spell_out,
)
from jixiao.search.sound import SoundIndex
from jixiao.text import normalize_width

# A target question asks what value to set (or what others set / achieved) for a measure.
_TARGET_ASK = re.compile(
    r"(一般|通常|常见|大概|大约|普遍|别人|其他项目|往年)?(都|会)?(要|该|应该|应当|可以)?"
    r"(定|设|填|写|订|报|取|设定|设置|定为|设为|填报|确定)(成|为|在|到|个)?"
    r"(多少|几|百分之几|百分之多少|多高|多大|什么|啥|哪个)"
    r"|目标值|指标值|取值|定多少|填多少|设多少|写多少|一般是多少|一般多少|通常是多少|通常多少"
    r"|多少(比较)?合适|定在多少|标准是多少|(怎么|如何|怎样)(定|设|填|写|设定|确定|填写)"
    r"|typical target|target value|what target|how high"
)
_TARGET_FRAME = re.compile(
    r"(的)?(目标值|指标值|目标|指标|取值|标准)?"
    r"(一般|通常|常见|大概|大约|普遍|别人|其他项目|往年)?(都|会)?(要|该|应该|应当|可以)?"
    r"(定|设|填|写|订|报|取|设定|设置|定为|设为|填报|确定)?(成|为|在|到|个)?"
    r"(是)?(多少|几|百分之几|百分之多少|多高|多大|多低|什么水平|啥|"
    r"(怎么|如何|怎样)(定|设|填|写|设定|确定|填写))"
    r"(比较)?(合适|好|才行|为宜)?(呢|吗|啊|呀)?$"
)
# Words that frame any question without naming a measure.
_FILLERS = re.compile(
    r"^(请问|请|麻烦|帮我|帮忙|我想|我要|想|查一下|查查|查询|找一下|找找|搜一下|搜索|看一下|看看|"
    r"看|有没有|有无|是否有|有哪些|哪些|有什么|什么)+"
    r"|(的项目|项目)?(有吗|有没有|有哪些|是哪个|是哪些|在哪|吗|呢|吧|啊|呀|么)+$"
)
_PROJECT_FRAME = re.compile(r"^(有没有|有无|哪些|哪个|是否有)(做|搞|办|开展|关于|涉及)?|(的)?项目(有吗|有哪些)?$")
# A query asking for projects rather than indicators (「有没有做医师定期考核的项目」, 「医学考试相关
# 项目」); 「项目对以后有没有长远好处」 asks about an indicator.
_ASKS_PROJECT = re.compile(r"项目(有吗|有哪些|有没有|吗|呢|啊)?$|的项目")
_QUESTION_MARKS = re.compile(r"[?？!！。，,、；;：:\s]+")
_ASCII_WORD = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - opencc has no type hints
    from opencc import OpenCC

    return OpenCC("t2s")


# The dictionaries of opencc's t2s conversion (its config/t2s.json: one group, phrases first).
T2S_DICTIONARIES = ("TSPhrases.txt", "TSCharacters.txt")


def t2s_table() -> dict[str, Any]:
    """What the installed opencc's t2s can change: the characters it maps to another one, and
    its phrases. A text holding none of those characters and none of the phrases is converted
    to itself (a phrase matches only where it occurs; any other character maps to itself)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    changed: set[str] = set()
    phrases: set[str] = set()
    for name in T2S_DICTIONARIES:
        for line in (folder / name).read_text("utf-8").splitlines():
            key, value = line.strip().split("\t")
            if name == "TSPhrases.txt":
                phrases.add(key)
            elif value.split(" ")[0] != key:  # opencc takes the first of several values
                changed.add(key)
    return {"sizes": _t2s_sizes(), "changed": "".join(sorted(changed)),
            "phrases": sorted(phrases)}


def _t2s_sizes() -> dict[str, int]:
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    return {name: (folder / name).stat().st_size for name in T2S_DICTIONARIES}


def t2s_cache_path() -> Path:
    """Where the table is kept for the next process: the user's cache (derived from the
    installed opencc on first use, ~30 ms; opencc's dictionaries are not copied into jixiao)."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "jixiao" / "t2s-table.json"


@lru_cache(maxsize=1)
def _t2s_changes() -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The table of the installed opencc (None: convert every text)."""
    path = t2s_cache_path()
    try:
        sizes = _t2s_sizes()
    except OSError:
        return None
    try:
        kept = json.loads(path.read_text("utf-8"))
        if kept["sizes"] == sizes:
            return frozenset(kept["changed"]), tuple(kept["phrases"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        kept = t2s_table()
    except (OSError, ValueError):
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the table is derived again by the next process
    return frozenset(kept["changed"]), tuple(kept["phrases"])


def _t2s_may_change(text: str) -> bool:
    table = _t2s_changes()
    if table is None:
        return True
    changed, phrases = table
    return not changed.isdisjoint(text) or any(p in text for p in phrases)


def fold(text: str) -> str:
    """Width-folded, simplified Chinese, Latin lower-cased: 職稱評審 → 职称评审, ＫＰＩ → kpi."""
    text = normalize_width(text)
    # Most queries are typed in simplified Chinese: loading opencc's dictionaries (~7 ms of a
    # cold search) is then skipped, with the same result.
    return (_t2s().convert(text) if _t2s_may_change(text) else text).lower()


@dataclass(frozen=True)
class QueryPlan:
    text: str  # as typed (checked)
    folded: str  # simplified, width-folded, lower-cased
    core: str  # the question frame removed: what is looked for
    concepts: tuple[Match, ...] = field(default=())
    target_question: bool = False
    corrected_from: str | None = None  # the core as typed, when sound-alike slips were fixed
    meaning: str = ""  # the folded query with abbreviations spelled out (embedded for meaning)

    @property
    def expansion_terms(self) -> list[str]:
        """The forms' words for the concepts the query names, not already in it."""
        out: list[str] = []
        for m in self.concepts:
            for w in m.concept.formal:
                if w not in self.core and w not in out:
                    out.append(w)
        return out

    @property
    def asks_project(self) -> bool:
        """Whether the query asks for projects (「…的项目」, 「…项目有吗」)."""
        return bool(_ASKS_PROJECT.search(_QUESTION_MARKS.sub("", self.folded)))

    @property
    def level2_hints(self) -> set[str]:
        return {l2 for m in self.concepts for l2 in m.concept.level2}

    @property
    def expanded(self) -> str:
        """The core followed by the forms' words (the lexical query)."""
        extra = self.expansion_terms
        return f"{self.core} {' '.join(extra)}" if extra else self.core

    @property
    def dense_forms(self) -> list[str]:
        """Each named concept's commonest forms' words, for the expanded dense query: only for
        measures and people asked for in other words than the forms' (the encoder reads kinds
        of work and the forms' own words well as typed; a long list would drown the query)."""
        out: list[str] = []
        # A measure family the query already names in the forms' own words (响应时间) needs no
        # paraphrase from another of its measures (几小时 → 时限): that would only pull the
        # query's vector away from what was typed.
        typed_families = {m.concept.measure_family for m in self.concepts
                          if m.typed_formally and m.concept.kind == MEASURE}
        for m in self.concepts:
            if m.typed_formally or m.concept.kind not in DENSE_KINDS:
                continue
            if m.concept.kind == MEASURE and m.concept.measure_family in typed_families:
                continue
            for w in m.concept.formal[:DENSE_FORMS]:
                if w not in self.core and w not in out:
                    out.append(w)
        return out


def core_of(folded: str) -> str:
    """The query without its question frame (「资金到位率一般定多少」 → 资金到位率)."""
    text = _QUESTION_MARKS.sub(" ", folded).strip()
    for _ in range(3):
        before = text
        text = _TARGET_FRAME.sub("", text).strip()
        text = _PROJECT_FRAME.sub("", text).strip()
        text = _FILLERS.sub("", text).strip()
        if text == before:
            break
    # Never strip a query to nothing: a bare 「多少」 is still what the user typed.
    return text or folded.strip()


def understand(query: str, fold_text: bool = True, sound: SoundIndex | None = None) -> QueryPlan:
    """The plan of a query; ``sound`` (the index's characters by pinyin) fixes typing slips."""
    folded = fold(query) if fold_text else normalize_width(query).lower()
    core = core_of(folded)
    target_question = bool(_TARGET_ASK.search(folded))
    typed = None
    if sound is not None:
        keep = {i for m in find_concepts(core) for i in _span(core, m.trigger)}
        fixed = sound.correct(core, keep)
        if fixed and fixed != core:
            typed = core
            folded = folded.replace(core, fixed) if core in folded else fixed
            core = fixed
    return QueryPlan(
        text=query, folded=folded, core=core,
        concepts=tuple(find_concepts(core)), target_question=target_question,
        corrected_from=typed, meaning=spell_out(folded),
    )


def _span(text: str, word: str) -> range:
    start = text.find(word)
    return range(start, start + len(word)) if start >= 0 else range(0)


def has_latin(text: str) -> bool:
    return bool(_ASCII_WORD.search(text))
