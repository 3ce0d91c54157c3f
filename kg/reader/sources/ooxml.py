"""Shared by the XLSX and DOCX readers: opening an OOXML package safely and finding its parts."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from jixiao.kg.reader.sources.limits import MAX_UNPACKED_BYTES, SourceError

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "/officeDocument"
# Parsers that never fetch anything and refuse entity tricks; huge_tree for big sheets.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def open_package(data: bytes, name: str) -> zipfile.ZipFile:
    """The ZIP archive, after checking it is whole, unencrypted and not a decompression bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise SourceError(f"{name}: damaged or truncated file, cannot be opened ({exc})") from exc
    if any(info.flag_bits & 0x1 for info in infos):
        raise SourceError(f"{name}: the file is encrypted (password-protected); save it without a password")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise SourceError(
            f"{name}: unpacks to {unpacked / 2**20:,.0f} MiB, more than the limit of "
            f"{MAX_UNPACKED_BYTES / 2**20:,.0f} MiB"
        )
    return archive


def read_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    try:
        return archive.read(part)
    except KeyError as exc:
        raise SourceError(f"{name}: damaged file: part {part} is missing") from exc
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:  # bad CRC, truncated data
        raise SourceError(f"{name}: damaged or truncated file: part {part} cannot be read ({exc})") from exc


def parse_part(archive: zipfile.ZipFile, part: str, name: str) -> etree._Element:
    try:
        return etree.fromstring(read_part(archive, part, name), PARSER)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"{name}: damaged file: part {part} is not valid XML ({exc})") from exc


def main_part(archive: zipfile.ZipFile, default: str) -> str:
    """The package's main document part, as named by its root relationships."""
    try:
        rels = etree.fromstring(archive.read("_rels/.rels"), PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return default
    for rel in rels:
        if str(rel.get("Type", "")).endswith(OFFICE_DOCUMENT):
            return resolve_target("", str(rel.get("Target", "")))
    return default


def relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of ``part``: id → (type's last word, resolved target part)."""
    folder, base = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", base + ".rels")
    try:
        root = etree.fromstring(archive.read(rels_part), PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    out = {}
    for rel in root:
        kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
        target = str(rel.get("Target", ""))
        if rel.get("TargetMode") == "External":
            continue
        out[str(rel.get("Id"))] = (kind, resolve_target(folder, target))
    return out


def resolve_target(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target)) if folder else posixpath.normpath(target)


def local(tag: object) -> str:
    """An element's tag without its namespace (transitional and strict OOXML alike)."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def unescape(text: str) -> str:
    """OOXML's ``_xHHHH_`` escapes (``_x000D_`` for a carriage return) and CR LF as ``\\n``."""
    if "_x" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
