"""`jixiao parse FILE_OR_DIR...`: read documents and show the projects found."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import TextIO

from jixiao import api
from jixiao.api import FileReport, Project
from jixiao.vocab import FormKind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="read documents and print the projects found",
        description="Read performance-target documents (files, or directories searched for "
        "*.txt *.md *.csv *.tsv) and print the projects found. A summary per file, with what "
        "was not understood, goes to stderr.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument(
        "--json", action="store_true",
        help="print one JSON object per project per line (data/records.schema.json), with the "
        "ids and IRIs the store will give the project and its rows",
    )
    parser.add_argument("--base", metavar="IRI", default=None,
                        help=f"base of the IRIs in --json output (default: {api.DEFAULT_BASE})")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every line that was not understood"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    reports = api.parse(args.paths)
    projects = [p for r in reports for p in r.projects]
    if args.json:
        for record in api.records_json(reports, base=args.base):
            print(json.dumps(record, ensure_ascii=False))
    elif projects:
        print_table(projects, sys.stdout)
    sys.stdout.flush()
    for report in reports:
        print_summary(report, sys.stderr, verbose=args.verbose)
    if not projects:
        print("jixiao: no project could be read from the input", file=sys.stderr)
        return 1
    return 0


def summary_line(report: FileReport) -> str:
    indicators = sum(len(p.indicators) for p in report.projects)
    not_understood = sum(1 for u in report.unread if u.text.strip())
    line = (
        f"{report.file}: {len(report.projects)} projects, {indicators} indicators, "
        f"{not_understood} lines not understood"
    )
    if report.errors:
        line += f", {len(report.errors)} error" + ("s" if len(report.errors) > 1 else "")
    return line


def print_summary(report: FileReport, out: TextIO, verbose: bool = False) -> None:
    print(summary_line(report), file=out)
    for error in report.errors:
        print(f"  {error}", file=out)
    for warning in report.warnings:
        print(f"  {warning}", file=out)
    if verbose:
        for u in report.unread:
            if u.text.strip():
                print(f"  {report.file}:{u.line}: {u.reason}: {_clip(u.text.strip())}", file=out)


def _clip(text: str, limit: int = 200) -> str:
    # 003's first line is 2000+ characters of merged cells; one screen line is enough to find it.
    return text if len(text) <= limit else text[:limit] + "…"


def print_table(projects: list[Project], out: TextIO) -> None:
    header = ("project", "unit", "year", "form", "indicators", "source")
    rows = [header] + [
        (
            p.name,
            p.unit or "-",
            str(p.year) if p.year else "-",
            FormKind(p.form).label_zh,
            str(len(p.indicators)),
            f"{p.source.file}:{p.source.first_line}-{p.source.last_line}",
        )
        for p in projects
    ]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = [
            _pad(cell, w, right=(i in (2, 4)))
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip(), file=out)


def _width(text: str) -> int:
    # Chinese characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill
