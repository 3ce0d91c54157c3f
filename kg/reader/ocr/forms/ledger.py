"""Which input lines a reader used, so that every other line is reported, never lost."""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.layouts import Cell, strip_markup
from jixiao.kg.records import UnreadLine


@dataclass
class Ledger:
    """Lines used for the record (or as form structure), and reasons for lines left out."""

    used: set[int] = field(default_factory=set)
    reasons: dict[int, str] = field(default_factory=dict)

    def use(self, *cells: Cell | None) -> None:
        for c in cells:
            if c is not None:
                self.used.update(c.lines)

    def skip(self, cell: Cell, reason: str) -> None:
        """Note why a cell's line did not go into the record (kept unless the line is used)."""
        for n in cell.lines:
            self.reasons.setdefault(n, reason)

    def unread(self, lines: list[tuple[int, str]], default: str) -> list[UnreadLine]:
        return [
            UnreadLine(n, t, self.reasons.get(n, default))
            for n, t in lines
            if strip_markup(t).strip() and n not in self.used
        ]
