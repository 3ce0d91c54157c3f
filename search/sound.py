"""Typing slips by sound: officers type with pinyin input methods, and a slip picks a character
with the right sound and the wrong meaning (执形率 for 执行率, 服务对像 for 服务对象, 复盖率 for
覆盖率). A query character whose neighbouring character pairs occur in no indexed wording is
replaced by a character of the same pinyin (tones ignored) that makes those pairs known.

A character is left alone when it forms a word of ordinary Chinese with a neighbour (jieba's
dictionary: 宕机 and 知晓 are words even where no indexed wording uses them) or lies inside a
phrase the concept table knows. The table of sounds comes from ``pypinyin`` (its dictionary
ships in the wheel), built over the characters of the lexical vocabulary when first needed.
Both dictionaries take most of a second to load, so a process that answers one question
(``jixiao search``) loads neither unless it must: the characters' readings are kept in a small
file (``ReadingCache``, in the store's cache) and jieba is asked only about a proposed change.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable, Mapping, Sequence, Set
from functools import cached_property, lru_cache
from pathlib import Path

from jixiao.text import is_cjk

# A correction must make at least this many more neighbouring pairs known than it loses.
MIN_GAIN = 1
# A pair jieba counts at least this often is a word: not a slip (its variants 复盖 score 2).
WORD_FREQ = 3


@lru_cache(maxsize=1)
def _word_freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    return _word_freq().get(text, 0) >= WORD_FREQ


def _readings(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    out = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(dict.fromkeys(out[0])) if out else ()


class ReadingCache:
    """Each character's readings (tones ignored), kept in ``path`` when given: a character's
    readings never change, so the file only grows and is never stale."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path

    @cached_property
    def _known(self) -> dict[str, tuple[str, ...]]:
        # Read on first use: a query without a possible slip never asks for a reading.
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return {k: tuple(v) for k, v in data.items()}
        except (OSError, ValueError, AttributeError):
            return {}  # missing or damaged: computed again

    def __call__(self, chars: Iterable[str]) -> dict[str, tuple[str, ...]]:
        chars = list(dict.fromkeys(chars))
        missing = [c for c in chars if c not in self._known]
        for c in missing:
            self._known[c] = _readings(c)
        if missing and self.path is not None:
            self._save()
        return {c: self._known[c] for c in chars}

    def _save(self) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.part")
            partial.write_text(json.dumps(self._known, ensure_ascii=False), "utf-8")
            os.replace(partial, self.path)
        except OSError:
            pass  # a read-only store: the readings are simply computed again next time


class SoundIndex:
    """Characters of a vocabulary by sound, and the character pairs it knows."""

    def __init__(self, terms: Iterable[str] = (), readings: ReadingCache | None = None,
                 vocabularies: Sequence[Iterable[str]] = ()) -> None:
        """``terms``, and the terms of each of ``vocabularies`` (sets or mappings are looked up
        as they are: copying a 100k-indicator store's terms cost ~10 ms of every search)."""
        self.readings = readings or ReadingCache()
        own = set(terms)
        self._vocabularies: tuple[Collection[str], ...] = tuple(
            v if isinstance(v, Set | Mapping) else set(v)
            for v in ((own, *vocabularies) if own else vocabularies))

    def _is_pair(self, pair: str) -> bool:
        # Only two-character strings are asked: a term of two characters is a known pair.
        return any(pair in v for v in self._vocabularies)

    @cached_property
    def _chars(self) -> set[str]:
        return {t for v in self._vocabularies for t in v if len(t) == 1 and is_cjk(t)}

    @cached_property
    def by_sound(self) -> dict[str, list[str]]:
        """The vocabulary's characters by reading: built only when a query has a character whose
        pairs are not all known, so most queries never read the readings or load pypinyin."""
        out: dict[str, list[str]] = {}
        for ch, rs in sorted(self.readings(self._chars).items()):
            for r in rs:
                out.setdefault(r, []).append(ch)
        return out

    def _known(self, text: str, i: int, ch: str) -> int:
        left = i > 0 and self._is_pair(text[i - 1] + ch)
        right = i + 1 < len(text) and self._is_pair(ch + text[i + 1])
        return int(left) + int(right)

    def correct(self, text: str, keep: Collection[int] = ()) -> str | None:
        """The text with sound-alike slips replaced, or None when nothing needed it.

        ``keep``: positions not to touch (phrases the caller recognised).
        """
        chars = list(text)
        changed = False
        for i, ch in enumerate(chars):
            if not is_cjk(ch) or i in keep:
                continue
            here = "".join(chars)
            has_left = i > 0 and is_cjk(chars[i - 1])
            has_right = i + 1 < len(chars) and is_cjk(chars[i + 1])
            if not (has_left or has_right):
                continue
            known = self._known(here, i, ch)
            if known == int(has_left) + int(has_right):
                continue  # every pair around it is a known pair: not a slip
            best, gain = None, 0
            for r in self.readings([ch])[ch]:
                for alt in self.by_sound.get(r, ()):
                    if alt == ch:
                        continue
                    g = self._known(here, i, alt) - known
                    if g > gain:
                        best, gain = alt, g
            if best is None or gain < MIN_GAIN:
                continue
            # Asked last (loading jieba takes most of a second): a word is not a slip.
            if (i > 0 and is_word(chars[i - 1] + ch)) or (
                i + 1 < len(chars) and is_word(ch + chars[i + 1])
            ):
                continue
            chars[i] = best
            changed = True
        return "".join(chars) if changed else None
