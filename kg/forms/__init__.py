"""Readers for one form segment each: target declarations and self-evaluations."""

from __future__ import annotations

from jixiao.kg.records import Project, UnreadLine
from jixiao.kg.segment import SELF_EVALUATION, Segment


def read_segment(segment: Segment, file: str) -> tuple[Project | None, list[UnreadLine]]:
    """Read one form into a Project; every other non-blank line comes back as UnreadLine."""
    if segment.form == SELF_EVALUATION:
        from jixiao.kg.forms.self_evaluation import read_self_evaluation

        return read_self_evaluation(segment, file)
    from jixiao.kg.forms.declaration import read_declaration

    return read_declaration(segment, file)
