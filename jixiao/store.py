"""The store directory: records per source file, the graph, search indexes, a manifest.

Layout (``STORE_FORMAT`` 1)::

    <store>/
      CURRENT                    name of the live generation; switched with os.replace
      lock                       held (flock) while a build writes
      generations/<gen>/         one complete build
        manifest.json            format version, encoder, files, counts; written last
        graph.json               the knowledge graph (networkx node-link JSON)
        index/                   search indexes (search.index.build_index)
      records/<key>.json         what the reader made of one source file, keyed by the file's
                                 content hash (+ name and reader fingerprint): shared by
                                 generations, so adding a document re-reads only that document
      cache/embeddings/          embedding cache (search.cache); survives rebuilds

A build writes a new ``generations/<gen>.partial`` directory, renames it when complete and only
then switches ``CURRENT``: a build killed half-way leaves the previous generation live. Old
generations (all but the live one and the one before) and leftovers of killed builds are
removed by the next build.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from jixiao.data import samples_dir
from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg.records import FileReport, Project
from jixiao.search.encoders import canonical_name
from jixiao.search.index import build_index

STORE_FORMAT = 1
RECORDS_FORMAT = 1
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
GRAPH = "graph.json"
PARTIAL = ".partial"
KEEP_GENERATIONS = 2  # the live one and its predecessor (a reader may still be using it)

#: progress(stage, done, total): stage is e.g. "reading 000_x.txt", "graph", "embedding".
Progress = Callable[[str, int, int], None]

# kg modules that are not part of reading documents: changing them keeps cached records valid.
_NOT_READER = {"graph.py", "rdf.py", "rdf_cube.py", "rdf_catalog.py", "push.py", "resolve.py",
               "ontology.py", "ids.py", "errors.py"}


def default_store_dir() -> Path:
    """$JIXIAO_STORE, else $XDG_DATA_HOME/jixiao/store, else ~/.local/share/jixiao/store."""
    env = os.environ.get("JIXIAO_STORE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "jixiao" / "store"


def reader_fingerprint() -> str:
    """Changes whenever the reader's code changes, so cached records are never stale."""
    from jixiao import kg
    from jixiao.kg import reader

    h = hashlib.sha256(str(getattr(reader, "READER_VERSION", "")).encode())
    root = Path(kg.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        if path.parent == root and path.name in _NOT_READER:
            continue
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------------- reading


@dataclass
class Store:
    """An opened store generation. Records and graph load lazily."""

    root: Path
    generation: Path
    manifest: dict[str, Any]
    _graph: nx.MultiDiGraph | None = field(default=None, repr=False)
    _reports: list[FileReport] | None = field(default=None, repr=False)

    @property
    def index_dir(self) -> Path:
        """Where the search indexes of this generation live."""
        return self.generation / "index"

    @property
    def embedding_cache_dir(self) -> Path:
        """Embedding cache shared by all generations (survives rebuilds)."""
        return embedding_cache_dir(self.root)

    @property
    def records_dir(self) -> Path:
        return self.root / "records"

    @property
    def graph_path(self) -> Path:
        return self.generation / GRAPH

    @property
    def encoder(self) -> str | None:
        return self.manifest.get("encoder")

    @property
    def files(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("files", []))

    def reports(self) -> list[FileReport]:
        """What was read from each source file, in manifest order."""
        if self._reports is None:
            self._reports = [
                _load_report(self.records_dir / f"{f['records']}.json") for f in self.files
            ]
        return self._reports

    def records(self) -> list[Project]:
        return [p for r in self.reports() for p in r.projects]

    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = kgg.load_graph(self.graph_path)
        return self._graph


def embedding_cache_dir(root: Path) -> Path:
    return Path(root) / "cache" / "embeddings"


def open_store(directory: str | Path | None = None) -> Store:
    """Open the live generation of a store; JixiaoError when missing or corrupt."""
    root = Path(directory).expanduser() if directory else default_store_dir()
    hint = f"build it with `jixiao build --store {root}`"
    if not root.is_dir():
        raise JixiaoError(f"no store at {root}: {hint}")
    try:
        name = (root / CURRENT).read_text("utf-8").strip()
    except FileNotFoundError:
        raise JixiaoError(f"{root} is not a jixiao store (no {CURRENT} file): {hint}") from None
    except OSError as exc:
        raise JixiaoError(f"cannot read store {root}: {exc}") from exc
    gen = root / "generations" / name
    if not name or "/" in name or not (gen / MANIFEST).is_file():
        raise JixiaoError(f"store {root} is corrupt (generation {name!r} is missing): rebuild "
                          f"it with `jixiao build --store {root}`")
    try:
        manifest = json.loads((gen / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise JixiaoError(f"store {root} is corrupt ({MANIFEST}: {exc}): rebuild it with "
                          f"`jixiao build --store {root}`") from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != STORE_FORMAT:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise JixiaoError(f"store {root} has format {found!r}, this version reads "
                          f"{STORE_FORMAT}: rebuild it with `jixiao build --store {root}`")
    return Store(root=root, generation=gen, manifest=manifest)


def _load_report(path: Path) -> FileReport:
    try:
        data = json.loads(path.read_text("utf-8"))
        return FileReport.from_json(data["report"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise JixiaoError(f"store records {path} are unreadable ({exc}): rebuild the store "
                          "with `jixiao build`") from exc


# ---------------------------------------------------------------------------------- building


@dataclass
class FileResult:
    path: str
    name: str
    sha256: str | None = None
    bytes: int | None = None
    format: str | None = None  # detected file type (FileReport.format)
    records: str | None = None  # key of records/<key>.json
    projects: int = 0
    indicators: int = 0
    reused: bool = False
    errors: list[str] = field(default_factory=list)


@dataclass
class BuildResult:
    store: Store
    files: list[FileResult]
    seconds: float = 0.0
    index: dict[str, Any] | None = None  # search build stats, when search indexes were built

    @property
    def errors(self) -> list[str]:
        return [e for f in self.files for e in f.errors]

    @property
    def read(self) -> int:
        return sum(1 for f in self.files if f.records and not f.reused)

    @property
    def reused(self) -> int:
        return sum(1 for f in self.files if f.reused)


def expand_paths(paths: Iterable[str | Path]) -> list[Path | FileReport]:
    """Files to read as the reader finds them (directories recursively); a FileReport with
    the error for a path that yields none."""
    from jixiao.kg.reader import expand_paths as reader_expand

    return list(reader_expand(Path(p).expanduser() for p in paths))


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    with open(root / "lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise JixiaoError(f"another build is writing the store {root}; try again when it "
                              "has finished") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _records_key(sha: str, name: str, fingerprint: str) -> str:
    tail = hashlib.sha256(f"{name}\0{fingerprint}\0{RECORDS_FORMAT}".encode()).hexdigest()[:12]
    return f"{sha[:32]}-{tail}"


def _read_one(path: Path, records_dir: Path, fingerprint: str) -> FileResult:
    from jixiao.kg.reader import read_bytes

    name = path.name
    res = FileResult(path=str(path), name=name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        res.errors.append(f"{path}: no such file or directory")
        return res
    except OSError as exc:
        res.errors.append(f"{path}: cannot read file ({exc.strerror or exc})")
        return res
    res.sha256 = hashlib.sha256(data).hexdigest()
    res.bytes = len(data)
    key = _records_key(res.sha256, name, fingerprint)
    target = records_dir / f"{key}.json"
    if target.is_file():
        try:
            report = _load_report(target)
            res.reused = True
        except JixiaoError:
            report = None  # a damaged cache entry is simply re-read
    else:
        report = None
    if report is None:
        try:
            report = read_bytes(data, name)
        except Exception as exc:  # noqa: BLE001 - one file's reader bug must not stop the build
            res.errors.append(f"{name}: internal error while reading: {type(exc).__name__}: {exc}")
            return res
        payload = {"format": RECORDS_FORMAT, "reader": fingerprint, "sha256": res.sha256,
                   "file": name, "report": _report_json(report)}
        _atomic_write(target, json.dumps(payload, ensure_ascii=False))
    res.records = key
    res.format = report.format
    res.projects = len(report.projects)
    res.indicators = sum(len(p.indicators) for p in report.projects)
    res.errors.extend(report.errors)
    if not report.projects and not report.errors:
        res.errors.append(f"{name}: no project could be read from this file")
    return res


def _report_json(report: FileReport) -> dict[str, Any]:
    return report.to_json()


def build_store(
    paths: Sequence[str | Path] | None = None,
    store_dir: str | Path | None = None,
    encoder: str | None = None,
    progress: Progress | None = None,
    incremental: bool = False,
    with_index: bool = True,
    publication: dict[str, str | None] | None = None,
) -> BuildResult:
    """Read ``paths`` (default: the bundled samples), build graph and search indexes, and make
    them the store's live generation. ``incremental``: keep the files already in the store
    (a file with the same name is replaced) and read only the new ones. ``publication``:
    settings for RDF exports (``PUBLICATION_KEYS``), kept from build to build until changed."""
    started = time.perf_counter()
    root = Path(store_dir).expanduser() if store_dir else default_store_dir()
    note = progress or (lambda stage, done, total: None)
    files = expand_paths(paths if paths else [samples_dir()])
    if not files:
        raise JixiaoError("no documents to read: name files or directories of .txt documents")
    root.mkdir(parents=True, exist_ok=True)
    (root / "generations").mkdir(exist_ok=True)
    (root / "records").mkdir(exist_ok=True)

    with _locked(root):
        previous = _try_open(root)
        if incremental and previous is None and (root / CURRENT).exists():
            # Refuse to silently drop documents of a store we cannot read.
            open_store(root)
        if previous and encoder is None and incremental:
            encoder = previous.encoder
        if previous and incremental and encoder and previous.encoder not in (None, encoder):
            _check_same_encoder(previous, encoder)
        _remove_leftovers(root)

        fingerprint = reader_fingerprint()
        results: list[FileResult] = []
        seen: dict[str, int] = {}
        for i, path in enumerate(files):
            if isinstance(path, FileReport):  # a path that names no readable file
                results.append(FileResult(path=path.file, name=Path(path.file).name,
                                          errors=list(path.errors)))
                continue
            note(f"reading {path.name}", i, len(files))
            res = _read_one(path, root / "records", fingerprint)
            if res.name in seen:
                res.errors.insert(0, f"{path}: another input file is also named {res.name}; "
                                  "this one is skipped (sources are identified by file name)")
                res.records = None
            else:
                seen[res.name] = len(results)
            results.append(res)
        note("reading", len(files), len(files))

        kept: list[dict[str, Any]] = []
        if incremental and previous:
            kept = [f for f in previous.files if f["name"] not in seen]
        # A file nothing could be read from is reported, not stored.
        entries = kept + [_entry(r) for r in results if r.records and r.projects]
        entries.sort(key=lambda f: f["name"])
        if not entries:
            raise JixiaoError("nothing could be read; the store is unchanged:\n  "
                              + "\n  ".join(e for r in results for e in r.errors))

        settings = publication_settings(previous, publication)
        gen_name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{os.urandom(3).hex()}"
        partial = root / "generations" / (gen_name + PARTIAL)
        partial.mkdir()
        try:
            store, index_stats = _write_generation(
                root, partial, gen_name, entries, encoder, with_index, note, settings
            )
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        _atomic_write(root / CURRENT, gen_name + "\n")
        _fsync_dir(root)
        _clean(root, gen_name)
    return BuildResult(store=open_store(root), files=results,
                       seconds=time.perf_counter() - started, index=index_stats)


def add_to_store(
    paths: Sequence[str | Path],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    encoder: str | None = None,
    with_index: bool = True,
    publication: dict[str, str | None] | None = None,
) -> BuildResult:
    """Add documents to an existing store (or start one); other documents are not re-read."""
    return build_store(paths, store_dir, encoder=encoder, progress=progress, incremental=True,
                       with_index=with_index, publication=publication)


#: Publication settings a store keeps for its RDF exports (base IRI, title, publisher, licence).
PUBLICATION_KEYS = ("base", "title", "publisher", "licence")


def publication_settings(
    previous: Store | None, given: dict[str, str | None] | None
) -> dict[str, Any]:
    """The previous build's settings updated with the given ones (an empty string clears one);
    ``issued`` is the time of the store's first build."""
    old = dict(previous.manifest.get("publication") or {}) if previous else {}
    for key, value in (given or {}).items():
        if key not in PUBLICATION_KEYS:
            raise JixiaoError(f"unknown publication setting {key!r}: use one of "
                              + ", ".join(PUBLICATION_KEYS))
        if value is not None:
            old[key] = value or None
    first = previous.manifest.get("created") if previous else None
    old["issued"] = old.get("issued") or first or time.strftime("%Y-%m-%dT%H:%M:%S%z")
    return {k: v for k, v in old.items() if v is not None}


def _check_same_encoder(previous: Store, encoder: str) -> None:
    if canonical_name(encoder) != previous.encoder:
        raise JixiaoError(
            f"the store {previous.root} was built with encoder {previous.encoder!r}; adding "
            f"documents with {encoder!r} would mix incomparable vectors. Rebuild everything "
            f"with `jixiao build --encoder {encoder} --store {previous.root}`"
        )


def _entry(r: FileResult) -> dict[str, Any]:
    return {"name": r.name, "path": r.path, "sha256": r.sha256, "bytes": r.bytes,
            "format": r.format, "records": r.records, "projects": r.projects,
            "indicators": r.indicators, "errors": r.errors}


def _write_generation(
    root: Path,
    partial: Path,
    gen_name: str,
    entries: list[dict[str, Any]],
    encoder: str | None,
    with_index: bool,
    note: Progress,
    publication: dict[str, Any] | None = None,
) -> tuple[Store, dict[str, Any] | None]:
    draft = Store(root=root, generation=partial, manifest={"files": entries})
    projects = draft.records()
    note("graph", 0, 1)
    g = kgg.build_graph(projects)
    kgg.save_graph(g, partial / GRAPH)
    note("graph", 1, 1)

    index_stats = None
    encoder_name = encoder
    if with_index:
        index, stats = build_index(
            projects, partial / "index", embedding_cache_dir(root), encoder=encoder,
            graph=g, progress=note,
        )
        encoder_name = index.encoder_name
        index_stats = stats.to_json()

    counts = {t: len(kgg.nodes_of_type(g, t)) for t in kgg.NODE_TYPES}
    manifest = {
        "format_version": STORE_FORMAT,
        "generation": gen_name,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "encoder": encoder_name,
        "search_index": index_stats is not None,
        "reader": reader_fingerprint(),
        "files": entries,
        "counts": counts,
        "kept_apart": g.graph.get("kept_apart", []),
        "publication": publication or {},
    }
    note("saving", 0, 1)
    _atomic_write(partial / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    final = root / "generations" / gen_name
    os.replace(partial, final)
    _fsync_dir(final.parent)
    note("saving", 1, 1)
    return Store(root=root, generation=final, manifest=manifest, _graph=g), index_stats


def _try_open(root: Path) -> Store | None:
    try:
        return open_store(root)
    except JixiaoError:
        return None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_leftovers(root: Path) -> None:
    """Partial generations of builds that were killed (we hold the lock: none is running)."""
    for d in (root / "generations").iterdir():
        if d.name.endswith(PARTIAL):
            shutil.rmtree(d, ignore_errors=True)


def _clean(root: Path, live: str) -> None:
    """Keep the live generation and its predecessor; drop records no kept generation uses."""
    gens = sorted(
        (d for d in (root / "generations").iterdir() if d.is_dir() and not d.name.endswith(PARTIAL)),
        key=lambda d: d.name,
    )
    keep = [d for d in gens if d.name != live][-(KEEP_GENERATIONS - 1):] if KEEP_GENERATIONS > 1 else []
    keep.append(root / "generations" / live)
    for d in gens:
        if d not in keep:
            shutil.rmtree(d, ignore_errors=True)
    used: set[str] = set()
    for d in keep:
        try:
            manifest = json.loads((d / MANIFEST).read_text("utf-8"))
            used.update(f["records"] for f in manifest.get("files", []) if f.get("records"))
        except (OSError, ValueError):
            continue
    for f in (root / "records").glob("*.json"):
        if f.stem not in used:
            f.unlink(missing_ok=True)
    for f in (root / "records").glob("*.tmp"):
        f.unlink(missing_ok=True)
