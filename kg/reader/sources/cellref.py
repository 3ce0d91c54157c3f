"""A1 cell references: column letters and numbers (1-based), as Excel writes them."""

from __future__ import annotations

import re

_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")
MAX_COLUMN = 16384  # XFD


def column_letter(number: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def split_ref(ref: str) -> tuple[int, int]:
    """"B12" → (12, 2): row and column, 1-based. ValueError when it is no cell reference."""
    match = _REF.match(ref)
    if not match:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(match.group(2)), column_number(match.group(1))


def range_ref(r0: int, c0: int, r1: int, c1: int) -> str:
    """"B12" for a single cell, "B12:D13" for a range."""
    first = f"{column_letter(c0)}{r0}"
    return first if (r0, c0) == (r1, c1) else f"{first}:{column_letter(c1)}{r1}"
