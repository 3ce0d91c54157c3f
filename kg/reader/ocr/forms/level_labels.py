"""Level-1/level-2 labels written vertically over blocks of indicator rows.

A tab-table PDF prints a label such as 服务对象满意度指标 once per block, centred vertically over
the block's rows and wrapped into short pieces (`服务` / `对象` / `满意` / `度指` / `标`), one
piece per text line; pieces arrive garbled (`対益`), merged with a neighbour's piece (`指标可持`)
or repeated. Here the pieces of one column are read as a character stream, cut into canonical
labels by least edit cost, and each label is then given the contiguous run of rows that its
pieces are centred on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from jixiao.vocab import LEVEL1, LEVEL2, label_key

# Characters a label piece can hold; anything else in a label column is noise.
_LABEL_CHARS = frozenset("".join(LEVEL1) + "".join(LEVEL2))
# Longest piece of the stream tried as one label (the longest label plus garbling).
_MAX_PIECE = 14
# Cost of leaving one character of the stream unexplained.
_NOISE = 0.8
# A missing character is cheaper than a wrong one: wrapped labels lose pieces more often than
# they gain them.
_DELETE = 0.3
_INSERT = 1.2
_SUBSTITUTE = 1.0
# A label that begins or ends inside a printed piece (`指标可持` holds the end of one label and
# the start of the next) costs this per cut.
_CUT = 0.25


@dataclass
class Fragment:
    """A piece of label text printed in a label column on one line."""

    line: int
    text: str


@dataclass
class Label:
    """A canonical label found in a column, and the lines its pieces occupy."""

    canonical: str
    printed: str
    first_line: int
    last_line: int

    @property
    def centre(self) -> float:
        return (self.first_line + self.last_line) / 2


def label_chars(text: str) -> str:
    """The characters of `text` that can belong to a level label (after variant folding)."""
    return "".join(ch for ch in label_key(text) if ch in _LABEL_CHARS)


def is_label_piece(text: str) -> bool:
    """True when a label-column cell is (mostly) label text rather than stray characters."""
    key = label_key(text)
    kept = label_chars(text)
    return bool(kept) and len(kept) >= 0.5 * len(key)


@lru_cache(maxsize=4096)
def _edit(piece: str, label: str) -> float:
    """Weighted edit distance turning `label` into `piece`."""
    n, m = len(label), len(piece)
    prev = [j * _INSERT for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [i * _DELETE] + [0.0] * m
        for j in range(1, m + 1):
            sub = prev[j - 1] + (0 if label[i - 1] == piece[j - 1] else _SUBSTITUTE)
            cur[j] = min(sub, prev[j] + _DELETE, cur[j - 1] + _INSERT)
        prev = cur
    return prev[m]


def _core(label: str) -> str:
    return label[:-2] if label.endswith("指标") else label


def find_labels(
    fragments: list[Fragment],
    names: tuple[str, ...],
    penalty: Callable[[str, int, int], float] | None = None,
) -> list[Label]:
    """Cut the column's character stream into labels (in order) at least total cost.

    `penalty(name, first_line, last_line)` may add cost to reading a label at those lines (a
    level-2 label that does not fit the level-1 label beside it).
    """
    chars: list[tuple[str, int]] = []
    # starts[i]: character i begins a fragment (labels should rather not cut one).
    starts: list[bool] = []
    for f in fragments:
        kept = label_chars(f.text)
        chars.extend((ch, f.line) for ch in kept)
        starts.extend(k == 0 for k in range(len(kept)))
    n = len(chars)
    if not n:
        return []
    starts.append(True)
    text = "".join(ch for ch, _ in chars)
    inf = float("inf")
    best = [inf] * (n + 1)
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
    best[0] = 0.0
    for i in range(1, n + 1):
        # Leave one character unexplained ...
        if best[i - 1] + _NOISE < best[i]:
            best[i] = best[i - 1] + _NOISE
            back[i] = (i - 1, None)
        # ... or end a label here.
        for j in range(max(0, i - _MAX_PIECE), i - 1):
            cuts = _CUT * ((not starts[j]) + (not starts[i]))
            for name, cost in _candidates(text[j:i], names):
                cost += cuts
                if penalty is not None:
                    cost += penalty(name, chars[j][1], chars[i - 1][1])
                if best[j] + cost < best[i]:
                    best[i] = best[j] + cost
                    back[i] = (j, name)
    labels: list[Label] = []
    i = n
    while i > 0:
        j, name = back[i]
        if name:
            labels.append(Label(name, text[j:i], chars[j][1], chars[i - 1][1]))
        i = j
    labels.reverse()
    return _merge_repeats(labels)


def _candidates(piece: str, names: tuple[str, ...]) -> list[tuple[str, float]]:
    out = []
    for name in names:
        cost = _label_cost(piece, name)
        if cost is not None:
            out.append((name, cost))
    return out


@lru_cache(maxsize=65536)
def _label_cost(piece: str, name: str) -> float | None:
    core = _core(name)
    shared = sum(1 for ch in set(core) if ch in piece)
    # A label needs at least half of its distinctive characters (not just 指标).
    if shared < max(1, (len(set(core)) + 1) // 2):
        return None
    cost = _edit(piece, name)
    return cost if cost <= 0.5 * len(name) else None


def _merge_repeats(labels: list[Label]) -> list[Label]:
    """A label read twice in a row (`数量` / `数里 指标`) is one label."""
    out: list[Label] = []
    for lab in labels:
        if out and out[-1].canonical == lab.canonical:
            prev = out[-1]
            out[-1] = Label(prev.canonical, prev.printed + lab.printed, prev.first_line, lab.last_line)
        else:
            out.append(lab)
    return out


def level1_labels(fragments: list[Fragment]) -> list[Label]:
    return find_labels(fragments, LEVEL1)


def level2_labels(
    fragments: list[Fragment], penalty: Callable[[str, int, int], float] | None = None
) -> list[Label]:
    return find_labels(fragments, LEVEL2, penalty)


@dataclass
class RowSpan:
    """An indicator row as the block assignment sees it: anchor line and the lines it covers."""

    line: int
    top: int
    bottom: int


def assign_blocks(
    labels: list[Label],
    rows: list[RowSpan],
    page_breaks: list[int] | None = None,
    row_cost: Callable[[int, int], float] | None = None,
) -> list[int | None]:
    """Label index for each row (rows in table order).

    Each label gets a contiguous run of rows. A row lying within one label's lines belongs to
    it; otherwise runs are chosen so that each label is best centred on the part of its block
    that is on the label's page (a block cut by a page break carries its label on one part).
    `row_cost(row, label)` adds cost for a row under a label (inf forbids it). Labels that get
    no row are dropped.
    """
    m, n = len(labels), len(rows)
    if not m or not n:
        return [None] * n
    inf = float("inf")
    geo = _Geometry(rows, page_breaks)
    owner = [_owner(labels, r.line) for r in rows]
    extra = [[(row_cost(r, k) if row_cost else 0.0) for k in range(m)] for r in range(n)]

    def block_cost(k: int, s: int, e: int) -> float:
        if any(owner[r] is not None and owner[r] != k for r in range(s, e + 1)):
            return inf
        cost = sum(extra[r][k] for r in range(s, e + 1))
        return inf if cost == inf else cost + geo.cost(labels[k], s, e)

    # cost[k][e]: labels 0..k-1 cover rows 0..e-1; a label may be skipped at a fixed penalty.
    skip = 3.0
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, bool]]] = [[(0, False)] * (n + 1) for _ in range(m + 1)]
    cost[0][0] = 0.0
    for k in range(1, m + 1):
        for e in range(0, n + 1):
            if cost[k - 1][e] + skip < cost[k][e]:
                cost[k][e] = cost[k - 1][e] + skip
                back[k][e] = (e, False)
            for s in range(0, e):
                if cost[k - 1][s] == inf:
                    continue
                c = cost[k - 1][s] + block_cost(k - 1, s, e - 1)
                if c < cost[k][e]:
                    cost[k][e] = c
                    back[k][e] = (s, True)
    result: list[int | None] = [None] * n
    if cost[m][n] == inf:
        return _nearest(labels, rows)
    e = n
    for k in range(m, 0, -1):
        s, used = back[k][e]
        if used:
            for r in range(s, e):
                result[r] = k - 1
        e = s
    return result


def assign_nested(
    outer: list[Label],
    inner: list[Label],
    parents: list[str | None],
    rows: list[RowSpan],
    page_breaks: list[int] | None = None,
    row_cost: Callable[[int, int], float] | None = None,
) -> list[int | None]:
    """Inner-label index for each row, placing inner and outer label blocks together.

    Inner labels (level 2) are grouped by their parent (`parents[k]`, a level-1 name): a run
    of consecutive inner blocks with one parent forms that parent's outer block, which must be
    centred on the outer label of that name like any block. So a level-1 label printed over
    its rows helps decide where level-2 blocks end.
    """
    m, n = len(inner), len(rows)
    if not m or not n:
        return [None] * n
    inf = float("inf")
    geo = _Geometry(rows, page_breaks)
    owner = [_owner(inner, r.line) for r in rows]
    extra = [[(row_cost(r, k) if row_cost else 0.0) for k in range(m)] for r in range(n)]
    block: dict[tuple[int, int, int], float] = {}

    def block_cost(k: int, s: int, e: int) -> float:
        key = (k, s, e)
        if key not in block:
            if any(owner[r] is not None and owner[r] != k for r in range(s, e + 1)):
                block[key] = inf
            else:
                c = sum(extra[r][k] for r in range(s, e + 1))
                block[key] = inf if c == inf else c + geo.cost(inner[k], s, e)
        return block[key]

    group: dict[tuple[str | None, int, int], float] = {}

    def group_cost(parent: str | None, s: int, e: int) -> float:
        key = (parent, s, e)
        if key not in group:
            labels = [lab for lab in outer if lab.canonical == parent]
            group[key] = min((geo.cost(lab, s, e) for lab in labels), default=0.0)
        return group[key]

    skip = 3.0
    # f[(j, e, gs)]: inner label j is the last one used, rows 0..e-1 are placed, and the
    # current outer group began at row gs.
    f: dict[tuple[int, int, int], float] = {}
    back: dict[tuple[int, int, int], tuple[int, int, int] | None] = {}
    for j in range(m):
        for e in range(1, n + 1):
            c = skip * j + block_cost(j, 0, e - 1)
            if c < inf:
                f[(j, e, 0)] = c
                back[(j, e, 0)] = None
    for j in range(m):
        for (jj, e, gs), c in sorted(((k, v) for k, v in f.items() if k[0] == j), key=lambda kv: kv[0]):
            if e == n:
                continue
            for j2 in range(j + 1, m):
                pen = skip * (j2 - j - 1)
                same = parents[j2] == parents[jj]
                close = 0.0 if same else group_cost(parents[jj], gs, e - 1)
                if close == inf:
                    continue
                for e2 in range(e + 1, n + 1):
                    b = block_cost(j2, e, e2 - 1)
                    if b == inf:
                        continue
                    key = (j2, e2, gs if same else e)
                    total = c + pen + close + b
                    if total < f.get(key, inf):
                        f[key] = total
                        back[key] = (jj, e, gs)
    finals = [
        (c + skip * (m - 1 - j) + group_cost(parents[j], gs, n - 1), (j, e, gs))
        for (j, e, gs), c in f.items()
        if e == n
    ]
    if not finals:
        return _nearest(inner, rows)
    _, state = min(finals, key=lambda t: t[0])
    result: list[int | None] = [None] * n
    cur: tuple[int, int, int] | None = state
    while cur is not None:
        j, e, _gs = cur
        prev = back[cur]
        start = prev[1] if prev is not None else 0
        for r in range(start, e):
            result[r] = j
        cur = prev
    return result


class _Geometry:
    """Centring costs of label blocks, page-aware (see assign_blocks)."""

    def __init__(self, rows: list[RowSpan], page_breaks: list[int] | None) -> None:
        self.rows = rows
        self.breaks = sorted(page_breaks or [])

    def page(self, line: float) -> int:
        return sum(1 for b in self.breaks if b < line)

    def cost(self, lab: Label, s: int, e: int) -> float:
        pages = {self.page(lab.first_line), self.page(lab.last_line)}
        part: list[int] = []
        if len(pages) == 1:
            part = [r for r in range(s, e + 1) if self.page(self.rows[r].line) in pages]
        part = part or list(range(s, e + 1))
        top = min(self.rows[r].top for r in part)
        bottom = max(self.rows[r].bottom for r in part)
        return _offset_cost((top + bottom) / 2 - lab.centre)


def _offset_cost(d: float) -> float:
    """Cost of a label printed `d` lines above its block's centre (negative: below).

    Half a line either way is rounding (a one-line label over two rows sits on one of them),
    and the upper line is how PDFs print it; more than that means the wrong block.
    """
    if abs(d) <= 0.5:
        return 0.1 * d if d >= 0 else -0.6 * d
    return abs(d) + (0.05 if d >= 0 else 0.5)


def _owner(labels: list[Label], line: int) -> int | None:
    """The label whose printed lines hold `line` (the nearer centre when two end there)."""
    hits = [k for k, lab in enumerate(labels) if lab.first_line <= line <= lab.last_line]
    if not hits:
        return None
    return min(hits, key=lambda k: abs(labels[k].centre - line))


def label_at(labels: list[Label], line: int) -> Label | None:
    """The label printed over `line`, else the one printed nearest to it."""
    if not labels:
        return None
    k = _owner(labels, line)
    if k is not None:
        return labels[k]
    return min(labels, key=lambda lab: min(abs(lab.first_line - line), abs(lab.last_line - line)))


def _nearest(labels: list[Label], rows: list[RowSpan]) -> list[int | None]:
    return [min(range(len(labels)), key=lambda k: abs(labels[k].centre - r.line)) for r in rows]
