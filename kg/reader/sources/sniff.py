"""What a file is, from its content (magic bytes and container parts), never from its name.

ZIP containers are told apart by their parts (a workbook, a Word document, an OpenDocument
``mimetype``), OLE2 compound files by their streams (a BIFF workbook, an encrypted OOXML
package, an old Word document). Whatever has no known signature is text.
"""

from __future__ import annotations

import io
import zipfile
from typing import Literal

Kind = Literal[
    "text", "xlsx", "xls", "docx", "pdf",
    # recognised but not read: read_source turns these into a message saying what to do
    "doc", "ppt", "pptx", "ods", "odt", "encrypted_office", "encrypted_zip",
    "ole", "zip", "corrupt_zip",
]

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
# The PDF header may follow some junk; readers accept it within the first kilobyte.
PDF_HEADER_WINDOW = 1024

_OOXML_MAIN = {
    "spreadsheetml.sheet.main": "xlsx",
    "spreadsheetml.template.main": "xlsx",
    "sheet.macroEnabled.main": "xlsx",
    "template.macroEnabledTemplate.main": "xlsx",
    "wordprocessingml.document.main": "docx",
    "wordprocessingml.template.main": "docx",
    "document.macroEnabled.main": "docx",
    "presentationml.presentation.main": "pptx",
}


def sniff(data: bytes) -> Kind:
    """One of ``Kind``: text, xlsx, xls, docx, pdf, or a kind the reader explains away."""
    if data.startswith(ZIP_MAGIC):
        return _sniff_zip(data)
    if data.startswith(OLE_MAGIC):
        return _sniff_ole(data)
    if PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    return "text"


def _sniff_zip(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
                if b"opendocument.text" in mimetype:
                    return "odt"
            if "[Content_Types].xml" in names:
                types = archive.read("[Content_Types].xml")
                for marker, kind in _OOXML_MAIN.items():
                    if marker.encode() in types:
                        return kind  # type: ignore[return-value]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError):
        return "corrupt_zip"
    except RuntimeError:  # zipfile's word for a member that needs a password
        return "encrypted_zip"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def ole_streams(data: bytes) -> list[str]:
    """Names of the streams in an OLE2 compound file (empty when it cannot be parsed)."""
    from xlrd import compdoc

    try:
        document = compdoc.CompDoc(data, logfile=io.StringIO())
    except Exception:  # noqa: BLE001 - any parse failure means "not a readable compound file"
        return []
    return [entry.name for entry in document.dirlist if entry.name]


def _sniff_ole(data: bytes) -> Kind:
    streams = {name.lower() for name in ole_streams(data)}
    if {"encryptioninfo", "encryptedpackage"} & streams:
        return "encrypted_office"
    if {"workbook", "book"} & streams:
        return "xls"
    if "worddocument" in streams:
        return "doc"
    if "powerpoint document" in streams:
        return "ppt"
    return "ole"
