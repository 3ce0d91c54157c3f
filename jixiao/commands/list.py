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
        help="list the stored documents",
        description="The documents in the store: name, projects, indicators, when added and "
        "where from. The names are what `jixiao remove` and `jixiao add --as` take.",
    )
    add_store_argument(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    jx = api.open_store(args.store)
    docs = jx.document_list()
    if args.json:
        for d in docs:
            sys.stdout.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
        return 0
    width = max([len(d.name) for d in docs] + [4])
    print(f"{'name':<{width}}  projects  indicators  added                     from")
    for d in docs:
        print(f"{d.name:<{width}}  {d.projects:>8}  {d.indicators:>10}  {(d.added or '-'):<24}  "
              f"{d.origin or '-'}")
    print(f"{len(docs)} documents in {jx.root}", file=sys.stderr)
    return 0
