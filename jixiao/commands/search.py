"""`jixiao search`, `jixiao similar` and `jixiao suggest`: the search side of the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from jixiao import api
from jixiao.api import Hit, Related, Suggestion
from jixiao.commands import display
from jixiao.commands.build import add_store_argument
from jixiao.errors import JixiaoError, in_chinese


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search",
        help="按含义和字面检索指标或项目",
        description="检索指标（同一表述合并，附各项目设定的指标值）和/或项目。"
        "例如：jixiao search 考生对考试满意吗 --type indicator -k 5",
    )
    p.add_argument("query", metavar="问题")
    p.add_argument("--type", choices=("indicator", "project", "all"), default="indicator",
                   help="indicator：指标（默认）；project：项目；all：两者")
    _common(p, default_k=10)
    p.add_argument("--unit", metavar="单位", default=None, help="只看这个实施单位（名称的一部分即可）")
    p.add_argument("--year", metavar="年度", type=_year, default=None, help="只看这一年")
    p.add_argument("--level1", metavar="类别", default=None,
                   help="只看这个一级指标，例如 满意度指标 或 产出")
    p.add_argument("--level2", metavar="类别", default=None,
                   help="只看这个二级指标，例如 质量指标 或 时效")
    p.set_defaults(func=run_search)

    p = subparsers.add_parser(
        "similar",
        help="与某个项目或指标相关的项目或指标，附理由",
        description="给出 project/… 编号，列出相近的项目；给出 indicator/… 或 concept/… 编号，"
        "列出相近的指标表述。综合同一实施单位、共用指标和含义相近。",
    )
    p.add_argument("id", metavar="编号")
    _common(p, default_k=10)
    p.set_defaults(func=run_similar)

    p = subparsers.add_parser(
        "suggest",
        help="为新项目建议指标和规范的指标值",
        description="用一两句话描述新项目，得到相近项目使用的指标，按一级/二级指标分组，"
        "每条附常见的指标值（不明确的指标值会标出，并给出量化的写法）。",
    )
    p.add_argument("description", metavar="项目描述")
    _common(p, default_k=20)
    p.set_defaults(func=run_suggest)


def _common(p: argparse.ArgumentParser, default_k: int) -> None:
    p.add_argument("-k", type=_positive, default=default_k, metavar="N",
                   help=f"结果条数（默认 {default_k}）")
    add_store_argument(p)
    p.add_argument("--encoder", default=None, metavar="编码器",
                   help="只有库是用这个编码器建的才回答")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象（键名为英文）")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是数字：{text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("应在 1 到 1000 之间")
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是年份：{text!r}") from None
    if not 1900 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"不像是年份：{value}")
    return value


def _open(args: argparse.Namespace) -> api.Jixiao:
    return api.open_store(args.store, encoder=args.encoder)


def _jsonl(items: list[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_search(args: argparse.Namespace) -> int:
    jx = _open(args)
    result = jx.search(args.query, type=args.type, k=args.k, unit=args.unit, year=args.year,
                       level1=args.level1, level2=args.level2)
    if args.json:
        _jsonl([h.to_json() for h in result.hits], sys.stdout)
        return 0
    if not result.hits:
        print("没有结果" + ("（可以去掉一个筛选条件再试）" if any(result.filters.values()) else ""))
        return 0
    for n, hit in enumerate(result.hits, 1):
        print(format_hit(n, hit))
    return 0


def _fit(lines: list[str]) -> str:
    return "\n".join(display.fit(line) for line in lines)


def format_hit(n: int, hit: Hit) -> str:
    if hit.type == "project":
        where = " · ".join(str(x) for x in (hit.unit, hit.year) if x)
        return _fit([f"{n:>2}. 〔项目〕{name_text(hit.text)}  （相关度 {hit.score:.2f}）",
                     f"    {where}", f"    编号 {hit.id}"])
    cat = "/".join(x for x in (hit.level1, hit.level2) if x)
    lines = [f"{n:>2}. {hit.text}  [{cat}]  （相关度 {hit.score:.2f}）"]
    lines.append(f"    {hit.count} 个项目使用 · 指标值：{hit.targets_text or '-'}")
    for use in hit.uses[:3]:
        actual = f" · 实际 {use.actual}" if use.actual else ""
        lines.append(
            f"    - {name_text(use.project)} · {use.unit or '-'} · {use.year or '-'} · "
            f"{use.target or '-'}{actual}"
        )
    if len(hit.uses) > 3:
        lines.append(f"    - …… 另有 {len(hit.uses) - 3} 个项目")
    lines.append(f"    编号 {hit.id}")
    return _fit(lines)


_KINDS = {"project": "项目", "indicator": "指标", "concept": "指标"}


def run_similar(args: argparse.Namespace) -> int:
    jx = _open(args)
    subject = jx.item(args.id)
    related = jx.similar(args.id, k=args.k)
    if args.json:
        _jsonl([r.to_json() for r in related], sys.stdout)
        return 0
    where = " · ".join(str(x) for x in (subject.unit, subject.year) if x)
    what = "项目" if subject.type == "project" else "指标表述"
    print(display.fit(
        f"与{_KINDS.get(subject.type, '')}「{name_text(subject.text)}」"
        + (f"（{where}）" if where else "") + f"相关的{what}："
    ))
    if not related:
        print("没有找到相关的内容")
    for n, r in enumerate(related, 1):
        print(format_related(n, r))
    return 0


def format_related(n: int, r: Related) -> str:
    where = " · ".join(str(x) for x in (r.unit, r.year) if x)
    lines = [f"{n:>2}. {name_text(r.text)}  （关联度 {r.score:.2f}）" + (f"  {where}" if where else "")]
    lines += [f"    {reason}" for reason in r.reasons]
    lines.append(f"    编号 {r.id}")
    return _fit(lines)


def run_suggest(args: argparse.Namespace) -> int:
    jx = _open(args)
    suggestion = jx.suggest(args.description, k=args.k)
    if args.json:
        rows = [{"kind": "similar_project", **p.to_json()} for p in suggestion.similar_projects]
        rows += [{"kind": "indicator", **i.to_json()} for i in suggestion.indicators]
        _jsonl(rows, sys.stdout)
        return 0
    print(format_suggestion(suggestion))
    return 0


def format_suggestion(s: Suggestion) -> str:
    lines = ["相近项目："]
    lines += [f"  - {name_text(p.text)} · {p.unit or '-'} · {p.year or '-'}"
              for p in s.similar_projects]
    if not s.indicators:
        raise JixiaoError("没有可建议的指标：库中没有指标")
    for level1, by2 in s.grouped().items():
        lines.append(f"\n{level1}")
        for level2, items in by2.items():
            lines.append(f"  {level2}")
            for i in items:
                target = i.recommended_target or "-"
                note = f"  （常见写法「{i.target}」不明确）" if i.vague and i.target else ""
                lines.append(f"    - {i.text}：{target}{note}  [{i.used_by} 个项目]")
                if i.set_and_achieved:
                    lines.append(f"        已设 / 实际：{i.set_and_achieved}")
                if i.advice or i.target_evidence:
                    lines.append(f"        {i.advice or i.target_evidence}")
    return _fit(lines)


def name_text(name: str | None) -> str:
    """A project name as shown (the reader's placeholder for a missing name in Chinese)."""
    return in_chinese(name) if name else "（未命名）"
