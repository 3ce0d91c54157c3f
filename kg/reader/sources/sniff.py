"""What a file is, from its first bytes."""

from __future__ import annotations


def sniff(data: bytes) -> str:
    """One of text, xlsx, xls, docx, pdf (more come with their modules)."""
    return "text"
