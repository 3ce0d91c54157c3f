"""Bytes → text for source documents whose encoding nobody declared.

PDF-to-text tools and office exports produce UTF-8, UTF-8 with BOM, UTF-16 (with or without BOM)
and GBK/GB18030. Candidates are decoded strictly and judged by how much of the result looks like
Chinese prose or table text; a lossy decode is accepted only when nearly everything else fits.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from pathlib import Path

from jixiao.errors import JixiaoError

# Appended to the encoding name when undecodable bytes were replaced by U+FFFD.
LOSSY = " (lossy)"

# Below this score (share of characters that look like real text) a decode is rejected.
MIN_SCORE = 0.8
# A strict decode may beat an earlier one only by this margin: UTF-8 Chinese often also decodes
# strictly as GB18030 mojibake, and the earlier (likelier) encoding should then win.
PREFERENCE_MARGIN = 0.05
# More U+FFFD than this share of characters means we are guessing, not reading.
MAX_REPLACED_SHARE = 0.02
# Characters judged per candidate: enough to tell encodings apart, cheap on big files.
SCORE_SAMPLE = 200_000
# Control characters (other than tab, newline, form feed…) above this share mean "binary".
MAX_CONTROL_SHARE = 0.05

# UTF-32 first: its LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")


class DecodeError(JixiaoError):
    """The file's bytes cannot be turned into text we can read."""


class EmptyFileError(DecodeError):
    """The file is empty or holds only whitespace."""


class BinaryFileError(DecodeError):
    """The file is not text (an image, a PDF, an archive…)."""


class UnknownEncodingError(DecodeError):
    """No supported encoding gives readable text."""


def _common_hanzi() -> frozenset[str]:
    # GB2312 level 1: the 3755 most frequent characters. Real Chinese text is almost all level 1;
    # mojibake (UTF-8 read as GBK, GBK read as UTF-16) spreads over the whole CJK block.
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("gb2312"))
    return frozenset(chars)


_COMMON_HANZI = _common_hanzi()


def _char_weight(ch: str) -> float:
    if ch in _COMMON_HANZI or ("\x20" <= ch <= "\x7e") or ch in "\t\n\r\f ":
        return 1.0
    if ch == "\ufffd":
        return 0.0
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x22FF:
        return 1.0  # CJK and full-width punctuation, general punctuation, ≥ ≤ and friends
    if 0x4E00 <= code <= 0x9FFF:
        return 0.5  # real but rare characters
    category = unicodedata.category(ch)
    if category[0] in "CZ":
        return 0.0  # controls, private use, unassigned, odd separators
    return 0.3


def text_score(text: str) -> float:
    """Share (0–1) of characters that look like Chinese/ASCII document text."""
    text = text[:SCORE_SAMPLE]
    if not text:
        return 0.0
    return sum(_char_weight(ch) for ch in text) / len(text)


def _reject_controls(text: str, name: str) -> None:
    text = text[:SCORE_SAMPLE]
    controls = sum(1 for ch in text if ch < "\x20" and ch not in _ALLOWED_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        raise BinaryFileError(f"{name}: binary file (control characters), not a text document")


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def strip_controls(text: str, name: str) -> tuple[str, list[str]]:
    """Remove stray control characters (a NUL from a broken export), naming where they were.

    A few of them do not make a file binary: they are skipped and reported, the rest is read.
    """
    found: list[str] = []
    if not _CONTROL_CHARS.search(text):
        return text, found
    for number, line in enumerate(text.split("\n"), start=1):
        hits = _CONTROL_CHARS.findall(line)
        if hits:
            codes = ", ".join(sorted({f"0x{ord(h):02x}" for h in hits}))
            found.append(f"{name}:{number}: {len(hits)} control byte(s) ({codes}) skipped")
    return _CONTROL_CHARS.sub("", text), found


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII characters (every newline) leave NULs on one byte parity."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    nuls = even + odd
    if not nuls or len(data) % 2:
        return None
    if odd >= 0.9 * nuls:
        return "utf-16-le"
    if even >= 0.9 * nuls:
        return "utf-16-be"
    return None


def normalize_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n (old Mac exports, Windows tools)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _gb_name(data: bytes) -> str:
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return "gb18030"
    return "gbk"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _pick(data: bytes, candidates: list[str], name: str) -> tuple[str, str]:
    """Best candidate: strict decodes first (earlier wins ties), then lossy ones."""
    best: tuple[float, str, str] | None = None
    for encoding in candidates:
        text = _strict(data, encoding)
        if text is None:
            continue
        score = text_score(text)
        if best is None or score > best[0] + PREFERENCE_MARGIN:
            best = (score, text, encoding)
    if best is not None and best[0] >= MIN_SCORE:
        return best[1], best[2]

    lossy: tuple[float, str, str] | None = None
    for encoding in candidates:
        text = data.decode(encoding, errors="replace")
        score = text_score(text)
        if lossy is None or score > lossy[0]:
            lossy = (score, text, encoding)
    assert lossy is not None
    score, text, encoding = lossy
    replaced = text.count("\ufffd") / max(len(text), 1)
    if score >= MIN_SCORE and replaced <= MAX_REPLACED_SHARE:
        return text, encoding + LOSSY
    tried = ", ".join(dict.fromkeys(c.upper() for c in candidates))
    raise UnknownEncodingError(
        f"{name}: cannot tell the text encoding (tried {tried}); "
        "save the file as UTF-8 and try again"
    )


def decode_bytes(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode a document's bytes; return (text with \\n newlines, encoding name).

    The encoding name ends with ``LOSSY`` when some bytes could not be decoded and were replaced
    by U+FFFD. Raises EmptyFileError, BinaryFileError or UnknownEncodingError naming ``name``.
    """
    if not data.strip():
        what = "empty" if not data else "blank (only whitespace)"
        raise EmptyFileError(f"{name}: file is {what}")

    bom = next(((b, enc) for b, enc in _BOMS if data.startswith(b)), None)
    if bom is not None:
        candidates, body = [bom[1]], data[len(bom[0]):]
    elif b"\x00" in data and (utf16 := _utf16_by_nuls(data)):
        candidates, body = [utf16], data
    else:
        # Only UTF-16/32 put bytes below 0x20 inside characters; here they are controls.
        _reject_controls(data[:SCORE_SAMPLE].decode("latin-1"), name)
        candidates, body = ["utf-8", "gb18030"], data

    text, encoding = _pick(body, candidates, name)
    text = normalize_newlines(text).removeprefix("\ufeff")
    if encoding.startswith("gb18030"):
        encoding = encoding.replace("gb18030", _gb_name(body), 1)
    if bom is not None:
        encoding = encoding.replace(bom[1], bom[1] + " with BOM", 1)
    _reject_controls(text, name)
    if not text.strip():
        raise EmptyFileError(f"{name}: file is blank (only whitespace)")
    return text, encoding


def decode_file(path: str | Path) -> tuple[str, str]:
    """Read and decode a file; OSError becomes a DecodeError naming the file."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DecodeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DecodeError(f"{path}: is a directory") from None
    except OSError as exc:
        raise DecodeError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))
