"""`jixiao remove NAME... [--store DIR]`: remove stored documents."""

from __future__ import annotations

import argparse
import sys

from jixiao import api
from jixiao.commands.build import add_quiet_argument, add_store_argument, progress_printer


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "remove",
        help="remove documents from the store (by the names `jixiao list` shows)",
        description="Remove the named documents, their projects and indicators from the store; "
        "graph and search index are updated, not rebuilt. Nothing else is ever removed.",
    )
    parser.add_argument("names", nargs="+", metavar="NAME")
    add_store_argument(parser)
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    progress = None if args.quiet else progress_printer(sys.stderr)
    jx, result = api.remove(args.names, args.store, progress=progress)
    for f in result.files:
        print(f"  removed {f.name}: {f.projects} projects, {f.indicators} indicators",
              file=sys.stderr)
    print(f"store {jx.root}: {len(jx.store.documents)} documents; {result.seconds:.1f} s",
          file=sys.stderr)
    if result.merge_due:
        api.compact(jx.root, progress=progress, jx=jx)
    return 0
