"""`jixiao remove NAME... [--store DIR]`: remove stored documents."""

from __future__ import annotations

import argparse
import sys

from jixiao import api
from jixiao.commands.build import add_quiet_argument, add_store_argument, progress_printer


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "remove",
        help="从库中去掉文档（用 `jixiao list` 列出的名称）",
        description="从库中去掉给出的文档及其项目和指标；知识图谱和检索索引是更新，不是重建。"
        "别的内容决不会被去掉。",
    )
    parser.add_argument("names", nargs="+", metavar="名称")
    add_store_argument(parser)
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    progress = None if args.quiet else progress_printer(sys.stderr)
    jx, result = api.remove(args.names, args.store, progress=progress)
    for f in result.files:
        print(f"  已去掉 {f.name}：{f.projects} 个项目、{f.indicators} 条指标",
              file=sys.stderr)
    print(f"库 {jx.root}：{len(jx.store.documents)} 个文档；用时 {result.seconds:.1f} 秒",
          file=sys.stderr)
    if result.merge_due:
        api.compact(jx.root, progress=progress, jx=jx)
    return 0
