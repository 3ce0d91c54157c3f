"""An interactive SVG picture of a project's neighbourhood in the graph.

Drawn by hand (no plotting dependency): the project in the middle, its unit, year and indicator
concepts on an inner ring, other projects on an outer ring. Labels are placed so that no two
overlap (a label that does not fit anywhere is shortened, and as a last resort left to the
hover tooltip). Every node carries its full label (`data-label`, and a <title> tooltip) and,
when it can be opened, its id (`data-open`): the page shows the label on hover and opens the
node on click (see `ui.app`). Every text is escaped.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Protocol

WIDTH = 760
HEIGHT = 500
_CENTER = (WIDTH / 2, HEIGHT / 2 - 14)
_RADII = ((170, 120), (320, 200))  # (x, y) radii of the inner and outer ring
_PER_RING = 12  # nodes drawn per ring; more would crowd the picture
FONT = 12
_WIDE_PX = FONT  # a Chinese character is one em wide
_NARROW_PX = FONT * 0.6
_LABEL_CHARS = 9  # wide characters of a label before it is shortened
_MIN_CHARS = 3
_GAP = 2  # pixels kept between labels
_LEGEND_TOP = HEIGHT - 26

# kind → (fill colour, Chinese name for the legend)
KINDS: dict[str, tuple[str, str]] = {
    "project": ("#2563eb", "项目"),
    "unit": ("#059669", "实施单位"),
    "department": ("#065f46", "主管部门"),
    "concept": ("#d97706", "指标概念"),
    "category": ("#7c3aed", "指标类别"),
    "year": ("#6b7280", "年度"),
}
_OTHER = ("#9ca3af", "其他")
#: Node kinds a click opens: a project page, a search for an indicator wording or a unit.
OPENABLE = ("project", "concept", "unit", "department")


class NodeLike(Protocol):
    id: str
    label: str
    kind: str


class EdgeLike(Protocol):
    source: str
    target: str
    label: str


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return not (self.x1 + _GAP <= other.x0 or other.x1 + _GAP <= self.x0
                    or self.y1 + _GAP <= other.y0 or other.y1 + _GAP <= self.y0)

    def inside(self) -> bool:
        return self.x0 >= 0 and self.y0 >= 0 and self.x1 <= WIDTH and self.y1 <= _LEGEND_TOP


@dataclass(frozen=True)
class Placed:
    """A node as drawn: position, radius and its label (possibly shortened) with its box."""

    id: str
    kind: str
    full_label: str
    x: float
    y: float
    radius: float
    label: str  # '' when only the tooltip shows it
    box: Box | None


def text_width(text: str) -> float:
    return sum(_WIDE_PX if unicodedata.east_asian_width(c) in "WF" else _NARROW_PX
               for c in text)


def shorten(text: str, wide_chars: int) -> str:
    """`text` cut to about `wide_chars` Chinese characters' width, with an ellipsis."""
    limit = wide_chars * _WIDE_PX
    if text_width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch) > limit - _WIDE_PX:
            break
        out += ch
    return out + "…"


def _ring_positions(center_id: str, others: Sequence[NodeLike]) -> dict[str, tuple[float, float]]:
    """The project in the middle; its own unit, year and concepts on the inner ring, other
    projects on the outer ring, so lines from other projects end at the things they share."""
    pos = {center_id: _CENTER}
    inner = [n for n in others if n.kind != "project"][:_PER_RING]
    outer = [n for n in others if n.kind == "project"][:_PER_RING]
    for (rx, ry), ring, offset in ((_RADII[0], inner, 0.0), (_RADII[1], outer, 0.5)):
        for i, node in enumerate(ring):
            # The outer ring is offset by half a step so its labels fall between the inner's.
            angle = -math.pi / 2 + 2 * math.pi * (i + offset) / len(ring)
            pos[node.id] = (_CENTER[0] + rx * math.cos(angle), _CENTER[1] + ry * math.sin(angle))
    return pos


def _candidates(x: float, y: float, r: float, w: float) -> list[Box]:
    """Label boxes around a node: below, above, right, left."""
    h = FONT + 2
    return [
        Box(x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h),
        Box(x - w / 2, y - r - 2 - h, x + w / 2, y - r - 2),
        Box(x + r + 3, y - h / 2, x + r + 3 + w, y + h / 2),
        Box(x - r - 3 - w, y - h / 2, x - r - 3, y + h / 2),
    ]


def _clamp(box: Box) -> Box:
    dx = max(0.0, -box.x0) - max(0.0, box.x1 - WIDTH)
    dy = max(0.0, -box.y0) - max(0.0, box.y1 - _LEGEND_TOP)
    return Box(box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy)


def layout(center_id: str, nodes: Sequence[NodeLike]) -> list[Placed]:
    """Positions and non-overlapping label boxes; the centre is placed first, then the inner
    ring, then the outer one, each label where it first fits (shortened if need be)."""
    by_id = {n.id: n for n in nodes}
    others = [n for n in nodes if n.id != center_id]
    pos = _ring_positions(center_id, others)
    radius = {nid: (14.0 if nid == center_id else 9.0) for nid in pos}
    taken: list[Box] = [Box(x - radius[n], y - radius[n], x + radius[n], y + radius[n])
                        for n, (x, y) in pos.items()]
    placed = []
    for nid, (x, y) in pos.items():
        node = by_id[nid]
        full = node.label or ""
        first = 16 if nid == center_id else _LABEL_CHARS
        label, box = "", None
        for chars in range(first, _MIN_CHARS - 1, -1):
            text = shorten(full, chars)
            for cand in _candidates(x, y, radius[nid], text_width(text)):
                cand = _clamp(cand)
                if not any(cand.overlaps(t) for t in taken):
                    label, box = text, cand
                    break
            if box is not None:
                break
        if box is not None:
            taken.append(box)
        placed.append(Placed(nid, node.kind, full, x, y, radius[nid], label, box))
    return placed


def render_svg(center_id: str, nodes: Sequence[NodeLike], edges: Sequence[EdgeLike]) -> str:
    """SVG markup of `nodes` and `edges` around the node `center_id` (at most 24 neighbours)."""
    if center_id not in {n.id for n in nodes}:
        return '<p class="jx-muted">（图中没有这个项目）</p>'
    placed = layout(center_id, nodes)
    at = {p.id: p for p in placed}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="jx-graph" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-label="项目关系图">'
    ]
    for edge in edges:
        if edge.source not in at or edge.target not in at:
            continue
        a, b = at[edge.source], at[edge.target]
        parts.append(
            f'<line x1="{a.x:.1f}" y1="{a.y:.1f}" x2="{b.x:.1f}" y2="{b.y:.1f}" '
            f'stroke="#cbd5e1" stroke-width="1.5"><title>{escape(edge.label)}</title></line>'
        )
    for p in placed:
        colour, kind_name = KINDS.get(p.kind, _OTHER)
        centre = p.id == center_id
        opens = p.kind in OPENABLE and not centre
        attrs = (f' data-label="{escape(kind_name)}：{escape(p.full_label)}"'
                 + (f' data-open="{escape(p.id)}" tabindex="0" role="button"' if opens else ""))
        cls = f"jx-node jx-node-{escape(p.kind)}" + (" jx-node-open" if opens else "")
        text = ""
        if p.box is not None:
            tx = (p.box.x0 + p.box.x1) / 2
            ty = p.box.y1 - 3
            weight = "bold" if centre else "normal"
            text = (f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="middle" font-size="{FONT}" '
                    f'font-weight="{weight}" fill="#111827">{escape(p.label)}</text>')
        parts.append(
            f'<g class="{cls}"{attrs}>'
            f"<title>{escape(kind_name)}：{escape(p.full_label)}</title>"
            f'<circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="{p.radius:g}" fill="{colour}"/>'
            f"{text}</g>"
        )
    kinds_shown = [k for k in KINDS if any(n.kind == k for n in nodes)]
    for i, kind in enumerate(kinds_shown):
        colour, kind_name = KINDS[kind]
        x = 12 + i * 92
        parts.append(
            f'<circle cx="{x + 6}" cy="{HEIGHT - 14}" r="6" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{HEIGHT - 10}" font-size="12" fill="#374151">{kind_name}</text>'
        )
    hidden = len(nodes) - len(placed)
    note = "悬停看全名，点击节点打开" + (f"；另有 {hidden} 个相邻节点未画出" if hidden > 0 else "")
    parts.append(
        f'<text x="{WIDTH - 10}" y="{HEIGHT - 10}" text-anchor="end" font-size="12" '
        f'fill="#6b7280">{note}</text>'
    )
    parts.append("</svg>")
    return '<div class="jx-graph-wrap">' + "".join(parts) + '<div class="jx-tip" hidden></div></div>'
