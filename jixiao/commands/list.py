"""`jixiao list [--store DIR] [--json]`: the stored documents."""

from __future__ import annotations

import argparse
import json
import sys

from jixiao import api
from jixiao.commands.build import add_store_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="列出库中的文档",
        description="库中的文档：名称、项目数、指标数、加入时间和来源。`jixiao remove` 和 "
        "`jixiao add --as` 用的就是这里的名称。",
    )
    add_store_argument(parser)
    parser.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    jx = api.open_store(args.store)
    docs = jx.document_list()
    if args.json:
        for d in docs:
            sys.stdout.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
        return 0
    width = max([len(d.name) for d in docs] + [4])
    print(f"{'名称':<{width}}  项目  指标  加入时间                  来源")
    for d in docs:
        print(f"{d.name:<{width}}  {d.projects:>4}  {d.indicators:>4}  {(d.added or '-'):<24}  "
              f"{d.origin or '-'}")
    print(f"库 {jx.root}：{len(docs)} 个文档", file=sys.stderr)
    return 0
