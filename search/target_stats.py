"""What projects set as targets for a measure, and what their self-evaluations achieved.

Officers setting a target want two facts: what similar projects set (「≥90% ×8」) and whether
those targets were met (「实际 96–100% ×6」), so that a target is ambitious and still met. Both
come from the indicator rows: the printed target, and the actual value of rows from
self-evaluation forms (实际完成值).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jixiao.kg.targets import parse_target
from jixiao.search.results import Use
from jixiao.search.targets import QUANTIFIED, VAGUE, target_quality

if TYPE_CHECKING:
    from jixiao.search.engine import SearchEngine

SHOWN_TARGETS = 3
SHOWN_CHARS = 20  # a target printed as a sentence is cut here in the one-line summary


def _number(v: float) -> str:
    return f"{v:g}"


def _unit(unit: str | None) -> str:
    return unit or ""


def _short(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def meets(target: str | None, actual: str | None) -> bool | None:
    """Whether an actual value meets a quantified target (None when either is not a number or
    their units differ)."""
    t, a = parse_target(target), parse_target(actual)
    if t is None or a is None or (t.unit or "") != (a.unit or ""):
        return None
    if t.op in ("≥", ">"):
        return a.value >= t.value if t.op == "≥" else a.value > t.value
    if t.op in ("≤", "<"):
        return a.value <= t.value if t.op == "≤" else a.value < t.value
    if t.op == "≈":
        return abs(a.value - t.value) <= max(abs(t.value) * 0.05, 1e-9)
    return a.value >= t.value if (t.unit == "%" and t.value >= 100) else a.value == t.value


@dataclass
class Achieved:
    """Actual values of self-evaluation rows that share a unit."""

    unit: str | None
    low: float
    high: float
    count: int

    def text(self) -> str:
        span = _number(self.low) if self.low == self.high else f"{_number(self.low)}–{_number(self.high)}"
        return f"实际 {span}{_unit(self.unit)} ×{self.count}"


@dataclass
class TargetStats:
    """Targets set and values achieved over a set of indicator rows."""

    rows: int = 0
    projects: int = 0
    targets: list[tuple[str, int]] = field(default_factory=list)  # as printed, most common first
    quantified: int = 0  # rows whose target states a measure
    vague: int = 0  # rows whose target states none (优, 提升, 及时)
    achieved: list[Achieved] = field(default_factory=list)  # by unit, most rows first
    met: int = 0  # rows with both numbers where the actual meets the target
    compared: int = 0  # rows with both numbers comparable
    actual_texts: list[tuple[str, int]] = field(default_factory=list)  # non-numeric actuals

    @property
    def typical(self) -> str | None:
        """The most common quantified target, if any project set one."""
        return next((t for t, _ in self.targets if target_quality(t) == QUANTIFIED), None)

    def text(self) -> str:
        """「≥90(%) ×8、≥95(%) ×4；实际 96–100% ×6（达标 6/6）」."""
        parts = []
        if self.targets:
            parts.append("、".join(f"{_short(t)} ×{n}" for t, n in self.targets[:SHOWN_TARGETS]))
        if self.achieved:
            ach = "、".join(a.text() for a in self.achieved[:2])
            if self.compared:
                ach += f"（达到目标 {self.met}/{self.compared}）"
            parts.append(ach)
        return "；".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows, "projects": self.projects,
            "targets": [{"target": t, "count": n} for t, n in self.targets],
            "quantified": self.quantified, "vague": self.vague,
            "achieved": [a.__dict__ for a in self.achieved], "met": self.met,
            "compared": self.compared,
            "actual_texts": [{"actual": t, "count": n} for t, n in self.actual_texts],
            "typical": self.typical, "text": self.text(),
        }


def target_stats(uses: Iterable[Use]) -> TargetStats:
    uses = list(uses)
    targets = Counter(u.target for u in uses if u.target)
    by_unit: dict[str | None, list[float]] = {}
    texts: Counter[str] = Counter()
    met = compared = 0
    quantified = vague = 0
    for u in uses:
        q = target_quality(u.target)
        quantified += q == QUANTIFIED
        vague += q == VAGUE
        if not u.actual:
            continue
        a = parse_target(u.actual)
        if a is None:
            texts[u.actual] += 1
        else:
            by_unit.setdefault(a.unit, []).append(a.value)
        ok = meets(u.target, u.actual)
        if ok is not None:
            compared += 1
            met += ok
    achieved = [Achieved(unit, min(v), max(v), len(v)) for unit, v in by_unit.items()]
    achieved.sort(key=lambda a: -a.count)
    return TargetStats(
        rows=len(uses), projects=len({u.project_id for u in uses}),
        targets=sorted(targets.items(), key=lambda kv: (-kv[1], kv[0])),
        quantified=quantified, vague=vague, achieved=achieved, met=met, compared=compared,
        actual_texts=sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:SHOWN_TARGETS],
    )


@dataclass
class TargetAnswer:
    """The answer to 「知晓率一般定多少」: the wordings read as that measure and their targets."""

    question: str
    measure: str  # what was looked up (the question without its frame)
    wordings: list[tuple[str, int]]  # wordings counted, with their rows
    stats: TargetStats
    advice: str  # one sentence: what to set, from the evidence (or why there is none)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question, "measure": self.measure,
            "wordings": [{"text": t, "rows": n} for t, n in self.wordings],
            "stats": self.stats.to_json(), "advice": self.advice,
        }


def advice_for(stats: TargetStats, shape: str | None) -> str:
    """What to set, in one sentence, from the evidence only."""
    typical = stats.typical
    if typical:
        n = dict(stats.targets).get(typical, 0)
        line = f"最常见的目标值是 {typical}（{n} 行）"
        if stats.compared:
            line += f"；有实际值可比的 {stats.compared} 行中 {stats.met} 行达到目标"
        if stats.achieved:
            line += f"（{stats.achieved[0].text()}）"
        return line + "。"
    if stats.rows:
        how = f"，如「{shape}」（N 按本项目的计划填写）" if shape else ""
        return (f"已有的 {stats.rows} 行都没有写成数值，指标值应量化：写明比较符、数值和单位{how}。")
    return "已有数据中没有这个指标，无法给出常见目标值；请换一种说法，或参考相近指标。"


def summarise(uses_by_wording: Sequence[tuple[str, Sequence[Use]]]) -> tuple[list[tuple[str, int]], TargetStats]:
    wordings = [(t, len(u)) for t, u in uses_by_wording]
    stats = target_stats(u for _, uses in uses_by_wording for u in uses)
    return wordings, stats


# How many wordings a target question reads as its measure, and how far below the best match a
# wording may score and still count (fused-score units).
TARGET_WORDINGS = 5
TARGET_MARGIN = 0.15
# A wording names the asked measure when it contains most of its words or means nearly the same.
NAMES_MEASURE_COVERAGE = 0.6
NAMES_MEASURE_COSINE = 0.75


def answer_target_question(engine: SearchEngine, question: str) -> TargetAnswer:
    """「知晓率一般定多少」: the wordings that name the measure and what their rows set and achieved."""
    from jixiao.search.query import check_query
    from jixiao.search.targets import target_shape

    q = check_query(question)
    plan = engine.plan(q)
    hits = engine.search(q, type="indicator", k=TARGET_WORDINGS * 2)
    named = [h for h in hits if h.lexical_score >= NAMES_MEASURE_COVERAGE
             or h.dense_score >= NAMES_MEASURE_COSINE]
    chosen = [h for h in named if h.score >= named[0].score - TARGET_MARGIN][:TARGET_WORDINGS]
    wordings, stats = summarise([(h.text, h.uses) for h in chosen])
    top = chosen[0] if chosen else None
    shape = target_shape(top.text, top.level1, top.level2) if top else None
    return TargetAnswer(question=q, measure=plan.core, wordings=wordings, stats=stats,
                        advice=advice_for(stats, shape))
