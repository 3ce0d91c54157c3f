"""Text normalisation shared by every reader: width, spaces, punctuation variants."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# NFKC folds full-width ASCII (（）％：，０-９) to half-width but leaves ≥ ≤ alone, which is what
# we want; a few look-alikes PDF extraction produces are mapped by hand.
_EXTRA = str.maketrans(
    {
        "＞": ">",
        "＜": "<",
        "＝": "=",
        "〔": "(",
        "〕": ")",
        "【": "[",
        "】": "]",
        "\u3000": " ",
        "\u00a0": " ",
        "\ufeff": "",
        "\u200b": "",
        "≧": "≥",
        "≦": "≤",
        "⩾": "≥",
        "⩽": "≤",
    }
)

# CJK ideographs: unified (the commonest first), extension A, compatibility.
_CJK_RANGES = (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"), ("\uf900", "\ufaff"))
#: The same ranges as a regex class body: the one definition patterns use.
CJK = "".join(f"{a}-{b}" for a, b in sorted(_CJK_RANGES))
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef"
_MULTISPACE = re.compile(r"[ \t]{2,}")


# The CJK patterns compile on first use: a class of these ranges takes re ~3 ms to compile (a
# map of 64k entries filled one by one), a noticeable part of a search that never uses them.
@cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{CJK}]")


@cache
def _cjk_gap() -> re.Pattern[str]:
    # A space between two CJK characters is an extraction artefact (PDF line/cell breaks),
    # never meaning.
    return re.compile(rf"(?<=[{CJK}{CJK_PUNCT}])[ \t]+(?=[{CJK}{CJK_PUNCT}])")


def normalize_width(text: str) -> str:
    """Fold full-width forms to half-width (keeping ≥ ≤), unify look-alike symbols."""
    return unicodedata.normalize("NFKC", text.translate(_EXTRA)).translate(_EXTRA)


def join_cjk(text: str) -> str:
    """Remove spaces that PDF extraction put inside Chinese words."""
    if " " not in text and "\t" not in text:  # no gap to remove, no pattern to compile
        return text
    return _cjk_gap().sub("", text)


def clean_cell(text: str) -> str:
    """A table cell as a user would type it: normalised width, no stray inner spaces."""
    text = join_cjk(normalize_width(text)).strip()
    return _MULTISPACE.sub(" ", text)


def compact(text: str) -> str:
    """All whitespace removed: for matching labels such as `项目 名称` against `项目名称`."""
    return re.sub(r"\s+", "", normalize_width(text))


def is_cjk(ch: str) -> bool:
    # The ranges compared directly (no pattern to compile).
    return len(ch) == 1 and any(a <= ch <= b for a, b in _CJK_RANGES)


def cjk_count(text: str) -> int:
    return len(_cjk_char().findall(text))


def edit_distance(
    a: str, b: str, *, insert: float = 1.0, delete: float = 1.0, substitute: float = 1.0
) -> float:
    """Weighted Levenshtein distance turning `a` into `b` (the one implementation)."""
    prev = [j * insert for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [i * delete] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            sub = prev[j - 1] + (0.0 if a[i - 1] == b[j - 1] else substitute)
            cur[j] = min(sub, prev[j] + delete, cur[j - 1] + insert)
        prev = cur
    return prev[len(b)]


def edit_ops(a: str, b: str) -> tuple[int, list[tuple[str, str]]]:
    """Levenshtein distance and the changed character pairs ('' for an insert or delete)."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
    return d[n][m], trace_edits(d, a, b)


def trace_edits(d: list[list[int]], a: str, b: str) -> list[tuple[str, str]]:
    """The changed character pairs along one cheapest path of the edit-distance table ``d``."""
    ops, i, j = [], len(a), len(b)
    while i > 0 or j > 0:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append((a[i - 1], ""))
            i -= 1
        else:
            ops.append(("", b[j - 1]))
            j -= 1
    return ops[::-1]
