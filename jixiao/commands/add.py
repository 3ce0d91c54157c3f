"""`jixiao add FILE... [--as NAME] [--store DIR]`: add documents or replace stored versions."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from jixiao import api
from jixiao.commands.build import add_quiet_argument, add_store_argument, progress_printer, report

_SAID = {
    "added": "added", "replaced": "replaced", "unchanged": "unchanged (same content)",
    "kept": "NOT replaced (kept the stored version)", "failed": "not added",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "add",
        help="add documents, or replace stored versions (only they are read)",
        description="Read the named documents into the store. A document is identified by its "
        "name and the folder it comes from: adding the same file again replaces the stored "
        "version; a file of the same name from another folder is another document. --as NAME "
        "names the document (and replaces a stored one of that name). A version that cannot "
        "be read never replaces a readable one. Only the new documents are read and only new "
        "wordings embedded; graph and search index are updated, not rebuilt. Waits for another "
        "writer (up to $JIXIAO_WRITE_TIMEOUT seconds) instead of failing.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument("--as", dest="as_name", metavar="NAME", default=None,
                        help="store the (one) document under this name")
    add_store_argument(parser)
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    progress = None if args.quiet else progress_printer(sys.stderr)
    jx, result = api.add(args.paths, args.store, progress=progress, as_name=args.as_name)
    describe(result, sys.stderr)
    code = report(result, sys.stderr)
    if result.merge_due:
        if not args.quiet:
            print("  merging index segments (searches keep answering meanwhile)", file=sys.stderr,
                  flush=True)
        api.compact(jx.root, progress=progress, jx=jx)
    # An add whose only file failed is a failure even if the store has other documents.
    return 1 if result.errors and not any(f.readable for f in result.files) else code


def describe(result: api.BuildResult, out: TextIO) -> None:
    for f in result.files:
        what = _SAID.get(f.action, f.action)
        tail = f": {f.projects} projects, {f.indicators} indicators" if f.readable else ""
        print(f"  {what} {f.name}{tail}", file=out)
