"""Plain result records of search, similar and suggest; ``to_json()`` gives the CLI/UI form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Use:
    """One project's row of an indicator wording."""

    indicator_id: str
    project_id: str
    project: str
    unit: str | None
    year: int | None
    level1: str | None
    level2: str | None
    target: str | None
    actual: str | None
    file: str | None = None  # source document and line of the row
    line: int | None = None
    flags: list[str] = field(default_factory=list)  # the reader's TextFlag values for the row


@dataclass
class Hit:
    """A search hit. Indicator hits group every row with the same wording."""

    id: str  # concept/… for indicators, project/… for projects
    type: str  # "indicator" | "project"
    score: float
    text: str  # the indicator wording or the project name
    # Context of the first (best-matching) use; for projects, the project itself.
    project: str | None = None
    project_id: str | None = None
    unit: str | None = None
    year: int | None = None
    level1: str | None = None
    level2: str | None = None
    target: str | None = None
    actual: str | None = None
    # Indicators: how many project rows use this wording and which targets they set.
    count: int = 0
    targets: list[tuple[str, int]] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)
    # Projects: a little more context.
    department: str | None = None
    form: str | None = None
    funds_total: float | None = None
    goal: str | None = None
    indicator_count: int | None = None
    dense_score: float = 0.0
    lexical_score: float = 0.0
    # Indicators: TextFlag values (garbled, fragment, repaired) of most of the wording's rows;
    # a damaged wording is ranked lower and shown with a note.
    flags: list[str] = field(default_factory=list)
    iri: str | None = None  # set by jixiao.api under the store's base IRI

    @property
    def damaged(self) -> bool:
        return any(f in ("garbled", "fragment") for f in self.flags)

    @property
    def targets_text(self) -> str:
        """``≥90(%) ×8, ≥95(%) ×4``."""
        return ", ".join(f"{t} ×{n}" for t, n in self.targets)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["score"] = round(self.score, 4)
        out["dense_score"] = round(self.dense_score, 4)
        out["lexical_score"] = round(self.lexical_score, 4)
        out["targets"] = [{"target": t, "count": n} for t, n in self.targets]
        if self.type == "project":
            for key in ("count", "targets", "uses", "level1", "level2", "target", "actual",
                        "flags"):
                out.pop(key)
        else:
            for key in ("department", "form", "funds_total", "goal", "indicator_count"):
                out.pop(key)
        return out


@dataclass
class Related:
    """An item related to another, with why."""

    id: str
    type: str  # "project" | "indicator"
    text: str
    score: float
    reasons: list[str]
    unit: str | None = None
    year: int | None = None
    level1: str | None = None
    level2: str | None = None
    shared_concepts: list[str] = field(default_factory=list)
    similarity: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["score"] = round(self.score, 4)
        out["similarity"] = round(self.similarity, 4)
        return out


@dataclass
class SuggestedIndicator:
    id: str  # concept id
    text: str
    level1: str  # the category tree's label (jixiao.vocab.CATEGORY_TREE), 未分类 when unknown
    level2: str
    target: str | None  # the typical target of this wording (quantified when any project had one)
    target_quality: str | None  # quantified | definite | vague
    vague: bool  # the wording's usual target is vague (or missing)
    alternative: str | None  # for a vague one: a similar wording's quantified target, if any
    targets: list[tuple[str, int]]  # every target set for this wording, most frequent first
    used_by: int  # projects using this wording
    examples: list[str]  # names of similar projects that use it
    score: float
    # Where the recommended target comes from (same wording / a similar wording); None: no
    # project gives a number, and ``advice`` says how to quantify it.
    target_evidence: str | None = None
    advice: str | None = None
    # What projects set and achieved (search.target_stats.TargetStats.to_json()).
    stats: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)  # the reader's TextFlag values

    @property
    def recommended_target(self) -> str | None:
        """A target backed by evidence; None when none is (see ``advice``)."""
        return self.alternative if self.vague else self.target

    @property
    def set_and_achieved(self) -> str:
        """「≥90(%) ×8；实际 96–100% ×6（达到目标 6/6）」."""
        return str(self.stats.get("text") or "")

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["score"] = round(self.score, 4)
        out["recommended_target"] = self.recommended_target
        out["targets"] = [{"target": t, "count": n} for t, n in self.targets]
        return out


@dataclass
class Suggestion:
    description: str
    similar_projects: list[Related]
    indicators: list[SuggestedIndicator]

    def grouped(self) -> dict[str, dict[str, list[SuggestedIndicator]]]:
        """level1 → level2 → indicators, in the order of the forms."""
        out: dict[str, dict[str, list[SuggestedIndicator]]] = {}
        for ind in self.indicators:
            out.setdefault(ind.level1, {}).setdefault(ind.level2, []).append(ind)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "similar_projects": [p.to_json() for p in self.similar_projects],
            "indicators": {
                l1: {l2: [i.to_json() for i in inds] for l2, inds in by2.items()}
                for l1, by2 in self.grouped().items()
            },
        }
