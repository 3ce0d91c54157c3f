"""Excel number formats applied to stored values: the text a cell shows, not the value it stores.

A percentage stored as 0.95 with the format ``0%`` shows ``95%``; ``0.00`` keeps two decimals;
a date is a serial number shown through its date format. Covered: sections (``pos;neg;zero;text``)
and conditions (``[>=100]``), colours and locale tags (ignored; a currency tag ``[$¥-804]`` keeps
its symbol), quoted and escaped literals, ``0 # ?`` placeholders, thousands separators and
scaling commas, ``%``, scientific, simple fractions, ``@``, dates and times (``yyyy"年"m"月"d"日"``,
``上午/下午``, elapsed ``[h]``). Not covered: ``[DBNum1]`` Chinese numerals (digits are shown).
Padding (``_)``) and fill (``*-``) print nothing, so displayed texts carry no layout spaces.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

# Built-in format ids as a Chinese (zh-CN) Excel shows them; ids above 163 are in the file.
BUILTIN_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: "¥#,##0;¥-#,##0", 6: "¥#,##0;[Red]¥-#,##0",
    7: "¥#,##0.00;¥-#,##0.00", 8: "¥#,##0.00;[Red]¥-#,##0.00",
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
    18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
    34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
    37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
    41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    42: '_(¥* #,##0_);_(¥* (#,##0);_(¥* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
    44: '_(¥* #,##0.00_);_(¥* (#,##0.00);_(¥* "-"??_);_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
    50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
    54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"',
    57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
}

# General shows integers in full up to this size, and floats to 15 significant digits
# (the precision Excel keeps), which also hides binary noise such as 0.30000000000000004.
GENERAL_DIGITS = 15
# Serial numbers outside this range cannot be dates (Excel shows ##### for them).
MAX_DATE_SERIAL = 2958465  # 9999-12-31

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS_ZH = "一二三四五六日"

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CONDITION = re.compile(r"^(<=|>=|<>|<|>|=)\s*(-?[\d.]+)$")
_DATE_LETTERS = set("ymdhsaeYMDHSE")


def format_id_string(format_id: int, custom: dict[int, str]) -> str:
    """The format string of a style's numFmtId: the file's own definitions win."""
    return custom.get(format_id) or BUILTIN_FORMATS.get(format_id, "General")


def format_value(value: object, fmt: str | None, *, date1904: bool = False) -> str:
    """``value`` (str, bool, int, float or datetime) as a cell with format ``fmt`` displays it."""
    fmt = fmt or "General"
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return _format_text(value, fmt)
    if isinstance(value, datetime):
        value = datetime_to_serial(value, date1904)
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        return str(value)
    try:
        return _format_number(float(value), fmt, date1904)
    except (ValueError, OverflowError, ArithmeticError):
        return general(float(value))


def general(value: float) -> str:
    """The General format: integers in full, other numbers to 15 significant digits."""
    if value == int(value) and abs(value) < 10**GENERAL_DIGITS:
        return str(int(value))
    text = f"{value:.{GENERAL_DIGITS}g}"
    if "e" in text and 1e-9 <= abs(value) < 10**GENERAL_DIGITS:
        text = f"{Decimal(text):f}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}E{int(exponent):+03d}"
    return text


def serial_to_datetime(serial: float, date1904: bool = False) -> datetime:
    """An Excel serial day number as a datetime (1900 system with its phantom 29 Feb 1900)."""
    if date1904:
        base = datetime(1904, 1, 1)
    elif serial < 60:
        base = datetime(1899, 12, 31)
    else:
        base = datetime(1899, 12, 30)
    # Round to the millisecond: stored serials carry float noise (0.9999999 of a second).
    return base + timedelta(milliseconds=round(serial * 86400000))


def datetime_to_serial(moment: datetime, date1904: bool = False) -> float:
    base = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    return (moment - base).total_seconds() / 86400


# --- sections -------------------------------------------------------------------------------


def _split_sections(fmt: str) -> list[str]:
    sections, current, quoted, i = [], [], False, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "\\" and i + 1 < len(fmt):
            current.append(fmt[i : i + 2])
            i += 2
            continue
        elif not quoted and ch == ";":
            sections.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    sections.append("".join(current))
    return sections


def _condition(section: str) -> tuple[str, float] | None:
    for tag in _BRACKET.findall(section):
        match = _CONDITION.match(tag.strip())
        if match:
            return match.group(1), float(match.group(2))
    return None


def _holds(condition: tuple[str, float], value: float) -> bool:
    op, limit = condition
    return {
        "<": value < limit, "<=": value <= limit, ">": value > limit, ">=": value >= limit,
        "=": value == limit, "<>": value != limit,
    }[op]


def _pick_section(fmt: str, value: float) -> tuple[str, bool]:
    """The section that formats ``value`` and whether it prints its own sign."""
    sections = _split_sections(fmt)
    numeric = [s for s in sections if not _is_text_section(s)] or ["General"]
    conditions = [_condition(s) for s in numeric]
    if any(conditions):
        for section, condition in zip(numeric, conditions, strict=True):
            if condition is None or _holds(condition, value):
                # A conditional section prints the number without its sign only when its
                # condition is about negatives, as the default negative section does.
                own_sign = condition is not None and condition[1] <= 0 and condition[0] in "<<="
                return section, own_sign
        return numeric[-1], False
    if value < 0 and len(numeric) >= 2:
        return numeric[1], True
    if value == 0 and len(numeric) >= 3:
        return numeric[2], True
    return numeric[0], False


def _is_text_section(section: str) -> bool:
    return "@" in _strip_literals(section)


def _strip_literals(section: str) -> str:
    """The section without quoted text, escapes and bracket tags (to look for codes)."""
    out, quoted, i = [], False, 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            quoted = not quoted
        elif quoted:
            pass
        elif ch == "\\" or ch in "_*":
            i += 2
            continue
        elif ch == "[":
            end = section.find("]", i)
            i = end + 1 if end >= 0 else len(section)
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _format_text(text: str, fmt: str) -> str:
    sections = _split_sections(fmt)
    text_sections = [s for s in sections if _is_text_section(s)]
    if not text_sections:
        return text
    return "".join(
        text if kind == "@" else value for kind, value in _tokens(text_sections[0]) if kind in ("@", "lit")
    )


# --- tokens ---------------------------------------------------------------------------------


def _tokens(section: str) -> list[tuple[str, str]]:
    """(kind, text) pairs: lit (printed as is), @, and single code characters."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif ch == "\\":
            tokens.append(("lit", section[i + 1 : i + 2]))
            i += 2
        elif ch in "_*":
            i += 2  # padding to the width of a character / fill: no printed text
        elif ch == "[":
            end = section.find("]", i)
            end = len(section) if end < 0 else end
            tag = section[i + 1 : end]
            if tag.startswith("$"):
                symbol = tag[1:].split("-")[0]
                if symbol:
                    tokens.append(("lit", symbol))
            elif tag.lower() in ("h", "hh", "m", "mm", "s", "ss"):
                tokens.append(("elapsed", tag.lower()))
            i = end + 1
        elif section[i : i + 7].lower() == "general":
            tokens.append(("general", "General"))
            i += 7
        elif section.startswith(("AM/PM", "am/pm"), i):
            tokens.append(("ampm", "AM/PM"))
            i += 5
        elif section.startswith(("A/P", "a/p"), i):
            tokens.append(("ampm", "A/P"))
            i += 3
        elif section.startswith("上午/下午", i):
            tokens.append(("ampm", "上午/下午"))
            i += 5
        elif ch == "@":
            tokens.append(("@", ch))
            i += 1
        elif ch in "0#?.,%/Ee+-" or ch in _DATE_LETTERS:
            tokens.append(("code", ch))
            i += 1
        else:
            tokens.append(("lit", ch))
            i += 1
    return tokens


def _is_date(tokens: list[tuple[str, str]]) -> bool:
    codes = "".join(t for k, t in tokens if k == "code").lower()
    if any(k in ("ampm", "elapsed") for k, _ in tokens):
        return True
    # "E+" is scientific notation, other date letters make it a date format.
    stripped = re.sub(r"e[+-]", "", codes)
    return any(ch in "ymdhsa" for ch in stripped) or (
        "e" in stripped and not any(ch in "0#?" for ch in stripped)
    )


def _format_number(value: float, fmt: str, date1904: bool) -> str:
    section, own_sign = _pick_section(fmt, value)
    tokens = _tokens(section)
    if any(kind == "general" for kind, _ in tokens):
        return _with_literals(tokens, general(abs(value) if own_sign else value))
    if _is_date(tokens):
        return _format_date(value, tokens, date1904)
    return _format_digits(abs(value) if own_sign else value, tokens)


def _with_literals(tokens: list[tuple[str, str]], text: str) -> str:
    """General with the literals around it (``General"万元"``)."""
    return "".join(tok if kind == "lit" else text for kind, tok in tokens if kind in ("lit", "general")).strip()


# --- numbers --------------------------------------------------------------------------------


def _round_half_up(value: float, places: int) -> Decimal:
    quantum = Decimal(1).scaleb(-places)
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)


def _format_digits(value: float, tokens: list[tuple[str, str]]) -> str:
    codes = [t for k, t in tokens if k == "code"]
    if "/" in codes and any(c in "0#?" for c in codes):
        return _format_fraction(value, tokens)
    exp_at = next(
        (i for i, (k, t) in enumerate(tokens) if k == "code" and t in "Ee"
         and i + 1 < len(tokens) and tokens[i + 1][1] in "+-"),
        None,
    )
    if exp_at is not None:
        return _format_scientific(value, tokens, exp_at)

    percent = sum(1 for k, t in tokens if k == "code" and t == "%")
    placeholders = [i for i, (k, t) in enumerate(tokens) if k == "code" and t in "0#?"]
    if not placeholders:
        # Only literals: Excel prints them (and the sign of a negative).
        return ("-" if value < 0 else "") + "".join(t for k, t in tokens if k == "lit" or t == "%")
    point = next((i for i, (k, t) in enumerate(tokens) if k == "code" and t == "."), None)
    last_digit = placeholders[-1]
    integer_end = point if point is not None else last_digit + 1
    # Commas right after the last placeholder (or right before the point) scale by 1000 each.
    scale = 0
    j = last_digit + 1
    while j < len(tokens) and tokens[j] == ("code", ","):
        scale += 1
        j += 1
    j = (point if point is not None else -1) - 1
    while point is not None and j >= 0 and tokens[j] == ("code", ","):
        scale += 1
        j -= 1
    int_slots = [i for i in placeholders if i < integer_end]
    frac_slots = [i for i in placeholders if point is not None and i > point]
    grouping = any(
        k == "code" and t == "," and int_slots and int_slots[0] < i < int_slots[-1]
        for i, (k, t) in enumerate(tokens)
    )
    number = value * (100**percent) / (1000**scale)
    rounded = _round_half_up(abs(number), len(frac_slots))
    digits = f"{rounded:f}"
    int_digits, _, frac_digits = digits.partition(".")
    negative = number < 0 and rounded != 0
    frac_text = _fill_fraction(frac_digits, [tokens[i][1] for i in frac_slots])
    int_texts = _fill_integer(int_digits, [tokens[i][1] for i in int_slots], grouping)
    by_slot = dict(zip(int_slots, int_texts, strict=True))

    out: list[str] = []
    for i, (kind, tok) in enumerate(tokens):
        if kind == "lit":
            out.append(tok)
        elif i in by_slot:
            out.append(by_slot[i])
        elif frac_slots and i == frac_slots[0]:
            out.append(frac_text)
        elif kind == "code" and tok in ".%+-":
            out.append(tok)
    text = "".join(out).strip()
    return ("-" + text) if negative else text


def _fill_integer(digits: str, slots: list[str], grouping: bool) -> list[str]:
    """The text each integer placeholder prints, filled from the right; the first one takes
    the leading digits that have no placeholder of their own."""
    if digits == "0":
        digits = ""
    digits = digits.rjust(sum(1 for s in slots if s == "0"), "0")
    texts = [""] * len(slots)
    rest = digits
    for i in range(len(slots) - 1, 0, -1):
        if rest:
            texts[i], rest = rest[-1], rest[:-1]
        elif slots[i] == "?":
            texts[i] = " "
    texts[0] = rest if rest or slots[0] != "?" else " "
    if grouping:
        joined = "".join(texts).strip()
        grouped = f"{int(joined):,}" if joined else ""
        return [grouped] + [""] * (len(slots) - 1)
    return texts


def _fill_fraction(digits: str, slots: list[str]) -> str:
    # Trailing zeros vanish where the placeholder is # or ?.
    out = list(digits.ljust(len(slots), "0"))
    for i in range(len(slots) - 1, -1, -1):
        if slots[i] != "0" and out[i] == "0":
            out.pop()
        else:
            break
    return "".join(out)


def _format_scientific(value: float, tokens: list[tuple[str, str]], exp_at: int) -> str:
    mantissa_tokens = tokens[:exp_at]
    exponent_digits = sum(1 for k, t in tokens[exp_at + 2 :] if k == "code" and t in "0#?")
    int_slots = 0
    frac_slots = 0
    seen_point = False
    for kind, tok in mantissa_tokens:
        if kind == "code" and tok == ".":
            seen_point = True
        elif kind == "code" and tok in "0#?":
            if seen_point:
                frac_slots += 1
            else:
                int_slots += 1
    if value == 0:
        exponent = 0
    else:
        exponent = math.floor(math.log10(abs(value)))
        # Engineering style (##0.0E+0): exponent a multiple of the integer width.
        if int_slots > 1:
            exponent -= exponent % int_slots
    mantissa = value / (10**exponent)
    mantissa_text = f"{_round_half_up(abs(mantissa), frac_slots):f}"
    if float(mantissa_text) >= 10 ** max(int_slots, 1):
        exponent += max(int_slots, 1)
        mantissa_text = f"{_round_half_up(abs(value) / 10**exponent, frac_slots):f}"
    sign = "-" if value < 0 else ""
    exp_sign = "-" if exponent < 0 else ("+" if tokens[exp_at + 1][1] == "+" else "")
    prefix = "".join(t for k, t in mantissa_tokens if k == "lit")
    return f"{prefix}{sign}{mantissa_text}{tokens[exp_at][1].upper()}{exp_sign}{abs(exponent):0{max(exponent_digits, 1)}d}"


def _format_fraction(value: float, tokens: list[tuple[str, str]]) -> str:
    text = "".join(t for _, t in tokens)
    parts = text.split("/")
    denominator_code = re.sub(r"[^0-9#?]", "", parts[1]) if len(parts) > 1 else "?"
    whole_part = " " in parts[0].strip()
    sign = "-" if value < 0 else ""
    value = abs(value)
    if denominator_code.isdigit():
        denominator = int(denominator_code)
        fraction = Fraction(round(value * denominator), denominator)
    else:
        fraction = Fraction(value).limit_denominator(10 ** len(denominator_code) - 1)
    if whole_part:
        whole, rest = divmod(fraction.numerator, fraction.denominator)
        if rest == 0:
            return f"{sign}{whole}"
        return f"{sign}{whole} {rest}/{fraction.denominator}" if whole else f"{sign}{rest}/{fraction.denominator}"
    return f"{sign}{fraction.numerator}/{fraction.denominator}"


# --- dates ----------------------------------------------------------------------------------


def _format_date(value: float, tokens: list[tuple[str, str]], date1904: bool) -> str:
    if not -1 < value <= MAX_DATE_SERIAL:
        return general(value)
    moment = serial_to_datetime(value, date1904) if value >= 0 else datetime(1900, 1, 1)
    has_ampm = any(k == "ampm" for k, _ in tokens)
    # Group runs of the same code letter: "yyyy", "mm", "d".
    runs: list[tuple[str, str]] = []
    for kind, tok in tokens:
        if kind == "code" and tok.isalpha() and runs and runs[-1][0] == "code" and runs[-1][1][0].lower() == tok.lower():
            runs[-1] = ("code", runs[-1][1] + tok)
        else:
            runs.append((kind, tok))
    out: list[str] = []
    for i, (kind, tok) in enumerate(runs):
        if kind == "lit":
            out.append(tok)
        elif kind == "ampm":
            out.append(_ampm(moment, tok))
        elif kind == "elapsed":
            out.append(_elapsed(value, tok))
        elif kind == "code":
            out.append(_date_code(tok, moment, runs, i, has_ampm, value))
    return "".join(out).strip()


def _ampm(moment: datetime, style: str) -> str:
    morning = moment.hour < 12
    if style == "上午/下午":
        return "上午" if morning else "下午"
    if style == "A/P":
        return "A" if morning else "P"
    return "AM" if morning else "PM"


def _elapsed(value: float, tag: str) -> str:
    seconds = round(value * 86400)
    amount = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}[tag[0]]
    return f"{amount:0{len(tag)}d}"


def _is_minute(runs: list[tuple[str, str]], i: int) -> bool:
    """An ``m`` run means minutes right after an hour or right before a second code."""
    for j in range(i - 1, -1, -1):
        kind, tok = runs[j]
        if kind in ("code", "elapsed") and tok[0].lower() in "hymd":
            return tok[0].lower() == "h"
        if kind in ("code", "elapsed") and tok[0].lower() == "s":
            break
    for j in range(i + 1, len(runs)):
        kind, tok = runs[j]
        if kind in ("code", "elapsed") and tok[0].lower() in "hymds":
            return tok[0].lower() == "s"
    return False


def _date_code(
    code: str, moment: datetime, runs: list[tuple[str, str]], i: int, has_ampm: bool, value: float
) -> str:
    letter, width = code[0].lower(), len(code)
    if letter in "ye":
        return f"{moment.year:04d}" if width > 2 or letter == "e" else f"{moment.year % 100:02d}"
    if letter == "m":
        if width <= 2 and _is_minute(runs, i):
            return f"{moment.minute:0{width}d}"
        if width == 1:
            return str(moment.month)
        if width == 2:
            return f"{moment.month:02d}"
        name = _MONTHS[moment.month - 1]
        return name[:3] if width == 3 else name[0] if width == 5 else name
    if letter == "d":
        if width <= 2:
            return f"{moment.day:0{width}d}"
        name = _DAYS[moment.weekday()]
        return name[:3] if width == 3 else name
    if letter == "a":  # aaa / aaaa: weekday in Chinese
        day = _DAYS_ZH[moment.weekday()]
        return day if width == 3 else f"星期{day}"
    if letter == "h":
        hour = moment.hour % 12 or 12 if has_ampm else moment.hour
        return f"{hour:0{min(width, 2)}d}"
    if letter == "s":
        return f"{moment.second:0{min(width, 2)}d}"
    if letter in ".0":
        return code
    return code
