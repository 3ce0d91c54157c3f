"""`jixiao serve [--store DIR] [--host 127.0.0.1] [--port 7860]`: the web app."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path

from jixiao import api
from jixiao.commands.build import add_store_argument, progress_printer
from jixiao.errors import JixiaoError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="启动网页（问答式检索、项目详情、指标建议、导出）",
        description="在本机提供网页服务。还没有库时先用自带的文档建库。除非用 --host 指定，"
        "只监听 127.0.0.1（仅本机可访问）；从不创建公开分享链接。",
    )
    add_store_argument(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="监听地址（默认 127.0.0.1：仅本机）")
    parser.add_argument("--port", type=int, default=7860, help="端口（默认 7860）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise JixiaoError(f"--port 应在 1 到 65535 之间（收到 {args.port}）")
    root = Path(args.store).expanduser() if args.store else api.default_store_dir()
    if not api.store_exists(root):
        print(f"jixiao：{root} 还没有库，先用自带的文档建库", file=sys.stderr, flush=True)
    jx = api.open_store(root, build_if_missing=True, progress=progress_printer(sys.stderr))
    if _is_public(args.host):
        print(f"jixiao：正在监听 {args.host}，其他机器也能访问这个网页", file=sys.stderr)
    # Gradio keeps uploads and served files in its temporary directory: keep it in the store, so
    # nothing a user sends is written outside it. It is read when gradio is imported.
    os.environ["GRADIO_TEMP_DIR"] = str((jx.root / "ui" / "gradio-tmp").resolve())
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from jixiao.ui.app import AppContext, launch

    ctx = AppContext.open(jx)
    print(f"jixiao：网页已启动 http://{args.host}:{args.port}/ （库 {jx.root}，{ctx.summary()}）"
          "；按 Ctrl+C 停止", file=sys.stderr, flush=True)
    launch(ctx, host=args.host, port=args.port)
    return 0


def _is_public(host: str) -> bool:
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"
