"""Documents are the unit of a store: what identifies one, and reading one (once per version).

A document's identity is its name and the folder it came from (``origin``): adding
``2024/预算.txt`` again replaces the stored ``预算.txt`` from that folder, while ``2023/预算.txt``
is another document (stored as ``预算 (2023).txt``). ``--as NAME`` names the document explicitly
(adding under an existing name replaces that document). A version that cannot be read never
replaces a readable one.

What the reader made of a version is kept in ``records/`` (keyed by content hash, name and
reader fingerprint) and its bytes in ``sources/``, so neither is ever read twice and a rebuild
after a reader upgrade needs no original file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.files import write_bytes
from jixiao.kg.records import FileReport
from jixiao.store.layout import RECORDS_FORMAT, records_dir, sources_dir

# What a write did to each named document.
ADDED, REPLACED, UNCHANGED, KEPT, FAILED, REMOVED = (
    "added", "replaced", "unchanged", "kept", "failed", "removed")


@dataclass
class FileResult:
    """One named document in a write: where it came from, what was read, what happened."""

    path: str
    name: str
    sha256: str | None = None
    bytes: int | None = None
    format: str | None = None  # detected file type (FileReport.format)
    records: str | None = None  # key of records/<key>.json
    projects: int = 0
    indicators: int = 0
    reused: bool = False  # the records came from the cache (this version was read before)
    errors: list[str] = field(default_factory=list)
    action: str = ADDED
    origin: str | None = None
    report: FileReport | None = field(default=None, repr=False)

    @property
    def readable(self) -> bool:
        return bool(self.records) and self.projects > 0


@dataclass
class Incoming:
    """A file to add, with the name it will have in the store."""

    path: Path
    name: str
    origin: str
    replaces: str | None = None  # name of the stored document it replaces


def origin_of(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def _free_name(name: str, origin: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    folder = PurePath(origin).parent.name or "其他"
    tail = f".{suffix}" if suffix else ""
    candidate = f"{stem} ({folder}){tail}"
    n = 2
    while candidate in taken:
        candidate = f"{stem} ({folder} {n}){tail}"
        n += 1
    return candidate


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or "/" in name or "\\" in name or name in (".", ".."):
        raise JixiaoError(f"--as {name!r}: a document name cannot be empty or contain /")
    return name


def plan(paths: Sequence[Path], documents: Sequence[dict[str, Any]],
         as_name: str | Sequence[str | None] | None = None) -> list[Incoming]:
    """Decide each file's document name and which stored document (if any) it replaces.
    ``as_name``: the name of the one file, or a name (or None) per file."""
    if isinstance(as_name, str):
        if len(paths) != 1:
            raise JixiaoError(f"--as names one document; {len(paths)} files were given")
        names: list[str | None] = [as_name]
    else:
        names = list(as_name) if as_name is not None else [None] * len(paths)
    by_origin = {d.get("origin"): d["name"] for d in documents if d.get("origin")}
    taken = {d["name"] for d in documents}
    out: list[Incoming] = []
    for path, explicit in zip(paths, names, strict=True):
        origin = origin_of(path)
        if explicit is not None:
            explicit = _check_name(explicit)
            out.append(Incoming(path, explicit, origin, explicit if explicit in taken else None))
            continue
        if origin in by_origin:
            out.append(Incoming(path, by_origin[origin], origin, by_origin[origin]))
            continue
        name = _free_name(Path(path).name, origin, taken | {i.name for i in out})
        out.append(Incoming(path, name, origin, None))
    return out


def records_key(sha: str, name: str, fingerprint: str) -> str:
    tail = hashlib.sha256(f"{name}\0{fingerprint}\0{RECORDS_FORMAT}".encode()).hexdigest()[:12]
    return f"{sha[:32]}-{tail}"


def load_report(path: Path) -> FileReport:
    try:
        data = json.loads(path.read_text("utf-8"))
        return FileReport.from_json(data["report"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise JixiaoError(f"store records {path} are unreadable ({exc}): repair the store "
                          "with `jixiao build`") from exc


def source_path(root: Path, sha: str) -> Path:
    return sources_dir(root) / sha[:2] / sha


def read_document(root: Path, data: bytes, name: str, fingerprint: str,
                  path: str | None = None) -> FileResult:
    """Read one document version (or take its cached records); keep its bytes."""
    from jixiao.kg.reader import read_bytes

    res = FileResult(path=path or name, name=name)
    res.sha256 = hashlib.sha256(data).hexdigest()
    res.bytes = len(data)
    key = records_key(res.sha256, name, fingerprint)
    target = records_dir(root) / f"{key}.json"
    report = None
    if target.is_file():
        try:
            report = load_report(target)
            res.reused = True
        except JixiaoError:
            report = None  # a damaged cache entry is simply re-read
    if report is None:
        try:
            report = read_bytes(data, name)
        except Exception as exc:  # noqa: BLE001 - one file's reader bug must not stop the others
            res.errors.append(f"{name}: internal error while reading: {type(exc).__name__}: {exc}")
            return res
        if report.projects:
            source = source_path(root, res.sha256)
            if not source.is_file():
                source.parent.mkdir(parents=True, exist_ok=True)
                write_bytes(source, data)
            payload = {"format": RECORDS_FORMAT, "reader": fingerprint, "sha256": res.sha256,
                       "file": name, "report": report.to_json()}
            write_bytes(target, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    res.report = report
    res.format = report.format
    res.records = key if report.projects else None
    res.projects = len(report.projects)
    res.indicators = sum(len(p.indicators) for p in report.projects)
    res.errors.extend(report.errors)
    if not report.projects and not report.errors:
        res.errors.append(f"{name}: no project could be read from this file")
    return res


def read_file(root: Path, incoming: Incoming, fingerprint: str) -> FileResult:
    path = incoming.path
    res = FileResult(path=str(path), name=incoming.name, origin=incoming.origin)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        res.errors.append(f"{path}: no such file or directory")
        return res
    except IsADirectoryError:
        res.errors.append(f"{path}: is a directory")
        return res
    except OSError as exc:
        res.errors.append(f"{path}: cannot read file ({exc.strerror or exc})")
        return res
    read = read_document(root, data, incoming.name, fingerprint, str(path))
    read.origin = incoming.origin
    return read


def entry(res: FileResult, slots: tuple[int, int], summary: dict[str, Any]) -> dict[str, Any]:
    """A document as the manifest lists it."""
    import time

    return {"name": res.name, "origin": res.origin, "path": res.path, "sha256": res.sha256,
            "bytes": res.bytes, "format": res.format, "records": res.records,
            "projects": res.projects, "indicators": res.indicators,
            "errors": res.errors, "added": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "project_slots": list(slots), **summary}


def register_report(root: Path, report: FileReport, fingerprint: str) -> FileResult:
    """A document already read elsewhere (a benchmark's synthetic forms, an importer): its
    records are kept like a read document's, its JSON standing in for the source bytes."""
    data = json.dumps(report.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    name = PurePath(report.file).name
    res = FileResult(path=report.file, name=name, origin=f"records:{name}")
    res.sha256 = hashlib.sha256(data).hexdigest()
    key = records_key(res.sha256, name, fingerprint)
    target = records_dir(root) / f"{key}.json"
    if report.projects:
        source = source_path(root, res.sha256)
        source.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(source, data)
        write_bytes(target, json.dumps({"format": RECORDS_FORMAT, "reader": fingerprint,
                                        "sha256": res.sha256, "file": name,
                                        "report": report.to_json()}, ensure_ascii=False
                                       ).encode("utf-8"))
    res.report = report
    res.records = key if report.projects else None
    res.projects = len(report.projects)
    res.indicators = sum(len(p.indicators) for p in report.projects)
    res.errors = list(report.errors)
    return res
