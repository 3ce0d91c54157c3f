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
        help="把知识图谱导出为 RDF（" + "、".join(api.EXPORT_FORMATS) + "）",
        description="用 SKOS、W3C ORG、PROV、DCTERMS 和 schema.org 词汇把库中的知识图谱写成 RDF"
        "（见 docs/rdf.md），也可以只导出一个项目及其周边。",
    )
    add_store_argument(parser)
    parser.add_argument("--format", "-f", choices=list(api.EXPORT_FORMATS), default="turtle",
                        help="格式（默认 turtle）")
    parser.add_argument("-o", "--output", metavar="文件", default=None,
                        help="写入这个文件（默认：标准输出）")
    parser.add_argument("--project", metavar="编号", default=None,
                        help="只导出这个项目（例如 project/3f2a9c1b0d，或完整的 IRI）")
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
            raise JixiaoError(f"无法写入 {out}：{exc.strerror or exc}") from exc
        print(f"已写入 {out}（{args.format}，{len(text.encode())} 字节）", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
