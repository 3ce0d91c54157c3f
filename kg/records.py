"""Typed records read from performance-target documents.

The JSON keys are a public contract (other tools read them): change with care.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from jixiao.vocab import FormKind


@dataclass
class TargetValue:
    """A quantitative target such as ``≥90(%)`` → op ``≥``, value 90, unit ``%``."""

    op: str
    value: float
    unit: str | None = None


@dataclass
class Indicator:
    level1: str | None
    level2: str | None
    level3: str | None  # None: the form's level-3 cell is empty
    target: str | None = None
    target_parsed: TargetValue | None = None
    actual: str | None = None
    weight: float | None = None
    score: float | None = None
    deviation: str | None = None
    # Labels as the form printed them, when they differ from the canonical ones.
    level1_as_printed: str | None = None
    level2_as_printed: str | None = None
    line: int | None = None


@dataclass
class Funds:
    """Amounts in 元 (forms printed in 万元 are converted)."""

    total: float | None = None
    fiscal: float | None = None
    carryover: float | None = None
    other: float | None = None
    executed: float | None = None
    execution_rate: float | None = None


@dataclass
class Source:
    file: str
    first_line: int
    last_line: int


@dataclass
class Project:
    name: str
    name_as_printed: str
    department: str | None
    unit: str | None
    year: int | None
    form: FormKind
    funds: Funds
    goal: str | None
    total_score: float | None
    grade: str | None
    indicators: list[Indicator]
    source: Source
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Project:
        inds = []
        for raw in data.get("indicators") or []:
            raw = dict(raw)
            tp = raw.get("target_parsed")
            raw["target_parsed"] = TargetValue(**tp) if tp else None
            inds.append(Indicator(**raw))
        return cls(
            name=data["name"],
            name_as_printed=data.get("name_as_printed") or data["name"],
            department=data.get("department"),
            unit=data.get("unit"),
            year=data.get("year"),
            form=FormKind(data["form"]),
            funds=Funds(**(data.get("funds") or {})),
            goal=data.get("goal"),
            total_score=data.get("total_score"),
            grade=data.get("grade"),
            indicators=inds,
            source=Source(**data["source"]),
            warnings=list(data.get("warnings") or []),
        )


@dataclass
class UnreadLine:
    """An input line that did not become part of any record."""

    line: int
    text: str
    reason: str


@dataclass
class FileReport:
    """Everything reading one file produced: records, and what was not understood."""

    file: str
    encoding: str | None = None
    layout: str | None = None
    projects: list[Project] = field(default_factory=list)
    unread: list[UnreadLine] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    line_count: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.projects)
