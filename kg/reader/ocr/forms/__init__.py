"""Readers for one form segment each: target declarations and self-evaluations."""

from __future__ import annotations

from jixiao.kg.reader.ocr.segment import SELF_EVALUATION, Segment
from jixiao.kg.records import Project, UnreadLine


def read_segment(segment: Segment, file: str) -> tuple[Project | None, list[UnreadLine]]:
    """Read one form into a Project; every other non-blank line comes back as UnreadLine."""
    if segment.form == SELF_EVALUATION:
        from jixiao.kg.reader.ocr.forms.self_evaluation import read_self_evaluation

        return read_self_evaluation(segment, file)
    from jixiao.kg.reader.ocr.forms.declaration import read_declaration

    return read_declaration(segment, file)
