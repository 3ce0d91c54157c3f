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
        help="把文档加入库（其他文档不重读）",
        description="读取给出的文档并加入库；与库中文档同名的会替换它。知识图谱和检索索引按库中的"
        "记录重建，已算好的向量直接沿用。",
    )
    parser.add_argument("paths", nargs="+", metavar="文件或文件夹")
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
