"""`jixiao add FILE... [--as NAME] [--store DIR]`: add documents or replace stored versions."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from jixiao import api
from jixiao.commands.build import (
    add_publication_arguments,
    add_quiet_argument,
    add_store_argument,
    progress_printer,
    publication_of,
    report,
)

_SAID = {
    "added": "已加入", "replaced": "已替换", "unchanged": "未变（内容相同）",
    "kept": "未替换（保留库中原有版本）", "failed": "未加入",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "add",
        help="加入文档，或替换库中的版本（只读这些文档）",
        description="把给出的文档读入库。文档以名称和所在文件夹区分：再次加入同一个文件会替换库中"
        "的版本；别的文件夹里同名的文件是另一个文档。--as 名称 给文档命名（库中已有这个名称的，"
        "替换它）。读不出的版本决不替换读得出的版本。只读新文档、只为新表述计算向量；知识图谱和"
        "检索索引是更新，不是重建。另一个写入者正在写时会等待（最多 $JIXIAO_WRITE_TIMEOUT 秒），"
        "不会失败。",
    )
    parser.add_argument("paths", nargs="+", metavar="文件或文件夹")
    parser.add_argument("--as", dest="as_name", metavar="名称", default=None,
                        help="以这个名称保存（一个）文档")
    add_store_argument(parser)
    add_quiet_argument(parser)
    add_publication_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    progress = None if args.quiet else progress_printer(sys.stderr)
    jx, result = api.add(args.paths, args.store, progress=progress, as_name=args.as_name,
                         publication=publication_of(args))
    describe(result, sys.stderr)
    code = report(result, sys.stderr)
    if result.merge_due:
        if not args.quiet:
            print("  合并索引分段（期间检索照常）", file=sys.stderr, flush=True)
        api.compact(jx.root, progress=progress, jx=jx)
    # An add whose only file failed is a failure even if the store has other documents.
    return 1 if result.errors and not any(f.readable for f in result.files) else code


def describe(result: api.BuildResult, out: TextIO) -> None:
    for f in result.files:
        what = _SAID.get(f.action, f.action)
        tail = f"：{f.projects} 个项目、{f.indicators} 条指标" if f.readable else ""
        print(f"  {what} {f.name}{tail}", file=out)
