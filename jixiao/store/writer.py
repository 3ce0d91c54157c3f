"""Writing a store: build, add or replace, remove, and merge segments — one transaction each.

Every write takes the writer lock (waiting for the writer before it), reads only the documents it
names, and publishes a new generation that shares everything unchanged with the previous one:
the new documents' projects, rows and new concept wordings go into one new segment (corpus
columns, graph part, index files), removed ones are marked dead in the generation's live masks,
and the organisations are resolved again (a long-lived process redoes only the changed
documents' mentions: ``jixiao.store.orgs``). Nothing is rebuilt unless asked (``build``) or the
encoder or index backend changes.

Write points, in order (each is a ``progress`` stage, and a writer killed at any of them leaves a
usable store): ``reading <name>``, ``embedding``, ``index``, ``segment``, ``generation``,
``publish``, ``cleaning``.
"""

from __future__ import annotations

import gc
import io
import json
import os
import shutil
import time
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from jixiao.data import samples_dir
from jixiao.errors import JixiaoError
from jixiao.files import SealedDir, fsync_dir, seal, write_bytes, write_text
from jixiao.kg.records import FileReport
from jixiao.store import leases
from jixiao.store.context import BuildResult, Progress, StoreContext
from jixiao.store.documents import (
    ADDED,
    FAILED,
    KEPT,
    REMOVED,
    REPLACED,
    UNCHANGED,
    FileResult,
    Incoming,
    load_report,
    origin_of,
    plan,
    read_document,
    read_file,
    register_report,
    source_path,
)
from jixiao.store.generation import (
    Store,
    graph_part,
    merge_graph_part,
    open_store,
    resolution_bytes,
)
from jixiao.store.layout import (
    CURRENT,
    GENERATION_FILES,
    GRAPH_PART,
    LEASE,
    LIVE,
    MANIFEST,
    PARTIAL,
    RESOLUTION,
    STORE_FORMAT,
    generations_dir,
    new_name,
    reader_fingerprint,
    records_dir,
    segments_dir,
    sources_dir,
    store_root,
)
from jixiao.store.lock import writer_lock
from jixiao.store.publication import publication_settings

KEEP_GENERATIONS = 2  # the live one and its predecessor, plus any a process still holds
# Segment merging (see ``merge_plan``): small segments are searched exactly, one by one.
MAX_SMALL_SEGMENTS = 8
MERGE_MIN_ITEMS = 20_000
MERGE_RATIO = 0.25
MAX_DEAD_SHARE = 0.3


def _noop(stage: str, done: int, total: int) -> None:
    return None


# ---------------------------------------------------------------------------- public writes


def build_store(
    paths: Sequence[str | Path] | None = None,
    store_dir: str | Path | None = None,
    encoder: str | None = None,
    progress: Progress | None = None,
    index: str | None = None,
    dense_kind: str | None = None,
    timeout: float | None = None,
    context: StoreContext | None = None,
    reports: Sequence[FileReport] | None = None,
    publication: dict[str, str | None] | None = None,
) -> BuildResult:
    """Rebuild a store from documents: ``paths`` (files or directories), or with none the
    store's own documents (the bundled samples for a new store); ``reports``: documents read
    already (``register_report``). The store then holds exactly these documents; the previous
    generation stays live until the new one is complete. ``publication``: settings for RDF
    exports (``PUBLICATION_KEYS``), kept from write to write until changed."""
    started = time.perf_counter()
    root = store_root(store_dir)
    note = progress or _noop
    _prepare(root)
    with writer_lock(root, timeout, lambda m: note(m, 0, 0)):
        prev = _try_open(root)
        fingerprint = reader_fingerprint()
        if reports is not None:
            results = [register_report(root, r, fingerprint) for r in reports]
        elif paths:
            incoming = _expand(paths)
            docs_in = [i for i in incoming if isinstance(i, Incoming)]
            if not docs_in and not [i for i in incoming if isinstance(i, FileReport)]:
                raise JixiaoError("no documents to read: name files or directories of documents")
            results = _read_all(root, incoming, fingerprint, note)
        elif prev is not None:
            results = _reread_stored(root, prev.documents, fingerprint, note)
        elif (root / CURRENT).exists():
            # A damaged store: rebuild the documents its newest readable manifest lists (or, if
            # none is, those whose records it still keeps).
            results = _reread_stored(root, _recover_documents(root), fingerprint, note)
        else:
            results = _read_all(root, _expand([samples_dir()]), fingerprint, note)
        good = [r for r in results if r.readable]
        if not good:
            raise JixiaoError("nothing could be read; the store is unchanged:\n  "
                              + "\n  ".join(e for r in results for e in r.errors))
        meta = _index_settings(prev, encoder, index, dense_kind, rebuild=True)
        store_id = prev.manifest["store_id"] if prev is not None else os.urandom(6).hex()
        meta["publication"] = publication_settings(prev, publication)
        store, stats = _write(root, None, good, [], note, meta, store_id, context, rebuild=True)
        _clean(root, store, note, context)
    return BuildResult(store=_reopen(root, store), files=results,
                       seconds=time.perf_counter() - started, index=stats)


def add_documents(
    paths: Sequence[str | Path],
    store_dir: str | Path | None = None,
    as_name: str | Sequence[str | None] | None = None,
    progress: Progress | None = None,
    encoder: str | None = None,
    timeout: float | None = None,
    context: StoreContext | None = None,
    reports: Sequence[FileReport] | None = None,
    publication: dict[str, str | None] | None = None,
) -> BuildResult:
    """Add documents (or replace stored versions: same name and folder, or ``as_name``: the one
    document's name, or a name or None per path); only they are read. A version that cannot be
    read leaves the stored one in place."""
    started = time.perf_counter()
    root = store_root(store_dir)
    note = progress or _noop
    _prepare(root)
    with writer_lock(root, timeout, lambda m: note(m, 0, 0)):
        prev = _try_open(root, context)
        if prev is None and (root / CURRENT).exists():
            open_store(root)  # refuse to silently drop the documents of a store we cannot read
        if prev is not None and encoder is not None:
            _check_same_encoder(prev, encoder)
        if reports is not None:
            paths = []
        if isinstance(as_name, list | tuple):  # one name per file: files, not directories
            expanded: list[Incoming | FileReport] = [
                Incoming(Path(p), Path(p).name, origin_of(Path(p))) for p in paths]
        else:
            expanded = _expand(paths)
        bad = [x for x in expanded if isinstance(x, FileReport)]
        files = [x for x in expanded if not isinstance(x, FileReport)]
        docs = prev.documents if prev else []
        incoming = plan([f.path for f in files], docs, as_name)
        fingerprint = reader_fingerprint()
        results = _read_all(root, [*bad, *incoming], fingerprint, note)
        if reports is not None:
            known = {d["name"]: d["name"] for d in docs}
            for report in reports:
                res = register_report(root, report, fingerprint)
                results.append(res)
                incoming.append(Incoming(Path(res.path), res.name, res.origin or res.name,
                                         known.get(res.name)))
            bad = []
        by_name = {d["name"]: d for d in docs}
        added, removed = [], []
        for res, inc in zip(results[len(bad):], incoming, strict=True):
            res.action = ADDED
            old = by_name.get(inc.replaces) if inc.replaces else None
            if old is not None:
                if not res.readable:
                    res.action = KEPT
                    res.errors.append(f"{inc.name}: the stored version is kept (the new one "
                                      "could not be read)")
                    continue
                if res.sha256 == old.get("sha256") and res.records == old.get("records"):
                    res.action = UNCHANGED
                    continue
                res.action = REPLACED
                removed.append(old)
            elif not res.readable:
                res.action = FAILED
                continue
            added.append(res)
        for res in results:
            if res.action == ADDED and not res.readable:
                res.action = FAILED
        if not added:
            if prev is None:
                raise JixiaoError("nothing could be read; the store is unchanged:\n  "
                                  + "\n  ".join(e for r in results for e in r.errors))
            return BuildResult(store=prev, files=results, seconds=time.perf_counter() - started,
                               changed=False)
        meta = _index_settings(prev, encoder, None, None, rebuild=prev is None)
        meta["publication"] = publication_settings(prev, publication)
        store_id = prev.manifest["store_id"] if prev is not None else os.urandom(6).hex()
        with _collector_paused(prev is not None):
            store, stats = _write(root, prev, added, removed, note, meta, store_id, context,
                                  rebuild=prev is None)
            _clean(root, store, note, context)
    with _collector_paused(prev is not None):
        store = _reopen(root, store, context)
        due = merge_plan(store, context) is not None
    return BuildResult(store=store, files=results, seconds=time.perf_counter() - started,
                       index=stats, merge_due=due)


def remove_documents(
    names: Sequence[str],
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    context: StoreContext | None = None,
) -> BuildResult:
    """Remove stored documents by name (``jixiao list`` shows the names)."""
    started = time.perf_counter()
    root = store_root(store_dir)
    note = progress or _noop
    with writer_lock(root, timeout, lambda m: note(m, 0, 0)) if root.is_dir() else _no_lock():
        prev = open_store(root, _manifests(context))
        by_name = {d["name"]: d for d in prev.documents}
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise JixiaoError(_unknown_names(unknown, list(by_name), root))
        gone = [by_name[n] for n in dict.fromkeys(names)]
        if len(gone) == len(prev.documents):
            raise JixiaoError(f"removing {_n(len(gone), 'document')} would leave the store {root} "
                              "empty; a store holds at least one document (delete its "
                              "directory to discard it)")
        meta = _index_settings(prev, None, None, None, rebuild=False)
        meta["publication"] = publication_settings(prev, None)
        with _collector_paused():
            store, stats = _write(root, prev, [], gone, note, meta, prev.manifest["store_id"],
                                  context, rebuild=False)
            _clean(root, store, note, context)
    with _collector_paused():
        store = _reopen(root, store, context)
        due = merge_plan(store, context) is not None
    files = [FileResult(path=d.get("path") or d["name"], name=d["name"], sha256=d.get("sha256"),
                        records=d.get("records"), projects=d.get("projects", 0),
                        indicators=d.get("indicators", 0), action=REMOVED, origin=d.get("origin"))
             for d in gone]
    return BuildResult(store=store, files=files, seconds=time.perf_counter() - started,
                       index=stats, removed=[d["name"] for d in gone], merge_due=due)


def compact_store(
    store_dir: str | Path | None = None,
    progress: Progress | None = None,
    force: bool = False,
    timeout: float | None = None,
    context: StoreContext | None = None,
) -> BuildResult | None:
    """Merge index segments when ``merge_plan`` says so (all of them with ``force``); None when
    there was nothing to merge. Readers keep answering from the previous generation meanwhile."""
    started = time.perf_counter()
    root = store_root(store_dir)
    note = progress or _noop
    with writer_lock(root, timeout, lambda m: note(m, 0, 0)):
        prev = open_store(root)
        chosen = [s.name for s in prev.segments] if force else merge_plan(prev, context)
        if not chosen or (len(chosen) < 2 and not _has_dead(prev, chosen, context)):
            return None
        store = _merge(root, prev, chosen, note, context)
        _clean(root, store, note, context)
    return BuildResult(store=_reopen(root, store), files=[], seconds=time.perf_counter() - started)


# ---------------------------------------------------------------------------- helpers


@contextmanager
def _collector_paused(paused: bool = True) -> Iterator[None]:
    """The cyclic garbage collector held off while an incremental write's transaction runs.
    The write's temporaries (a 1M store's manifest, resolution and 66k mentions: ~10^5
    containers) die by reference count within it, but while they lived they counted towards
    full collections, each scanning the whole store the process holds (~0.34 s at 1M, 2–3 per
    write: a third to a half of the write). Answers do not depend on when the collector runs;
    the cleaner's own ``gc.collect`` still runs, and the few cycles a write leaves are
    collected with the next collection after it. Not for a rebuild, whose garbage is the size
    of the store."""
    restore = paused and gc.isenabled()
    if restore:
        gc.disable()
    try:
        yield
    finally:
        if restore:
            gc.enable()


class _no_lock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _unknown_names(unknown: Sequence[str], names: Sequence[str], root: Path) -> str:
    import difflib

    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
        parts.append(f"{name!r}" + (f" (did you mean {', '.join(map(repr, close))}?)" if close else ""))
    return (f"no document {', '.join(parts)} in the store {root}; `jixiao list --store {root}` "
            "shows the stored names")


def _prepare(root: Path) -> None:
    for d in (root, generations_dir(root), segments_dir(root), records_dir(root),
              sources_dir(root)):
        d.mkdir(parents=True, exist_ok=True)


def _manifests(context: StoreContext | None) -> dict[str, dict[str, Any]] | None:
    return context.manifests if context is not None else None


def _try_open(root: Path, context: StoreContext | None = None) -> Store | None:
    try:
        return open_store(root, _manifests(context))
    except JixiaoError:
        return None


def _reopen(root: Path, written: Store, context: StoreContext | None = None) -> Store:
    try:
        return open_store(root, _manifests(context))
    except JixiaoError:
        return written


def _expand(paths: Iterable[str | Path]) -> list[Incoming | FileReport]:
    """Files to read as the reader finds them (directories recursively); a FileReport with the
    error for a path that names no readable file."""
    from jixiao.kg.reader import expand_paths

    out: list[Incoming | FileReport] = []
    for item in expand_paths(Path(p).expanduser() for p in paths):
        if isinstance(item, FileReport):
            out.append(item)
        else:
            out.append(Incoming(Path(item), Path(item).name, origin_of(Path(item))))
    return out


def _read_all(root: Path, items: Sequence[Incoming | FileReport], fingerprint: str,
              note: Progress) -> list[FileResult]:
    results: list[FileResult] = []
    seen: set[str] = set()
    files = [i for i in items if isinstance(i, Incoming)]
    for i, item in enumerate(items):
        if isinstance(item, FileReport):
            results.append(FileResult(path=item.file, name=Path(item.file).name,
                                      errors=list(item.errors), action=FAILED))
            continue
        if item.name in seen:
            results.append(FileResult(path=str(item.path), name=item.name, action=FAILED, errors=[
                f"{item.path}: another input file is also named {item.name}; this one is "
                "skipped (use `jixiao add FILE --as NAME` to store it under another name)"]))
            continue
        seen.add(item.name)
        note(f"reading {item.name}", i, len(files))
        results.append(read_file(root, item, fingerprint))
    note("reading", len(files), len(files))
    return results


def _recover_documents(root: Path) -> list[dict[str, Any]]:
    """The documents of a store whose live generation cannot be read."""
    for gen in sorted(generations_dir(root).iterdir(), key=lambda d: d.name, reverse=True):
        try:
            manifest = json.loads((gen / MANIFEST).read_text("utf-8"))
            docs = [d for d in manifest["documents"] if (records_dir(root) / f"{d['records']}.json").is_file()]
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
        if docs:
            return docs
    found: dict[str, dict[str, Any]] = {}
    for f in sorted(records_dir(root).glob("*.json"), key=lambda f: f.stat().st_mtime):
        try:
            data = json.loads(f.read_text("utf-8"))
            found[data["file"]] = {"name": data["file"], "sha256": data["sha256"],
                                   "records": f.stem, "projects": 0, "indicators": 0}
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    if not found:
        raise JixiaoError(f"the store {root} cannot be read and keeps no records: name the "
                          "documents to build from")
    return [found[n] for n in sorted(found)]


def _reread_stored(root: Path, documents: Sequence[dict[str, Any]], fingerprint: str,
                   note: Progress) -> list[FileResult]:
    """The stored documents, read again only when the reader changed (from the store's copy)."""
    out = []
    for i, d in enumerate(documents):
        note(f"reading {d['name']}", i, len(documents))
        src = source_path(root, d["sha256"]) if d.get("sha256") else None
        res = None
        if src is not None and src.is_file() and not str(d.get("origin") or "").startswith(
                "records:"):
            res = read_document(root, src.read_bytes(), d["name"], fingerprint, d.get("path"))
        if res is None or not res.readable:
            # Never lose a document in a rebuild: what was read before stays.
            kept = _stored_result(root, d)
            if res is not None:
                kept.errors = [*res.errors, f"{d['name']}: could not be read again; the stored "
                               "records are kept"]
            res = kept
        res.origin = d.get("origin")
        res.action = ADDED
        out.append(res)
    note("reading", len(documents), len(documents))
    return out


def _stored_result(root: Path, d: dict[str, Any]) -> FileResult:
    report = load_report(records_dir(root) / f"{d['records']}.json")
    return FileResult(path=d.get("path") or d["name"], name=d["name"], sha256=d.get("sha256"),
                      bytes=d.get("bytes"), format=d.get("format") or report.format,
                      records=d["records"], projects=len(report.projects),
                      indicators=sum(len(p.indicators) for p in report.projects), reused=True,
                      origin=d.get("origin"), report=report)


def _check_same_encoder(previous: Store, encoder: str) -> None:
    from jixiao.search.encoders import canonical_name

    if canonical_name(encoder) != previous.encoder:
        raise JixiaoError(
            f"the store {previous.root} was built with encoder {previous.encoder!r}; adding "
            f"documents with {encoder!r} would mix incomparable vectors. Rebuild everything "
            f"with `jixiao build --encoder {encoder} --store {previous.root}`"
        )


def _index_settings(prev: Store | None, encoder: str | None, index: str | None,
                    dense_kind: str | None, rebuild: bool) -> dict[str, Any]:
    from jixiao.search.backends import parse_spec
    from jixiao.search.dense import KINDS
    from jixiao.search.encoders import canonical_name

    old = prev.index_meta if prev is not None else {}
    if dense_kind is not None and dense_kind not in KINDS:
        raise JixiaoError(f"unknown --dense {dense_kind!r}: use one of {', '.join(KINDS)}")
    return {
        "encoder": canonical_name(encoder) if encoder else old.get("encoder"),
        "backend": parse_spec(index) if index else old.get("backend", "local"),
        "dense_kind": dense_kind or old.get("dense_kind", "auto"),
    }


def _sort_key(sp: dict[str, Any]) -> tuple:
    # As kg.graph orders records: by document, then where they are printed.
    return (sp["document"], sp.get("first_line") or 0, sp.get("last_line") or 0,
            sp.get("name_raw") or "")


def _summary(report: FileReport) -> dict[str, Any]:
    from jixiao.kg import ids

    cats, years = set(), set()
    for p in report.projects:
        if p.year:
            years.add(int(p.year))
        for ind in p.indicators:
            cats.add(ids.category_id(ind.level1))
            if ind.level2:
                cats.add(ids.category_id(ind.level1, ind.level2))
    return {"categories": sorted(cats), "years": sorted(years)}


# ---------------------------------------------------------------------------- the transaction


def _write(
    root: Path,
    prev: Store | None,
    added: Sequence[FileResult],
    removed: Sequence[dict[str, Any]],
    note: Progress,
    settings: dict[str, Any],
    store_id: str,
    context: StoreContext | None,
    rebuild: bool,
) -> tuple[Store, dict[str, Any]]:
    from jixiao.search.index import AddedProject, index_changes, index_meta

    context = context or StoreContext()
    base = None if rebuild else prev
    encoder = context.encoder(settings["encoder"], root)
    if base is not None and base.encoder != encoder.name:
        raise JixiaoError(f"the store {root} uses encoder {base.encoder!r}, not {encoder.name!r}")
    backend = context.backend(settings["backend"], store_id, settings["dense_kind"])
    backend.check()
    corpus = base.corpus(context.parts) if base is not None else None
    next_ids = dict(base.manifest["next"]) if base is not None else {"project": 0, "concept": 0}
    if base is not None:
        backend.forget_after(next_ids, base.manifest.get("pending_removal", {}))

    # Documents after this write, by name: the order of documents and of their projects.
    removed_names = {d["name"] for d in removed}
    kept = [d for d in (base.documents if base is not None else [])
            if d["name"] not in removed_names]
    new_names = {r.name for r in added}
    kept = [d for d in kept if d["name"] not in new_names]
    names = sorted([d["name"] for d in kept] + [r.name for r in added])
    rank = {n: i for i, n in enumerate(names)}

    # Projects: existing live ones keep their ids; new ones get ids whose ordinals separate
    # records with identical content, counted in reading order over the whole store.
    gone_slots = [np.arange(*d["project_slots"]) for d in removed if "project_slots" in d]
    live_stated = _KeptProjects(corpus.stated if corpus is not None else None,
                                removed_names | new_names)
    replaced_docs = [d for d in (base.documents if base is not None else [])
                     if d["name"] in new_names]
    gone_slots += [np.arange(*d["project_slots"]) for d in replaced_docs if "project_slots" in d]
    todo = list(added)
    affected = _ordinal_conflicts(todo, live_stated)
    if affected:
        # Documents whose projects' ids change (an identical record now reads earlier): their
        # projects are removed and added again under the new ids.
        by_name = {d["name"]: d for d in kept}
        for name in sorted(affected):
            d = by_name[name]
            gone_slots.append(np.arange(*d["project_slots"]))
            res = FileResult(path=d.get("path") or name, name=name, sha256=d.get("sha256"),
                             bytes=d.get("bytes"), format=d.get("format"),
                             records=d["records"], projects=d["projects"],
                             indicators=d["indicators"], reused=True, origin=d.get("origin"))
            res.report = load_report(records_dir(root) / f"{d['records']}.json")
            todo.append(res)
        kept = [d for d in kept if d["name"] not in affected]
        live_stated = live_stated.without(affected)
    new_projects: list[AddedProject] = []
    entries = list(kept)
    pids = _assign_ids(todo, live_stated)
    for res in sorted(todo, key=lambda r: rank[r.name]):
        start = next_ids["project"]
        for position, project in enumerate(res.report.projects):
            pid, base_id = pids[(res.name, position)]
            new_projects.append(AddedProject(project, pid, base_id, res.name, position,
                                             next_ids["project"]))
            next_ids["project"] += 1
        entries.append(_entry(res, (start, next_ids["project"])))
    entries.sort(key=lambda d: rank[d["name"]])
    removed_slots = np.concatenate(gone_slots) if gone_slots else np.zeros(0, np.int64)

    # Organisations: the store's, the documents this write changes resolved again.
    resolution = _resolution(entries, live_stated, new_projects, context)

    # The segment: corpus columns, index files, graph part.
    seg_name = new_name("seg-")
    seg_dir = segments_dir(root) / (seg_name + PARTIAL)
    seg_dir.mkdir(parents=True)
    cache = context.embedding_cache(root, encoder)
    delta = index_changes(corpus, removed_slots, new_projects, rank, next_ids["concept"], encoder,
                          cache, backend, seg_dir, note, rebuild=rebuild)
    next_ids["concept"] = delta.next_concept
    note("graph", 0, 1)
    (seg_dir / GRAPH_PART).write_bytes(graph_part([a.project for a in new_projects],
                                                  [a.pid for a in new_projects]))
    seal(seg_dir)
    os.replace(seg_dir, segments_dir(root) / seg_name)
    fsync_dir(segments_dir(root))
    note("segment", 1, 1)

    # Live ids.
    live_p = np.zeros(next_ids["project"], dtype=bool)
    live_c = np.zeros(next_ids["concept"], dtype=bool)
    if base is not None:
        old = base.live()
        live_p[: len(old["projects"])] = old["projects"]
        live_c[: len(old["concepts"])] = old["concepts"]
    live_p[removed_slots] = False
    live_p[delta.part.project_slot] = True
    live_c[delta.removed_concepts] = False
    live_c[delta.part.concept_slot] = True

    segments = ([] if base is None else list(base.manifest["segments"])) + [seg_name]
    counts = _counts(entries, resolution, int(live_c.sum()))
    meta = {**index_meta(encoder, backend.spec, dense_kind=settings["dense_kind"]),
            **({k: v for k, v in base.index_meta.items() if k == "fusion"} if base else {})}
    pending = {"projects": removed_slots.tolist(), "concepts": delta.removed_concepts.tolist()}
    manifest = {
        "format_version": STORE_FORMAT,
        "store_id": store_id,
        "parent": base.name if base is not None else None,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "reader": reader_fingerprint(),
        "index": meta,
        "documents": entries,
        "segments": segments,
        "next": next_ids,
        "counts": counts,
        "kept_apart": [{"a": d.a, "b": d.b, "reason": d.reason} for d in resolution.kept_apart],
        "publication": settings.get("publication", {}),
        "pending_removal": pending,
        "build": delta.stats.to_json(),
    }
    store = _publish(root, manifest, live_p, live_c, resolution_bytes(resolution), note)
    backend.remove({"projects": removed_slots, "concepts": delta.removed_concepts})
    return store, delta.stats.to_json()


@dataclass
class _KeptProjects:
    """The previous generation's live projects that a write keeps (those of documents it
    neither removes nor replaces), read from the corpus's stated columns: a project's dict is
    made only when its content matches a new project's, or for a document the process has not
    seen yet (making all 8k dicts of a 100k store cost ~0.15 s per write)."""

    stated: Sequence[dict[str, Any]] | None
    dropped: set[str]  # documents whose projects are not kept
    _columns: dict[str, list[Any]] = field(default_factory=dict, repr=False)

    def without(self, documents: set[str]) -> _KeptProjects:
        return _KeptProjects(self.stated, self.dropped | documents, self._columns)

    def _column(self, key: str) -> list[Any]:
        if key not in self._columns:
            from jixiao.search.corpus import StatedProjects

            self._columns[key] = StatedProjects.of(self.stated or []).column(key)
        return self._columns[key]

    def _kept(self, positions: Iterable[int]) -> list[dict[str, Any]]:
        documents = self._column("document")
        assert self.stated is not None
        return [self.stated[i] for i in positions if documents[i] not in self.dropped]

    def with_base_ids(self, base_ids: Container[str]) -> list[dict[str, Any]]:
        """The kept projects whose content id is one of ``base_ids``, in corpus order."""
        if not self.stated:
            return []
        return self._kept(i for i, b in enumerate(self._column("base_id")) if b in base_ids)

    def of_documents(self, names: Container[str]) -> dict[str, list[dict[str, Any]]]:
        """The kept projects of the documents ``names``, by document, in corpus order."""
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if self.stated:
            for sp in self._kept(i for i, d in enumerate(self._column("document"))
                                 if d in names):
                out[sp["document"]].append(sp)
        return out


def _resolution(entries: Sequence[dict[str, Any]], live_stated: _KeptProjects,
                new_projects: Sequence[Any], context: StoreContext) -> Any:
    """The organisations of the store after this write, as ``resolve_orgs`` over its projects
    in kg.graph's order (documents by name, then where each project is printed) resolves them.
    The process's ``OrgResolver`` redoes only the documents the write changes (and those a
    change of attested names touches): a long-lived process pays for the new documents, a
    fresh one for the whole store once."""
    from jixiao.store.orgs import OrgResolver

    made: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in new_projects:
        made[a.document].append({
            "document": a.document, "department": a.project.department, "unit": a.project.unit,
            "name_raw": a.project.name, "first_line": a.project.source.first_line,
            "last_line": a.project.source.last_line})
    resolver = context.orgs or OrgResolver()
    context.orgs = None  # until the resolution is made: a failed write leaves no half state
    stale = {d["name"]: d.get("records") for d in entries
             if d["name"] in made or resolver.key_of(d["name"]) != d.get("records")}
    unseen = {name for name in stale if name not in made}
    by_document = live_stated.of_documents(unseen) if unseen else {}
    changed = {}
    for name, key in stale.items():
        stated = made[name] if name in made else by_document.get(name, [])
        changed[name] = (key, [SimpleNamespace(department=sp["department"], unit=sp["unit"],
                                               name=sp.get("name_raw") or "",
                                               source=SimpleNamespace(file=sp["document"]))
                               for sp in sorted(stated, key=_sort_key)])
    resolution = resolver.resolve([d["name"] for d in entries], changed)
    context.orgs = resolver
    return resolution


def _entry(res: FileResult, slots: tuple[int, int]) -> dict[str, Any]:
    from jixiao.store.documents import entry

    return entry(res, slots, _summary(res.report))


def _assign_ids(todo: Sequence[FileResult], live: _KeptProjects
                ) -> dict[tuple[str, int], tuple[str, str]]:
    """(document, position) → (project id, base id) for the projects of ``todo``."""
    from jixiao.kg import ids

    groups: dict[str, list[tuple[tuple, Any]]] = defaultdict(list)
    for res in todo:
        for position, p in enumerate(res.report.projects):
            key = _sort_key({"document": res.name, "first_line": p.source.first_line,
                             "last_line": p.source.last_line, "name_raw": p.name})
            groups[ids.project_id(p)].append((key, (res.name, position)))
    # Only stored projects with the same content as a new one count towards its ordinal.
    for sp in live.with_base_ids(groups):
        groups[sp["base_id"]].append((_sort_key(sp), None))
    out = {}
    for base_id, members in groups.items():
        members.sort(key=lambda m: m[0])
        for ordinal, (_, who) in enumerate(members):
            if who is not None:
                out[who] = (ids.ordinal_id(base_id, ordinal), base_id)
    return out


def _ordinal_conflicts(todo: Sequence[FileResult], live: _KeptProjects) -> set[str]:
    """Documents in ``live`` whose projects' ids would change because a new record with the same
    content reads before theirs."""
    from jixiao.kg import ids

    bases: dict[str, list[tuple]] = defaultdict(list)
    for res in todo:
        for p in res.report.projects:
            bases[ids.project_id(p)].append(_sort_key({
                "document": res.name, "first_line": p.source.first_line,
                "last_line": p.source.last_line, "name_raw": p.name}))
    if not bases:
        return set()
    out = set()
    for sp in live.with_base_ids(bases):
        if min(bases[sp["base_id"]]) < _sort_key(sp):
            out.add(sp["document"])
    return out


def _counts(entries: Sequence[dict[str, Any]], resolution: Any, concepts: int) -> dict[str, int]:
    from jixiao.kg import graph as kgg

    roles = [set(e.roles) for e in resolution.entities.values()]
    return {
        kgg.DEPARTMENT: sum("department" in r for r in roles),
        kgg.UNIT: sum("unit" in r for r in roles),
        kgg.PROJECT: sum(d["projects"] for d in entries),
        kgg.INDICATOR: sum(d["indicators"] for d in entries),
        kgg.CATEGORY: len({c for d in entries for c in d.get("categories", [])}),
        kgg.CONCEPT: concepts,
        kgg.YEAR: len({y for d in entries for y in d.get("years", [])}),
    }


def _publish(root: Path, manifest: dict[str, Any], live_p: np.ndarray, live_c: np.ndarray,
             resolution: bytes, note: Progress) -> Store:
    """Write the generation directory, seal it, and make it the live one."""
    import orjson

    gen_name = new_name("")
    manifest["generation"] = gen_name
    partial = generations_dir(root) / (gen_name + PARTIAL)
    partial.mkdir()
    buf = io.BytesIO()
    np.savez(buf, projects=np.packbits(live_p, bitorder="little"),
             concepts=np.packbits(live_c, bitorder="little"))
    (partial / LIVE).write_bytes(buf.getvalue())
    # orjson: the manifest lists every document and the resolution every organisation's
    # documents, ~10× faster to write than with json.
    (partial / RESOLUTION).write_bytes(resolution)
    (partial / MANIFEST).write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    seal(partial, GENERATION_FILES)
    (partial / LEASE).touch()
    final = generations_dir(root) / gen_name
    os.replace(partial, final)
    fsync_dir(generations_dir(root))
    note("generation", 1, 1)
    write_text(root / CURRENT, gen_name + "\n")
    fsync_dir(root)
    note("publish", 1, 1)
    return Store(root=root, generation=final, manifest=manifest)


# ---------------------------------------------------------------------------- merging


def _segment_sizes(store: Store, context: StoreContext | None) -> list[tuple[str, int, int]]:
    """(segment, live items, dead items) of each segment."""
    live = store.live()
    out = []
    for src, part in zip(store.segments, store.parts(context.parts if context else None),
                         strict=True):
        alive = int(live["projects"][part.project_slot].sum()
                    + live["concepts"][part.concept_slot].sum())
        out.append((src.name, alive, len(part.project_slot) + len(part.concept_slot) - alive))
    return out


def merge_plan(store: Store, context: StoreContext | None = None) -> list[str] | None:
    """Segments to merge now, or None. The largest segment is the base; the others are small
    and searched exactly one by one, so they are merged into one when there are more than
    MAX_SMALL_SEGMENTS, and everything is merged into a new base once the small ones hold more
    than MERGE_RATIO of the base (at least MERGE_MIN_ITEMS items) or the base is mostly dead."""
    sizes = _segment_sizes(store, context)
    if len(sizes) < 2 and not (sizes and sizes[0][2] > MAX_DEAD_SHARE * max(1, sum(sizes[0][1:]))):
        return None
    base = max(sizes, key=lambda s: s[1] + s[2])
    small = [s for s in sizes if s is not base]
    small_items = sum(s[1] for s in small)
    dead_share = base[2] / max(1, base[1] + base[2])
    if small_items > max(MERGE_MIN_ITEMS, MERGE_RATIO * base[1]) or dead_share > MAX_DEAD_SHARE:
        return [s[0] for s in sizes]
    if len(small) > MAX_SMALL_SEGMENTS:
        return [s[0] for s in small]
    return None


def _has_dead(store: Store, names: Sequence[str], context: StoreContext | None) -> bool:
    return any(s[2] for s in _segment_sizes(store, context) if s[0] in names)


def _merge(root: Path, prev: Store, chosen: Sequence[str], note: Progress,
           context: StoreContext | None) -> Store:
    import orjson

    from jixiao.search.corpus import CorpusPart

    context = context or StoreContext()
    meta = prev.index_meta
    backend = context.backend(meta["backend"], prev.manifest["store_id"],
                              meta.get("dense_kind", "auto"))
    live = prev.live()
    srcs = [s for s in prev.segments if s.name in chosen]
    parts = [p for s, p in zip(prev.segments, prev.parts(context.parts), strict=True)
             if s.name in chosen]
    seg_name = new_name("seg-")
    seg_dir = segments_dir(root) / (seg_name + PARTIAL)
    seg_dir.mkdir(parents=True)
    note("merging", 0, 1)
    merged = CorpusPart.merge(parts, live["projects"], live["concepts"])
    merged.save(seg_dir)
    keep = {
        "concepts": [live["concepts"][p.concept_slot] for p in parts],
        "projects": [live["projects"][p.project_slot] for p in parts],
    }
    backend.merge(srcs, keep, seg_dir, int(meta["dim"]))
    alive = {sp["id"] for sp in merged.projects}
    from jixiao.kg.graph import new_graph

    scratch = new_graph(None)
    out: dict[str, list] = {"nodes": [], "edges": []}
    for src in srcs:
        merge_graph_part(scratch, orjson.loads(src.read(GRAPH_PART)), alive, out)
    # The same node may come from several parts; keep each once (the merged graph's version).
    nodes = [{"id": n, **scratch.nodes[n]} for n in dict.fromkeys(x["id"] for x in out["nodes"])]
    edges = list({(e["source"], e["target"], e["key"]): e for e in out["edges"]}.values())
    (seg_dir / GRAPH_PART).write_bytes(orjson.dumps({
        "directed": True, "multigraph": True, "graph": {"format": scratch.graph.get("format"),
                                                        "kept_apart": []},
        "nodes": nodes, "edges": edges}))
    seal(seg_dir)
    os.replace(seg_dir, segments_dir(root) / seg_name)
    fsync_dir(segments_dir(root))
    note("segment", 1, 1)
    segments = []
    for s in prev.manifest["segments"]:
        if s in chosen:
            if seg_name not in segments:
                segments.append(seg_name)
        else:
            segments.append(s)
    manifest = {**prev.manifest, "parent": prev.name, "segments": segments,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "pending_removal": {}}
    resolution = SealedDir(prev.generation, prev.repair).read(RESOLUTION)  # unchanged
    return _publish(root, manifest, live["projects"], live["concepts"], resolution, note)


# ---------------------------------------------------------------------------- cleaning


def _clean(root: Path, live: Store, note: Progress, context: StoreContext | None) -> None:
    """Drop generations nobody uses (keeping the live one and its predecessor), then segments,
    records and sources no kept generation references. We hold the writer lock: any
    ``.partial`` directory is a killed writer's leftover."""
    import orjson

    note("cleaning", 0, 1)
    live_name = live.name
    # A generation never changes: its manifest (every document listed) is read once per process.
    manifests = context.manifests if context is not None else {}
    manifests[str(live.generation)] = live.manifest
    gens = sorted((d for d in generations_dir(root).iterdir() if d.is_dir()), key=lambda d: d.name)
    for d in gens:
        if d.name.endswith(PARTIAL):
            shutil.rmtree(d, ignore_errors=True)
    gens = [d for d in gens if not d.name.endswith(PARTIAL)]
    older = [d for d in gens if d.name != live_name]
    keep = {live_name, *(d.name for d in older[-(KEEP_GENERATIONS - 1):])}
    blocked = [d for d in gens if d.name not in keep and not leases.delete_if_unused(d)]
    mine = {str(d) for d in blocked if leases.held_here(d)}
    collected = context.collected_for if context is not None else set()
    if mine - collected:
        # A Store no object can reach still holds its lease until the collector frees it
        # (engines and graphs hold reference cycles): collect, so only real readers keep one.
        # Once per generation: one a reader of this process still uses (a server answering
        # from it) stays blocked, and collecting again each write would cost ~0.3 s per 100k
        # indicators loaded for nothing; a later collection frees it with the next one.
        collected.update(mine)
        gc.collect()
        blocked = [d for d in blocked if not leases.delete_if_unused(d)]
    remaining = [d for d in gens if d.name in keep] + blocked
    for path in [p for p in manifests if p not in {str(d) for d in remaining}]:
        del manifests[path]
    segments, records, sources = set(), set(), set()
    for d in remaining:
        manifest = manifests.get(str(d))
        if manifest is None:
            try:
                manifest = orjson.loads((d / MANIFEST).read_bytes())
            except (OSError, ValueError, UnicodeDecodeError):
                continue
            if isinstance(manifest, dict):
                manifests[str(d)] = manifest
        segments.update(manifest.get("segments", []))
        for doc in manifest.get("documents", []):
            if doc.get("records"):
                records.add(doc["records"])
            if doc.get("sha256"):
                sources.add(doc["sha256"])
    for d in segments_dir(root).iterdir():
        if d.name not in segments:
            shutil.rmtree(d, ignore_errors=True)
    for f in records_dir(root).iterdir():
        if f.suffix != ".json" or f.stem not in records:
            f.unlink(missing_ok=True)
    for sub in sources_dir(root).iterdir():
        for f in sub.iterdir() if sub.is_dir() else []:
            if f.name not in sources:
                f.unlink(missing_ok=True)
    note("cleaning", 1, 1)


__all__ = ["BuildResult", "Progress", "StoreContext", "add_documents", "build_store",
           "compact_store", "merge_plan", "remove_documents", "write_bytes"]
