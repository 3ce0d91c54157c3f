"""`jixiao push URL [--store DIR]`: send the store to a SPARQL store (Graph Store Protocol)."""

from __future__ import annotations

import argparse
import json
import sys

from jixiao import api
from jixiao.commands.build import add_quiet_argument, add_store_argument
from jixiao.commands.export import add_base_argument, warn_placeholder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "push",
        help="把知识图谱发送到 SPARQL 1.1 库（Graph Store HTTP 协议）",
        description="向 Graph Store 协议的端点 URL（例如 Oxigraph 的 http://127.0.0.1:7878/store）"
        "PUT 每个来源文档一个命名图，以及共享图（单位、指标体系、年度）、词表图和目录图。以后再"
        "推送到同一个 URL，只发送有变化的图，并删除库中已没有的文档的图（见 docs/rdf.md）。",
    )
    parser.add_argument("url", metavar="URL", help="Graph Store 协议的端点")
    add_store_argument(parser)
    add_base_argument(parser)
    parser.add_argument(
        "--auth-env", metavar="变量名", default=None,
        help=f"存放 user:password（基本认证）的环境变量（默认：{api.PUSH_AUTH_ENV}，如已设置）",
    )
    parser.add_argument("--timeout", type=float, default=30.0, metavar="秒",
                        help="每个请求的超时（默认：30）")
    parser.add_argument("--full", action="store_true",
                        help="发送所有的图，不只是有变化的（例如目标库被清空之后）")
    parser.add_argument("--dry-run", action="store_true",
                        help="只列出将要发送的内容，不发送")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    jx = api.open_store(args.store)

    def progress(graph: str, done: int, total: int) -> None:
        if graph and not args.quiet:
            print(f"  PUT {graph}（{done + 1}/{total}）", file=sys.stderr, flush=True)

    result = jx.push(args.url, base=args.base, auth_env=args.auth_env, timeout=args.timeout,
                     full=args.full, dry_run=args.dry_run, progress=progress)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    verb = "将发送" if result.dry_run else "已发送"
    print(
        f"{result.url}：{verb} {len(result.sent)} 个图（{result.triples} 个三元组），"
        f"{len(result.unchanged)} 个未变，删除 {len(result.deleted)} 个；"
        f"用时 {result.seconds:.1f} 秒",
        file=sys.stderr,
    )
    warn_placeholder(jx.publication(args.base).base)
    return 0
