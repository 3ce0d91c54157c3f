"""A small SVG picture of a project's neighbourhood in the graph.

Drawn by hand (no plotting dependency): the project in the middle, its neighbours on one or two
rings around it. Every label is escaped; full labels are kept in <title> tooltips.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Protocol

WIDTH = 640
HEIGHT = 440
_CENTER = (WIDTH / 2, HEIGHT / 2 - 10)
_RINGS = (150, 205)
_PER_RING = 12  # per ring; more would make labels collide
_LABEL_CHARS = 10

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


class NodeLike(Protocol):
    id: str
    label: str
    kind: str


class EdgeLike(Protocol):
    source: str
    target: str
    label: str


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _positions(center_id: str, others: Sequence[NodeLike]) -> dict[str, tuple[float, float]]:
    """The project in the middle; its own unit, year and concepts on the inner ring, other
    projects on the outer ring, so lines from other projects end at the things they share."""
    pos = {center_id: _CENTER}
    inner = [n for n in others if n.kind != "project"][:_PER_RING]
    outer = [n for n in others if n.kind == "project"][:_PER_RING]
    for radius, ring in zip(_RINGS, (inner, outer), strict=True):
        # Offset the outer ring by half a step so its labels fall between the inner ring's.
        offset = 0.0 if radius == _RINGS[0] else math.pi / max(len(ring), 1)
        for i, node in enumerate(ring):
            angle = offset - math.pi / 2 + 2 * math.pi * i / len(ring)
            pos[node.id] = (
                _CENTER[0] + radius * 1.35 * math.cos(angle),
                _CENTER[1] + radius * 0.9 * math.sin(angle),
            )
    return pos


def render_svg(center_id: str, nodes: Sequence[NodeLike], edges: Sequence[EdgeLike]) -> str:
    """SVG markup of `nodes` and `edges` around the node `center_id` (at most 24 neighbours drawn)."""
    by_id = {n.id: n for n in nodes}
    if center_id not in by_id:
        return '<p class="jx-muted">（图中没有这个项目）</p>'
    others = [n for n in nodes if n.id != center_id]
    pos = _positions(center_id, others)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="jx-graph" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-label="项目关系图">'
    ]
    for edge in edges:
        if edge.source not in pos or edge.target not in pos:
            continue
        (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="#cbd5e1" stroke-width="1.5"><title>{escape(edge.label)}</title></line>'
        )
    for node_id, (x, y) in pos.items():
        node = by_id[node_id]
        colour, kind_name = KINDS.get(node.kind, _OTHER)
        radius = 14 if node_id == center_id else 9
        label = _short(node.label, 16 if node_id == center_id else _LABEL_CHARS)
        weight = "bold" if node_id == center_id else "normal"
        parts.append(
            f'<g class="jx-node jx-node-{escape(node.kind)}">'
            f"<title>{escape(kind_name)}：{escape(node.label)}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"/>'
            f'<text x="{x:.1f}" y="{y + radius + 13:.1f}" text-anchor="middle" font-size="12" '
            f'font-weight="{weight}" fill="#111827">{escape(label)}</text></g>'
        )
    kinds_shown = [k for k in KINDS if any(n.kind == k for n in nodes)]
    for i, kind in enumerate(kinds_shown):
        colour, kind_name = KINDS[kind]
        x = 12 + i * 92
        parts.append(
            f'<circle cx="{x + 6}" cy="{HEIGHT - 14}" r="6" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{HEIGHT - 10}" font-size="12" fill="#374151">{kind_name}</text>'
        )
    hidden = len(others) - (len(pos) - 1)
    if hidden > 0:
        parts.append(
            f'<text x="{WIDTH - 10}" y="{HEIGHT - 10}" text-anchor="end" font-size="12" '
            f'fill="#6b7280">另有 {hidden} 个相邻节点未画出</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
