"""Tables laid out by position (`pdftotext -layout`): wrapped cells and vertically centred labels.

In such text a merged category cell prints its label in the middle of its block of rows (often
on a line of its own, wrapped as `可持续影响指` / `标`), and a long name wraps around the line
that holds its value (`实施耕地质量提升（土壤改良）` / `≥0.8万亩` / `面积`). Cells are placed
under the header by their horizontal position; label pieces are joined down their column; each
label gets the contiguous block of rows it is centred on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from jixiao.kg.reader.columnwise import affinity
from jixiao.kg.reader.table import (
    Aligner,
    Row,
    Table,
    assign,
    header_role,
    role_score,
    wraps_cells_above,
)
from jixiao.kg.reader.tokens import _POINTS, Kind, Token
from jixiao.vocab import (
    FRAMEWORK_LEVEL1,
    FRAMEWORK_PARENT,
    LabelMatch,
    complete_label,
    label_prefix,
    match_level1,
    match_level2,
    other_level1,
    other_level2,
    parent_level1,
)

CATEGORY_ROLES = ("level1", "level2", "type")
# Lines between two pieces of one wrapped label (a blank line may sit between them).
MAX_PIECE_GAP = 2
# Cost of a label whose block is empty (a category printed with no rows under it).
EMPTY_BLOCK = 2.0
# Cost of a label lying outside its block, per line of distance.
OUTSIDE = 3.0
# How much a row's cues (columnwise.affinity) weigh against a label's distance from its
# block's centre.
CUE_WEIGHT = 1.0
# A label below its block's centre: breaks the tie between two readings of an even block.
BELOW_CENTRE = 0.01
# Cost of a block that leaves out the row whose line the label is printed on (`on_rows`).
OWN_ROW_OUTSIDE = 5.0
# How much better a row line's reading by content must score than its reading by position.
CLEARLY_BETTER = 1.0
# Cost of cutting a text column's cell after a line that ends mid-clause.
GLUE_BREAK = 1.0
_CLAUSE = re.compile(r"[，,；;：:]")
_NOTE = re.compile(r"(?<=指标)[(（]或[^()（）]{1,12}[)）]$")
_RULE_END = re.compile(r"(?:分|为止|[。；;.])$")
# The second line of a category column's heading (一级 / 指标).
_HEADER_TAILS = ("指标", "标")


@dataclass
class Label:
    match: LabelMatch
    level: int  # 1 or 2
    first: int
    last: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def centre(self) -> float:
        return (self.first + self.last) / 2


@dataclass
class LineRow:
    anchor: int  # the line holding the row's values
    values: dict[str, list[Token]] = field(default_factory=dict)
    first: int = 0
    last: int = 0

    @property
    def centre(self) -> float:
        return (self.first + self.last) / 2


def _line(t: Token) -> int:
    return t.cell.location.line or t.row


def _match(text: str, role: str) -> tuple[LabelMatch | None, int]:
    # 决策（20分）, 项目立项（8分）: a rubric prints each label's points after it; a note
    # (数量指标（或建筑规模指标）) is no part of the label either.
    text = _POINTS.sub("", text) or text
    text = _NOTE.sub("", text) if text.endswith(("）", ")")) and "指标" in text else text
    if role == "level1":
        m = match_level1(text)
        if m:
            return m, 1
        o = other_level1(text)
        if o:
            return LabelMatch(o, text, True), 1
    m2 = match_level2(text)
    if m2:
        return m2, 2
    o2 = other_level2(text)
    if o2:
        return LabelMatch(o2, text, True), 2
    if role == "level2" or role == "type":
        m1 = match_level1(text)
        if m1:
            return m1, 1
    return None, 0


def _labels(fragments: list[Token], role: str) -> list[Label]:
    """Join a category column's pieces down the column into labels."""
    out: list[Label] = []
    buf: list[Token] = []

    def flush() -> None:
        if not buf:
            return
        text = "".join(t.text for t in buf)
        match, level = _match(text, role)
        if match is None:
            guess = complete_label(text)
            match, level = (guess, 2 if guess and match_level2(guess.canonical) else 1) \
                if guess else (LabelMatch(text, text, True), 2 if role != "level1" else 1)
        out.append(Label(LabelMatch(match.canonical, text, match.suffixed), level,
                         _line(buf[0]), _line(buf[-1]), list(buf)))
        buf.clear()

    for t in fragments:
        if buf:
            so_far = "".join(u.text for u in buf)
            joined = so_far + t.text
            current, _ = _match(so_far, role)
            near = _line(t) - _line(buf[-1]) <= MAX_PIECE_GAP
            # 「可持续影响指」 matches, but a label cut after 指 still waits for its 标.
            complete = current is not None and current.suffixed and not so_far.endswith("指")
            # A label with its points printed after it (决策（20分）) is whole; so is one
            # followed by a fragment that is a label by itself (效益（30分） / 项目效益（30分）).
            complete = complete or (current is not None and bool(_POINTS.search(so_far))
                                    and _match(t.text, role)[0] is not None)
            if near and not complete and (
                    _match(joined, role)[0] is not None or label_prefix(joined)):
                buf.append(t)
                continue
            flush()
        buf.append(t)
    flush()
    return out


TEXT_ROLES = ("level3", "deviation", "criteria", "description", "note", "midterm_name")


def _values(pieces: dict[str, list[Token]]) -> list[str]:
    return [r for r in pieces if r not in TEXT_ROLES]


WRAPPED_TEXT = ("deviation", "criteria", "description", "note", "midterm_name")


def _cells_down_column(lines: list[int], anchors: list[int], fixed: set[int],
                       glued: frozenset[int] = frozenset()) -> dict[int, int]:
    """Line → row anchor for one text column: contiguous groups in order, a row's own line in
    its own group, each group centred on its anchor as closely as possible. `glued`: indexes
    i whose line's text goes on in line i + 1 (a sentence cut mid-clause); a cut there costs."""
    n, m = len(lines), len(anchors)
    if not n or not m:
        return {}
    inf = float("inf")
    # best[i][j]: lines[:i] placed, the last group on anchor j; pre[i][j]: min over j' < j.
    best = [[inf] * m for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * m for _ in range(n + 1)]
    pre: dict[int, list[tuple[float, int]]] = {}
    for i in range(1, n + 1):
        for j, anchor in enumerate(anchors):
            # Rows do not interleave: a row's cell lies between its neighbours' lines.
            low = anchors[j - 1] if j > 0 else -inf
            high = anchors[j + 1] if j + 1 < m else inf
            if not low < lines[i - 1] < high:
                continue
            total = 0.0
            for start in range(i - 1, -1, -1):
                ln = lines[start]
                if (ln in fixed and ln != anchor) or ln <= low:
                    break
                total += ln
                if start == 0:
                    prev, where = 0.0, None
                else:
                    if start not in pre:
                        pre[start] = _running_min(best[start])
                    prev, k = pre[start][j]
                    if prev == inf:
                        continue
                    where = (start, k)
                cost = prev + abs(total / (i - start) - anchor)
                if start - 1 in glued:
                    cost += GLUE_BREAK
                if cost < best[i][j]:
                    best[i][j], back[i][j] = cost, where
    j = min(range(m), key=lambda k: best[n][k])
    if best[n][j] == inf:
        return {}
    out: dict[int, int] = {}
    i = n
    while i > 0:
        where = back[i][j]
        start = where[0] if where else 0
        for ln in lines[start:i]:
            out[ln] = anchors[j]
        if where is None:
            break
        i, j = where
    return out


def _cut_mid_clause(text: str) -> bool:
    """A rule's first part (`完成目标得满分，未完成按`): a clause begun, the rule not ended."""
    return bool(_CLAUSE.search(text)) and not _RULE_END.search(text)


# How far short of its column's right edge a line may end and still have been wrapped there.
EDGE_SLACK = 2.0


def _cut_at_edge(text: str, right: float, edge: float) -> bool:
    """A line that fills its column to the right edge and ends no rule or sentence
    (`预算执行率=实际支出数/全年预算` / `数×100%…`): the cell goes on below."""
    return edge > 0 and right >= edge - EDGE_SLACK and not _RULE_END.search(text)


def _running_min(values: list[float]) -> list[tuple[float, int]]:
    """(min, where) over values[:j], for each j."""
    out, low, at = [], float("inf"), -1
    for j, v in enumerate(values):
        out.append((low, at))
        if v < low:
            low, at = v, j
    return out


def _by_content(placed: dict[str, list[Token]], aligner: Aligner) -> dict[str, list[Token]]:
    """A row line's cells given to columns by what they are as well as where they stand.

    Text laid out from a PDF places a short cell centred in a narrow column a character or
    two off its header (`定量` under 指标值, `≥26` under 计量单位, a name under 指标性质);
    position alone would put each in the neighbouring column. The assignment programme weighs
    position against content; its reading replaces the placement by position only when it is
    clearly better, so a cell wrapped around its row keeps its column.
    """
    # The name stays where it stands (a name wrapped around its row's line is read later),
    # but for a number run into it from the next column (`资金到位率  4`).
    name = [t for t in placed.get("level3", []) if t.kind is not Kind.NUMBER]
    tokens = sorted((t for role, ts in placed.items() for t in ts if role != "level3" or t not in name),
                    key=lambda t: t.cell.x0 or 0.0)
    if len(tokens) < 2:
        return placed
    roles = [r for r in aligner.header.value_roles if r != "level3"]
    rows, left = assign(tokens, roles, aligner, one_row=True)
    if left or len(rows) != 1:
        return placed
    found = rows[0]
    if name:
        found["level3"] = name
    if _fit(found, aligner) <= _fit(placed, aligner) + CLEARLY_BETTER:
        return placed
    return found


def _fit(values: dict[str, list[Token]], aligner: Aligner) -> float:
    """The assignment programme's score of one row's reading."""
    return sum(role_score(role, values.get(role, [])) + aligner.bonus(role, values.get(role, []))
               for role in aligner.header.value_roles)


def _rows(tokens: list[Token], aligner: Aligner) -> list[LineRow]:
    """Value lines become rows; name pieces on lines without values join their neighbours."""
    by_line: dict[int, dict[str, list[Token]]] = {}
    for t in tokens:
        role = aligner.column_of(t)
        if role is None or role in CATEGORY_ROLES:
            continue
        by_line.setdefault(_line(t), {}).setdefault(role, []).append(t)
    for ln, placed in by_line.items():
        by_line[ln] = _by_content(placed, aligner)
    lines = sorted(by_line)
    anchors = [ln for ln in lines if _values(by_line[ln])]
    # Values on a line of their own beside a row's line that lacks exactly those columns: a
    # cell wrapped around its row (`2025年11月` / row / `底前`), not a row of its own.
    rowlike = {ln for ln in anchors if "level3" in by_line[ln] or len(_values(by_line[ln])) >= 2}

    def wrapped_values(ln: int) -> bool:
        mine = set(_values(by_line[ln]))
        return "level3" not in by_line[ln] and any(
            n in rowlike and n != ln and not mine & set(by_line[n]) and
            ("level3" in by_line[n] or len(mine) == 1) for n in (ln - 1, ln + 1))

    def text_of(ln: int) -> dict[str, str]:
        return {r: "".join(t.text for t in ts) for r, ts in by_line[ln].items()}

    # A line of wrapped ends under the row line above it (`间 | 前 | 日` below
    # `…完成时 | 2024年9月底 | 2024年10月15`): the row's, not a row of its own.
    wrap_lines = {ln for ln in anchors if ln - 1 in by_line and ln - 1 in anchors
                  and not any(t.kind is Kind.NUMBER for ts in by_line[ln].values() for t in ts)
                  and wraps_cells_above(text_of(ln), text_of(ln - 1), {})}
    anchors = [ln for ln in anchors if not wrapped_values(ln) and ln not in wrap_lines]
    rows = {ln: LineRow(ln, {r: list(v) for r, v in by_line[ln].items()}, ln, ln) for ln in anchors}
    anchor_set = set(anchors)
    # Text cells (评分标准, 偏差原因) wrap over several lines centred on their row: each
    # column's lines are cut into one cell per row, in order, each centred on its row.
    wrapped = {r for ln in lines for r in by_line[ln] if r in WRAPPED_TEXT}
    for role in sorted(wrapped):
        own = [ln for ln in lines if role in by_line[ln]]
        right = [max((t.cell.x1 or 0.0) for t in by_line[ln][role]) for ln in own]
        edge = max(right, default=0.0)
        glued = frozenset(i for i, ln in enumerate(own[:-1])
                          if _cut_mid_clause("".join(t.text for t in by_line[ln][role]))
                          or _cut_at_edge("".join(t.text for t in by_line[ln][role]),
                                          right[i], edge))
        for ln, anchor in _cells_down_column(own, anchors, anchor_set, glued).items():
            if ln in anchor_set and anchor == ln:
                continue
            row = rows[anchor]
            toks = by_line[ln][role]
            if ln in anchor_set:
                rows[ln].values.pop(role, None)
            merged = row.values.get(role, []) + toks
            row.values[role] = sorted(merged, key=_line)
            row.first, row.last = min(row.first, ln), max(row.last, ln)
    for ln in lines:
        if ln in anchor_set:
            continue
        pieces = {r: v for r, v in by_line[ln].items() if r not in WRAPPED_TEXT}
        if not pieces:
            continue
        below = ln + 1 if ln + 1 in anchor_set else None
        above = next((a for a in range(ln - 1, ln - 3, -1) if a in anchor_set), None)
        target = None

        # A value centred on its row leaves the row's own line empty in its column.
        in_below, in_above = (a is not None and all(r not in by_line[a] for r in pieces)
                              for a in (below, above))
        if below is not None and "level3" not in rows[below].values and "level3" in pieces:
            target = below
        elif in_below != in_above and "level3" not in pieces:
            target = below if in_below else above
        elif above is not None and not (below is not None and "level3" not in rows[below].values):
            target = above
        elif below is not None:
            target = below
        elif above is not None:
            target = above
        if target is None:
            nearest = min(anchors, key=lambda a: abs(a - ln), default=None)
            target = nearest
        if target is None:
            continue
        row = rows[target]
        for role, toks in pieces.items():
            if target > ln:
                row.values[role] = toks + row.values.get(role, [])
            else:
                row.values.setdefault(role, []).extend(toks)
        row.first, row.last = min(row.first, ln), max(row.last, ln)
    return [rows[a] for a in anchors]


def assign_labels(labels: list[Label], rows: list[LineRow], cues: bool = False,
                  parents: list[str | None] | None = None, on_rows: bool = False) -> list[int | None]:
    """Label index per row: contiguous blocks in order, each label centred on its block.

    `cues`: level-2 labels, where what a row's name and value say (合格率 → 质量, a count
    → 数量) settles a block edge the positions leave open (a label centred on an even block
    or on a block whose rows wrap). `parents`: per row, the level-1 label its level-2 label
    belongs under in the evaluation framework (资金投入 → 决策指标), a cue of the same weight.
    `on_rows`: labels and rows are placed by the lines they were printed on, so a label on a
    row's own lines is a merged cell spanning that row: its block holds the row."""
    n, m = len(rows), len(labels)
    if not m:
        return [None] * n
    inf = float("inf")
    # fit[k][i]: row i's cues for label k; prefix sums give a block's total.
    fit = [[0.0] * n for _ in range(m)]
    if cues:
        texts = [("".join(t.text for t in r.values.get("level3", [])),
                  "".join(t.text for t in r.values.get("target", []))) for r in rows]
        for k, lab in enumerate(labels):
            for i, (name, value) in enumerate(texts):
                fit[k][i] += CUE_WEIGHT * affinity(name, value, lab.match.canonical)
    if parents is not None:
        for k, lab in enumerate(labels):
            for i, parent in enumerate(parents):
                fit[k][i] += CUE_WEIGHT if parent == lab.match.canonical else 0.0
    fit_sum = [list(accumulate(row, initial=0.0)) for row in fit]
    own = [next((r for r, row in enumerate(rows) if row.first <= lab.first <= row.last), None)
           if on_rows else None for lab in labels]
    # best[k][i]: labels 0..k-1 placed, rows 0..i-1 covered.
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for k in range(1, m + 1):
        lab = labels[k - 1]
        for i in range(n + 1):
            # empty block
            if best[k - 1][i] + EMPTY_BLOCK < best[k][i]:
                best[k][i], back[k][i] = best[k - 1][i] + EMPTY_BLOCK, i
            for j in range(i):
                if best[k - 1][j] == inf:
                    continue
                top, bottom = rows[j].first, rows[i - 1].last
                centre = (top + bottom) / 2
                cost = abs(lab.centre - centre) / max(1.0, (bottom - top + 1))
                if lab.centre > centre:
                    # A label over an even block is printed on its upper middle row.
                    cost += BELOW_CENTRE
                cost -= fit_sum[k - 1][i] - fit_sum[k - 1][j]
                if lab.last < top - 1:
                    cost += OUTSIDE * (top - 1 - lab.last)
                if lab.first > bottom + 1:
                    cost += OUTSIDE * (lab.first - bottom - 1)
                if own[k - 1] is not None and not j <= own[k - 1] < i:  # type: ignore[operator]
                    cost += OWN_ROW_OUTSIDE
                if best[k - 1][j] + cost < best[k][i]:
                    best[k][i], back[k][i] = best[k - 1][j] + cost, j
    out: list[int | None] = [None] * n
    i = n
    # Rows before the first label's block keep no label; find the best end state.
    k = m
    while k > 0:
        j = back[k][i]
        for r in range(j, i):
            out[r] = k - 1
        i = j
        k -= 1
    return out


def read_centred(body: list[Token], header_columns_roles: list[str], aligner: Aligner,
                 tail: list[Token], header) -> Table:  # noqa: ANN001 - table.Header
    """Read a position-laid-out table body."""
    fragments: dict[str, list[Token]] = {"level1": [], "level2": []}
    last_of = {c.role: c for c in header.columns}
    rest: list[Token] = []
    for t in body:
        if t.kind is Kind.EMPTY:
            continue
        if header_role(t) and t.kind is not Kind.LEVEL:
            t.use = "structure"
            continue
        if t.kind is Kind.FIELD and t.field == "indicators_block":
            t.use = "structure"
            continue
        column = aligner.column(t)
        role = column.role if column is not None else None
        if role in CATEGORY_ROLES and column is not last_of.get(role, column):
            t.use = "structure"  # the mid-term table's categories, printed again for the year's
            continue
        if role in CATEGORY_ROLES or (t.kind is Kind.LEVEL and role is None):
            key = "level1" if role == "level1" else "level2"
            if role is None and t.level1 and not t.level2:
                key = "level1"
            if role == "type" and t.level1 and not t.level2:
                key = "level1"
            if role == "level1" and t.level2 and not t.level1 and t.pieces > 1:
                key = "level2"  # 产出指标/数量指标 in the one 一级指标/二级指标 column: the pair's half
            if role == "level1" and t.sub and t.part_of is None and "level2" in last_of:
                # 效益（30分）项目效益（30分）: two levels run together in one cell, the second
                # reaching into the level-2 column.
                key = "level2"
            fragments[key].append(t)
            continue
        if role is None:
            rest.append(t)
            continue
        rest.append(t)
    rows = _rows(rest, aligner)
    if rows:
        # 一级 / 指标 over two lines in the header: its second line lies above the first row.
        for frags in fragments.values():
            for t in [t for t in frags if t.text in _HEADER_TAILS and _line(t) < rows[0].first]:
                t.use = "structure"
                frags.remove(t)
    l1 = _labels(fragments["level1"], "level1")
    l2 = _labels(fragments["level2"], "level2")
    # A level-1 label read in the level-2 column (产出 printed there) moves over.
    for lab in list(l2):
        if lab.level == 1:
            l2.remove(lab)
            l1.append(lab)
    if l1 and "type" in last_of and "level1" not in last_of and "level2" not in last_of:
        # A single category column (指标类型) holding level-1 names (产出指标 / 效益指标):
        # 满意度指标 there is the level-1 category too, not a level-2 label over every row.
        for lab in list(l2):
            m1 = match_level1(lab.match.printed)
            # (成本指标 beside 产出指标 on its lines is the level-2 half of a pair, 产出指标-成本指标.)
            if m1 and not any(a.first <= lab.last and lab.first <= a.last for a in l1):
                l2.remove(lab)
                l1.append(Label(m1, 1, lab.first, lab.last, lab.tokens))
    l1.sort(key=lambda x: x.first)
    paired = any(a.first <= b.last and b.first <= a.last for a in l1 for b in l2)
    if ("type" in last_of and "level1" not in last_of and "level2" not in last_of and l1 and l2
            and not paired):
        # One category column (指标类型) holding names of both levels (a 数量指标 row, then a
        # 产出类指标 block): its cells are one sequence of blocks, each row under one label.
        # (A level-1 and a level-2 name on the same lines are one cell's pair, 产出指标-数量指标.)
        joint = sorted(l1 + l2, key=lambda x: x.first)
        aj = assign_labels(joint, rows)
        a1 = [None if k is None or joint[k].level != 1 else l1.index(joint[k]) for k in aj]
        a2 = [None if k is None or joint[k].level != 2 else l2.index(joint[k]) for k in aj]
    else:
        a2 = assign_labels(l2, rows, cues=True)
        # Where the level-2 label says which level 1 it belongs under (数量指标 → 产出, 资金管理
        # → 过程), that is a cue for the level-1 blocks' edges too.
        parents = [None if k is None else FRAMEWORK_PARENT.get(l2[k].match.canonical)
                   or parent_level1(l2[k].match.canonical) for k in a2]
        a1 = assign_labels(l1, rows, parents=parents)
    out: list[Row] = []
    framework = any(lab.match.canonical in FRAMEWORK_LEVEL1 for lab in l1)
    for k, r in enumerate(rows):
        lab2 = l2[a2[k]].match if a2[k] is not None else None
        lab1 = l1[a1[k]].match if a1[k] is not None else None
        if lab2 is not None:
            parent = parent_level1(lab2.canonical)
            # (服务对象满意度 under a printed 效益 stays there in a rubric: its framework puts
            # satisfaction under 效益.)
            rubric_satisfaction = framework and lab2.canonical == "服务对象满意度指标" \
                and lab1 is not None and lab1.canonical == "效益指标"
            if parent and not rubric_satisfaction and (lab1 is None or (
                    lab1.canonical != parent and not (
                        lab1.canonical == "成本指标" and "成本" in lab2.canonical))):
                lab1 = LabelMatch(parent, lab1.printed if lab1 and lab1.canonical == parent else "",
                                  False)
            if lab1 and lab1.canonical == "成本指标" and lab2.canonical == "成本指标":
                lab2 = LabelMatch("经济成本指标", lab2.printed, lab2.suffixed)
        out.append(Row(lab1, lab2, r.values))
    for lab in l1 + l2:
        for t in lab.tokens:
            t.use = "structure"
    return Table(header, out, tail)
