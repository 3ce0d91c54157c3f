"""Numbers whose cells ran together, split back by arithmetic.

Text with no separators glues a row's cells into one digit run: a weight and its score
(`1515`), a weight, the actual and the score (`15391215` after `≥3860公里`), a budget row's
amounts, weight, rate and score (`120120114.61095.5%9.55`). The splits here keep only readings
the numbers themselves confirm: executed ÷ budget is the printed rate, weight × rate the printed
score, an actual lies near its target, a score is no more than its weight. Pure functions of
strings; `jixiao.kg.reader.tokens` calls them while cutting text run together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from jixiao.text import compact

# A number cell: digits with an optional thousands grouping and decimals, alone.
NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def number_value(text: str | None) -> float | None:
    """A cell's number (`1,250.5`, ` 15 `), else None."""
    if not text:
        return None
    try:
        return float(compact(text).replace(",", ""))
    except ValueError:
        return None


# The most points a form gives (one row, or the whole form's total): a larger glued number
# is no weight and score.
MAX_ROW_POINTS = 100


POINTS_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")


def split_points(text: str) -> tuple[str, str] | None:
    """`88` → (8, 8), `1515` → (15, 15), `109.5` → (10, 9.5): a weight and its score printed
    without a separator. The score never exceeds the weight; equal halves win a tie."""
    found = []
    for i in range(1, len(text)):
        w, s = text[:i], text[i:]
        if not (POINTS_NUMBER.fullmatch(w) and POINTS_NUMBER.fullmatch(s)):
            continue
        if 0 < float(w) <= MAX_ROW_POINTS and float(s) <= float(w):
            found.append((w != s, float(w), w, s))
    if not found:
        return None
    found.sort()
    return found[0][2], found[0][3]


# A budget row run together: amounts, (a weight,) the execution rate with its %, (the score):
# `120120114.61095.5%9.55` is 120 | 120 | 114.6 | 10 | 95.5% | 9.55.
# (Amounts in 元 print thousands separators: 310,000.00310,000.00296,000.001095.48%9.5.)
_GLUED_FUNDS = re.compile(r"(?<![\d.,])(\d[\d.,]{4,}\d)%(\d{1,2}(?:\.\d{1,2})?)?")


_AMOUNT = r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,4})?"
_AMOUNT_PART = re.compile(_AMOUNT)


_AMOUNT_TWICE = re.compile(rf"(?<![\d.,])({_AMOUNT})\1(?=[—－-]{{2}})")


_AMOUNT_BEFORE_DASHES = re.compile(rf"(?<![\d.,])({_AMOUNT})(?=[—－-]{{2}})")


# Longest digit run a budget row's glued cells are split from.
MAX_GLUED_DIGITS = 40


# How many earlier rows of amounts a glued row may repeat (the rows just above it).
REPEATED_ROWS = 3


# Most amounts printed before the rate (年初预算数, 全年预算数, 全年执行数).
MAX_GLUED_AMOUNTS = 3


# How far a printed fund score may lie from weight × rate, beyond its own rounding.
SCORE_TOLERANCE = 0.011


def _number_splits(digits: str, parts: int) -> Iterator[list[str]]:
    if parts == 1:
        if _AMOUNT_PART.fullmatch(digits):
            yield [digits]
        return
    for i in range(1, len(digits)):
        head = digits[:i]
        if _AMOUNT_PART.fullmatch(head):
            for rest in _number_splits(digits[i:], parts - 1):
                yield [head, *rest]


# Lowest execution rate a budget row's split is read from (a rate near 0 fits any split).
MIN_RATE = 1.0


def _rate_matches(budget: float, executed: float, rate: str) -> bool:
    if budget <= 0 or float(rate) < MIN_RATE:
        return False
    places = len(rate.split(".")[1]) if "." in rate else 0
    return abs(executed / budget * 100 - float(rate)) <= 0.5 * 10 ** -places + 1e-9


def split_glued_funds(digits: str, score: str | None) -> list[str] | None:
    """The amounts, weight and rate of a budget row whose cells ran together (`digits` ends
    with the rate, before its %), from arithmetic: executed / budget is the printed rate, and a
    printed score is the weight times the rate. None when no split, or more than one, fits."""
    fits: set[tuple[str, ...]] = set()
    if len(digits) > MAX_GLUED_DIGITS:
        return None  # (no budget row is this long: and the splits to try grow as its power)
    for amounts in range(2, MAX_GLUED_AMOUNTS + 1):
        for parts in _number_splits(digits, amounts + (score is not None) + 1):
            nums = [float(x.replace(",", "")) for x in parts]
            rate = parts[-1]
            budget, executed = nums[amounts - 2], nums[amounts - 1]
            if not _rate_matches(budget, executed, rate):
                continue
            if score is not None:
                weight = nums[amounts]
                places = len(score.split(".")[1]) if "." in score else 0
                if not 0 < weight <= MAX_ROW_POINTS or abs(
                        weight * min(float(rate), 100) / 100 - float(score)) > \
                        0.5 * 10 ** -places + SCORE_TOLERANCE:
                    continue
            if amounts == MAX_GLUED_AMOUNTS and nums[0] != budget and score is None:
                continue  # (年初预算数 free and nothing else to check it by: too many readings)
            fits.add(tuple(parts))
    return list(next(iter(fits))) if len(fits) == 1 else None


def cut_glued_funds(word: str) -> list[str]:
    """`年度资金总额120120114.61095.5%9.55其中` → the label, 120, 120, 114.6, 10, 95.5%, 9.55, …"""
    m = _GLUED_FUNDS.search(word)
    if m is None:
        twice = _AMOUNT_TWICE.search(word)
        if twice is not None:
            # 当年财政拨款120120——: 年初 and 全年 budgets alike, then the row's empty cells.
            return [p for p in (word[: twice.start()], twice.group(1), twice.group(1),
                                word[twice.end():]) if p]
        once = _AMOUNT_BEFORE_DASHES.search(word)
        if once is None:
            return [word]
        # 上年结转740——: one amount, then the row's empty cells.
        return [p for p in (word[: once.start()], once.group(1), word[once.end():]) if p]
    digits, score, end = m.group(1), m.group(2), m.end()
    split = split_glued_funds(digits, score)
    if split is None and score is not None:
        # (The digits after the % may start the next cell rather than be a score.)
        split, score, end = split_glued_funds(digits, None), None, m.start(2)
    if split is None:
        return [word]
    pieces = [word[: m.start()], *split[:-1], split[-1] + "%", score or ""]
    rest = word[end:]
    return [p for p in pieces if p] + (cut_glued_funds(rest) if rest else [])


_DIGITS_ONLY = re.compile(r"\d[\d.]*")


def repeated_amounts(pieces: list[str]) -> list[str]:
    """`240026002546` after the row `2400` `2600` `2546`: a budget row printed with the same
    amounts as a row above (当年财政拨款 = 年度资金总额), glued: split as that row."""
    out: list[str] = []
    run: list[str] = []  # the current run of bare numbers
    rows: list[list[str]] = []  # earlier runs of two or more
    for p in pieces:
        if not (NUMBER.match(p) and "," not in p or _DIGITS_ONLY.fullmatch(p) and rows):
            if len(run) >= 2:
                rows.append(run)
            run = []
            out.append(p)
            continue
        split = next((r[:k] for r in reversed(rows[-REPEATED_ROWS:]) for k in range(len(r), 1, -1)
                      if p == "".join(r[:k])), None)
        out += split or [p]
        run += split or [p]
    return out


# Most points a weight column gives one indicator (a form's weights sum to 100; few give one
# row more than half).
MAX_POINTS = 60


# How far an actual value may lie from its target for a split of glued digits to be trusted.
ACTUAL_RATIO = (0.5, 2.0)


def points_then_actual(digits: str, target: float, ceiling: bool = False) -> list[str] | None:
    best = None
    low, high = (0.0, ACTUAL_RATIO[1]) if ceiling else ACTUAL_RATIO
    for k in (1, 2):
        points, actual = digits[:k], digits[k:]
        if actual.startswith("0") and actual != "0" and not actual.startswith("0.") \
                or int(points) > MAX_POINTS or target < 0:
            continue
        if target == 0:
            # (`≤0次` then `100`: under a ceiling of nothing only nothing is near the target.)
            if ceiling and float(actual) == 0 and best is None:
                best = (0.0, [points, actual])
            continue
        ratio = float(actual) / target
        if low < ratio <= high if ceiling else low <= ratio <= high:
            score = abs(math.log(ratio))
            if best is None or score < best[0]:
                best = (score, [points, actual])
    return best[1] if best else None


def places(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def points_actual_score(digits: str, target: float, ceiling: bool = False) -> list[str] | None:
    """`15391215` after `≥3860公里`: weight 15, actual 3912, score 15 (a 指标权重 / 全年完成值 /
    得分 row run together): the actual near the target, a score no more than the weight; a
    full score wins, then the actual printed with fewer decimals."""
    best = None
    low, high = (0.0, ACTUAL_RATIO[1]) if ceiling else ACTUAL_RATIO
    for k in (1, 2):
        weight = digits[:k]
        if weight.startswith("0") or int(weight) > MAX_POINTS:
            continue
        for m in range(1, min(5, len(digits) - k - 1) + 1):
            actual, score = digits[k:-m], digits[-m:]
            if not POINTS_NUMBER.fullmatch(score) or float(score) > float(weight) or \
                    not _AMOUNT_PART.fullmatch(actual) or target <= 0:
                continue
            ratio = float(actual) / target
            if not (low < ratio <= high if ceiling else low <= ratio <= high):
                continue
            # (A full score and a plainly printed actual are the likelier reading.)
            key = (score != weight, places(actual), abs(math.log(ratio)) if ratio > 0 else math.inf)
            if best is None or key < best[0]:
                best = (key, [weight, actual, score])
    return best[1] if best else None
