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
        help="把知识图谱导出为 RDF（" + "、".join(api.EXPORT_FORMATS) + "）",
        description="用 SKOS、W3C ORG、PROV、DCTERMS、DCAT、Data Cube 和 schema.org 词汇把库中的"
        "知识图谱写成 RDF（见 docs/rdf.md），也可以只导出一个项目及其周边。TriG 和 N-Quads "
        "为每个源文档保留一个命名图。",
    )
    add_store_argument(parser)
    parser.add_argument("--format", "-f", choices=list(api.EXPORT_FORMATS), default="turtle",
                        help="格式（默认 turtle）")
    parser.add_argument("-o", "--output", metavar="文件", default=None,
                        help="写入这个文件（默认：标准输出）")
    parser.add_argument("--project", metavar="编号", default=None,
                        help="只导出这个项目（例如 project/3f2a9c1b0d4e5f6a7b8c，或它的 IRI）")
    add_base_argument(parser)
    parser.set_defaults(func=run)


def add_base_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base", metavar="IRI", default=None,
        help="这次使用的数据 IRI 前缀（默认：库的设置，见 `jixiao build --base`，"
        f"否则为占位的 {api.DEFAULT_BASE}）",
    )


def warn_placeholder(base: str) -> None:
    if base == api.DEFAULT_BASE:
        print(f"提示：IRI 使用的是占位前缀 {api.DEFAULT_BASE}；要发布，请用 --base 给出自己的前缀"
              "（或为库设置一次：jixiao build --base IRI）", file=sys.stderr)


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
            raise JixiaoError(f"无法写入 {out}：{exc.strerror or exc}") from exc
        print(f"已写入 {out}（{args.format}，{len(text.encode())} 字节）", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    warn_placeholder(jx.publication(args.base).base)
    return 0
