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
        help="send the knowledge graph to a SPARQL 1.1 store (Graph Store HTTP Protocol)",
        description="PUT one named graph per source document, plus the shared (organisations, "
        "indicator scheme, years), vocabulary and catalog graphs, to the store's Graph Store "
        "Protocol endpoint URL (e.g. http://127.0.0.1:7878/store for Oxigraph). Later pushes "
        "to the same URL send only the graphs that changed and delete graphs of documents no "
        "longer in the store (see docs/rdf.md).",
    )
    parser.add_argument("url", metavar="URL", help="the Graph Store Protocol endpoint")
    add_store_argument(parser)
    add_base_argument(parser)
    parser.add_argument(
        "--auth-env", metavar="NAME", default=None,
        help=f"environment variable holding user:password for basic auth (default: "
        f"{api.PUSH_AUTH_ENV}, when set)",
    )
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="timeout of each request (default: 30)")
    parser.add_argument("--full", action="store_true",
                        help="send every graph, not only the changed ones (e.g. after the "
                        "target store was emptied)")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would be sent, send nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    jx = api.open_store(args.store)

    def progress(graph: str, done: int, total: int) -> None:
        if graph and not args.quiet:
            print(f"  PUT {graph} ({done + 1}/{total})", file=sys.stderr, flush=True)

    result = jx.push(args.url, base=args.base, auth_env=args.auth_env, timeout=args.timeout,
                     full=args.full, dry_run=args.dry_run, progress=progress)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    verb = "would send" if result.dry_run else "sent"
    print(
        f"{result.url}: {verb} {len(result.sent)} graphs ({result.triples} triples), "
        f"{len(result.unchanged)} unchanged, {len(result.deleted)} deleted; "
        f"{result.seconds:.1f} s",
        file=sys.stderr,
    )
    warn_placeholder(jx.publication(args.base).base)
    return 0
