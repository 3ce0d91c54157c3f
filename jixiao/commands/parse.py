"""`jixiao parse FILE_OR_DIR...`: read documents and show the projects found."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import PurePath
from typing import TextIO

from jixiao import api
from jixiao.api import FileReport, Project
from jixiao.commands import display
from jixiao.errors import in_chinese
from jixiao.vocab import FormKind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="读取文档，列出读到的项目",
        description="读取绩效目标申报表、自评表等文档（文件，或在文件夹中查找 *.txt *.md *.csv "
        "*.tsv），列出读到的项目。每个文件的小结（含没有读懂的行数）写到标准错误输出。",
    )
    parser.add_argument("paths", nargs="+", metavar="文件或文件夹")
    parser.add_argument(
        "--json", action="store_true",
        help="每个项目输出一行 JSON（键名为英文，见 data/records.schema.json），附上库将给项目及其"
        "各行的编号和 IRI"
    )
    parser.add_argument("--base", metavar="IRI", default=None,
                        help=f"--json 输出中 IRI 的前缀（默认：{api.DEFAULT_BASE}）")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="列出每一行没有读懂的内容"
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
        print("jixiao: 输入中没有读到任何项目", file=sys.stderr)
        return 1
    return 0


def summary_line(report: FileReport) -> str:
    indicators = sum(len(p.indicators) for p in report.projects)
    not_understood = sum(1 for u in report.unread if u.text.strip())
    line = (
        f"{report.file}：{len(report.projects)} 个项目，{indicators} 条指标，"
        f"{not_understood} 行没有读懂"
    )
    if report.errors:
        line += f"，{len(report.errors)} 个错误"
    if report.warnings:
        line += f"，{len(report.warnings)} 条提示"
    return line


def print_summary(report: FileReport, out: TextIO, verbose: bool = False) -> None:
    print(summary_line(report), file=out)
    for error in report.errors:
        print(f"  {in_chinese(error)}", file=out)
    for warning in report.warnings:
        print(f"  提示：{in_chinese(warning)}", file=out)
    if verbose:
        for u in report.unread:
            if u.text.strip():
                where = u.location.describe() if u.location else f"第 {u.line} 行"
                print(f"  {report.file} {where}：{in_chinese(u.reason)}：{_clip(u.text.strip())}",
                      file=out)


def _clip(text: str, limit: int = 200) -> str:
    # 003's first line is 2000+ characters of merged cells; one screen line is enough to find it.
    return text if len(text) <= limit else text[:limit] + "…"


HEADERS = ("项目", "实施单位", "年度", "表格", "指标", "来源")


def _source(p: Project) -> str:
    where = p.source.location.describe()
    return f"{PurePath(p.source.file).name} {where}".strip()


def print_table(projects: list[Project], out: TextIO) -> None:
    """One line per project, fitted to the screen (names and sources are cut with …)."""
    rows = [
        (
            in_chinese(p.name) if p.name else "（未命名）",
            p.unit or "-",
            str(p.year) if p.year else "-",
            FormKind(p.form).label_zh,
            str(len(p.indicators)),
            _source(p),
        )
        for p in projects
    ]
    # The file name keeps its width; names, units and line ranges wrap.
    name_width = max((display.width(r[5].split(" ")[0]) for r in rows), default=0)
    for line in display.table(HEADERS, rows, right=(2, 4), shrink=(0, 1, 5), wrapped=(0, 1, 5),
                              floors={5: name_width}):
        print(line, file=out)
