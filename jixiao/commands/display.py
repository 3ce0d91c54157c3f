"""Text for the terminal: widths counted in terminal columns (a Chinese character takes two),
lines cut or wrapped to fit, and tables that fit `MAX_COLUMNS`."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Mapping, Sequence

MAX_COLUMNS = 100
MIN_COLUMN = 6  # a shrunk column keeps at least this many terminal columns
ELLIPSIS = "…"
GAP = "  "


def columns() -> int:
    """How wide output may be: MAX_COLUMNS, or the terminal when it is narrower."""
    if sys.stdout.isatty():
        return max(40, min(MAX_COLUMNS, shutil.get_terminal_size((MAX_COLUMNS, 24)).columns))
    env = os.environ.get("COLUMNS", "")
    return min(MAX_COLUMNS, int(env)) if env.isdigit() and int(env) >= 40 else MAX_COLUMNS


# Characters whose width is known without wcwidth (importing its tables is ~15 ms, a tenth of
# a cold `jixiao search`): printable ASCII, the given narrow symbols, and the wide ranges (CJK
# ideographs and punctuation, full-width forms). tests/test_cli.py checks each against wcwidth.
_NARROW = frozenset("·×÷±≤≥…—–‰℃°≈→←↑↓")
_WIDE = ((0x3000, 0x3029), (0x3030, 0x303E), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
         (0xF900, 0xFAFF), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6))


def _known_width(ch: str) -> int | None:
    o = ord(ch)
    if 0x20 <= o < 0x7F or ch in _NARROW:
        return 1
    for low, high in _WIDE:
        if low <= o <= high:
            return 2
    return None


def width(text: str) -> int:
    """Terminal columns `text` takes (control characters count as one)."""
    total = 0
    for ch in text:
        w = _known_width(ch)
        if w is None:
            from wcwidth import wcswidth, wcwidth

            w = wcswidth(text)
            return w if w >= 0 else sum(max(wcwidth(c), 1) for c in text)
        total += w
    return total


def _char_width(ch: str) -> int:
    w = _known_width(ch)
    if w is None:
        from wcwidth import wcwidth

        return max(wcwidth(ch), 0)
    return w


def truncate(text: str, limit: int) -> str:
    """`text` cut to `limit` columns, ending in … when cut (never splits a wide character)."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


_TOKEN = re.compile(r"\s+|[!-~]+|.", re.S)  # spaces, a run of ASCII, or one character


def wrap(text: str, limit: int, indent: str = "") -> list[str]:
    """`text` broken into lines of at most `limit` columns, between Chinese characters or at
    spaces (a run of ASCII longer than a line is broken too); continuation lines get
    `indent`."""
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKEN.findall(text):
        w = width(token)
        if token.isspace():
            if used and used + w <= limit:
                line, used = line + token, used + w
            continue
        if used + w > limit and line.strip():
            lines.append(line.rstrip())
            line, used = indent, width(indent)
        while used + w > limit and len(token) > 1:  # longer than a whole line: cut it
            head = truncate(token, limit - used + 1)[:-1] or token[0]
            lines.append((line + head).rstrip())
            token = token[len(head):]
            w = width(token)
            line, used = indent, width(indent)
        line, used = line + token, used + w
    lines.append(line.rstrip())
    return lines


def fit(line: str, limit: int | None = None, indent: str = "    ") -> str:
    """One output line wrapped to the screen width (continuation lines indented)."""
    limit = limit or columns()
    if "\n" in line:
        return "\n".join(fit(part, limit, indent) for part in line.split("\n"))
    body = line.lstrip(" ")
    lead = line[: len(line) - len(body)]
    lines = wrap(body, limit - len(lead), indent)
    return "\n".join(lead + x for x in lines)


def pad(text: str, size: int, right: bool = False) -> str:
    fill = " " * max(0, size - width(text))
    return fill + text if right else text + fill


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[int] = (),
    shrink: Sequence[int] | None = None,
    limit: int | None = None,
    wrapped: Sequence[int] = (),
    floors: Mapping[int, int] | None = None,
) -> list[str]:
    """Lines of a table no wider than `limit`: the columns in `shrink` (default: all) give up
    room, widest first; cells of `wrapped` columns continue on the next lines, other cells are
    cut with … ; `floors` gives columns a width they keep (default MIN_COLUMN)."""
    limit = limit or columns()
    n = len(headers)
    cells = [[str(c) for c in headers], *([str(c) for c in row] for row in rows)]
    widths = [max(width(r[i]) for r in cells) for i in range(n)]
    shrinkable = list(range(n)) if shrink is None else list(shrink)
    total = sum(widths) + len(GAP) * (n - 1)
    while total > limit:
        candidates = [i for i in shrinkable
                      if widths[i] > max((floors or {}).get(i, MIN_COLUMN), width(headers[i]))]
        if not candidates:
            break
        i = max(candidates, key=lambda j: widths[j])
        widths[i] -= 1
        total -= 1
    out = []
    for row in cells:
        pieces = [wrap(c, widths[i]) if i in wrapped else [truncate(c, widths[i])]
                  for i, c in enumerate(row)]
        for k in range(max(len(p) for p in pieces)):
            parts = [pad(p[k] if k < len(p) else "", widths[i], right=i in right)
                     for i, p in enumerate(pieces)]
            out.append(GAP.join(parts).rstrip())
    return out
