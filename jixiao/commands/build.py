"""`jixiao build [PATHS...] [--store DIR] [--encoder NAME] [--index BACKEND]`: (re)build a store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from jixiao import api


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="(re)build the store from documents (graph and search index)",
        description="Read performance-target documents (files, or directories of documents) and "
        "make them the store's contents: knowledge graph and search index built anew. With no "
        "documents named, the store's own documents are rebuilt (the bundled samples for a new "
        "store) — the repair for a damaged index, and what a new encoder or index backend "
        "needs. The previous contents stay live until the new build is complete. To add or "
        "replace a few documents use `jixiao add`; to drop some, `jixiao remove`.",
    )
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    add_store_argument(parser)
    parser.add_argument(
        "--encoder", default=None,
        help="sentence encoder for search: 'use-m3' (default) or 'st:/path/to/local/model'",
    )
    parser.add_argument(
        "--index", default=None, metavar="BACKEND",
        help="where the search index lives: 'local' (default: faiss + BM25 in the store), "
        "'milvus:/path/to/file.db' (embedded milvus-lite) or 'milvus://host:19530' (a Milvus "
        "server); recorded in the store, later commands use it without the option",
    )
    parser.add_argument(
        "--dense", default=None, choices=("auto", "hnsw", "sq8", "flat"),
        help="local index kind for large segments: hnsw (default), sq8 (8-bit codes, a quarter "
        "of the memory, re-ranked exactly) or flat (exact, slow past 100k wordings)",
    )
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", metavar="DIR", default=None,
        help=f"store directory (default: $JIXIAO_STORE or {api.default_store_dir()})",
    )


def add_quiet_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")


def run(args: argparse.Namespace) -> int:
    _, result = api.build(args.paths or None, args.store, encoder=args.encoder,
                          progress=None if args.quiet else progress_printer(sys.stderr),
                          index=args.index, dense=args.dense)
    return report(result, sys.stderr)


def progress_printer(out: TextIO) -> api.Progress:
    """Progress lines on stderr: each stage once, long stages every second or so."""
    last: dict[str, float] = {}
    quiet = {"segment", "generation", "publish", "cleaning", "graph", "index", "reading"}

    def show(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        key = stage.split(" ", 1)[0]
        if stage in quiet:
            return
        if total <= 1 and done >= total > 0:
            return  # a one-step stage was announced when it started
        if done not in (0, total) and now - last.get(key, 0.0) < 1.0:
            return
        last[key] = now
        tail = f" {done}/{total}" if total > 1 else ""
        print(f"  {stage}{tail}", file=out, flush=True)

    return show


def report(result: api.BuildResult, out: TextIO) -> int:
    for f in result.files:
        for error in f.errors:
            print(f"  {error}", file=out)
    counts = result.store.manifest.get("counts", {})
    shown = ", ".join(f"{n} {t}" for t, n in counts.items())
    named = {f.name for f in result.files}
    kept = sum(1 for d in result.store.documents if d["name"] not in named)
    print(
        f"store {result.store.root}: {_n(len(result.store.documents), 'document')} "
        f"({result.read} read, {result.reused} unchanged, {kept} kept from the store), {shown}; "
        f"encoder {result.store.encoder or '-'}, index {result.store.backend_spec}; "
        f"{result.seconds:.1f} s",
        file=out,
    )
    return 1 if result.errors and not any(f.readable for f in result.files) else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
