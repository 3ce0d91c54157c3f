"""What reading one form collected besides its record: lines used, reasons, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.wordmodel import DocumentText


@dataclass
class FormReading:
    """Lines that went into the record, reasons for the others, and warnings for the project."""

    used: set[int] = field(default_factory=set)
    reasons: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    funds_weight: float | None = None  # 分值 of the funds row: its share of the total
    # An input line standing for several (a row rebuilt from one-cell lines) → all of them.
    groups: dict[int, list[int]] = field(default_factory=dict)
    # What the whole document prints: evidence for mending characters cut in two.
    doc: DocumentText | None = None

    def use(self, line: int) -> None:
        self.used.add(line)

    def skip(self, line: int, reason: str) -> None:
        self.reasons.setdefault(line, reason)
