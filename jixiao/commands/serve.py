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
        help="start the web app (chat-like search, project pages, suggestions, export)",
        description="Serve the web app on this machine. With no store yet, one is built from the "
        "bundled documents first. Listens on 127.0.0.1 unless --host says otherwise; never "
        "creates a public share link.",
    )
    add_store_argument(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise JixiaoError(f"--port must be between 1 and 65535 (got {args.port})")
    root = Path(args.store).expanduser() if args.store else api.default_store_dir()
    if not api.store_exists(root):
        print(f"jixiao: no store at {root} yet; building it from the bundled documents",
              file=sys.stderr, flush=True)
    jx = api.open_store(root, build_if_missing=True, progress=progress_printer(sys.stderr))
    if _is_public(args.host):
        print(f"jixiao: listening on {args.host}: other machines can reach this app",
              file=sys.stderr)
    # Gradio keeps uploads and served files in its temporary directory: keep it in the store, so
    # nothing a user sends is written outside it. It is read when gradio is imported.
    os.environ["GRADIO_TEMP_DIR"] = str((jx.root / "ui" / "gradio-tmp").resolve())
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from jixiao.ui.app import AppContext, launch

    ctx = AppContext.open(jx)
    print(f"jixiao: serving {jx.root} ({ctx.summary()}) on http://{args.host}:{args.port}/",
          file=sys.stderr, flush=True)
    launch(ctx, host=args.host, port=args.port)
    return 0


def _is_public(host: str) -> bool:
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"
