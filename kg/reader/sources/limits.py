"""Limits per file, so that one huge or hostile file gives a message instead of a hang.

Readers check a ``Budget`` between rows and pages (a single library call cannot be cut short,
so the time limit is a bound checked at those points, not a hard interrupt). Past a limit the
reader stops, keeps what it read and says where it stopped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from jixiao.errors import JixiaoError

# A form is a few pages or one sheet; a department's budget book a few hundred pages.
MAX_FILE_BYTES = 100 * 2**20
# ZIP containers (xlsx, docx) are measured unpacked too: a small file can expand enormously.
MAX_UNPACKED_BYTES = 1 * 2**30
# Non-empty cells (all sheets / tables) and PDF pages read per file before stopping.
MAX_CELLS = 500_000
MAX_PAGES = 500
# Wall-clock seconds spent reading one file before stopping with what was read.
MAX_SECONDS = 120.0
# How often (in rows) a reader looks at the clock.
CHECK_EVERY_ROWS = 1000


class SourceError(JixiaoError):
    """The whole file cannot be read (corrupt, encrypted, unsupported); names the file."""


class LimitReached(Exception):
    """A budget ran out; the message says which limit and where reading stopped."""


@dataclass
class Budget:
    """What one file may still spend: cells and time."""

    name: str
    max_cells: int = MAX_CELLS
    max_seconds: float = MAX_SECONDS
    cells: int = 0
    started: float = field(default_factory=time.monotonic)

    def add_cells(self, count: int = 1) -> None:
        self.cells += count
        if self.cells > self.max_cells:
            raise LimitReached(f"more than {self.max_cells:,} cells")

    def check_time(self) -> None:
        if time.monotonic() - self.started > self.max_seconds:
            raise LimitReached(f"reading took more than {self.max_seconds:g} s")

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
