"""A unigram word model of Chinese (jieba's dictionary) and the words a document prints.

Repairs of garbled text use both: the model says how well a spelling reads, the document's own
words are the only evidence a repair may introduce (a character is never invented from the
dictionary alone).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jixiao.text import CJK

_CJK_RUN = re.compile(rf"[{CJK}]{{2,}}")


@lru_cache(maxsize=1)
def model():
    """jieba's tokenizer, initialised once (loading the dictionary takes about a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt


@lru_cache(maxsize=8192)
def log_prob(text: str) -> float:
    """Log-probability of the best word segmentation of `text` (0 for empty text)."""
    if not text:
        return 0.0
    m = model()
    route: dict[int, tuple[float, int]] = {}
    m.calc(text, m.get_DAG(text), route)
    return route[0][0]


def word_coverage(text: str) -> int:
    """Characters of `text` inside words of two or more characters, in jieba's best cut:
    `集中招标采购` 6, `集中和新采购` 4 (和 and 新 read alone)."""
    return sum(len(w) for w in model().cut(text, HMM=False) if len(w) >= 2)


def is_word(text: str) -> bool:
    """A dictionary word of two characters or more."""
    return len(text) >= 2 and bool(model().FREQ.get(text))


def document_words(texts: Iterable[str]) -> frozenset[str]:
    """Dictionary words of two or more characters printed anywhere in `texts`.

    Every word the dictionary finds inside a run of Chinese counts, not only those of the best
    segmentation: `考务人员培训` holds 培训 whichever way it is cut.
    """
    m = model()
    out: set[str] = set()
    for text in texts:
        for run in _CJK_RUN.findall(text):
            dag = m.get_DAG(run)
            for start, ends in dag.items():
                out.update(run[start : end + 1] for end in ends if end > start)
    return frozenset(w for w in out if is_word(w))


@dataclass(frozen=True)
class DocumentText:
    """What a document prints, as evidence for repairs: its words and its text (compacted
    cells, one per line)."""

    words: frozenset[str] = frozenset()
    text: str = ""

    @classmethod
    def of(cls, cells: Iterable[str]) -> DocumentText:
        kept = [c for c in ("".join(cell.split()) for cell in cells) if c]
        return cls(document_words(kept), "\n".join(kept))

    def context(self, text: str, pos: int, last: int | None = None) -> int:
        """Length of the longest piece of `text` holding positions `pos`..`last` (default:
        just `pos`) that the document prints."""
        last = pos if last is None else last
        if pos < 0 or last >= len(text):
            return 0
        best = 0
        for start in range(pos, -1, -1):
            if text[start : last + 1] not in self.text:
                break
            end = max(last + 1, start + best)
            while end + 1 <= len(text) and text[start : end + 1] in self.text:
                end += 1
            best = max(best, end - start)
        return best
