"""`jixiao add FILE... [--store DIR]`: add documents to a store without re-reading the others."""

from __future__ import annotations

import argparse
import sys

from jixiao.commands.build import (
    add_publication_arguments,
    add_quiet_argument,
    add_store_argument,
    progress_printer,
    publication_of,
    report,
)
from jixiao.store import add_to_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "add",
        help="add documents to a store (others are not re-read)",
        description="Read the named documents and add them to the store; a document with the "
        "same file name replaces the stored one. Graph and search indexes are rebuilt from the "
        "stored records; embeddings already computed are reused.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    add_store_argument(parser)
    add_quiet_argument(parser)
    add_publication_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = add_to_store(args.paths, args.store,
                          progress=None if args.quiet else progress_printer(sys.stderr),
                          publication=publication_of(args))
    code = report(result, sys.stderr)
    # Unlike a build, an add whose only file failed is a failure even if the store has others.
    return 1 if result.errors and not any(f.projects for f in result.files) else code
