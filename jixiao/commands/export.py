"""`jixiao export [--store DIR] --format turtle|json-ld|nt [-o FILE] [--project ID]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from jixiao import api
from jixiao.commands.build import add_store_argument
from jixiao.errors import JixiaoError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the knowledge graph as RDF (Turtle, JSON-LD, N-Triples)",
        description="Write the store's knowledge graph as RDF using SKOS, W3C ORG, PROV, "
        "DCTERMS and schema.org (see docs/rdf.md), or only one project and its neighbourhood.",
    )
    add_store_argument(parser)
    parser.add_argument("--format", "-f", choices=list(api.EXPORT_FORMATS), default="turtle")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="write to FILE (default: standard output)")
    parser.add_argument("--project", metavar="ID", default=None,
                        help="only this project (e.g. project/3f2a9c1b0d, or its full IRI)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = api.open_store(args.store).export(args.format, project=args.project)
    if args.output:
        out = Path(args.output)
        tmp = out.with_name(out.name + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, out)
        except OSError as exc:
            raise JixiaoError(f"cannot write {out}: {exc.strerror or exc}") from exc
        print(f"wrote {out} ({args.format}, {len(text.encode())} bytes)", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
