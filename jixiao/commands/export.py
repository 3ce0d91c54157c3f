"""`jixiao export [--store DIR] --format FMT [-o FILE] [--project ID] [--base IRI]`."""

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
        help="export the knowledge graph as RDF (Turtle, JSON-LD, N-Triples, TriG, N-Quads)",
        description="Write the store's knowledge graph as RDF using SKOS, W3C ORG, PROV, "
        "DCTERMS, DCAT, the Data Cube and schema.org (see docs/rdf.md), or only one project "
        "and its neighbourhood. TriG and N-Quads keep one named graph per source document.",
    )
    add_store_argument(parser)
    parser.add_argument("--format", "-f", choices=list(api.EXPORT_FORMATS), default="turtle")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="write to FILE (default: standard output)")
    parser.add_argument("--project", metavar="ID", default=None,
                        help="only this project (e.g. project/3f2a9c1b0d4e5f6a7b8c, or its IRI)")
    add_base_argument(parser)
    parser.set_defaults(func=run)


def add_base_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base", metavar="IRI", default=None,
        help="base of the data IRIs for this run (default: the store's setting, see "
        f"`jixiao build --base`, else the placeholder {api.DEFAULT_BASE})",
    )


def warn_placeholder(base: str) -> None:
    if base == api.DEFAULT_BASE:
        print(f"note: IRIs use the placeholder base {api.DEFAULT_BASE}; to publish, give your "
              "own with --base (or once for the store: jixiao build --base IRI)", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    jx = api.open_store(args.store)
    text = jx.export(args.format, project=args.project, base=args.base)
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
    warn_placeholder(jx.publication(args.base).base)
    return 0
