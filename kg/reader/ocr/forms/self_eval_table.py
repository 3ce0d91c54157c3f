"""The indicator table of a self-evaluation form: rows, wrapped cells, level labels.

A row is found by its weight/score pair; its other cells are read by position relative to that
pair and by content (targets, actual values). Text a cell wraps onto lines above or below its
row, and across a page break, is attached to the row it continues; level-1/level-2 labels,
printed vertically in pieces, are read with kg.forms.level_labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations

from jixiao.kg.reader.ocr.confusables import repair_look_alikes
from jixiao.kg.reader.ocr.forms.columns import (
    TabLine,
    as_number,
    has_cjk,
    is_actual,
    is_garbage_cell,
    is_score,
    is_target,
    join_all,
    paren_balance,
)
from jixiao.kg.reader.ocr.forms.form_reading import FormReading
from jixiao.kg.reader.ocr.forms.level_labels import (
    Fragment,
    Label,
    RowSpan,
    assign_blocks,
    assign_nested,
    is_label_piece,
    label_at,
    level1_labels,
    level2_labels,
)
from jixiao.kg.reader.ocr.forms.seams import join_cut_text
from jixiao.kg.reader.ocr.layouts import strip_markup
from jixiao.kg.reader.ocr.wordmodel import is_word
from jixiao.kg.records import Indicator
from jixiao.kg.targets import clean_target, parse_target
from jixiao.text import clean_cell, compact, normalize_width
from jixiao.vocab import canonical_level2, is_level_label, label_remnant, parent_level1


@dataclass
class _Row:
    """An indicator row: its anchor line and the pieces of each column, in line order."""

    line: int
    weight: float | None
    score: float | None
    pieces: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    label1: list[tuple[int, str]] = field(default_factory=list)
    label2: list[tuple[int, str]] = field(default_factory=list)

    def add(self, column: str, line: int, text: str) -> None:
        if text:
            self.pieces.setdefault(column, []).append((line, text))

    def text(self, column: str) -> str:
        pieces = sorted(self.pieces.get(column, []), key=lambda p: p[0])
        return join_all([p for _, p in pieces])

    @property
    def top(self) -> int:
        return min([self.line] + [n for ps in self.pieces.values() for n, _ in ps])

    @property
    def bottom(self) -> int:
        return max([self.line] + [n for ps in self.pieces.values() for n, _ in ps])


@dataclass
class _Layout:
    """Where a row line's columns are: label cells, level-3 cells, target, actual, weight."""

    label_cols: tuple[int, ...]
    level3_cols: tuple[int, ...]
    target: int
    actual: int
    weight: int

    def column_of(self, i: int) -> str | None:
        if i in self.label_cols:
            return "label1" if i == self.label_cols[0] else "label2"
        if i in self.level3_cols:
            return "level3"
        if i == self.target:
            return "target"
        if i == self.actual:
            return "actual"
        if i in (self.weight, self.weight + 1):
            return "numbers"
        if i > self.weight + 1:
            return "deviation"
        return None


def row_layout(tl: TabLine) -> _Layout | None:
    """Column positions of an indicator row line, found from its weight/score pair."""
    cells = tl.cells
    candidates = [
        i for i in range(2, len(cells) - 1) if is_score(cells[i]) and is_score(cells[i + 1])
    ]
    if not candidates:
        return None
    good = [i for i in candidates if is_actual(cells[i - 1]) or is_target(cells[i - 2])]
    w = (good or candidates)[0]
    # Three numbers in a row: the first is an actual value printed without its unit.
    while w + 1 in candidates and not is_actual(cells[w - 1]):
        w += 1
    t, a = w - 2, w - 1
    if t < 1:
        return None
    before = list(range(t))
    if t <= 2:
        return _Layout(tuple(before[:-1]), (before[-1],), t, a, w)
    labels, level3 = [0, 1], list(range(2, t))
    # More cells than the two label columns and a (possibly cut) level-3 cell: the extra
    # leading cell is debris from the block above when the next ones read as labels.
    while len(level3) > 2 and (is_label_piece(cells[level3[0]]) or _is_debris(cells[level3[0]])):
        labels = [labels[1], level3.pop(0)]
    # A whole level label where the level-3 text should start: the table has a leading column
    # (`绩效指标`, merged and blank on most rows), so the labels sit one column further right.
    while len(level3) > 1 and is_level_label(cells[level3[0]]) and not is_level_label(cells[t - 1]):
        labels = [labels[1], level3.pop(0)]
    return _Layout(tuple(labels), tuple(level3), t, a, w)


def _is_debris(text: str) -> bool:
    """Characters from stamps or scan noise rather than words (`1日7小`, `n.l. 2-L`, `11111`)."""
    t = compact(text)
    if not t:
        return True
    if not has_cjk(t):
        return True
    cjk = sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")
    return len(t) <= 6 and cjk < len(t) - cjk + 1 and bool(re.search(r"\d", t))


def read_table(lines: list[TabLine], rd: FormReading) -> list[Indicator]:
    """Indicator rows of the table body (lines between the header and 总分)."""
    rows: list[_Row] = []
    layouts: dict[int, _Layout] = {}
    for tl in lines:
        lay = row_layout(tl)
        if lay is None:
            continue
        row = _Row(tl.line, as_number(tl.cell(lay.weight)), as_number(tl.cell(lay.weight + 1)))
        layouts[tl.line] = lay
        rows.append(row)
    if not rows:
        for tl in lines:
            if not tl.blank:
                rd.skip(tl.line, "indicator table line without a recognisable row")
        return []
    by_line = {r.line: r for r in rows}
    page_breaks = [tl.line for tl in lines if tl.blank]

    # Pieces of every line, by column, using the layout of the row line (or the nearest row).
    pieces: dict[str, list[tuple[int, str]]] = {}
    for tl in lines:
        if tl.blank:
            continue
        lay = layouts.get(tl.line) or layouts[_nearest_row(tl.line, rows, page_breaks).line]
        for i, c in enumerate(tl.cells):
            if not c:
                continue
            col = lay.column_of(i)
            if col == "numbers":
                if tl.line not in by_line:
                    rd.skip(tl.line, "stray number in the indicator table")
                continue
            if col is None:
                continue
            pieces.setdefault(col, []).append((tl.line, c))

    for row in rows:
        rd.use(row.line)
    for col in ("level3", "target", "actual", "deviation"):
        _attach(col, pieces.get(col, []), rows, by_line, page_breaks, rd)

    _split_double_targets(rows, rd)
    _fill_from_overlay(rows, _overlay_rows(lines), rd)
    _assign_labels(rows, pieces, page_breaks, rd)
    _drop_target_noise(rows, rd)
    return [_indicator(r, rd) for r in rows]


_TRAILING_CHAR = re.compile(r"^(.*[\u4e00-\u9fff])\s*([\u4e00-\u9fff])$")


def _drop_target_noise(rows: list[_Row], rd: FormReading) -> None:
    """A lone character after a qualitative target (`及时 高`; cells lose the gap) that is no
    wrapped end of it: the target is printed whole in other rows of the table and no word
    spans the two."""
    whole = Counter(compact(r.text("target")) for r in rows)
    for row in rows:
        m = _TRAILING_CHAR.match(row.text("target").strip())
        if not m:
            continue
        head, tail = compact(m.group(1)), m.group(2)
        if whole[head] < 1 or any(is_word(head[-k:] + tail) for k in range(1, min(3, len(head)) + 1)):
            continue
        row.pieces["target"] = [(row.line, head)]
        rd.warnings.append(f"line {row.line}: dropped stray {tail!r} after the target {head!r}")


_TWO_TARGETS = re.compile(r"^([≥≤<>=]\s*[\d.,]+\s*(?:\([^()]*\))?)\s*([≥≤<>=].*)$")


def _split_double_targets(rows: list[_Row], rd: FormReading) -> None:
    """`≥2(次) ≥1000000.00` in one row while the row above has no target: the first value is
    the upper row's (its cell was printed low, merged into the next one)."""
    for above, row in zip(rows, rows[1:], strict=False):
        pieces = sorted(row.pieces.get("target", []))
        if not pieces or above.pieces.get("target"):
            continue
        line, first = pieces[0]
        m = _TWO_TARGETS.match(first.strip())
        if not m:
            continue
        above.add("target", line, m.group(1))
        row.pieces["target"] = [(line, m.group(2))] + pieces[1:]
        rd.warnings.append(f"line {line}: target {m.group(1)!r} given to the row above (line {above.line})")


@dataclass(frozen=True)
class _OverlayRow:
    """An indicator row as an overlay text layer prints it: `三级指标 目标 实际 分值 得分`."""

    level3: str
    target: str
    actual: str
    weight: float
    score: float


def _overlay_rows(lines: list[TabLine]) -> Counter[_OverlayRow]:
    """Rows read from overlay cells (a second text layer re-rendering the table into one cell,
    dropped as garbage by kg.forms.columns), with how many copies print each."""
    out: Counter[_OverlayRow] = Counter()
    for tl in lines:
        for piece in tl.raw.split("\t"):
            spaced = normalize_width(strip_markup(piece)).strip()
            if not spaced or not is_garbage_cell(spaced):
                continue
            # The layer keeps wide gaps between cells and single spaces inside them.
            cells = [c.strip() for c in re.split(r"\s{2,}", spaced)]
            for i in range(len(cells) - 4):
                level3, target, actual, weight, score = cells[i : i + 5]
                level3 = compact(level3)
                if not (
                    is_score(weight) and is_score(score) and is_actual(actual)
                    and is_target(target) and has_cjk(level3) and not is_level_label(level3)
                    and not label_remnant(level3)
                    and not re.match(r"[≥≤<>=\d]", level3)
                ):
                    continue
                out[_OverlayRow(level3, clean_target(target), clean_cell(actual),
                                float(weight), float(score))] += 1
    return out


def _has_value(target: str) -> bool:
    """A target holding a value, not just its unit (`(条)`) or nothing."""
    t = re.sub(r"\([^()]*\)", "", compact(target))
    return bool(re.search(r"\d|[\u4e00-\u9fff]", t))


def _unit(text: str) -> str:
    m = re.search(r"\(([^()]*)\)\s*$", compact(text))
    return m.group(1) if m else ""


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _fill_from_overlay(rows: list[_Row], overlay: Counter[_OverlayRow], rd: FormReading) -> None:
    """Cells a row lost (an empty actual value, a target without its value) taken from the
    overlay text layer's copy of the same row: same weight and score, and the same level-3
    text; or, when the row's own text is unreadable too, the one overlay row with the same
    target unit that no other row prints."""
    if not overlay:
        return
    texts = [compact(r.text("level3")) for r in rows]
    for k, row in enumerate(rows):
        target, actual = row.text("target"), row.text("actual")
        target_ok = _has_value(target)
        if target_ok and actual.strip():
            continue
        same = [o for o in overlay if o.weight == row.weight and o.score == row.score]
        own = [o for o in same if _similar(o.level3, texts[k]) >= 0.8]
        whole = False
        if not own and not target_ok and target.strip():
            own = [
                o for o in same
                if _unit(o.target) == _unit(target) and _similar(o.level3, texts[k]) < 0.5
                and not any(_similar(o.level3, t) >= 0.8 for j, t in enumerate(texts) if j != k)
            ]
            whole = True
        if target_ok:
            own = [o for o in own if compact(o.target) == compact(target)]
        if not own:
            continue
        best = max(own, key=lambda o: overlay[o])
        if sum(1 for o in own if overlay[o] == overlay[best]) > 1:
            continue  # copies disagree: no evidence
        if whole:
            row.pieces["level3"] = [(row.line, best.level3)]
        if not target_ok:
            row.pieces["target"] = [(row.line, best.target)]
        # With the target lost, an actual value without the overlay's unit is debris (`1`).
        if whole or not actual.strip() or (not target_ok and _unit(actual) != _unit(best.actual)):
            row.pieces["actual"] = [(row.line, best.actual)]
        rd.warnings.append(
            f"line {row.line}: cells {'(level 3, target, actual)' if whole else 'lost'} taken from "
            f"the overlay text layer's copy of the row: {best.level3} {best.target} {best.actual}"
        )


def _nearest_row(line: int, rows: list[_Row], page_breaks: list[int]) -> _Row:
    prev = [r for r in rows if r.line < line]
    nxt = [r for r in rows if r.line > line]
    if prev and nxt:
        p, q = prev[-1], nxt[0]
        broken = any(p.line < b < line for b in page_breaks)
        if broken and not any(line < b < q.line for b in page_breaks):
            return q
        return p if line - p.line <= q.line - line else q
    return prev[-1] if prev else nxt[0]


def _plausible(col: str, text: str) -> bool:
    """Whether a piece away from its row line can be real text of that column."""
    if col in ("level3", "deviation"):
        return has_cjk(text)
    # target/actual continuations: units and brackets (`米)`, `(条)`, `时/天)`), or words.
    return bool(re.search(r"[\d\u4e00-\u9fff()%]", text))


def _starts_value(col: str, text: str) -> bool:
    """A target or actual piece that is a whole value of its own (`>10659.00`, `470000.00`)."""
    t = compact(text)
    if col == "target":
        return bool(re.match(r"^[≥≤<>=]\d", t))
    return col == "actual" and as_number(t) is not None


def _attach(
    col: str,
    pieces: list[tuple[int, str]],
    rows: list[_Row],
    by_line: dict[int, _Row],
    page_breaks: list[int],
    rd: FormReading,
) -> None:
    """Give each piece of a column to its row: on the row's line, or wrapped above/below it."""
    for line, text in pieces:
        if line in by_line:
            by_line[line].add(col, line, text)
    loose = [(n, t) for n, t in pieces if n not in by_line]
    if not loose:
        return
    lines_with = {n for n, _ in pieces}
    # Runs of consecutive lines with text in this column (a wrapped cell).
    runs: list[list[tuple[int, str]]] = []
    for n, t in sorted(loose):
        if runs and _contiguous(runs[-1][-1][0], n, lines_with, page_breaks):
            runs[-1].append((n, t))
        else:
            runs.append([(n, t)])
    for run in runs:
        lo, hi = run[0][0], run[-1][0]
        # Row lines inside the run's span: the wrapped cell grows around them.
        inside = [r for r in rows if lo <= r.line <= hi and col in r.pieces]
        for n, t in run:
            if not _plausible(col, t):
                rd.skip(n, f"stray fragment in the {col} column")
                continue
            row = _owner(col, n, t, inside, rows, page_breaks)
            if row is not None and _starts_value(col, t) and _complete(row.text(col)):
                # A second value for a row that has one: it belongs to a row that was lost.
                row = None
            if row is None:
                rd.skip(n, f"{col} text belonging to no row")
                continue
            row.add(col, n, t)
            rd.use(n)


def _complete(text: str) -> bool:
    return bool(text) and paren_balance(text) == 0 and bool(re.search(r"\d|[\u4e00-\u9fff]", text))


def _contiguous(a: int, b: int, lines_with: set[int], page_breaks: list[int]) -> bool:
    return all(n in lines_with or n in page_breaks for n in range(a + 1, b))


def _owner(
    col: str, line: int, text: str, inside: list[_Row], rows: list[_Row], page_breaks: list[int]
) -> _Row | None:
    prev = [r for r in rows if r.line < line]
    nxt = [r for r in rows if r.line > line]
    p = prev[-1] if prev else None
    q = nxt[0] if nxt else None
    if inside:
        # Rows whose own line holds text of this column; the nearest continues here.
        near = [r for r in (p, q) if r is not None and r in inside]
        if len(near) == 1:
            return near[0]
    if p is None or q is None:
        return p or q
    # A page break between the previous row and this piece: the row continues on the new page.
    if any(p.line < b < line for b in page_breaks) and not any(line < b < q.line for b in page_breaks):
        if not q.pieces.get(col) or paren_balance(text) > 0:
            return p if paren_balance(text) <= 0 else q
        return p
    p_text, q_text = p.text(col), q.text(col)
    if col in ("target", "actual"):
        if paren_balance(p_text) > 0 and paren_balance(text) < 0:
            return p
        if paren_balance(q_text) < 0 or paren_balance(text) > 0:
            return q
    if not q_text and p_text:
        return q if col != "deviation" else p
    if not p_text and q_text:
        return p if col != "deviation" else q
    return p if line - p.line <= q.line - line else q


# Words in a level-3 text or target that say which level-2 block a row belongs to; used only
# to break near-ties in placing rows under vertically printed labels.
_KIND_WORDS = (
    ("时效指标", re.compile(r"及时|时效|进度|按时")),
    ("质量指标", re.compile(r"准确|规范|合格|达标|错误率|差错|故障率|通过率|一致率|到位率|完好")),
    ("数量指标", re.compile(r"数量|次数|人数|个数|场次")),
    ("服务对象满意度指标", re.compile(r"满意度")),
)
# Count units: a target counted in them measures an output quantity.
_COUNT_UNIT = re.compile(r"\((?:人|次|个|场|条|套|笔|家|份|项|篇|册|本|台|名|所|批|人次|户|期)\)")
# Targets that are deadlines.
_TIMELY_TARGET = re.compile(r"及时|按时|年底前|月底前|前完成|内完成")
_MISFIT = 0.8


def _row_kind(row: _Row) -> str | None:
    level3 = compact(row.text("level3"))
    for kind, words in _KIND_WORDS:
        if words.search(level3):
            return kind
    target = compact(row.text("target"))
    if _COUNT_UNIT.search(target):
        return "数量指标"
    if _TIMELY_TARGET.search(target):
        return "时效指标"
    return None


def _fits(level2: str, level1: str | None) -> bool:
    if level1 is None:
        return True
    return parent_level1(level2) == level1 or (level2 == "成本指标" and level1 == "成本指标")


def _assign_labels(
    rows: list[_Row], pieces: dict[str, list[tuple[int, str]]], page_breaks: list[int], rd: FormReading
) -> None:
    """Level-1 and level-2 labels of each row from the label columns' pieces."""
    spans = [RowSpan(r.line, r.top, r.bottom) for r in rows]
    frags: dict[str, list[Fragment]] = {"label1": [], "label2": []}
    for col in frags:
        for n, t in pieces.get(col, []):
            if is_label_piece(t):
                frags[col].append(Fragment(n, t))
                rd.use(n)
            else:
                rd.skip(n, "stray fragment in a label column")
    l1 = level1_labels(frags["label1"])

    def misfit(name: str, first: int, last: int) -> float:
        # Only a level-1 label printed beside the piece (within a line) has a say.
        near = [lab for lab in l1 if lab.first_line - 1 <= last and first <= lab.last_line + 1]
        return 0.0 if not near or any(_fits(name, lab.canonical) for lab in near) else 1.0

    l2 = level2_labels(frags["label2"], misfit)
    kinds = [_row_kind(r) for r in rows]
    held = [
        next((lab.canonical for lab in l1 if lab.first_line <= r.line <= lab.last_line), None)
        for r in rows
    ]

    def row_cost(r: int, k: int) -> float:
        name = l2[k].canonical
        if not _fits(name, held[r]):
            return float("inf")
        return _MISFIT if kinds[r] and kinds[r] != name else 0.0

    parents = [_parent(lab, l1) for lab in l2]
    owners2 = assign_nested(l1, l2, parents, spans, page_breaks, row_cost)
    lost = {rows[r].line: kind for r, kind in _lost_labels(owners2, l2, parents, kinds).items()}
    owners1 = assign_blocks(l1, spans, page_breaks)
    for row, k2, k1 in zip(rows, owners2, owners1, strict=True):
        if row.line in lost:
            row.label2 = [(row.line, lost[row.line])] * 2
            row.label1 = [(0, parent_level1(lost[row.line]) or "")] * 2
            rd.warnings.append(
                f"line {row.line}: 二级指标 label not legible; {lost[row.line]} read from the "
                "words of the rows it heads"
            )
        elif k2 is not None:
            lab = l2[k2]
            row.label2 = [(lab.first_line, lab.canonical), (lab.last_line, lab.printed)]
            printed1 = next((x for x in l1 if x.canonical == parents[k2]), None)
            row.label1 = [(0, parents[k2] or "")]
            row.label1.append((0, printed1.printed if printed1 else parents[k2] or ""))
        if (k2 is None or not parents[k2]) and k1 is not None:
            row.label1 = [(0, l1[k1].canonical), (0, l1[k1].printed)]


# Rows at the end of a block whose words all name another level 2 form a block of their own
# when there are at least this many of them.
_MIN_LOST_BLOCK = 2


def _lost_labels(
    owners: list[int | None], l2: list[Label], parents: list[str | None], kinds: list[str | None]
) -> dict[int, str]:
    """Rows whose level-2 label was printed illegibly (lost to scan noise), by row index.

    Such rows are placed under the neighbouring label. When a block ends (or begins) with a
    run of rows whose words all name one other level 2 of the same level 1 (`…及时性` rows
    under 质量指标), while its other rows fit its label and the column names that level 2
    nowhere, the run had a label of its own.
    """
    found = {lab.canonical for lab in l2}
    out: dict[int, str] = {}
    for k, lab in enumerate(l2):
        idx = [r for r, o in enumerate(owners) if o == k]
        for run in (_edge_run(idx, kinds, reverse=True), _edge_run(idx, kinds, reverse=False)):
            if len(run) < _MIN_LOST_BLOCK or len(run) == len(idx):
                continue
            kind = kinds[run[0]]
            rest = [r for r in idx if r not in run]
            if (
                kind is None
                or kind in found
                or kind == lab.canonical
                or parent_level1(kind) != parents[k]
                or not any(kinds[r] == lab.canonical for r in rest)
            ):
                continue
            out.update((r, kind) for r in run)
    return out


def _edge_run(idx: list[int], kinds: list[str | None], reverse: bool) -> list[int]:
    """The rows at one end of a block that share one kind."""
    order = idx[::-1] if reverse else idx
    run: list[int] = []
    for r in order:
        if kinds[r] is None or (run and kinds[r] != kinds[run[0]]):
            break
        run.append(r)
    return run


def _parent(label: Label, l1: list[Label]) -> str | None:
    """The level-1 label a level-2 label sits under (成本指标 is both a level 1 and a level 2)."""
    if label.canonical == "成本指标":
        near = label_at(l1, label.first_line)
        return "成本指标" if near is not None and near.canonical == "成本指标" else "产出指标"
    return parent_level1(label.canonical)


def _indicator(row: _Row, rd: FormReading) -> Indicator:
    level1 = row.label1[0][1] if row.label1 else None
    level1_printed = row.label1[1][1] if row.label1 else None
    level2 = row.label2[0][1] if row.label2 else None
    level2_printed = row.label2[1][1] if row.label2 else None
    if level2:
        level2 = canonical_level2(level2, level1) or level2
    parent = parent_level1(level2)
    if parent and level1 != parent and level2 != "成本指标":
        if level1:
            rd.warnings.append(
                f"line {row.line}: 一级指标 {level1} does not hold 二级指标 {level2}; used {parent}"
            )
        level1 = parent
    pieces = [t for _, t in sorted(row.pieces.get("level3", []), key=lambda p: p[0])]
    near = " ".join(row.text(col) for col in ("target", "actual", "deviation"))
    level3, notes = join_cut_text(pieces, rd.doc, near)
    level3, misread = repair_look_alikes(clean_cell(level3), rd.doc)
    notes += [f"{note} in level-3 text {clean_cell(join_all(pieces))!r}" for note in misread]
    rd.warnings.extend(f"line {row.line}: {note}" for note in notes)
    target = clean_target(row.text("target")) or None
    actual = clean_cell(row.text("actual")) or None
    deviation = clean_cell(row.text("deviation")) or None
    return Indicator(
        level1=level1,
        level2=level2,
        level3=level3 or None,  # an empty cell: nothing printed, not an empty name
        target=target,
        target_parsed=parse_target(target) if target else None,
        actual=actual,
        weight=row.weight,
        score=row.score,
        deviation=deviation,
        level1_as_printed=level1_printed if level1_printed and level1_printed != level1 else None,
        level2_as_printed=level2_printed if level2_printed and level2_printed != level2 else None,
        line=row.line,
    )



def _suspicion(ind: Indicator) -> int:
    """How much a row looks like a garbled copy of another (a ghost) rather than a row."""
    s = 0
    level3 = compact(ind.level3 or "")
    cjk = sum(1 for ch in level3 if "\u4e00" <= ch <= "\u9fff")
    if not has_cjk(level3) or _is_debris(level3) or cjk < 0.6 * len(level3):
        s += 2
    target, actual = ind.target or "", ind.actual or ""
    if not target or not (is_target(target) or has_cjk(target)):
        s += 1
    if not actual or not is_actual(actual):
        # No digit and no word at all (`+++++=`, `~`, `(`) is no value.
        s += 2 if actual and not re.search(r"[\d\u4e00-\u9fff]", actual) else 1
    if re.search(r"\(\d*/\)|\d\.\d\.\d|[\u0370-\u03ff]", target + actual):
        s += 1
    if paren_balance(target) or paren_balance(actual):
        s += 1
    if ind.weight is not None and ind.score is not None and ind.score > ind.weight:
        s += 2
    return s


def drop_ghost_rows(indicators: list[Indicator], expected: float, rd: FormReading) -> list[Indicator]:
    """Drop garbled duplicate rows when the weights add up to more than the table's total.

    The 总分 row gives the form's total weight; the funds row takes its share (分值 of
    年度资金总额) and the indicator weights make up the rest. Extra weight comes from rows
    some PDFs print twice (a garbled ghost beside the real one): the most suspicious rows
    whose weights account exactly for the excess are removed.
    """
    weights = [i.weight or 0.0 for i in indicators]
    excess = round(sum(weights) - expected, 2)
    if excess <= 0.001:
        if excess < -0.001:
            rd.warnings.append(f"indicator weights add up to {sum(weights):g}, {expected:g} expected")
        return indicators
    suspects = sorted(
        (k for k, ind in enumerate(indicators) if _suspicion(ind) >= 2),
        key=lambda k: -_suspicion(indicators[k]),
    )[:8]
    best: tuple[int, tuple[int, ...]] | None = None
    for size in range(1, min(4, len(suspects)) + 1):
        for combo in combinations(suspects, size):
            if abs(sum(weights[k] for k in combo) - excess) < 0.001:
                score = sum(_suspicion(indicators[k]) for k in combo)
                if best is None or score > best[0]:
                    best = (score, combo)
        if best:
            break
    if best is None:
        rd.warnings.append(f"indicator weights add up to {sum(weights):g}, {expected:g} expected")
        return indicators
    for k in best[1]:
        ind = indicators[k]
        if ind.line is not None:
            rd.used.discard(ind.line)
            rd.reasons[ind.line] = "garbled duplicate of an indicator row (weights exceed the total)"
        rd.warnings.append(
            f"line {ind.line}: dropped garbled row {ind.level3!r} ({ind.weight:g} points over the total)"
        )
    return [ind for k, ind in enumerate(indicators) if k not in best[1]]


