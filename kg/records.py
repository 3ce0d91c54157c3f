"""Typed records read from performance-target documents.

The JSON keys are a public contract (other tools read them; ``data/records.schema.json``
describes them): add fields, never rename or drop one without bumping ``RECORDS_SCHEMA``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from jixiao.vocab import FormKind

#: Version of the JSON record contract (``schema_version`` in ``jixiao parse --json``).
RECORDS_SCHEMA = 2


@dataclass
class Location:
    """Where something is printed in its source document.

    Text sources give lines; spreadsheets a sheet and an A1 cell range; PDFs a page (and the
    line of the page's extracted text); Word files a table number and row.
    """

    line: int | None = None  # first line, 1-based (text; the row for sheets and tables)
    last_line: int | None = None
    sheet: str | None = None
    cells: str | None = None  # "B12:D12"
    page: int | None = None
    table: int | None = None  # 1-based table number (DOCX, PDF)

    def describe(self) -> str:
        """Chinese, for the web page: 「表 Sheet1，B12:D12」「第 3 页，第 12 行」「第 12 行」."""
        parts = []
        if self.sheet:
            parts.append(f"表 {self.sheet}")
        if self.page:
            parts.append(f"第 {self.page} 页")
        if self.table and not self.sheet:
            parts.append(f"表格 {self.table}")
        if self.cells:
            parts.append(self.cells)
        elif self.line:
            span = f"{self.line}–{self.last_line}" if self.last_line and self.last_line != self.line else str(self.line)
            parts.append(f"第 {span} 行")
        return "，".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Location | None:
        if not data:
            return None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TargetValue:
    """A quantitative value such as ``≥90(%)`` → op ``≥``, value 90, unit ``%``."""

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
    actual_parsed: TargetValue | None = None
    #: The mid-term value when a form prints 中期目标 beside the annual target.
    midterm_target: str | None = None
    #: Other columns of the row by their printed header (指标解释, 评(扣)分标准, 备注 …).
    extra: dict[str, str] = field(default_factory=dict)
    #: Text quality the reader noticed: values of ``jixiao.vocab.TextFlag``.
    flags: list[str] = field(default_factory=list)
    location: Location | None = None


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
    sheet: str | None = None
    cells: str | None = None
    page: int | None = None
    last_page: int | None = None
    #: Detected file type: text, xlsx, xls, docx, pdf.
    format: str | None = None

    @property
    def location(self) -> Location:
        return Location(line=self.first_line, last_line=self.last_line, sheet=self.sheet,
                        cells=self.cells, page=self.page)


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
    #: Official codes when printed (统一社会信用代码, 单位编码, 项目编码).
    department_code: str | None = None
    unit_code: str | None = None
    project_code: str | None = None
    #: Other header fields by their printed label (项目性质, 项目负责人, 联系电话 …).
    extra: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.form = FormKind(self.form)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["form"] = str(self.form)
        for raw, ind in zip(data["indicators"], self.indicators, strict=True):
            raw["location"] = ind.location.to_json() if ind.location else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Project:
        inds = []
        known = {f.name for f in fields(Indicator)}
        for raw in data.get("indicators") or []:
            raw = {k: v for k, v in raw.items() if k in known}
            for key in ("target_parsed", "actual_parsed"):
                raw[key] = TargetValue(**raw[key]) if raw.get(key) else None
            raw["location"] = Location.from_json(raw.get("location"))
            inds.append(Indicator(**raw))
        source_known = {f.name for f in fields(Source)}
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
            source=Source(**{k: v for k, v in data["source"].items() if k in source_known}),
            warnings=list(data.get("warnings") or []),
            department_code=data.get("department_code"),
            unit_code=data.get("unit_code"),
            project_code=data.get("project_code"),
            extra=dict(data.get("extra") or {}),
            flags=list(data.get("flags") or []),
        )


@dataclass
class UnreadLine:
    """Input that did not become part of any record: a line, or one cell of it."""

    line: int
    text: str
    reason: str
    location: Location | None = None

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason,
                "location": self.location.to_json() if self.location else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UnreadLine:
        return cls(data["line"], data["text"], data["reason"],
                   Location.from_json(data.get("location")))


#: The name of what the reader reports as not understood (a line or a cell).
UnreadCell = UnreadLine


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
    #: Detected file type: text, xlsx, xls, docx, pdf.
    format: str | None = None
    #: Notes that are not errors (hidden sheets, skipped control bytes, pages without text).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.projects)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "encoding": self.encoding, "layout": self.layout,
            "format": self.format,
            "projects": [p.to_json() for p in self.projects],
            "unread": [u.to_json() for u in self.unread],
            "errors": list(self.errors), "warnings": list(self.warnings),
            "line_count": self.line_count,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileReport:
        return cls(
            file=data["file"], encoding=data.get("encoding"), layout=data.get("layout"),
            format=data.get("format"),
            projects=[Project.from_json(p) for p in data.get("projects", [])],
            unread=[UnreadLine.from_json(u) for u in data.get("unread", [])],
            errors=list(data.get("errors", [])), warnings=list(data.get("warnings", [])),
            line_count=data.get("line_count", 0),
        )
