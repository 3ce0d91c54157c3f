"""What a search is asked: the checked query text and the filters."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from jixiao.errors import JixiaoError
from jixiao.text import clean_cell

MAX_QUERY_CHARS = 500


@dataclass(frozen=True)
class Filters:
    unit: str | None = None
    year: int | None = None
    level1: str | None = None
    level2: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.unit or self.year or self.level1 or self.level2)

    @property
    def by_category(self) -> bool:
        return bool(self.level1 or self.level2)


def check_query(text: str | None, what: str = "query", limit: int = MAX_QUERY_CHARS) -> str:
    """The query as searched (width-folded, trimmed); JixiaoError when it cannot be searched."""
    q = clean_cell(text or "")
    if not q:
        raise JixiaoError(f"empty {what}: type a few words, e.g. 考生满意度 or 培训次数")
    if len(q) > limit:
        raise JixiaoError(
            f"{what} too long ({len(q)} characters; at most {limit}): shorten it to the words "
            "that matter"
        )
    if not any(unicodedata.category(ch)[0] in "LN" for ch in q):
        raise JixiaoError(f"{what} has no words, only punctuation or symbols: {q!r}")
    return q
