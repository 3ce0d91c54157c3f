"""Sources: a file's bytes → a SourceDocument of cell grids, one module per file type.

The type is told by the content (magic bytes), never by the file name. Binary formats
(xlsx, xls, docx, pdf) are read within the limits of ``limits``; whatever stops a file becomes
a message naming it in ``SourceDocument.errors``, and nothing is raised.
"""

from __future__ import annotations

import importlib

from jixiao.kg.reader.grid import SourceDocument
from jixiao.kg.reader.sources.limits import MAX_FILE_BYTES, Budget, SourceError
from jixiao.kg.reader.sources.sniff import Kind, sniff

__all__ = ["read_source", "sniff", "BINARY_FORMATS"]

# Formats with a reader module of the same name in this package.
BINARY_FORMATS = ("xlsx", "xls", "docx", "pdf")

# Files recognised but not read, and what the user can do about them.
UNREAD: dict[str, str] = {
    "doc": "an old Word document (.doc), which is not read: open it in Word or WPS and save it as .docx",
    "ppt": "a PowerPoint presentation, which is not read: save the form as .xlsx, .docx or PDF",
    "pptx": "a PowerPoint presentation, which is not read: save the form as .xlsx, .docx or PDF",
    "ods": "an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx",
    "odt": "an OpenDocument text (.odt), which is not read: save it as .docx",
    "encrypted_office": (
        "an encrypted (password-protected) Office file: open it with its password, remove the "
        "password and save it again"
    ),
    "encrypted_zip": "an encrypted (password-protected) ZIP container: save it without a password",
    "ole": "an Office compound file that is neither an Excel workbook nor a Word document",
    "zip": "a ZIP archive that is neither an XLSX workbook nor a DOCX document: unpack it first",
    "corrupt_zip": "a damaged or truncated XLSX/DOCX (ZIP) file that cannot be opened",
}


def read_source(data: bytes, name: str) -> SourceDocument:
    """Turn a file's bytes into grids; problems go to the document's errors, never raised."""
    kind: Kind = sniff(data)
    if kind == "text":
        from jixiao.kg.reader.sources import text

        return text.read(data, name)
    if kind in UNREAD:
        return SourceDocument(name=name, format=kind, errors=[f"{name}: {UNREAD[kind]}"])
    if len(data) > MAX_FILE_BYTES:
        size = len(data) / 2**20
        return SourceDocument(name=name, format=kind, errors=[
            f"{name}: {size:,.0f} MiB, more than the limit of {MAX_FILE_BYTES / 2**20:,.0f} MiB "
            f"for a {kind} file; split it or save only the sheets/pages with the forms"
        ])
    reader = importlib.import_module(f"jixiao.kg.reader.sources.{kind}")
    try:
        return reader.read(data, name, Budget(name))
    except SourceError as exc:
        return SourceDocument(name=name, format=kind, errors=[str(exc)])
    except Exception as exc:  # noqa: BLE001 - a reader bug or a library's surprise: report, go on
        return SourceDocument(name=name, format=kind, errors=[
            f"{name}: cannot be read as {kind} ({type(exc).__name__}: {exc})"
        ])
