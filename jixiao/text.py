"""Text normalisation shared by every reader: width, spaces, punctuation variants."""

from __future__ import annotations

import re
import unicodedata

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

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef"
# A space between two CJK characters is an extraction artefact (PDF line/cell breaks), never meaning.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \t]+(?=[{_CJK}{_CJK_PUNCT}])")
_MULTISPACE = re.compile(r"[ \t]{2,}")


def normalize_width(text: str) -> str:
    """Fold full-width forms to half-width (keeping ≥ ≤), unify look-alike symbols."""
    return unicodedata.normalize("NFKC", text.translate(_EXTRA)).translate(_EXTRA)


def join_cjk(text: str) -> str:
    """Remove spaces that PDF extraction put inside Chinese words."""
    return _CJK_GAP.sub("", text)


def clean_cell(text: str) -> str:
    """A table cell as a user would type it: normalised width, no stray inner spaces."""
    text = join_cjk(normalize_width(text)).strip()
    return _MULTISPACE.sub(" ", text)


def compact(text: str) -> str:
    """All whitespace removed: for matching labels such as `项目 名称` against `项目名称`."""
    return re.sub(r"\s+", "", normalize_width(text))
